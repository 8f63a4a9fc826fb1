// A unit chart: one square per `unit` people, coloured by ICE's category.
// Plot's waffle mark draws the squares as a repeated SVG pattern, so even one
// square per person (46,929 squares) costs a handful of DOM nodes.
import * as Plot from "@observablehq/plot";
import {CATEGORY_COLORS} from "./palette.js";
import {formatCount, formatPercent} from "../lib/format.js";

export interface UnitCategory {
  key: keyof typeof CATEGORY_COLORS;
  label: string;
  count: number;
  share: number;
}

export interface UnitChartOptions {
  width: number;
  /** People per square: 1, 10 or 100. */
  unit?: number;
  /** The reader's guess of the first category's count, drawn as a rule. */
  guess?: number | null;
}

/** The number of rows of squares that keeps the block about a third as tall as it is wide. */
export function unitRows(total: number, unit: number): number {
  const cells = Math.ceil(total / unit);
  return Math.max(1, Math.round(Math.sqrt(cells * 0.3)));
}

export function unitChart(categories: UnitCategory[], {width, unit = 100, guess = null}: UnitChartOptions): SVGSVGElement | HTMLElement {
  const total = categories.reduce((sum, d) => sum + d.count, 0);
  const rows = unitRows(total, unit);
  const height = Math.max(60, Math.min(420, Math.round((width - 20) * (rows / Math.max(1, Math.ceil(total / unit / rows))))) + 40);
  return Plot.plot({
    width,
    height,
    marginLeft: 10,
    marginRight: 10,
    marginTop: guess === null ? 10 : 24,
    marginBottom: 30,
    x: {domain: [0, total], label: null, tickFormat: formatCount, ticks: width < 500 ? 2 : 5},
    y: {axis: null},
    color: {
      domain: categories.map((d) => d.key),
      range: categories.map((d) => CATEGORY_COLORS[d.key]),
      legend: true,
      tickFormat: (key: string) => {
        const d = categories.find((c) => c.key === key)!;
        return `${d.label}: ${formatCount(d.count)} (${formatPercent(d.share)})`;
      }
    },
    marks: [
      Plot.waffleX(categories, {x: "count", fill: "key", unit, multiple: rows, gap: unit === 1 ? 0 : 1, title: (d: UnitCategory) => `${d.label}: ${formatCount(d.count)}`}),
      // The first category starts at zero, so a guess of its count reads on the same axis.
      guess === null ? null : Plot.ruleX([guess], {stroke: "currentColor", strokeWidth: 3, strokeDasharray: "6,3", insetTop: -8}),
      guess === null ? null : Plot.text([guess], {x: (d: number) => d, frameAnchor: "top", dy: -2, text: () => `Your guess: ${formatCount(guess)}`, textAnchor: guess > total / 2 ? "end" : "start", dx: guess > total / 2 ? -6 : 6, fill: "currentColor", fontWeight: "bold", stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke"})
    ]
  });
}
