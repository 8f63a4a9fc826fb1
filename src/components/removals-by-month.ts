// All ICE removals by month, as two lines: convicted and not convicted. A
// partial last month (ICE's data stop before it ends) is drawn dashed and
// labelled; an optional shaded band marks a period to compare with.
import * as Plot from "@observablehq/plot";
import {utcParse} from "d3-time-format";
import {html} from "htl";
import {CATEGORY_COLORS} from "./palette.js";
import {chartLegend} from "./chart-legend.js";
import {formatCount, formatDate, formatTick} from "../lib/format.js";

export interface MonthInput {
  /** YYYY-MM */
  month: string;
  convicted: number;
  notConvicted: number;
  partial: boolean;
  through: string | null;
}

export interface RemovalsByMonthOptions {
  width: number;
  /** A period to shade, as ISO dates, with its label. */
  band?: {start: string; end: string; label: string} | null;
}

export type SeriesKey = "convicted" | "not-convicted";

export const SERIES_LABELS: Record<SeriesKey, string> = {
  convicted: "Convicted",
  "not-convicted": "Not convicted (ICE: “non-criminal”)"
};

export interface MonthPointOut {
  date: Date;
  month: string;
  key: SeriesKey;
  value: number;
  partial: boolean;
  through: string | null;
}

const parseMonth = utcParse("%Y-%m");
const parseDay = utcParse("%Y-%m-%d");

/** One point per month and series. */
export function monthPoints(months: MonthInput[]): MonthPointOut[] {
  return months.flatMap((m) => {
    const date = parseMonth(m.month)!;
    return [
      {date, month: m.month, key: "convicted" as const, value: m.convicted, partial: m.partial, through: m.through},
      {date, month: m.month, key: "not-convicted" as const, value: m.notConvicted, partial: m.partial, through: m.through}
    ];
  });
}

export function removalsByMonth(months: MonthInput[], {width, band = null}: RemovalsByMonthOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const points = monthPoints(months);
  const full = points.filter((p) => !p.partial);
  // The dashed segments: from the last full month into each partial month, per series.
  const lastFull = full.length ? full[full.length - 1].month : null;
  const partialLinks = points.filter((p) => p.partial || (p.month === lastFull && points.some((q) => q.partial)));
  const partials = points.filter((p) => p.partial);
  const partialMonth = months.find((m) => m.partial);
  const keys = (Object.keys(SERIES_LABELS) as SeriesKey[]).filter(() => points.length > 0);
  const max = Math.max(0, ...points.map((p) => p.value));
  const bandStart = band ? parseDay(band.start) ?? parseMonth(band.start) : null;
  const bandEnd = band ? parseDay(band.end) ?? parseMonth(band.end) : null;
  const plot = Plot.plot({
    width,
    height: narrow ? 300 : 360,
    marginLeft: narrow ? 40 : 58,
    marginRight: narrow ? 16 : 28,
    marginTop: 24,
    x: {type: "utc", label: null, ticks: narrow ? 4 : 7},
    y: {domain: [0, max * 1.1 || 1], label: "Removals per month", tickFormat: (v: number) => (narrow ? formatTick(v) : formatCount(v)), ticks: narrow ? 4 : 6, grid: true},
    color: {domain: keys, range: keys.map((k) => CATEGORY_COLORS[k])},
    marks: [
      band && bandStart && bandEnd
        ? [
            Plot.rectX([band], {x1: () => bandStart, x2: () => bandEnd, y1: 0, y2: max * 1.1, fill: "currentColor", fillOpacity: 0.08, ariaHidden: "true"}),
            Plot.text([band], {x: () => bandStart, y: max * 1.1, text: (d: {label: string}) => d.label, textAnchor: "start", lineAnchor: "bottom", dy: -4, dx: 2, fontSize: 12, fill: "currentColor"})
          ]
        : null,
      Plot.lineY(full, {x: "date", y: "value", stroke: "key", strokeWidth: 2, curve: "linear", ariaHidden: "true"}),
      Plot.lineY(partialLinks, {x: "date", y: "value", stroke: "key", z: "key", strokeWidth: 2, strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.dot(partials, {x: "date", y: "value", stroke: "key", fill: "none", r: 3.5, strokeWidth: 1.5, ariaHidden: "true"}),
      partialMonth
        ? Plot.text([partialMonth], {
            x: () => parseMonth(partialMonth.month),
            y: () => Math.min(partialMonth.convicted, partialMonth.notConvicted),
            text: () => (narrow ? `partial:\nto ${formatDate(partialMonth.through).replace(/, \d{4}$/, "")}` : `${formatDate(partialMonth.month)}:\npartial, data\nto ${formatDate(partialMonth.through)}`),
            textAnchor: "end",
            lineAnchor: "top",
            dy: 8,
            fontSize: 12,
            fill: "currentColor"
          })
        : null,
      Plot.tip(points, Plot.pointerX({x: "date", y: "value", stroke: "key", title: (p: MonthPointOut) => `${formatDate(p.month)}${p.partial ? ` (partial: to ${formatDate(p.through)})` : ""}\n${SERIES_LABELS[p.key]}: ${formatCount(p.value)}`, ariaHidden: "true"})),
      Plot.ruleY([0], {ariaHidden: "true"})
    ]
  });
  if (!keys.length) return plot;
  // The legend draws the chart's own marks, a line per series (the partial month is labelled on the chart).
  const legend = chartLegend(keys.map((k) => ({mark: "line" as const, stroke: CATEGORY_COLORS[k], label: SERIES_LABELS[k]})));
  return html`<div class="removals-by-month">${legend}${plot}</div>` as HTMLElement;
}
