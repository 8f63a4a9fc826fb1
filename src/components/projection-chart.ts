// "If the June 2010 mix had held": cumulative removals through Secure
// Communities projected from an assumed rate per active county per month and
// an assumed share with no conviction (dashed lines, marked "assumed"),
// against what ICE reported for June 2010 and GAO for March 2012 (dots; a
// hollow dot for GAO's implied non-criminal count, which is computed).
import {monthEndDate} from "../lib/dates.js";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {format} from "d3-format";
import {project, type CountyMonth, type ProjectionPoint} from "../lib/assumptions.js";
import {chartLegend} from "./chart-legend.js";
import {CATEGORY_COLORS} from "./palette.js";
import {formatCount, formatDate, formatFigure, formatPercent, formatTick, type Qualifier} from "../lib/format.js";

export interface ProjectionFigureData {
  value: number;
  qualifier: Qualifier;
  /** YYYY-MM of the period's end. */
  month: string;
}

export interface ProjectionChartData {
  start: string;
  end: string;
  series: CountyMonth[];
  june2010: {removed: ProjectionFigureData; nonCriminal: ProjectionFigureData};
  gao: {removed: ProjectionFigureData; convictedShare: ProjectionFigureData};
  gaoNonConvictedShare: number;
  gaoNonConvicted: number;
}

export interface Assumptions {
  /** Removals per active county per month (assumed). */
  rate: number;
  /** Percent of them with no conviction (assumed). */
  share: number;
}

export interface ProjectionOutcome {
  points: ProjectionPoint[];
  /** Projected cumulative removals and non-criminal removals at the end month (0 when there are no months). */
  removed: number;
  nonConvicted: number;
  /** Projected minus GAO's (about) figures: positive when the projection is higher. */
  gapRemoved: number;
  gapNonConvicted: number;
  /** Projected removals ÷ GAO's. */
  ratio: number;
}

/** The projection under the reader's assumptions, and how far it lands from GAO's count. */
export function projectionOutcome(d: ProjectionChartData, {rate, share}: Assumptions): ProjectionOutcome {
  const points = project(d.series, {rate, share, last: d.end});
  const last = points[points.length - 1];
  const removed = last ? last.removed : 0;
  const nonConvicted = last ? last.nonConvicted : 0;
  return {
    points,
    removed,
    nonConvicted,
    gapRemoved: removed - d.gao.removed.value,
    gapNonConvicted: nonConvicted - d.gaoNonConvicted,
    ratio: d.gao.removed.value > 0 ? removed / d.gao.removed.value : NaN
  };
}

/** A projected count, rounded to the hundred: the inputs carry no more precision than that. */
export function formatProjected(n: number): string {
  return formatCount(Math.round(n / 100) * 100);
}

/** A count computed from GAO's rounded figures, rounded to the thousand and hedged like them: "about 48,000". */
export function formatAbout(n: number): string {
  return `about ${formatCount(Math.round(n / 1000) * 1000)}`;
}

/** The rate in words: 24.1 → "24.1 removals per county per month". */
export function rateText(rate: number): string {
  return `${format(".1f")(rate)} removals per county per month`;
}

/** The share in words: 26.2 → "26.2% with no conviction". */
export function shareText(share: number): string {
  return `${formatPercent(share)} with no conviction`;
}

// Cumulative counts are as of the month's last day.
export {monthEndDate};

export const PROJECTED_REMOVED = "Projected removals (assumed)";
export const PROJECTED_NON_CONVICTED = "Projected with no conviction (assumed)";

interface Marker {
  date: Date;
  value: number;
  kind: "removed" | "non-convicted";
  computed: boolean;
  label: string;
  short: string;
  /** Label to the left of the dot (end-anchored) or to the right. */
  side: "left" | "right";
  dy: number;
}

export function markers(d: ProjectionChartData): Marker[] {
  const {removed, nonCriminal} = d.june2010;
  const gao = d.gao.removed;
  return [
    {date: monthEndDate(removed.month), value: removed.value, kind: "removed", computed: false, label: `${formatFigure(removed.value, removed.qualifier)} removed by ${formatDate(removed.month)} (ICE)`, short: `${formatFigure(removed.value, removed.qualifier)} (ICE)`, side: "left", dy: -10},
    {date: monthEndDate(nonCriminal.month), value: nonCriminal.value, kind: "non-convicted", computed: false, label: `${formatFigure(nonCriminal.value, nonCriminal.qualifier)} non-criminal (ICE)`, short: formatFigure(nonCriminal.value, nonCriminal.qualifier), side: "right", dy: 10},
    {date: monthEndDate(gao.month), value: gao.value, kind: "removed", computed: false, label: `GAO: ${formatFigure(gao.value, gao.qualifier)} removed by ${formatDate(gao.month)}`, short: `GAO: ${formatFigure(gao.value, gao.qualifier)}`, side: "left", dy: -10},
    {
      date: monthEndDate(gao.month),
      value: d.gaoNonConvicted,
      kind: "non-convicted",
      computed: true,
      label: `GAO: about ${formatPercent(d.gaoNonConvictedShare, 0)} with no conviction, ${formatAbout(d.gaoNonConvicted)} (computed)`,
      short: formatAbout(d.gaoNonConvicted),
      side: "left",
      dy: 10
    }
  ];
}

