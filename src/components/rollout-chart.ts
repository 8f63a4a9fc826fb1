// How many counties Secure Communities had reached, month by month (the
// county dataset), with ICE's and the press's own counts of "jurisdictions"
// as separate dots: a different unit, labelled as such. Rules mark the
// activation of the places in the story; a dashed rule marks a date another
// source gives where it disagrees with the dataset.
import * as Plot from "@observablehq/plot";
import type {PlaceMark, ReportedCount, RolloutMonth} from "../lib/chart-data/spread.js";
import {html} from "htl";
import {ICE_REPORTED_COLOR, SECONDARY_COLOR} from "./palette.js";
import {chartLegend} from "./chart-legend.js";
import {formatCount, formatDate, formatFigure} from "../lib/format.js";

export interface RolloutChartData {
  months: RolloutMonth[];
  reported: ReportedCount[];
  places: PlaceMark[];
  /** Counts set beside the dataset's (their dates are labelled too). */
  comparisons?: {date: string}[];
}

export interface RolloutChartOptions {
  width: number;
}

export const COUNTY_SERIES = "Counties activated (county dataset)";
export const OTHER_UNIT_SERIES = "A count in another unit, named on its label";
export const ICE_SERIES = "“Jurisdictions” ICE or the press reported (a different unit)";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A partial date at the middle of its month (or year), for plotting. */
export const approxDay = (iso: string) => day(iso.length === 10 ? iso : iso.length === 7 ? `${iso}-15` : `${iso}-07-01`);

/** A reported count as its source words it: "more than 160", "nearly 1,300 counties". */
export function reportedLabel(r: ReportedCount): string {
  const figure = formatFigure(r.value, r.qualifier);
  return r.unit === "jurisdictions" ? figure : `${figure} ${r.unit}`;
}

/**
 * Which reported counts carry a label on the chart: every hedged count, every
 * count in another unit, the compared ones and the last one; but not a count
 * that repeats an earlier figure ("more than 544" after 544).
 */
export function labelledCounts(reported: ReportedCount[], compared: string[] = []): ReportedCount[] {
  const last = reported[reported.length - 1];
  return reported.filter(
    (r, i) =>
      (r.qualifier !== "exact" || r.unit !== "jurisdictions" || r === last || compared.includes(r.asOf)) &&
      !reported.slice(0, i).some((e) => e.value === r.value)
  );
}

/** The county count the line shows on a day: the cumulative count at the last month end on or before it. */
export function countiesOn(months: RolloutMonth[], date: Date): number {
  let value = 0;
  for (const m of months) if (day(m.monthEnd) <= date) value = m.cumulative;
  return value;
}

/** A short place name for the chart: "Santa Clara County" → "Santa Clara". */
export const shortPlace = (p: PlaceMark) => p.place.replace(/ County$/, "");

export function placeLabel(p: PlaceMark, narrow: boolean): string {
  const name = shortPlace(p);
  if (narrow) return p.conflict ? `${name} (dates differ)` : name;
  const base = `${name}: ${formatDate(p.activated)}`;
  return p.conflict && p.reported ? `${base} (another account: ${formatDate(p.reported)})` : base;
}

