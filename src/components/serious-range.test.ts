import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {roundToStep, seriousLines, seriousRangeChart} from "./serious-range.js";
import {CATEGORY_COLORS} from "./palette.js";

// Small fixture: 1,000 removed, 200 Level 1, 500 at Levels 2–3 (so 300 with no conviction).
const counts = {removed: 1000, level1: 200, levels23: 500};

test("roundToStep rounds to the slider's step without floating-point tails", () => {
  assert.equal(roundToStep(66.32883644777614), 66.3);
  assert.equal(roundToStep(66.95), 67);
  assert.equal(roundToStep(0.1 + 0.2), 0.3);
  assert.equal(roundToStep(49.5, 1), 50);
});

test("seriousLines: flat lines for Level 1 only and Any conviction, a sloped line for Levels 1 and 2", () => {
  const points = seriousLines(counts);
  assert.equal(points.length, 3 * 101);
  const at = (def: string, x: number) => points.find((p) => p.definition === def && p.level3Share === x)!.notSeriousShare;
  assert.equal(at("l1", 0), 80);
  assert.equal(at("l1", 100), 80);
  assert.equal(at("any", 0), 30);
  assert.equal(at("any", 100), 30);
  assert.equal(at("l12", 0), 30);
  assert.equal(at("l12", 50), 55);
  assert.equal(at("l12", 100), 80);
});

test("the chart draws three lines, the chosen one heavier, and a dot labelled at the assumption", () => {
  const chart = seriousRangeChart(counts, {width: 640, definition: "l12", level3Share: 50});
  const lines = [...chart.querySelectorAll("g[aria-label=line] path")];
  assert.equal(lines.length, 3);
  const heavy = chart.querySelectorAll(`g[aria-label=line][stroke="${CATEGORY_COLORS["not-convicted"]}"] path`);
  assert.equal(heavy.length, 1);
  assert.equal(chart.querySelectorAll("g[aria-label=dot] circle").length, 1);
  const text = chart.textContent ?? "";
  for (const label of ["Level 1 only", "Levels 1 and 2", "Any conviction", "assumed: 55.0%"]) assert.ok(text.includes(label), `chart lacks ${label}`);
});

test("the dot follows the assumption; the heavy line follows the definition", () => {
  const dotX = (level3Share: number) => Number(seriousRangeChart(counts, {width: 640, definition: "any", level3Share}).querySelector("g[aria-label=dot] circle")!.getAttribute("cx"));
  assert.ok(dotX(10) < dotX(90));
  const heavyPath = (definition: "l1" | "any") =>
    seriousRangeChart(counts, {width: 640, definition, level3Share: 50}).querySelector(`g[aria-label=line][stroke="${CATEGORY_COLORS["not-convicted"]}"] path`)!.getAttribute("d");
  assert.notEqual(heavyPath("l1"), heavyPath("any"));
});

test("the chart renders at phone width and with no data", () => {
  assert.ok(seriousRangeChart(counts, {width: 320, definition: "any", level3Share: 0}).querySelector("svg, g"));
  const empty = seriousRangeChart({removed: 0, level1: 0, levels23: 0}, {width: 320, definition: "any", level3Share: 50});
  assert.equal(empty.querySelectorAll("g[aria-label=line] path").length, 0);
  assert.equal(empty.querySelectorAll("g[aria-label=dot] circle").length, 0);
});
