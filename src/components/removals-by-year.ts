// All ICE removals by fiscal year as stacked bars: convicted and not convicted
// where ICE published the split, the total alone (neutral grey) where it did
// not. Ticks on one year's bar mark the totals that published sources disagree on.
import * as Plot from "@observablehq/plot";
import {CATEGORY_COLORS, SECONDARY_COLOR} from "./palette.js";
import {formatCount, formatTick} from "../lib/format.js";

export interface YearBarInput {
  fiscalYear: number;
  total: number;
  convicted: number | null;
  notConvicted: number | null;
  notConvictedComputed: boolean;
}

export interface ConflictInput {
  fiscalYear: number;
  totals: {value: number; label: string; inSeries: boolean}[];
}

export interface RemovalsByYearOptions {
  width: number;
  conflict?: ConflictInput | null;
}

export type SegmentKey = "convicted" | "not-convicted" | "no-split";

export interface Segment {
  fiscalYear: number;
  key: SegmentKey;
  y1: number;
  y2: number;
  value: number;
  computed: boolean;
}

export const SEGMENT_LABELS: Record<SegmentKey, string> = {
  convicted: "Convicted",
  "not-convicted": "Not convicted (ICE: “non-criminal”)",
  "no-split": "Total only: no split published"
};

const SEGMENT_COLORS: Record<SegmentKey, string> = {
  convicted: CATEGORY_COLORS.convicted,
  "not-convicted": CATEGORY_COLORS["not-convicted"],
  "no-split": SECONDARY_COLOR
};

/** The bars' pieces: convicted at the bottom, not convicted on top; one grey piece where there is no split. */
export function segments(years: YearBarInput[]): Segment[] {
  return years.flatMap((d): Segment[] => {
    if (d.convicted === null || d.notConvicted === null) {
      return [{fiscalYear: d.fiscalYear, key: "no-split", y1: 0, y2: d.total, value: d.total, computed: false}];
    }
    return [
      {fiscalYear: d.fiscalYear, key: "convicted", y1: 0, y2: d.convicted, value: d.convicted, computed: false},
      {fiscalYear: d.fiscalYear, key: "not-convicted", y1: d.convicted, y2: d.convicted + d.notConvicted, value: d.notConvicted, computed: d.notConvictedComputed}
    ];
  });
}

const fy = (y: number) => `FY${y}`;
const shortFy = (y: number) => `’${String(y).slice(2)}`;

export function removalsByYear(years: YearBarInput[], {width, conflict = null}: RemovalsByYearOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const pieces = segments(years);
  const keys = (Object.keys(SEGMENT_LABELS) as SegmentKey[]).filter((k) => pieces.some((p) => p.key === k));
  const max = Math.max(0, ...years.map((d) => d.total), ...(conflict?.totals.map((t) => t.value) ?? []));
  // Head room above the bars for the conflict's callout.
  const top = conflict ? max * 1.5 : max * 1.05;
  const inDomain = conflict !== null && years.some((d) => d.fiscalYear === conflict.fiscalYear);
  const ticks = inDomain ? conflict!.totals : [];
  // The callout lists the totals from highest to lowest, as the ticks stack on the bar.
  const callout = ticks.length
    ? [
        `FY${conflict!.fiscalYear}: ${ticks.length} totals`,
        ...[...ticks]
          .sort((a, b) => b.value - a.value)
          .map((t) => `${formatCount(t.value)}${narrow ? "" : ` ${t.label}`}${t.inSeries ? (narrow ? " (bar)" : " (the bar)") : ""}`)
      ].join("\n")
    : "";
  return Plot.plot({
    width,
    height: narrow ? 340 : 400,
    marginLeft: narrow ? 44 : 66,
    marginRight: 8,
    marginTop: 12,
    x: {type: "band", domain: years.map((d) => d.fiscalYear), label: null, tickFormat: narrow ? shortFy : fy, padding: 0.2},
    y: {domain: [0, top || 1], label: "Removals", tickFormat: (v: number) => (narrow ? formatTick(v) : formatCount(v)), ticks: narrow ? 4 : 6, grid: true},
    color: {
      domain: keys,
      range: keys.map((k) => SEGMENT_COLORS[k]),
      legend: keys.length > 0,
      tickFormat: (k: SegmentKey) => SEGMENT_LABELS[k]
    },
    marks: [
      Plot.barY(pieces, {
        x: "fiscalYear",
        y1: "y1",
        y2: "y2",
        fill: "key",
        title: (d: Segment) => `${fy(d.fiscalYear)}, ${SEGMENT_LABELS[d.key]}: ${formatCount(d.value)}${d.computed ? " (computed: total minus convicted)" : ""}`
      }),
      // A computed piece is outlined with a dashed line.
      Plot.barY(pieces.filter((p) => p.computed), {x: "fiscalYear", y1: "y1", y2: "y2", fill: null, stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "4,3", inset: 0.75, ariaHidden: "true"}),
      narrow
        ? null
        : Plot.text(pieces.filter((p) => p.computed), {x: "fiscalYear", y: "y2", text: () => "computed", dy: -7, fontSize: 12, fill: "currentColor"}),
      Plot.tickY(ticks, {x: () => conflict!.fiscalYear, y: "value", stroke: "currentColor", strokeWidth: 2, inset: -3, ariaHidden: "true"}),
      ticks.length
        ? Plot.text([callout], {
            x: () => conflict!.fiscalYear,
            y: () => top,
            text: (d: string) => d,
            textAnchor: "end",
            lineAnchor: "top",
            dx: narrow ? 4 : 0,
            fontSize: 12,
            fill: "currentColor"
          })
        : null,
      ticks.length
        ? Plot.ruleX([conflict!.fiscalYear], {y1: () => Math.max(...ticks.map((t) => t.value)), y2: () => top * (narrow ? 0.8 : 0.83), stroke: "currentColor", strokeWidth: 1, ariaHidden: "true"})
        : null,
      Plot.ruleY([0], {ariaHidden: "true"})
    ]
  });
}