export function rolloutChart(data: RolloutChartData, {width}: RolloutChartOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const {months, reported, places} = data;
  const total = months.length ? months[months.length - 1].cumulative : 0;
  const top = Math.max(total, ...reported.map((r) => r.value), 1);
  const sorted = [...places].sort((a, b) => (a.activated < b.activated ? -1 : 1));
  // Place labels stack down from the top of the chart, in date order, where
  // the curve has not yet risen.
  const placeRows = sorted.map((p, i) => ({...p, date: day(p.activated), y: top * (0.97 - i * 0.09), label: placeLabel(p, narrow)}));
  const conflicts = placeRows.filter((p) => p.conflict && p.reported).map((p) => ({...p, date: approxDay(p.reported!)}));
  // Narrow charts label only the hedged counts and the last one.
  const labelled = labelledCounts(reported, narrow ? [] : (data.comparisons ?? []).map((c) => c.date));
  const below = (d: ReportedCount) => d.value < countiesOn(months, approxDay(d.asOf));
  const plot = Plot.plot({
    width,
    height: narrow ? 300 : 400,
    marginLeft: narrow ? 44 : 52,
    marginRight: narrow ? 12 : 20,
    marginTop: 16,
    x: {type: "utc", label: null, ticks: narrow ? 4 : 8},
    y: {domain: [0, top], label: "Counties / “jurisdictions”", grid: true, tickFormat: formatCount, ticks: narrow ? 4 : 6},
    color: {domain: [COUNTY_SERIES, ICE_SERIES], range: [SECONDARY_COLOR, ICE_REPORTED_COLOR]},
    marks: [
      Plot.areaY(months, {x: (d: RolloutMonth) => day(d.monthEnd), y: "cumulative", fill: SECONDARY_COLOR, fillOpacity: 0.15, curve: "step-after", ariaHidden: "true"}),
      Plot.lineY(months, {x: (d: RolloutMonth) => day(d.monthEnd), y: "cumulative", stroke: () => COUNTY_SERIES, strokeWidth: 2, curve: "step-after", ariaHidden: "true"}),
      Plot.ruleX(placeRows, {x: "date", y1: 0, y2: "y", stroke: "currentColor", strokeOpacity: 0.7, ariaHidden: "true"}),
      Plot.ruleX(conflicts, {x: "date", y1: 0, y2: "y", stroke: "currentColor", strokeOpacity: 0.7, strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.text(placeRows, {x: "date", y: "y", text: "label", textAnchor: "start", dx: 4, fill: "currentColor", fontSize: 12, lineWidth: narrow ? 12 : 40}),
      Plot.dot(reported, {
        x: (d: ReportedCount) => approxDay(d.asOf),
        y: "value",
        fill: () => ICE_SERIES,
        symbol: (d: ReportedCount) => (d.unit === "jurisdictions" ? "circle" : "diamond"),
        r: 4,
        title: (d: ReportedCount) => `${reportedLabel(d)}${d.unit === "jurisdictions" ? " jurisdictions" : ""}, ${formatDate(d.asOf)}${d.states ? `, ${d.states} states` : ""}`,
        stroke: "var(--theme-background, white)",
        strokeWidth: 1
      }),
      // A count above the line is labelled up and to its left, where the
      // rising line leaves room; one below it, down and to its right.
      Plot.text(labelled.filter((d) => !below(d)), {
        x: (d: ReportedCount) => approxDay(d.asOf),
        y: "value",
        text: reportedLabel,
        textAnchor: "end",
        dx: -7,
        dy: -7,
        fill: "currentColor",
        fontSize: 12,
        stroke: "var(--theme-background, white)",
        strokeWidth: 3,
        paintOrder: "stroke"
      }),
      Plot.text(labelled.filter(below), {
        x: (d: ReportedCount) => approxDay(d.asOf),
        y: "value",
        text: reportedLabel,
        textAnchor: "start",
        dx: 7,
        dy: 8,
        lineWidth: narrow ? 8 : Infinity,
        fill: "currentColor",
        fontSize: 12,
        stroke: "var(--theme-background, white)",
        strokeWidth: 3,
        paintOrder: "stroke"
      }),
      Plot.tip(
        months,
        Plot.pointerX({
          x: (d: RolloutMonth) => day(d.monthEnd),
          y: "cumulative",
          title: (d: RolloutMonth) => `${formatDate(d.month)}: ${formatCount(d.cumulative)} counties (${formatCount(d.newCounties)} new)`,
          ariaHidden: "true"
        })
      )
    ]
  });
  // The legend draws the chart's own marks: the county line, a dot for a count of "jurisdictions",
  // a diamond for a count in another unit (its label names the unit).
  const legend = chartLegend([
    {mark: "line", stroke: SECONDARY_COLOR, label: COUNTY_SERIES},
    {mark: "dot", fill: ICE_REPORTED_COLOR, label: ICE_SERIES},
    ...(reported.some((r) => r.unit !== "jurisdictions") ? [{mark: "diamond" as const, fill: ICE_REPORTED_COLOR, label: OTHER_UNIT_SERIES}] : [])
  ]);
  return html`<div class="rollout-chart">${legend}${plot}</div>` as HTMLElement;
}
