import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {snapshotUnitsChart, unitLegend, type SnapshotUnit} from "./snapshot-units.js";
import {CATEGORY_COLORS} from "./palette.js";

const exact: SnapshotUnit[] = [
  {key: "not-convicted", label: "No conviction", count: 300, share: 30, qualifier: "exact"},
  {key: "convicted", label: "Convicted", count: 700, share: 70, qualifier: "exact"}
];
const rough: SnapshotUnit[] = [
  {key: "not-convicted", label: "No conviction", count: 48000, share: 26, qualifier: "about"},
  {key: "convicted", label: "Convicted", count: 135000, share: 74, qualifier: "about"}
];

test("unitLegend keeps the qualifier of approximate figures and omits it for exact ones", () => {
  assert.equal(unitLegend(exact[0]), "No conviction: 300 (30.0%)");
  assert.equal(unitLegend(rough[0]), "No conviction: about 48,000 (about 26%)");
});

test("snapshotUnitsChart draws one waffle pattern per group, coloured from the palette, with a legend", () => {
  const chart = snapshotUnitsChart(exact, {width: 640, unit: 10});
  const patterns = chart.querySelectorAll("svg pattern");
  assert.equal(patterns.length, 2);
  const fills = [...chart.querySelectorAll("svg g[aria-label=waffle] [fill]")].map((e) => e.getAttribute("fill"));
  for (const colour of [CATEGORY_COLORS["not-convicted"], CATEGORY_COLORS.convicted]) assert.ok(fills.includes(colour), `no ${colour} in ${fills}`);
  assert.match(chart.textContent ?? "", /Convicted: 700 \(70\.0%\)/);
  const roughChart = snapshotUnitsChart(rough, {width: 640, unit: 1000});
  assert.match(roughChart.textContent ?? "", /Convicted: about 135,000 \(about 74%\)/);
});

test("snapshotUnitsChart's squares stand for `unit` people each", () => {
  const size = (c: Element) => Number(c.querySelector("pattern")!.getAttribute("width"));
  assert.ok(size(snapshotUnitsChart(exact, {width: 640, unit: 10})) < size(snapshotUnitsChart(exact, {width: 640, unit: 100})));
});

test("snapshotUnitsChart handles one group and no data", () => {
  assert.equal(snapshotUnitsChart([exact[1]], {width: 320}).querySelectorAll("svg pattern").length, 1);
  assert.equal(snapshotUnitsChart([], {width: 320}).querySelectorAll("svg pattern").length, 0);
});
