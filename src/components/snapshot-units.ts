// "Which snapshot": the people removed through Secure Communities up to one
// snapshot date, split into those with and without a criminal conviction,
// drawn by unit-chart.ts in whole squares of 100 people, the unit used on
// every page. The labels keep each figure's qualifier ("about 48,000"),
// because the March 2012 counts are computed from GAO's approximate figures.
import {CATEGORY_COLORS} from "./palette.js";
import {formatFigure, formatPercent, type Qualifier} from "../lib/format.js";
import {unitChart, redrawUnitChart, PEOPLE_PER_SQUARE, type UnitGroup} from "./unit-chart.js";

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
}

/** "about 48,000 (about 26%)" or "12,293 (26.2%)": a label that keeps the qualifier. */
export function unitLegend(d: SnapshotUnit): string {
  const share = d.qualifier === "exact" ? formatPercent(d.share) : formatFigure(d.share, d.qualifier, "percent");
  return `${d.label}: ${formatFigure(d.count, d.qualifier)} (${share})`;
}

/** The unit chart's groups: each labelled with its figure and share, in its category's colour. */
function unitGroups(groups: SnapshotUnit[]): UnitGroup[] {
  return groups.map((g) => ({key: g.key, label: unitLegend(g), count: g.count, color: CATEGORY_COLORS[g.key]}));
}

export function snapshotUnitsChart(groups: SnapshotUnit[], {width}: SnapshotUnitsOptions): HTMLElement {
  return unitChart(unitGroups(groups), {width, unit: PEOPLE_PER_SQUARE});
}

/** Another snapshot, in place of the one a chart of snapshotUnitsChart shows (the "Snapshot ending" radio). */
export function redrawSnapshotUnits(chart: HTMLElement | SVGElement, groups: SnapshotUnit[], {width}: SnapshotUnitsOptions): void {
  redrawUnitChart(chart, unitGroups(groups), {width, unit: PEOPLE_PER_SQUARE});
}
