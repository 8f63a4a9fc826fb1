// The studies page's two charts. studyPercentChart: each study's percentage
// findings as labelled horizontal bars, grouped by study, every bar labelled
// with the population it describes. tracMonthlyChart: TRAC's monthly counts of
// Secure Communities deportations, 2017–2019, against ICE's claim for Jan–Mar 2017.
import * as Plot from "@observablehq/plot";
import {CATEGORY_COLORS, SECONDARY_COLOR} from "./palette.js";
import {formatCount, formatDate, formatFigure, type Qualifier} from "../lib/format.js";
import type {PercentRow} from "../lib/chart-data/studies.js";

/** The fields of a study's percentage finding the chart draws; consecutive rows of one study form a group. */
export type PercentFinding = Pick<PercentRow, "id" | "studyName" | "figure" | "population" | "period" | "value" | "qualifier" | "scope"> & {study: string};

export const SCOPE_LABELS = {
  sc: "Describes people in Secure Communities",
  wider: "Describes another population (all ICE removals, comparison groups)"
} as const;

/** Splits text into lines of at most maxChars characters, breaking between words. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A finding's label: what it measures and whom it describes (and when, if the population does not say). */
export function findingLabel(d: Pick<PercentFinding, "figure" | "population" | "period">): string {
  const figure = d.figure.charAt(0).toUpperCase() + d.figure.slice(1);
  const period = d.period && !d.population.includes(d.period) ? `, ${formatStudyPeriod(d.period)}` : "";
  return `${figure}. Population: ${d.population}${period}`;
}

const FONT = 12; // px
const LINE = 15; // px per text line
const CHAR = 6.4; // average px per character at 12px in the system font
const BAR = 14;

interface Placed extends PercentFinding {
  lines: string[];
  labelY: number;
  barY1: number;
  barY2: number;
}

export function studyPercentChart(findings: PercentFinding[], {width}: {width: number}): SVGSVGElement | HTMLElement {
  const marginLeft = 14;
  const valueRoom = 78; // room right of the longest bar for "about 74%"
  const maxChars = Math.max(20, Math.floor((width - marginLeft - 8) / CHAR));
  const placed: Placed[] = [];
  const headers: {name: string; y: number}[] = [];
  let y = 4;
  findings.forEach((d, i) => {
    if (i === 0 || findings[i - 1].study !== d.study) {
      if (i > 0) y += 10;
      headers.push({name: d.studyName, y});
      y += LINE + 6;
    }
    const lines = wrapText(findingLabel(d), maxChars);
    const labelY = y;
    y += lines.length * LINE + 3;
    placed.push({...d, lines, labelY, barY1: y, barY2: y + BAR});
    y += BAR + 12;
  });
  const height = y + 30;
  return Plot.plot({
    width,
    height,
    marginLeft,
    marginRight: valueRoom,
    marginTop: 0,
    marginBottom: 30,
    style: {fontSize: `${FONT}px`},
    x: {domain: [0, 100], label: "percent →", ticks: width < 500 ? 3 : 5, tickFormat: (v: number) => `${v}%`},
    y: {type: "identity", axis: null},
    color: {
      domain: ["sc", "wider"],
      range: [CATEGORY_COLORS.levels23, SECONDARY_COLOR],
      legend: true,
      tickFormat: (k: keyof typeof SCOPE_LABELS) => SCOPE_LABELS[k]
    },
    marks: [
      Plot.text(headers, {x: () => 0, y: "y", text: "name", textAnchor: "start", lineAnchor: "top", fontWeight: "bold", fontSize: FONT + 2, fill: "currentColor"}),
      Plot.text(placed, {x: () => 0, y: "labelY", text: (d: Placed) => d.lines.join("\n"), textAnchor: "start", lineAnchor: "top", lineHeight: LINE / FONT, fill: "currentColor"}),
      Plot.rectX(placed, {x1: () => 0, x2: "value", y1: "barY1", y2: "barY2", fill: "scope", ariaHidden: "true", title: (d: Placed) => `${formatFigure(d.value, d.qualifier, "percent")}: ${findingLabel(d)}`}),
      Plot.text(placed, {x: "value", y: (d: Placed) => (d.barY1 + d.barY2) / 2, dx: 4, text: (d: Placed) => formatFigure(d.value, d.qualifier, "percent"), textAnchor: "start", fill: "currentColor", fontWeight: "bold"})
    ]
  });
}

export interface MonthlyCount {
  id: string;
  counter: "TRAC" | "ICE (claim)";
  start: string;
  end: string;
  months: number;
  published: number;
  qualifier: Qualifier;
  perMonth: number;
  derived: boolean;
}

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

export const COUNTER_COLORS = {TRAC: CATEGORY_COLORS.levels23, "ICE (claim)": SECONDARY_COLOR} as const;

export function tracMonthlyChart(rows: MonthlyCount[], {width}: {width: number}): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const spans = rows.filter((d) => d.months > 1);
  const points = rows.filter((d) => d.months === 1);
  const first = rows.length ? rows.map((d) => d.start).sort()[0] : "2017-01";
  const last = rows.length ? rows.map((d) => d.end).sort().at(-1)! : "2019-12";
  const x0 = monthStart(first);
  const x1 = new Date(Date.UTC(monthAfter(last).getUTCFullYear(), monthAfter(last).getUTCMonth() + 2, 1));
  const maxY = Math.max(1, ...rows.map((d) => d.perMonth));
  return Plot.plot({
    width,
    height: narrow ? 300 : 340,
    marginLeft: narrow ? 54 : 60,
    marginRight: narrow ? 12 : 20,
    marginTop: 20,
    style: {fontSize: "12px"},
    x: {type: "utc", domain: [x0, x1], label: null, ticks: narrow ? 3 : 6},
    y: {domain: [0, maxY * 1.15], grid: true, label: "people deported per month", tickFormat: (v: number) => formatCount(v), ticks: narrow ? 4 : 6},
    color: {domain: Object.keys(COUNTER_COLORS), range: Object.values(COUNTER_COLORS), legend: true, tickFormat: (k: string) => (k === "TRAC" ? "TRAC's count of ICE records" : "ICE's own claim")},
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
