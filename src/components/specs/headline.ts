// The headline page's chart: ICE's June 2010 snapshot as a unit chart of
// whole squares (100 people each), walked through step by step. Each step
// says which groups are coloured and labelled; the page holds each step's
// text, and the chart, its subtitle and its description follow the step.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Headline, HeadlineCategory} from "../../lib/chart-data/headline.js";
import type {SnapshotCount} from "../../lib/chart-data/levels.js";
import {redrawUnitChart, unitChart, wholeSquares, PEOPLE_PER_SQUARE, type UnitGroup} from "../unit-chart.js";
import {CATEGORY_COLORS} from "../palette.js";
import {formatCount, formatDate, formatFigure, formatPercent, formatPeriod} from "../../lib/format.js";

/** The guided steps, in order. The page's step texts follow this order; the link's `step` is a 1-based index into it. */
export const HEADLINE_STEPS = ["removed", "no-conviction", "level1", "levels23", "mar2011", "mar2012", "serious"] as const;
export type HeadlineStep = (typeof HEADLINE_STEPS)[number];

export interface StepOptions extends RenderOptions {
  /** The step's key (default: the last step, where every group is shown). */
  step?: HeadlineStep;
}

const LAST: HeadlineStep = "levels23";

function stepOf(step: HeadlineStep | undefined): HeadlineStep {
  return step && (HEADLINE_STEPS as readonly string[]).includes(step) ? step : LAST;
}

function june(d: Headline): [HeadlineCategory, HeadlineCategory, HeadlineCategory] {
  const [nc, l1, l23] = d.categories;
  return [nc, l1, l23];
}

function snapshot(d: Headline, key: string): SnapshotCount {
  const s = d.snapshots.find((r) => r.key === key);
  if (!s) throw new Error(`headline.json has no snapshot ${key}`);
  return s;
}

const share = (c: HeadlineCategory) => formatPercent(c.share);
const MUTED = "muted";

/** The groups the chart draws at a step: colours and labels per step; counts always from the data. */
export function stepGroups(d: Headline, step: HeadlineStep | undefined): UnitGroup[] {
  const [nc, l1, l23] = june(d);
  const s = stepOf(step);
  const ncLabel = `No conviction: ${formatCount(nc.count)} (${share(nc)})`;
  const l1Label = `Level 1: ${formatCount(l1.count)} (${share(l1)})`;
  const l23Label = `Levels 2–3: ${formatCount(l23.count)} (${share(l23)})`;
  switch (s) {
    case "removed":
      return [{key: "removed", label: `All ${formatCount(d.removed.value)} people removed`, count: d.removed.value, color: MUTED}];
    case "no-conviction":
      return [
        {key: nc.key, label: ncLabel, count: nc.count, color: CATEGORY_COLORS[nc.key]},
        {key: "rest", label: `The rest: ${formatCount(l1.count + l23.count)}`, count: l1.count + l23.count, color: MUTED}
      ];
    case "level1":
      return [
        {key: nc.key, label: ncLabel, count: nc.count, color: CATEGORY_COLORS[nc.key]},
        {key: l1.key, label: l1Label, count: l1.count, color: CATEGORY_COLORS[l1.key]},
        {key: l23.key, label: l23Label, count: l23.count, color: MUTED, labelled: false}
      ];
    case "levels23":
      return [
        {key: nc.key, label: ncLabel, count: nc.count, color: CATEGORY_COLORS[nc.key]},
        {key: l1.key, label: l1Label, count: l1.count, color: CATEGORY_COLORS[l1.key]},
        {key: l23.key, label: l23Label, count: l23.count, color: CATEGORY_COLORS[l23.key]}
      ];
    case "mar2011":
    case "mar2012": {
      const r = snapshot(d, s === "mar2011" ? "2011-03" : "2012-03");
      const pct = r.notConvictedShare.qualifier === "exact" ? formatPercent(r.notConvictedShare.value) : formatFigure(r.notConvictedShare.value, r.notConvictedShare.qualifier, "percent");
      return [
        {key: "not-convicted", label: `No conviction: ${formatFigure(r.notConvicted.value, r.notConvicted.qualifier)} (${pct})`, count: r.notConvicted.value, color: CATEGORY_COLORS["not-convicted"]},
        {key: "convicted", label: `Convicted: ${formatFigure(r.convicted.value, r.convicted.qualifier)}`, count: r.convicted.value, color: CATEGORY_COLORS.convicted}
      ];
    }
    case "serious":
      return [
        {key: "not-level1", label: `Not Level 1: ${formatCount(nc.count + l23.count)} (${formatPercent(nc.share + l23.share)})`, count: nc.count + l23.count, color: MUTED},
        {key: l1.key, label: l1Label, count: l1.count, color: CATEGORY_COLORS[l1.key]}
      ];
  }
}

