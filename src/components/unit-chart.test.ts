import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {unitChart, wholeSquares, unitColumns, labelCell, MAX_ROWS, type UnitGroup} from "./unit-chart.js";

test("wholeSquares: ICE's June 2010 counts at 100 a square give 123 / 98 / 248, adding up to the rounded total", () => {
  assert.deepEqual(wholeSquares([12293, 9831, 24805], 100), [123, 98, 248]);
  // The rounded total is kept: 0.5 + 0.5 + 0 rounds to one square, which goes to the first of the tied remainders.
  assert.deepEqual(wholeSquares([50, 50, 0], 100), [1, 0, 0]);
  assert.deepEqual(wholeSquares([29296, 72445], 100), [293, 724]);
  assert.deepEqual(wholeSquares([], 100), []);
});

test("unitColumns stays between 20 and 60 squares a row", () => {
  assert.equal(unitColumns(100), 20);
  assert.equal(unitColumns(400), 40);
  assert.equal(unitColumns(2000), 60);
});

const groups: UnitGroup[] = [
  {key: "a", label: "A: 250", count: 250, color: "#f00"},
  {key: "b", label: "B: 750", count: 750, color: "muted", labelled: false}
];

test("unitChart draws one whole square per 100 people, block by block, labelled on the blocks, with no axis", () => {
  const chart = unitChart(groups, {width: 400});
  assert.equal(chart.querySelectorAll("rect").length, 10);
  assert.equal(chart.querySelector('[data-key="a"]')!.querySelectorAll("rect").length, 3);
  assert.equal(chart.querySelector('[data-key="b"]')!.querySelectorAll("rect").length, 7);
  const sizes = new Set([...chart.querySelectorAll("rect")].map((r) => `${r.getAttribute("width")}x${r.getAttribute("height")}`));
  assert.equal(sizes.size, 1, "every square is the same whole size");
  assert.deepEqual([...chart.querySelectorAll("text.unit-label")].map((t) => t.textContent), ["A: 250"]);
  assert.equal(chart.querySelectorAll("[aria-label$=axis]").length, 0);
  assert.equal(chart.dataset.squares, "10");
});

test("labelCell puts a label in the middle of the rows a group fills from the left edge", () => {
  assert.deepEqual(labelCell(0, 123, 60), {row: 1, col: 0});
  assert.deepEqual(labelCell(123, 98, 60), {row: 3, col: 0});
  assert.deepEqual(labelCell(221, 248, 60), {row: 5, col: 0});
  assert.deepEqual(labelCell(5, 3, 60), {row: 0, col: 5});
});

test("a large count gets more, smaller squares, never more than MAX_ROWS rows", () => {
  const big = unitChart([{key: "a", label: "A", count: 183000, color: "#f00"}], {width: 320});
  assert.equal(big.querySelectorAll("rect").length, 1830);
  const rows = new Set([...big.querySelectorAll("rect")].map((r) => r.getAttribute("y")));
  assert.ok(rows.size <= MAX_ROWS, `${rows.size} rows`);
});

test("unitChart with no groups draws nothing", () => {
  assert.equal(unitChart([], {width: 320}).querySelectorAll("rect").length, 0);
});
