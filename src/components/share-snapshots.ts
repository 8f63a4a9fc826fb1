// The share of people removed with no criminal conviction, one dot per
// published snapshot at the end of the period it covers. A filled dot is a
// share computed from two published counts (exact); a hollow dot is a share
// the source stated itself, approximately. Time runs down the page, so the
// labels read in date order and, stacked apart beside the frame, never overprint.
import {periodEndDate} from "../lib/dates.js";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scaleLinear, scaleUtc} from "d3-scale";
import {utcMonth} from "d3-time";
import {CATEGORY_COLORS} from "./palette.js";
import {chartLegend} from "./chart-legend.js";
import {LABEL_LINE, columnHeight, labelColumn, placeDownColumn, wrapText} from "./chart-labels.js";
import {formatDate, formatFigure, formatPercent} from "../lib/format.js";

export interface ShareMark {
  id: string;
  source: string;
  periodEnd: string;
  share: number;
  basis: "counts" | "words" | "complement";
  qualifier: "exact" | "about" | "approximately" | "more_than" | "over" | "nearly";
  words: string | null;
  flag: string | null;
}

export interface ShareSnapshotsOptions {
  width: number;
}

const COLOR = CATEGORY_COLORS["not-convicted"];
const Y_MAX = 40;
const MARGIN = {top: 12, right: 0, bottom: 36, left: 40};

/** True when the share is computed from published counts (drawn filled); false when approximate (hollow). */
export const isExact = (d: Pick<ShareMark, "basis">) => d.basis === "counts";

/** The share as the chart labels it: the computed value, or the source's words. */
export function shareLabel(d: ShareMark): string {
  if (d.basis === "counts") return formatPercent(d.share);
  if (d.words) return `“${d.words}”`;
  return formatFigure(d.share, d.qualifier, "percent");
}


// The end of the period an ISO date (possibly partial) names: "2011-05" → May 31, 2011.
export {periodEndDate};

export function shareSnapshotsChart(rows: ShareMark[], {width}: ShareSnapshotsOptions): HTMLElement {
  const narrow = width < 520;
  // Time runs down the page (the snapshots in date order, top to bottom), the share across a frame on
  // the left; each label sits in the column beside the frame, as near its snapshot's date as its
  // neighbours allow, joined to it by a leader.
  const frameWidth = Math.round(narrow ? Math.max(96, width * 0.32) : Math.min(360, width * 0.4));
  const frameRight = MARGIN.left + frameWidth;
  const {labelLeft, maxChars} = labelColumn(width, frameRight, narrow ? 18 : 32);
  const sorted = rows.map((d) => ({...d, end: periodEndDate(d.periodEnd)})).sort((a, b) => a.end.getTime() - b.end.getTime());
  // Each of a label's three parts (share, source, period end) starts a line, and wraps to the column.
  const lines = sorted.map((d) => [shareLabel(d), d.source, `to ${formatDate(d.periodEnd.slice(0, 7))}${d.flag ? " *" : ""}`].flatMap((part) => wrapText(part, maxChars)));
  const frameHeight = columnHeight(lines, narrow ? 300 : 280, 1.1);
  const height = MARGIN.top + frameHeight + MARGIN.bottom;
  const lo = sorted.length ? sorted[0].end.getTime() : Date.UTC(2010, 0, 1);
  const hi = sorted.length ? sorted[sorted.length - 1].end.getTime() : Date.UTC(2012, 0, 1);
  const domain = [utcMonth.offset(new Date(lo), -3), utcMonth.offset(new Date(hi), 3)];
  const y = scaleUtc(domain, [MARGIN.top, MARGIN.top + frameHeight]);
  const x = scaleLinear([0, Y_MAX], [MARGIN.left, frameRight]);
  const labels = placeDownColumn(sorted.map((d) => d.end), lines, y, height).map((place, i) => ({...sorted[i], ...place}));
  const plot = Plot.plot({
    width,
    height,
    marginTop: MARGIN.top,
    marginRight: width - frameRight,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    // The same scales the labels were placed with.
    y: {type: "utc", domain: y.domain(), range: y.range(), label: null, ticks: "year", tickFormat: "%Y"},
    x: {domain: x.domain(), range: x.range(), label: "% with no conviction", labelAnchor: "left", labelArrow: "none", tickFormat: (v: number) => `${v}%`, ticks: narrow ? 2 : 4, grid: true},
    marks: [
      Plot.ruleX([0], {ariaHidden: "true"}),
      // From each dot across the rest of the frame, then a leader to its label.
      Plot.ruleY(labels, {y: "end", x1: "share", x2: Y_MAX, stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "2,3", ariaHidden: "true"}),
      Plot.link(labels, {x1: Y_MAX, y1: "end", x2: x.invert(labelLeft - 4), y2: "anchorTime", stroke: "currentColor", strokeOpacity: 0.45, ariaHidden: "true"}),
      Plot.dot(labels.filter(isExact), {y: "end", x: "share", r: 5, fill: COLOR, stroke: COLOR, strokeWidth: 2, symbol: "circle", ariaHidden: "true"}),
      Plot.dot(labels.filter((d) => !isExact(d)), {y: "end", x: "share", r: 5, fill: "none", stroke: COLOR, strokeWidth: 2, symbol: "circle", ariaHidden: "true"}),
      Plot.text(labels, {
        x: x.invert(labelLeft),
        y: "labelTime",
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LABEL_LINE / 12,
        fontSize: 12,
        fill: "currentColor",
        title: (d: (typeof labels)[number]) => `${d.source}: ${shareLabel(d)}${d.flag ? `. ${d.flag}` : ""}`
      })
    ]
  });
  const flagged = sorted.filter((d) => d.flag);
  const legend = chartLegend([
    {mark: "dot", fill: COLOR, stroke: COLOR, strokeWidth: 2, label: "Computed from published counts (exact)"},
    {mark: "dot", fill: "none", stroke: COLOR, strokeWidth: 2, label: "Stated by the source as a rough share"}
  ]);
  return html`<div class="share-snapshots">${legend}${plot}${flagged.map((d) => html`<p class="share-flag">* ${d.source}: ${d.flag}</p>`)}</div>` as HTMLElement;
}
