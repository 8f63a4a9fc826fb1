// The studies page's two charts. studyPercentChart: each study's percentage
// findings as dots on one 0–100% scale, grouped by study, each labelled with
// the population it describes; a finding the study set beside a comparison
// figure is drawn as a pair joined by a line, so the gap reads at a glance. tracMonthlyChart: TRAC's monthly counts of
// Secure Communities deportations, 2017–2019, against ICE's claim for Jan–Mar 2017.
import * as Plot from "@observablehq/plot";
import {CONTEXT_DARK, CONTEXT_LIGHT} from "./palette.js";
import {formatCount, formatDate, formatFigure, type Qualifier} from "../lib/format.js";
import type {MonthlyRow, PercentRow} from "../lib/chart-data/studies.js";
import {wrapText} from "./chart-labels.js";
import {chartLegend, type LegendMark} from "./chart-legend.js";
import {html} from "htl";

/** The fields of a study's percentage finding the chart draws; consecutive rows of one study form a group. */
export type PercentFinding = Pick<PercentRow, "id" | "studyName" | "figure" | "population" | "period" | "value" | "qualifier" | "scope"> & {study: string};

export const SCOPE_LABELS = {
  sc: "Describes people in Secure Communities",
  wider: "Describes another population (all ICE removals, comparison groups)"
} as const;

/** A finding's label: what it measures and whom it describes (and when, if the population does not say). */
export function findingLabel(d: Pick<PercentFinding, "figure" | "population" | "period">): string {
  const figure = d.figure.charAt(0).toUpperCase() + d.figure.slice(1);
  const period = d.period && !d.population.includes(d.period) ? `, ${formatStudyPeriod(d.period)}` : "";
  return `${figure}. Population: ${d.population}${period}`;
}

const FONT = 12; // px
const LINE = 15; // px per text line
const CHAR = 6.4; // average px per character at 12px in the system font
const ROW = 22; // px for a finding's dots and values

/** A row of the chart: one finding, or a finding paired with the figure its study compared it with. */
export interface StudyItem {
  study: string;
  studyName: string;
  finding: PercentFinding;
  comparison: PercentFinding | null;
}

/**
 * Pairs each finding with the figure its study set beside it: the next finding
 * of the same study when that one is a comparison figure (its figure says
 * "comparison") or measures the same thing for another period or population.
 */
export function pairFindings(findings: PercentFinding[]): StudyItem[] {
  const items: StudyItem[] = [];
  for (let i = 0; i < findings.length; ++i) {
    const d = findings[i];
    const next = findings[i + 1];
    const pairs = next && next.study === d.study && (/comparison/i.test(`${next.figure} ${next.population}`) || next.figure === d.figure);
    items.push({study: d.study, studyName: d.studyName, finding: d, comparison: pairs ? next : null});
    if (pairs) ++i;
  }
  return items;
}

/** The second line of a pair's label: what the finding was compared with. */
export function comparisonLabel(c: PercentFinding): string {
  return `Compared with: ${c.population}${c.period && !c.population.includes(c.period) ? `, ${formatStudyPeriod(c.period)}` : ""}`;
}

interface PlacedItem extends StudyItem {
  lines: string[];
  labelY: number;
  y: number;
}

interface PlacedDot {
  d: PercentFinding;
  y: number;
  role: "finding" | "comparison";
  /** Where the dot's value goes: away from the other dot of its pair, or below the dot where the left margin has no room. */
  side: "left" | "right" | "below";
}

