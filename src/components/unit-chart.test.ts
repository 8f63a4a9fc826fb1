import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {unitChart, unitRows, type UnitCategory} from "./unit-chart.js";

const categories: UnitCategory[] = [
  {key: "non-criminal", label: "Non-criminal", count: 250, share: 25},
  {key: "level1", label: "Level 1", count: 250, share: 25},
  {key: "levels23", label: "Levels 2–3", count: 500, share: 50}
];

test("unitRows keeps the block about a third as tall as wide", () => {
  assert.equal(unitRows(1000, 100), 2);
  assert.equal(unitRows(46929, 100), 12);
  assert.equal(unitRows(0, 10), 1);
});

test("unitChart draws one waffle pattern per category, with a legend naming counts and shares", () => {
  const chart = unitChart(categories, {width: 640, unit: 10});
  assert.equal(chart.querySelectorAll("svg pattern").length, 3);
  const legend = chart.textContent ?? "";
  assert.match(legend, /Non-criminal: 250 \(25\.0%\)/);
  assert.match(legend, /Levels 2–3: 500 \(50\.0%\)/);
});

test("unitChart's squares stand for `unit` people each", () => {
  const small = unitChart(categories, {width: 640, unit: 10});
  const large = unitChart(categories, {width: 640, unit: 100});
  const size = (c: Element) => Number(c.querySelector("pattern")!.getAttribute("width"));
  assert.ok(size(small) < size(large), "ten-person squares should be smaller than hundred-person squares");
});

test("unitChart handles a single category and empty data", () => {
  const one = unitChart([categories[2]], {width: 320});
  assert.equal(one.querySelectorAll("svg pattern").length, 1);
  const none = unitChart([], {width: 320});
  assert.equal(none.querySelectorAll("svg pattern").length, 0);
});
