// The share of people removed with no criminal conviction, one dot per
// published snapshot at the end of the period it covers. A filled dot is a
// share computed from two published counts (exact); a hollow dot is a share
// the source stated itself, approximately. Labels sit in lanes above and
// below the dots so that snapshots close in time never overprint.
import {periodEndDate} from "../lib/dates.js";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scaleUtc} from "d3-scale";
import {utcMonth} from "d3-time";
import {CATEGORY_COLORS} from "./palette.js";
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
const MARGIN = {top: 24, right: 16, bottom: 30, left: 40};
const LINE = 13;
const CHAR = 6.4;

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

export interface Placed {
  /** Lane index, 0 = nearest the dots. */
  lane: number;
  /** Label centre in pixels. */
  x: number;
}

/**
 * Puts each label in the first lane where it does not overlap a label already
 * placed there; x is each label's wanted centre, clamped to [left, right].
 * Labels are placed in order of x. Returns one placement per input, in input order.
 */
export function placeLabels(items: {x: number; width: number}[], lanes: number, left: number, right: number, gap = 8): Placed[] {
  const taken: [number, number][][] = Array.from({length: lanes}, () => []);
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
  const out: Placed[] = new Array(items.length);
  for (const i of order) {
    const {width} = items[i];
    const x = Math.max(left + width / 2, Math.min(right - width / 2, items[i].x));
    const span: [number, number] = [x - width / 2, x + width / 2];
    let lane = taken.findIndex((spans) => spans.every(([a, b]) => span[1] + gap <= a || span[0] >= b + gap));
    if (lane < 0) lane = items.length ? order.indexOf(i) % lanes : 0;
    taken[lane].push(span);
    out[i] = {lane, x};
  }
  return out;
}

function legend(): HTMLElement {
  const dot = (filled: boolean) =>
    html`<svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${filled ? COLOR : "none"} stroke=${COLOR} stroke-width="2"></circle></svg>`;
  return html`<div class="share-legend" style="display:flex;flex-wrap:wrap;gap:4px 18px;font:12px var(--sans-serif, system-ui);margin-bottom:4px;">
    <span style="display:inline-flex;align-items:center;gap:5px;">${dot(true)} Computed from published counts (exact)</span>
    <span style="display:inline-flex;align-items:center;gap:5px;">${dot(false)} Stated by the source as a rough share</span>
  </div>` as HTMLElement;
}

export function shareSnapshotsChart(rows: ShareMark[], {width}: ShareSnapshotsOptions): HTMLElement {
  const narrow = width < 520;
  const lines = (d: ShareMark) => [shareLabel(d), d.source, `to ${formatDate(d.periodEnd.slice(0, 7))}${d.flag ? " *" : ""}`];
  const ends = rows.map((d) => periodEndDate(d.periodEnd));
  const lo = ends.length ? Math.min(...ends.map(Number)) : Date.UTC(2010, 0, 1);
  const hi = ends.length ? Math.max(...ends.map(Number)) : Date.UTC(2012, 0, 1);
  const domain = [utcMonth.offset(new Date(lo), -3), utcMonth.offset(new Date(hi), 3)];
  const x = scaleUtc(domain, [MARGIN.left, width - MARGIN.right]);
  // Lanes: one above the dots, the rest below, nearest first.
  const labelHeight = 3 * LINE + 4;
  const lanesBelow = 4;
  const minShare = rows.length ? Math.min(...rows.map((d) => d.share)) : 25;
  // Enough pixels per percentage point for the lanes below the lowest dot to fit above zero.
  const pxPerUnit = Math.min(12, Math.max(7, (18 + lanesBelow * (labelHeight + 6)) / Math.max(minShare, 1)));
  const height = MARGIN.top + Math.round(Y_MAX * pxPerUnit) + MARGIN.bottom;
  const yOf = (px: number) => Y_MAX - (px - MARGIN.top) / pxPerUnit;
  const pxOf = (v: number) => MARGIN.top + (Y_MAX - v) * pxPerUnit;
  const maxShare = rows.length ? Math.max(...rows.map((d) => d.share)) : 30;
  // Lane tops in pixels: lane 0 just below the lowest dot, lane 1 above the dots, then further below.
  const below = (k: number) => pxOf(minShare) + 14 + k * (labelHeight + 6);
  const laneTops = [below(0), MARGIN.top, below(1), below(2), below(3)];
  // The lane above only fits when the highest dot leaves room for it.
  const aboveFits = pxOf(maxShare) - 8 >= MARGIN.top + labelHeight;
  const laneOrder = aboveFits ? [0, 1, 2, 3, 4] : [0, 2, 3, 4];
  const placed = placeLabels(
    rows.map((d, i) => ({x: x(ends[i]), width: Math.max(...lines(d).map((l) => l.length)) * CHAR})),
    laneOrder.length,
    MARGIN.left,
    width - MARGIN.right
  );
  const labels = rows.map((d, i) => {
    const top = laneTops[laneOrder[placed[i].lane]];
    const isAbove = top < pxOf(d.share);
    return {
      ...d,
      end: ends[i],
      labelX: x.invert(placed[i].x),
      labelY: yOf(top),
      text: lines(d).join("\n"),
      // The leader runs from the dot to the label's nearer edge.
      leaderY: yOf(isAbove ? top + labelHeight : top - 2),
      dotY: d.share + (isAbove ? 1 : -1) * (6 / pxPerUnit)
    };
  });
  const plot = Plot.plot({
    width,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    style: {overflow: "visible"},
    x: {type: "utc", domain, label: null, ticks: narrow ? 3 : 6},
    y: {domain: [0, Y_MAX], label: "% with no conviction", tickFormat: (v: number) => `${v}%`, ticks: narrow ? 4 : 8, grid: true},
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      Plot.link(labels, {x1: "end", y1: "dotY", x2: "labelX", y2: "leaderY", stroke: "currentColor", strokeOpacity: 0.45, ariaHidden: "true"}),
      Plot.dot(labels.filter(isExact), {x: "end", y: "share", r: 5, fill: COLOR, stroke: COLOR, strokeWidth: 2, symbol: "circle", ariaHidden: "true"}),
      Plot.dot(labels.filter((d) => !isExact(d)), {x: "end", y: "share", r: 5, fill: "none", stroke: COLOR, strokeWidth: 2, symbol: "circle", ariaHidden: "true"}),
      Plot.text(labels, {
        x: "labelX",
        y: "labelY",
        text: "text",
        lineAnchor: "top",
        lineHeight: LINE / 11,
        fontSize: 12,
        fill: "currentColor",
        // A halo in the page colour keeps leader lines from crossing the words.
        stroke: "var(--theme-background, white)",
        strokeWidth: 4,
        title: (d: (typeof labels)[number]) => `${d.source}: ${shareLabel(d)}${d.flag ? `. ${d.flag}` : ""}`
      })
    ]
  });
  const flagged = rows.filter((d) => d.flag);
  return html`<div class="share-snapshots">${legend()}${plot}${flagged.map(
    (d) => html`<p class="share-flag" style="font:12px/1.4 var(--sans-serif, system-ui);margin:2px 0 0;max-width:680px;">* ${d.source}: ${d.flag}</p>`
  )}</div>` as HTMLElement;
}