export function studyPercentChart(findings: PercentFinding[], {width}: {width: number}): SVGSVGElement | HTMLElement {
  // Room at both ends for a value written beside its dot ("2%" left of a dot at 2%).
  const marginLeft = 34;
  const marginRight = 46;
  const maxChars = Math.max(20, Math.floor((width - 20 - 8) / CHAR));
  const placed: PlacedItem[] = [];
  const headers: {name: string; y: number}[] = [];
  let y = 4;
  pairFindings(findings).forEach((item, i, all) => {
    if (i === 0 || all[i - 1].study !== item.study) {
      if (i > 0) y += 10;
      headers.push({name: item.studyName, y});
      y += LINE + 6;
    }
    const lines = [...wrapText(findingLabel(item.finding), maxChars), ...(item.comparison ? wrapText(comparisonLabel(item.comparison), maxChars) : [])];
    const labelY = y;
    y += lines.length * LINE + 2;
    placed.push({...item, lines, labelY, y: y + ROW / 2});
    y += ROW + 12;
  });
  const dots: PlacedDot[] = placed.flatMap((p) => {
    const c = p.comparison;
    const findingRight = !c || p.finding.value >= c.value;
    return [
      {d: p.finding, y: p.y, role: "finding" as const, side: findingRight ? ("right" as const) : ("left" as const)},
      ...(c ? [{d: c, y: p.y, role: "comparison" as const, side: findingRight ? ("left" as const) : ("right" as const)}] : [])
    ];
  });
  const pairs = placed.filter((p) => p.comparison);
  const value = (p: PlacedDot) => formatFigure(p.d.value, p.d.qualifier, "percent");
  const px = (v: number) => marginLeft + (v / 100) * (width - marginLeft - marginRight);
  // Values are bold, wider than the labels' average character (about 7.6 px in Chromium at 12 px).
  for (const p of dots) if (p.side === "left" && px(p.d.value) - 10 - value(p).length * 7.8 < 0) p.side = "below";
  const plot = Plot.plot({
    width,
    height: y + 30,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: 30,
    style: {fontSize: `${FONT}px`},
    x: {domain: [0, 100], label: "percent →", ticks: width < 500 ? 3 : 5, tickFormat: (v: number) => `${v}%`, grid: true},
    y: {type: "identity", axis: null},
    color: {
      domain: ["finding", "comparison"],
      range: [CONTEXT_DARK, CONTEXT_LIGHT]
    },
    marks: [
      Plot.text(headers, {x: () => 0, y: "y", dx: 20 - marginLeft, text: "name", textAnchor: "start", lineAnchor: "top", fontWeight: "bold", fontSize: FONT + 2, fill: "currentColor"}),
      Plot.text(placed, {x: () => 0, y: "labelY", dx: 20 - marginLeft, text: (d: PlacedItem) => d.lines.join("\n"), textAnchor: "start", lineAnchor: "top", lineHeight: LINE / FONT, fill: "currentColor"}),
      // A pair's two figures joined, so the gap between them reads as the finding.
      Plot.ruleY(pairs, {y: "y", x1: (p: PlacedItem) => p.finding.value, x2: (p: PlacedItem) => p.comparison!.value, stroke: CONTEXT_LIGHT, strokeWidth: 3, ariaHidden: "true"}),
      // Findings filled, comparison figures open (a constant fill cannot share a channel with the colour scale).
      ...(["finding", "comparison"] as const).map((role) =>
        Plot.dot(
          dots.filter((p) => p.role === role),
          {
            x: (p: PlacedDot) => p.d.value,
            y: "y",
            r: 6,
            fill: role === "finding" ? "role" : "var(--theme-background, white)",
            stroke: "role",
            strokeWidth: 2.5,
            title: (p: PlacedDot) => `${value(p)}: ${findingLabel(p.d)}`
          }
        )
      ),
      ...(["left", "right", "below"] as const).map((side) =>
        Plot.text(
          dots.filter((p) => p.side === side),
          {
            x: (p: PlacedDot) => p.d.value,
            y: "y",
            dx: side === "right" ? 10 : side === "left" ? -10 : 0,
            dy: side === "below" ? 14 : 0,
            text: value,
            textAnchor: side === "right" ? "start" : side === "left" ? "end" : "middle",
            fill: "currentColor",
            fontWeight: "bold"
          }
        )
      )
    ]
  });
  // The legend draws the chart's own marks: a filled dot for a finding, an open ring for its comparison.
  const legend = chartLegend([
    {mark: "dot", fill: CONTEXT_DARK, stroke: CONTEXT_DARK, strokeWidth: 2.5, label: "The study's finding"},
    ...(pairs.length ? [{mark: "dot" as const, fill: "var(--theme-background, white)", stroke: CONTEXT_LIGHT, strokeWidth: 2.5, label: "What the study compared it with"}] : [])
  ]);
  return html`<div class="study-chart">${legend}${plot}</div>` as HTMLElement;
}

/** What the monthly chart reads of a loader row (tests build these by hand). */
export type MonthlyCount = Pick<MonthlyRow, "id" | "counter" | "start" | "end" | "months" | "published" | "qualifier" | "perMonth" | "derived">;

/** The first instant of a YYYY-MM month, and of the month after another. */
const monthStart = (m: string) => new Date(`${m}-01T00:00:00Z`);
const monthAfter = (m: string) => {
  const d = monthStart(m);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};
const mid = (d: MonthlyCount) => new Date((monthStart(d.start).getTime() + monthAfter(d.end).getTime()) / 2);

/** A mark's label: the published figure, per month, with the source's hedge; a computed average says so. */
export function monthlyLabel(d: MonthlyCount, narrow = false): string {
  const figure = formatFigure(d.perMonth === d.published ? d.published : Math.round(d.perMonth), d.perMonth === d.published ? d.qualifier : "about");
  const who = d.counter === "TRAC" ? "" : narrow ? "ICE claim: " : "ICE's claim: ";
  const per = narrow ? "/mo" : " a month";
  return d.derived && !narrow ? `${who}${figure}${per} (${formatCount(d.published)} in ${d.months} months)` : `${who}${figure}${per}`;
}

export const COUNTER_COLORS = {TRAC: CONTEXT_DARK, "ICE (claim)": CONTEXT_LIGHT} as const;