/** The snapshot a step draws: June 2010, or a later one. */
function stepPeriod(d: Headline, step: HeadlineStep): {start: string | null; end: string; verb: string; source: string} {
  if (step === "mar2011" || step === "mar2012") {
    const r = snapshot(d, step === "mar2011" ? "2011-03" : "2012-03");
    return {start: r.periodStart, end: r.periodEnd, verb: r.verb, source: r.source};
  }
  return {start: d.periodStart, end: d.periodEnd, verb: "removed", source: "ICE"};
}

export const oneInFour: ChartSpec<Headline, StepOptions, HeadlineCategory> = {
  slug: "one-in-four",
  title: "About one in four had no criminal conviction",
  page: "index",
  file: "headline.json",
  unit: "people removed",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d, {step}) => {
    const p = stepPeriod(d, stepOf(step));
    return `People ${p.verb} through Secure Communities, ${formatPeriod(p.start, p.end)} (${p.source}). One square = ${formatCount(PEOPLE_PER_SQUARE)} people, in whole squares.`;
  },
  render: (d, {width, step}) => unitChart(stepGroups(d, step), {width}),
  update: (chart, d, {width, step}) => redrawUnitChart(chart, stepGroups(d, step), {width}),
  describe: (d, {step}) => {
    const s = stepOf(step);
    const [nc, l1, l23] = june(d);
    const period = formatPeriod(d.periodStart, d.periodEnd);
    const squares = wholeSquares([nc.count, l1.count, l23.count], PEOPLE_PER_SQUARE).map(formatCount).join(", ");
    switch (s) {
      case "removed":
        return `${formatCount(d.removed.value)} people removed through Secure Communities, ${period}: ${formatCount(Math.round(d.removed.value / PEOPLE_PER_SQUARE))} squares of ${PEOPLE_PER_SQUARE} people, all in one colour.`;
      case "no-conviction":
        return `Of ${formatCount(d.removed.value)} people removed, ${period}, ${formatCount(nc.count)} (${share(nc)}) had no criminal conviction: ICE's “non-criminal”. The other ${formatCount(l1.count + l23.count)} are in grey.`;
      case "level1":
        return `${formatCount(nc.count)} (${share(nc)}) had no conviction; ${formatCount(l1.count)} (${share(l1)}) were Level 1, the crimes ICE ranked most serious. The remaining squares are not yet explained.`;
      case "levels23":
        return (
          `Of ${formatCount(d.removed.value)} people removed, ${period}: ${formatCount(nc.count)} (${share(nc)}) with no conviction, ${formatCount(l1.count)} (${share(l1)}) at Level 1, ` +
          `and ${formatCount(l23.count)} (${share(l23)}) at Levels 2–3, computed as the rest; the sources we found give no Level 2 / Level 3 split for June 2010. Squares: ${squares}.`
        );
      case "mar2011":
      case "mar2012": {
        const r = snapshot(d, s === "mar2011" ? "2011-03" : "2012-03");
        return (
          `From the program's start to ${formatDate(r.periodEnd)}, ${formatFigure(r.removed.value, r.removed.qualifier)} people were ${r.verb} through Secure Communities (${r.source}): ` +
          `${formatFigure(r.notConvicted.value, r.notConvicted.qualifier)} without a conviction and ${formatFigure(r.convicted.value, r.convicted.qualifier)} with one.`
        );
      }
      case "serious":
        return `Back to June 2010: ${formatCount(l1.count)} (${share(l1)}) were Level 1; the other ${formatCount(nc.count + l23.count)} (${formatPercent(nc.share + l23.share)}) had no conviction or one below Level 1.`;
    }
  },
  table: (d) => ({
    columns: [
      {key: "label", label: "ICE category"},
      {key: "count", label: "People removed", format: formatCount},
      {key: "share", label: "Share of removals", format: (v: number) => formatPercent(v)},
      {key: "derived", label: "How we know", format: (v: boolean) => (v ? "computed: total minus the other two" : "published by ICE")}
    ],
    rows: d.categories
  })
};

export const specs = [oneInFour];
