// "What counts as criminal": the share of people removed WITHOUT a "serious"
// record under each definition of serious, one row per definition:
//   Any conviction (ICE's line): one value, the no-conviction share (orange);
//   Levels 1 and 2: a range, from "none of Levels 2–3 were Level 3" to "all
//     were", with the reader's assumed share marked on that range only;
//   Level 1 only: one value.
// Every number is computed from the counts (seriousRecord), never typed.
// The assumed marker is drawn outside Plot so that moveAssumed() can move it in
// place on slider input, without redrawing the chart.
import * as Plot from "@observablehq/plot";
import {SERIOUS_DEFINITIONS, seriousRange, seriousRecord, type SeriousCounts, type SeriousDefinition} from "../lib/assumptions.js";
import {CONTEXT, CONTEXT_LIGHT, NO_CONVICTION} from "./palette.js";
import {formatPercent} from "../lib/format.js";
import {snapToStep} from "../lib/steps.js";

/** The slider's step for the assumed Level 3 share, in percentage points. */
export const L3_STEP = 0.1;

/** An assumed Level 3 share on the slider's grid, as the slider and the link hold it. */
export const snapLevel3Share = (share: number): number => snapToStep(share, L3_STEP);

/** Short names for the rows' labels. */
export const SHORT_LABELS: Record<SeriousDefinition, string> = {l1: "Level 1 only", l12: "Levels 1 and 2", any: "Any conviction (ICE's line)"};

/** Rows from top to bottom: the lowest share first. */
const ORDER: SeriousDefinition[] = ["any", "l12", "l1"];

export interface SeriousRow {
  definition: SeriousDefinition;
  /** Share without a serious record if none of Levels 2–3 were Level 3, percent. */
  low: number;
  /** … if all of them were. Equal to `low` where the split does not matter. */
  high: number;
}

/** What each definition gives: one value, or (for "Levels 1 and 2") the range over every possible split. */
export function seriousRows(counts: SeriousCounts): SeriousRow[] {
  return ORDER.filter((key) => SERIOUS_DEFINITIONS.some((d) => d.key === key)).map((definition) => {
    const [none, all] = seriousRange(counts, definition);
    return {definition, low: Math.min(none.notSeriousShare, all.notSeriousShare), high: Math.max(none.notSeriousShare, all.notSeriousShare)};
  });
}

export interface SeriousRangeOptions {
  width: number;
  definition: SeriousDefinition;
  level3Share: number;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const ROW = 64; // px per definition: its label above, its value, the assumed label below

type Scaled = SVGSVGElement & {scale?: (name: string) => {apply: (v: unknown) => number} | undefined};

export function seriousRangeChart(counts: SeriousCounts, {width, definition, level3Share}: SeriousRangeOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 500;
  const rows = counts.removed > 0 ? seriousRows(counts) : [];
  const single = rows.filter((r) => r.low === r.high);
  const ranges = rows.filter((r) => r.low !== r.high);
  const tone = (r: SeriousRow) => (r.definition === "any" ? NO_CONVICTION : r.definition === definition ? "currentColor" : CONTEXT);
  const halo = {stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke" as const, fill: "currentColor"};
  const chart = Plot.plot({
    width,
    height: 24 + ROW * Math.max(1, rows.length) + 36,
    marginLeft: 12,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 36,
    x: {domain: [0, 100], label: narrow ? "Without a “serious” record →" : "Share of people removed without a “serious” record →", ticks: narrow ? 4 : 10, tickFormat: (d: number) => `${d}%`, grid: true},
    y: {type: "point", domain: rows.map((r) => r.definition), axis: null, padding: 0.5},
    marks: [
      // The range "Levels 1 and 2" can take, whatever the split.
      Plot.ruleY(ranges, {y: "definition", x1: "low", x2: "high", stroke: CONTEXT_LIGHT, strokeWidth: 10, strokeLinecap: "round", ariaHidden: "true"}),
      Plot.dot(single, {x: "low", y: "definition", r: 7, fill: tone, stroke: "var(--theme-background, white)", strokeWidth: 1.5, ariaHidden: "true"}),
      // Each definition's name above its row; the chosen one in bold.
      ...rows.map((r) =>
        Plot.text([r], {x: () => 0, y: "definition", text: (d: SeriousRow) => SHORT_LABELS[d.definition], textAnchor: "start", dy: -18, fontWeight: r.definition === definition ? "bold" : "normal", ...halo})
      ),
      // Values: a single value to the right of its dot; a range's two ends outside the bar.
      Plot.text(single, {x: "low", y: "definition", text: (d: SeriousRow) => formatPercent(d.low), textAnchor: "start", dx: 12, fontWeight: "bold", ...halo}),
      Plot.text(ranges, {x: "low", y: "definition", text: (d: SeriousRow) => formatPercent(d.low), textAnchor: "end", dx: -10, ...halo}),
      Plot.text(ranges, {x: "high", y: "definition", text: (d: SeriousRow) => formatPercent(d.high), textAnchor: "start", dx: 10, ...halo})
    ]
  }) as Scaled;
  if (ranges.length) drawAssumed(chart, counts, level3Share);
  return chart;
}

/** The assumed share's marker on the "Levels 1 and 2" range: a dot with its value below. Created once, then moved. */
function drawAssumed(chart: Scaled, counts: SeriousCounts, level3Share: number): void {
  const g = document.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "assumed-marker");
  g.setAttribute("aria-hidden", "true");
  const dot = document.createElementNS(SVG_NS, "circle");
  dot.setAttribute("r", "7");
  dot.setAttribute("fill", "currentColor");
  dot.setAttribute("stroke", "var(--theme-background, white)");
  dot.setAttribute("stroke-width", "2");
  const label = document.createElementNS(SVG_NS, "text");
  label.setAttribute("dy", "24");
  label.setAttribute("font-weight", "bold");
  label.setAttribute("stroke", "var(--theme-background, white)");
  label.setAttribute("stroke-width", "4");
  label.setAttribute("paint-order", "stroke");
  g.append(dot, label);
  chart.append(g);
  moveAssumed(chart, counts, level3Share);
}

/**
 * Moves the assumed marker to a new assumption, in place: two attributes and a
 * text, no redraw. Returns false if the chart has no marker (no data).
 */
export function moveAssumed(chart: Element, counts: SeriousCounts, level3Share: number): boolean {
  const g = chart.querySelector(".assumed-marker");
  const scale = (chart as Scaled).scale;
  if (!g || !scale) return false;
  const value = seriousRecord(counts, "l12", level3Share).notSeriousShare;
  const x = scale("x")!.apply(value);
  const y = scale("y")!.apply("l12");
  const width = Number(chart.getAttribute("width"));
  const dot = g.querySelector("circle")!;
  const label = g.querySelector("text")!;
  dot.setAttribute("cx", String(x));
  dot.setAttribute("cy", String(y));
  label.textContent = `assumed: ${formatPercent(value)}`;
  // Kept inside the frame at either end of the range.
  const anchor = x < 70 ? "start" : x > width - 70 ? "end" : "middle";
  label.setAttribute("text-anchor", anchor);
  label.setAttribute("x", String(anchor === "start" ? x - 8 : anchor === "end" ? x + 8 : x));
  label.setAttribute("y", String(y));
  return true;
}