export function tracMonthlyChart(rows: MonthlyCount[], {width}: {width: number}): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const spans = rows.filter((d) => d.months > 1);
  const points = rows.filter((d) => d.months === 1);
  const first = rows.length ? rows.map((d) => d.start).sort()[0] : "2017-01";
  const last = rows.length ? rows.map((d) => d.end).sort().at(-1)! : "2019-12";
  const x0 = monthStart(first);
  const x1 = new Date(Date.UTC(monthAfter(last).getUTCFullYear(), monthAfter(last).getUTCMonth() + 2, 1));
  const maxY = Math.max(1, ...rows.map((d) => d.perMonth));
  const plot = Plot.plot({
    width,
    height: narrow ? 300 : 340,
    marginLeft: narrow ? 54 : 60,
    marginRight: narrow ? 12 : 20,
    marginTop: 20,
    style: {fontSize: "12px"},
    x: {type: "utc", domain: [x0, x1], label: null, ticks: narrow ? 3 : 6},
    y: {domain: [0, maxY * 1.15], grid: true, label: "people deported per month", tickFormat: (v: number) => formatCount(v), ticks: narrow ? 4 : 6},
    color: {domain: Object.keys(COUNTER_COLORS), range: Object.values(COUNTER_COLORS)},
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      // Averages the source published: solid; averages computed from a period's total: dashed.
      Plot.ruleY(spans.filter((d) => !d.derived), {x1: (d: MonthlyCount) => monthStart(d.start), x2: (d: MonthlyCount) => monthAfter(d.end), y: "perMonth", stroke: "counter", strokeWidth: 4, ariaHidden: "true"}),
      Plot.ruleY(spans.filter((d) => d.derived), {x1: (d: MonthlyCount) => monthStart(d.start), x2: (d: MonthlyCount) => monthAfter(d.end), y: "perMonth", stroke: "counter", strokeWidth: 4, strokeDasharray: "6,3", ariaHidden: "true"}),
      Plot.dot(points, {x: mid, y: "perMonth", fill: "counter", r: 5, ariaHidden: "true"}),
      Plot.text(spans, {x: (d: MonthlyCount) => monthStart(d.start), y: "perMonth", text: (d: MonthlyCount) => monthlyLabel(d, narrow), textAnchor: "start", lineAnchor: "bottom", dy: -6, fill: "currentColor"}),
      Plot.text(points, {x: mid, y: "perMonth", text: (d: MonthlyCount) => monthlyLabel(d, narrow), textAnchor: "middle", lineAnchor: "bottom", dy: -8, fill: "currentColor"}),
      Plot.tip(rows, Plot.pointerX({ariaHidden: "true", x: mid, y: "perMonth", title: (d: MonthlyCount) => `${d.counter}, ${d.start}${d.end !== d.start ? ` to ${d.end}` : ""}: ${monthlyLabel(d)}`}))
    ]
  });
  return html`<div class="trac-monthly">${chartLegend(monthlyLegend(rows))}${plot}</div>` as HTMLElement;
}

const COUNTER_LABELS = {TRAC: "TRAC's count of ICE records", "ICE (claim)": "ICE's own claim"} as const;

/** The legend's keys: each counter's marks that the chart draws (a published average, one computed from a total, a single month). */
export function monthlyLegend(rows: MonthlyCount[]): LegendMark[] {
  return rows
    .map((d): LegendMark => {
      const stroke = COUNTER_COLORS[d.counter as keyof typeof COUNTER_COLORS];
      const label = `${COUNTER_LABELS[d.counter as keyof typeof COUNTER_LABELS]}: `;
      if (d.months === 1) return {mark: "dot", fill: stroke, label: `${label}one month`};
      return d.derived ? {mark: "line", stroke, width: 4, dash: "6,3", label: `${label}an average we computed from a total`} : {mark: "line", stroke, width: 4, label: `${label}a period's average`};
    })
    .filter((k, i, all) => all.findIndex((o) => o.label === k.label) === i)
    .sort((a, b) => (a.label < b.label ? 1 : -1));
}

/** A study's period label in words: "FY2013" → "fiscal year 2013", "2008-10 to 2012-03" → "October 2008 – March 2012". */
export function formatStudyPeriod(period: string | null): string {
  if (!period) return "period not recorded";
  const fy = /^FY(\d{4})$/.exec(period);
  if (fy) return `fiscal year ${fy[1]}`;
  const cy = /^CY(\d{4})$/.exec(period);
  if (cy) return `calendar year ${cy[1]}`;
  const fyRange = /^FY(\d{4})-FY(\d{4})$/.exec(period);
  if (fyRange) return `fiscal years ${fyRange[1]}–${fyRange[2]}`;
  const range = /^(\S+) to (\S+)$/.exec(period);
  if (range && [range[1], range[2]].every((d) => /^\d{4}(-\d{2}){0,2}$/.test(d))) return `${formatDate(range[1])} – ${formatDate(range[2])}`;
  if (/^\d{4}(-\d{2}){0,2}$/.test(period)) return formatDate(period);
  return period;
}