/** Markers grouped by label placement (Plot's offsets are constant per mark). */
function groups(marks: Marker[]): {side: Marker["side"]; dy: number; rows: Marker[]}[] {
  const keys = [...new Set(marks.map((m) => `${m.side} ${m.dy}`))];
  return keys.map((k) => {
    const rows = marks.filter((m) => `${m.side} ${m.dy}` === k);
    return {side: rows[0].side, dy: rows[0].dy, rows};
  });
}

const color = (kind: Marker["kind"]) => (kind === "removed" ? "currentColor" : CATEGORY_COLORS["not-convicted"]);

/** The legend draws the chart's marks: its two dashed curves, a filled dot for a reported count, an open one for a computed count. */
function legend(): HTMLElement {
  return chartLegend([
    {mark: "line", stroke: "currentColor", dash: "6,4", label: PROJECTED_REMOVED},
    {mark: "line", stroke: CATEGORY_COLORS["not-convicted"], dash: "6,4", label: PROJECTED_NON_CONVICTED},
    {mark: "dot", fill: "currentColor", stroke: "currentColor", strokeWidth: 1.5, label: "Reported by ICE or GAO"},
    {mark: "dot", fill: "var(--theme-background, white)", stroke: CATEGORY_COLORS["not-convicted"], strokeWidth: 1.5, label: "Computed from GAO's figures"}
  ]);
}

export interface ProjectionChartOptions extends Assumptions {
  width: number;
}

export function projectionChart(data: ProjectionChartData, {width, rate, share}: ProjectionChartOptions): HTMLElement {
  const narrow = width < 560;
  const {points, removed, nonConvicted} = projectionOutcome(data, {rate, share});
  const marks = markers(data);
  const top = Math.max(removed, ...marks.map((m) => m.value), 1) * 1.08;
  const rows = points.map((p) => ({...p, date: monthEndDate(p.month)}));
  const ends = rows.length
    ? [
        {date: rows[rows.length - 1].date, value: removed, kind: "removed" as const, text: `${narrow ? "projected" : "projected (assumed):"} ${formatProjected(removed)}`},
        {date: rows[rows.length - 1].date, value: nonConvicted, kind: "non-convicted" as const, text: `${narrow ? "projected" : "projected (assumed):"} ${formatProjected(nonConvicted)}`}
      ]
    : [];
  const axis = narrow ? formatTick : formatCount;
  // A label above and left of its dot ends where its projected curve rises through the dot's value,
  // so the steep curve never runs through it (on phones the curve's last months are only a few
  // pixels wide). A label below its dot stays beside it: it sits under the curve already, and
  // moved to the crossing it would lie on the curve, far from its dot.
  const labelDate = (d: Marker) => {
    if (d.side !== "left" || d.dy > 0) return d.date;
    const key = d.kind === "removed" ? "removed" : "nonConvicted";
    const through = rows.find((p) => p[key] >= d.value);
    return through && through.date < d.date ? through.date : d.date;
  };
  const textStyle = {fontSize: 12, stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke"} as const;
  const plot = Plot.plot({
    width,
    height: narrow ? 320 : 420,
    marginLeft: narrow ? 40 : 64,
    marginRight: narrow ? 12 : 20,
    marginTop: 20,
    x: {type: "utc", domain: [new Date(`${data.start}-01T00:00:00Z`), monthEndDate(data.end)], label: null, ticks: narrow ? 4 : 8},
    // Room under the zero line, so a label below a dot near zero (ICE's 12,293) stays above the year ticks.
    y: {domain: [0, top], label: "Cumulative removals", grid: true, tickFormat: (v: number) => axis(v), ticks: narrow ? 4 : 6, insetBottom: 16},
    marks: [
      Plot.lineY(rows, {x: "date", y: "removed", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "6,4", ariaHidden: "true"}),
      Plot.lineY(rows, {x: "date", y: "nonConvicted", stroke: CATEGORY_COLORS["not-convicted"], strokeWidth: 2, strokeDasharray: "6,4", ariaHidden: "true"}),
      ...(["removed", "non-convicted"] as const).map((kind) =>
        Plot.text(ends.filter((e) => e.kind === kind), {x: "date", y: "value", text: "text", textAnchor: "end", dx: -4, dy: kind === "removed" ? -10 : 10, fill: color(kind), fontStyle: "italic", ...textStyle})
      ),
      Plot.dot(marks, {
        x: "date",
        y: "value",
        r: 5,
        fill: (d: Marker) => (d.computed ? "var(--theme-background, white)" : color(d.kind)),
        stroke: (d: Marker) => color(d.kind),
        strokeWidth: 1.5,
        title: (d: Marker) => d.label
      }),
      ...groups(marks).map(({side, dy, rows}) =>
        Plot.text(rows, {
          x: labelDate,
          y: "value",
          text: (d: Marker) => (narrow ? d.short : d.label),
          textAnchor: side === "left" ? "end" : "start",
          dx: side === "left" ? -8 : 8,
          dy,
          lineWidth: narrow ? 14 : 40,
          fill: "currentColor",
          ...textStyle
        })
      ),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "date",
          y: "removed",
          title: (d: (typeof rows)[number]) => `${formatDate(d.month)} (assumed): ${formatProjected(d.removed)} removals, ${formatProjected(d.nonConvicted)} with no conviction`,
          ariaHidden: "true"
        })
      )
    ]
  });
  return html`<div class="projection-chart">${legend()}${plot}</div>` as HTMLElement;
}
