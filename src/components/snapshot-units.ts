// "Which snapshot": the people removed through Secure Communities up to one
// snapshot date, one square per `unit` people, split into those with and
// without a criminal conviction. Like unit-chart.ts (whose layout it shares),
// but its legend keeps each figure's qualifier ("about 48,000"), because the
// March 2012 counts are computed from GAO's approximate figures.
import * as Plot from "@observablehq/plot";
import {CATEGORY_COLORS} from "./palette.js";
import {formatFigure, formatPercent, type Qualifier} from "../lib/format.js";
import {unitRows} from "./unit-chart.js";

export interface SnapshotUnit {
  key: "not-convicted" | "convicted";
  label: string;
  count: number;
  share: number;
  /** "about" for counts computed from approximate figures. */
  qualifier: Qualifier;
}

export interface SnapshotUnitsOptions {
  width: number;
  /** People per square. */
  unit?: number;
}

/** "about 48,000 (about 26.0%)" or "12,293 (26.2%)": a legend entry that keeps the qualifier. */
export function unitLegend(d: SnapshotUnit): string {
  const share = d.qualifier === "exact" ? formatPercent(d.share) : formatFigure(d.share, d.qualifier, "percent");
  return `${d.label}: ${formatFigure(d.count, d.qualifier)} (${share})`;
}

export function snapshotUnitsChart(groups: SnapshotUnit[], {width, unit = 100}: SnapshotUnitsOptions): SVGSVGElement | HTMLElement {
  const total = groups.reduce((sum, d) => sum + d.count, 0);
  const rows = unitRows(total, unit);
  const columns = Math.max(1, Math.ceil(total / unit / rows));
  const height = Math.max(60, Math.min(420, Math.round((width - 20) * (rows / columns)))) + 40;
  return Plot.plot({
    width,
    height,
    marginLeft: 10,
    marginRight: 10,
    marginTop: 10,
    marginBottom: 30,
    x: {domain: [0, Math.max(1, total)], label: null, tickFormat: (d: number) => formatFigure(d), ticks: width < 500 ? 2 : 5},
    y: {axis: null},
    color: {
      domain: groups.map((d) => d.key),
      range: groups.map((d) => CATEGORY_COLORS[d.key]),
      legend: true,
      tickFormat: (key: string) => unitLegend(groups.find((g) => g.key === key)!)
    },
    marks: [
      Plot.waffleX(groups, {x: "count", fill: "key", unit, multiple: rows, gap: 1, title: (d: SnapshotUnit) => unitLegend(d)})
    ]
  });
}
