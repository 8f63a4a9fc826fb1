// A unit chart in whole squares: one square stands for `unit` people (100
// everywhere on the site), squares fill rows left to right, group after
// group, and each group is labelled on its own block. No axis, no partial
// squares.
//
// Rounding rule (largest remainder): the chart draws round(total ÷ unit)
// squares. Each group first gets its count ÷ unit rounded down; the squares
// still missing go, one each, to the groups with the largest remainders. So
// the squares always add up to the rounded total and no square is ever cut.
// For ICE's June 2010 snapshot at 100 people a square: 469 squares, split
// 123 / 98 / 248.
import * as d3 from "d3";
import {html} from "htl";
import {formatCount} from "../lib/format.js";

export interface UnitGroup {
  key: string;
  /** Drawn on the block, e.g. "No conviction: 12,293". */
  label: string;
  count: number;
  /** A colour, or "muted" to draw the group in the page's faint grey (not yet explained in a guided step). */
  color: string;
  /** When false the block carries no label (a step that has not named it yet). */
  labelled?: boolean;
}

export interface UnitChartOptions {
  width: number;
  /** People per square. */
  unit?: number;
}

export const PEOPLE_PER_SQUARE = 100;

/** Whole squares per group by the largest-remainder rule above. */
export function wholeSquares(counts: readonly number[], unit: number): number[] {
  const total = Math.round(counts.reduce((a, b) => a + b, 0) / unit);
  const exact = counts.map((c) => c / unit);
  const squares = exact.map(Math.floor);
  let missing = total - squares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({i, r: x - Math.floor(x)})).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const {i} of order) {
    if (missing <= 0) break;
    squares[i] += 1;
    missing -= 1;
  }
  return squares;
}

/** Squares per row for a chart `width` px wide: squares of about 10 px or more, between 20 and 60 a row. */
export function unitColumns(width: number): number {
  return Math.max(20, Math.min(60, Math.floor(width / 10)));
}

const GAP = 1;

function fillOf(g: UnitGroup): string {
  return g.color === "muted" ? "var(--unit-muted, #b4b4b4)" : g.color;
}

/**
 * Where a group's label goes, in grid cells: the middle of the rows the group
 * fills from the left edge, so that neighbouring groups' labels sit rows
 * apart; a group that fills no row from the left edge is labelled at its
 * first square.
 */
export function labelCell(start: number, n: number, columns: number): {row: number; col: number} {
  const first = Math.ceil(start / columns);
  const last = Math.floor((start + n - 1) / columns);
  if (first > last) return {row: Math.floor(start / columns), col: start % columns};
  return {row: Math.floor((first + last) / 2), col: 0};
}

/** At most this many rows: a larger count gets more, smaller squares (still 100 people each), so the chart fits a phone's screen. */
export const MAX_ROWS = 30;

export function unitChart(groups: readonly UnitGroup[], {width, unit = PEOPLE_PER_SQUARE}: UnitChartOptions): HTMLElement {
  const squares = wholeSquares(groups.map((g) => g.count), unit);
  const total = squares.reduce((a, b) => a + b, 0);
  const columns = Math.max(unitColumns(width), Math.ceil(total / MAX_ROWS));
  const size = Math.max(3, Math.floor(width / columns));
  const rows = Math.max(1, Math.ceil(total / columns));
  const svg = d3
    .create("svg")
    .attr("class", "unit-chart-svg")
    .attr("width", columns * size)
    .attr("data-columns", columns)
    .attr("height", rows * size)
    .attr("viewBox", `0 0 ${columns * size} ${rows * size}`);
  let start = 0;
  const labels: {g: UnitGroup; start: number; n: number}[] = [];
  groups.forEach((g, gi) => {
    const n = squares[gi];
    const block = svg.append("g").attr("class", "unit-block").attr("data-key", g.key).attr("data-squares", n).attr("fill", fillOf(g));
    block.append("title").text(`${g.label} (${formatCount(n)} squares)`);
    for (let k = start; k < start + n; ++k) {
      block
        .append("rect")
        .attr("x", (k % columns) * size)
        .attr("y", Math.floor(k / columns) * size)
        .attr("width", size - GAP)
        .attr("height", size - GAP);
    }
    labels.push({g, start, n});
    start += n;
  });
  for (const {g, start: s, n} of labels) {
    if (g.labelled === false || n === 0) continue;
    const cell = labelCell(s, n, columns);
    svg
      .append("text")
      .attr("class", "unit-label")
      .attr("data-key", g.key)
      .attr("x", cell.col * size + 4)
      .attr("y", cell.row * size + size / 2)
      .attr("dy", "0.35em")
      .text(g.label);
  }
  return html`<div class="unit-chart" data-squares=${total} data-unit=${unit} data-width=${width}>${svg.node()}</div>` as HTMLElement;
}

/**
 * Redraws, in place, a chart that unitChart drew: for a control that changes
 * the groups (a snapshot, a guided step), so the chart follows within a
 * frame. The chart is drawn afresh at the width it was drawn for, and its
 * squares take the place of the old ones: the frame around it, its
 * description and its table are the caller's (frame-update.ts).
 */
export function redrawUnitChart(chart: HTMLElement | SVGElement, groups: readonly UnitGroup[], {width, unit = PEOPLE_PER_SQUARE}: UnitChartOptions): void {
  const next = unitChart(groups, {width: Number(chart.dataset.width) || width, unit});
  chart.replaceChildren(...next.childNodes);
  for (const name of ["squares", "unit"]) chart.dataset[name] = next.dataset[name];
}
