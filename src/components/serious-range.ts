// "What counts as criminal": the share of people removed WITHOUT a "serious"
// record, under each definition of serious, across every assumed share of
// Level 3 among Levels 2–3 (0–100%). "Level 1 only" and "Any conviction" do not
// depend on the assumption (flat lines); "Levels 1 and 2" does (a sloped line).
// The chosen definition is drawn heavier; a dot marks the current assumption.
import * as Plot from "@observablehq/plot";
import {SERIOUS_DEFINITIONS, seriousRecord, type SeriousCounts, type SeriousDefinition} from "../lib/assumptions.js";
import {CATEGORY_COLORS, SECONDARY_COLOR} from "./palette.js";
import {formatPercent} from "../lib/format.js";

/** The slider's step for the assumed Level 3 share, in percentage points. */
export const L3_STEP = 0.1;

/** A value rounded to a slider step (0.1 → one decimal), without floating-point tails. */
export function roundToStep(value: number, step = L3_STEP): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** Short names for the lines' labels. */
export const SHORT_LABELS: Record<SeriousDefinition, string> = {l1: "Level 1 only", l12: "Levels 1 and 2", any: "Any conviction"};

export interface SeriousPoint {
  definition: SeriousDefinition;
  /** Assumed Level 3 share of Levels 2–3, percent. */
  level3Share: number;
  /** Share of people removed without a "serious" record, percent. */
  notSeriousShare: number;
}

/** Each definition's share without a serious record at Level 3 shares 0, 1, …, 100 (computed with seriousRecord). */
export function seriousLines(counts: SeriousCounts): SeriousPoint[] {
  return SERIOUS_DEFINITIONS.flatMap(({key}) =>
    Array.from({length: 101}, (_, x) => ({definition: key, level3Share: x, notSeriousShare: seriousRecord(counts, key, x).notSeriousShare}))
  );
}

export interface SeriousRangeOptions {
  width: number;
  definition: SeriousDefinition;
  level3Share: number;
}

export function seriousRangeChart(counts: SeriousCounts, {width, definition, level3Share}: SeriousRangeOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 500;
  const valid = counts.removed > 0;
  const points = valid ? seriousLines(counts) : [];
  const at = (key: SeriousDefinition, x: number) => seriousRecord(counts, key, x).notSeriousShare;
  const current = valid ? [{level3Share, notSeriousShare: at("l12", level3Share)}] : [];
  const selected = (d: SeriousPoint) => d.definition === definition;
  const halo = {stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke" as const, fill: "currentColor"};
  // Labels sit where no other line runs: "Level 1 only" at the left (the sloped line starts at the bottom),
  // "Any conviction" at the right (the sloped line ends at the top), "Levels 1 and 2" below its middle.
  const labels = valid
    ? [
        {definition: "l1" as const, x: 0, y: at("l1", 0), anchor: "start" as const, dx: 4, dy: -10},
        {definition: "any" as const, x: 100, y: at("any", 100), anchor: "end" as const, dx: -4, dy: 14},
        {definition: "l12" as const, x: 50, y: at("l12", 50), anchor: "start" as const, dx: 8, dy: 16}
      ]
    : [];
  const left = level3Share < 20;
  return Plot.plot({
    width,
    height: narrow ? 280 : 340,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 20,
    marginBottom: 40,
    x: {domain: [0, 100], label: narrow ? "Assumed Level 3 share of Levels 2–3 →" : "Assumed share of Level 3 among Levels 2–3 (%) →", ticks: narrow ? 5 : 10, tickFormat: (d: number) => `${d}%`},
    y: {domain: [0, 100], label: "↑ Without a “serious” record", ticks: narrow ? 5 : 10, tickFormat: (d: number) => `${d}%`, grid: true},
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      Plot.ruleX(current, {x: "level3Share", stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.line(points.filter((d) => !selected(d)), {x: "level3Share", y: "notSeriousShare", z: "definition", stroke: SECONDARY_COLOR, strokeWidth: 1.5, strokeDasharray: "6,3", ariaHidden: "true"}),
      Plot.line(points.filter(selected), {x: "level3Share", y: "notSeriousShare", stroke: CATEGORY_COLORS["not-convicted"], strokeWidth: 3.5, ariaHidden: "true"}),
      // One text mark per label: Plot's textAnchor, dx and dy are constants, not channels.
      ...labels.map((d) =>
        Plot.text([d], {x: "x", y: "y", text: () => SHORT_LABELS[d.definition], textAnchor: d.anchor, dx: d.dx, dy: d.dy, fontWeight: d.definition === definition ? "bold" : "normal", ...halo})
      ),
      Plot.dot(current, {x: "level3Share", y: "notSeriousShare", r: 6, fill: "currentColor", stroke: "var(--theme-background, white)", strokeWidth: 2, ariaHidden: "true"}),
      Plot.text(current, {
        x: "level3Share",
        y: "notSeriousShare",
        text: (d: {notSeriousShare: number}) => `assumed: ${formatPercent(d.notSeriousShare)}`,
        textAnchor: left ? "start" : "end",
        dx: left ? 10 : -10,
        dy: left ? 16 : -12,
        fontWeight: "bold",
        ...halo
      })
    ]
  });
}
