import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {moveAssumed, snapLevel3Share, seriousRangeChart, seriousRows} from "./serious-range.js";
import {NO_CONVICTION} from "./palette.js";

// Small fixture: 1,000 removed, 200 Level 1, 500 at Levels 2–3 (so 300 with no conviction).
const counts = {removed: 1000, level1: 200, levels23: 500};

test("snapLevel3Share puts a share on the slider's 0.1-point grid", () => {
  assert.equal(snapLevel3Share(66.32883644777614), 66.3);
  assert.equal(snapLevel3Share(0.1 + 0.2), 0.3);
});

test("seriousRows: one value for Any conviction and Level 1 only, a range for Levels 1 and 2, lowest first", () => {
  assert.deepEqual(seriousRows(counts), [
    {definition: "any", low: 30, high: 30},
    {definition: "l12", low: 30, high: 80},
    {definition: "l1", low: 80, high: 80}
  ]);
});

const texts = (chart: Element) => [...chart.querySelectorAll("text")].map((t) => t.textContent);
const assumedDot = (chart: Element) => chart.querySelector(".assumed-marker circle")!;

test("the chart shows what each definition gives: 30%, 80%, and the range 30–80% with the assumption on it", () => {
  const chart = seriousRangeChart(counts, {width: 640, definition: "any", level3Share: 50});
  const all = texts(chart);
  for (const label of ["Any conviction (ICE's line)", "Levels 1 and 2", "Level 1 only", "30.0%", "80.0%", "assumed: 55.0%"]) assert.ok(all.includes(label), `chart lacks ${label}: ${all}`);
  // One range bar, two single dots (the no-conviction one orange), one assumed marker.
  assert.equal(chart.querySelectorAll("g[aria-label=rule] line").length, 1);
  const dots = [...chart.querySelectorAll("g[aria-label=dot] circle")];
  assert.equal(dots.length, 2);
  assert.ok(dots.some((d) => d.getAttribute("fill") === NO_CONVICTION));
  assert.equal(chart.querySelectorAll(".assumed-marker").length, 1);
});

test("the assumed marker sits on the Levels 1 and 2 row only, whatever the chosen definition", () => {
  for (const definition of ["any", "l1", "l12"] as const) {
    const chart = seriousRangeChart(counts, {width: 640, definition, level3Share: 50});
    const rangeY = chart.querySelector("g[aria-label=rule] line")!.getAttribute("y1");
    assert.equal(assumedDot(chart).getAttribute("cy"), rangeY, definition);
  }
});

test("moveAssumed moves the marker in place: same element, new position and value", () => {
  const chart = seriousRangeChart(counts, {width: 640, definition: "l12", level3Share: 0});
  const dot = assumedDot(chart);
  const x0 = Number(dot.getAttribute("cx"));
  assert.ok(moveAssumed(chart, counts, 100));
  assert.equal(assumedDot(chart), dot);
  assert.ok(Number(dot.getAttribute("cx")) > x0);
  assert.equal(chart.querySelector(".assumed-marker text")!.textContent, "assumed: 80.0%");
  // Drawn fresh at 100% it lands in the same place.
  assert.equal(assumedDot(seriousRangeChart(counts, {width: 640, definition: "l12", level3Share: 100})).getAttribute("cx"), dot.getAttribute("cx"));
});

test("the chart renders at phone width and with no data", () => {
  assert.ok(seriousRangeChart(counts, {width: 320, definition: "any", level3Share: 0}).querySelector(".assumed-marker"));
  const empty = seriousRangeChart({removed: 0, level1: 0, levels23: 0}, {width: 320, definition: "any", level3Share: 50});
  assert.equal(empty.querySelectorAll(".assumed-marker, g[aria-label=dot] circle").length, 0);
  assert.equal(moveAssumed(empty, {removed: 0, level1: 0, levels23: 0}, 10), false);
});
