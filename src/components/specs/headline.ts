// The headline page's chart: ICE's June 2010 snapshot as a unit chart.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Headline, HeadlineCategory} from "../../lib/chart-data/headline.js";
import {unitChart} from "../unit-chart.js";
import {formatCount, formatPercent, formatPeriod} from "../../lib/format.js";

export interface UnitOptions extends RenderOptions {
  unit?: number;
  guess?: number | null;
}

/** Allowed people-per-square values for the unit chart. */
export const UNIT_SIZES = [1, 10, 100] as const;

export const oneInFour: ChartSpec<Headline, UnitOptions, HeadlineCategory> = {
  slug: "one-in-four",
  title: "About one in four had no criminal conviction",
  page: "index",
  file: "headline.json",
  unit: "people removed",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d, {unit = 100}) =>
    `People removed through Secure Communities, ${formatPeriod(d.periodStart, d.periodEnd)}, by ICE category. ` +
    `One square = ${formatCount(unit)} ${unit === 1 ? "person" : "people"}.`,
  render: (d, {width, unit = 100, guess = null}) => unitChart(d.categories, {width, unit, guess}),
  describe: (d, {guess}) => {
    const [nc, l1, l23] = d.categories;
    return (
      `Of ${formatCount(d.removed.value)} people ICE removed through Secure Communities from ${formatPeriod(d.periodStart, d.periodEnd)}, ` +
      `${formatCount(nc.count)} (${formatPercent(nc.share)}) were “non-criminal”: they had no criminal conviction. ` +
      `${formatCount(l1.count)} (${formatPercent(l1.share)}) were Level 1, convicted of the most serious crimes; ` +
      `the other ${formatCount(l23.count)} (${formatPercent(l23.share)}) were Level 2 or Level 3, a split ICE did not publish.`
    ) + (guess === null || guess === undefined ? "" : ` Your guess, ${formatCount(guess)}, is marked on the chart.`);
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
