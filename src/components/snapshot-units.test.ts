import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {redrawSnapshotUnits, snapshotUnitsChart, unitLegend, type SnapshotUnit} from "./snapshot-units.js";
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

test("snapshotUnitsChart draws whole squares of 100 people per group, coloured from the palette, labelled with qualifiers", () => {
  const chart = snapshotUnitsChart(exact, {width: 640});
  assert.equal(chart.querySelectorAll("rect").length, 10);
  for (const colour of [CATEGORY_COLORS["not-convicted"], CATEGORY_COLORS.convicted]) assert.ok(chart.querySelector(`[fill="${colour}"]`), `no ${colour}`);
  assert.match(chart.textContent ?? "", /Convicted: 700 \(70\.0%\)/);
  const roughChart = snapshotUnitsChart(rough, {width: 640});
  assert.equal(roughChart.querySelectorAll("rect").length, 1830);
  assert.match(roughChart.textContent ?? "", /Convicted: about 135,000 \(about 74%\)/);
});

test("redrawSnapshotUnits turns a drawn chart into another snapshot's, in place, at the width it was drawn for", () => {
  const chart = snapshotUnitsChart(exact, {width: 390});
  const parent = document.createElement("div");
  parent.append(chart);
  redrawSnapshotUnits(chart, rough, {width: 1280});
  assert.equal(parent.firstElementChild, chart, "the chart element itself stays (the frame's description and table point at it)");
  const expected = snapshotUnitsChart(rough, {width: 390});
  assert.equal(chart.innerHTML, expected.innerHTML);
  for (const name of ["squares", "unit", "width"]) assert.equal(chart.dataset[name], expected.dataset[name], name);
  redrawSnapshotUnits(chart, exact, {width: 1280});
  assert.equal(chart.innerHTML, snapshotUnitsChart(exact, {width: 390}).innerHTML);
});
