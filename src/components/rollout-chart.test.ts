import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {rolloutChart, reportedLabel, labelledCounts, placeLabel, countiesOn, COUNTY_SERIES, ICE_SERIES} from "./rollout-chart.js";
import type {PlaceMark, ReportedCount, RolloutMonth} from "../lib/chart-data/spread.js";

const months: RolloutMonth[] = [
  {month: "2008-10", monthEnd: "2008-10-31", newCounties: 1, cumulative: 1},
  {month: "2008-11", monthEnd: "2008-11-30", newCounties: 6, cumulative: 7},
  {month: "2008-12", monthEnd: "2008-12-31", newCounties: 3, cumulative: 10}
];
const count = (asOf: string, value: number, qualifier: ReportedCount["qualifier"] = "exact", unit: ReportedCount["unit"] = "jurisdictions"): ReportedCount => ({
  asOf, datePrecision: asOf.length === 10 ? "day" : "month", plotDate: asOf, value, qualifier, unit, states: null, sourceIds: ["s"], note: null
});
const reported = [count("2008-10", 4), count("2008-11-15", 5, "more_than"), count("2008-12-20", 9, "nearly", "counties")];
const place = (p: string, activated: string, reported: string | null, conflict: boolean): PlaceMark => ({
  place: p, state: "CA", fips: "06001", activated, sourceIds: ["d"], reported, reportedSourceIds: [], reportedText: null, conflict, note: null
});
const places = [place("Alpha County", "2008-11-02", "2008-11", false), place("Beta County", "2008-11-20", "2008-12", true)];

test("reportedLabel keeps the source's hedge and names a unit other than jurisdictions", () => {
  assert.equal(reportedLabel(reported[1]), "more than 5");
  assert.equal(reportedLabel(reported[2]), "nearly 9 counties");
  assert.equal(reportedLabel(reported[0]), "4");
});

test("labelledCounts keeps every hedged count and the last one", () => {
  assert.deepEqual(labelledCounts(reported).map((r) => r.value), [5, 9]);
  assert.deepEqual(labelledCounts([count("2009-01", 3), count("2009-02", 4)]).map((r) => r.value), [4]);
  assert.deepEqual(labelledCounts([count("2009-01-31", 3), count("2009-02", 4)], ["2009-01-31"]).map((r) => r.value), [3, 4]);
  // A hedged repeat of an earlier figure ("more than 544" after 544) is not labelled again.
  assert.deepEqual(labelledCounts([count("2009-01", 3), count("2009-02", 3, "more_than"), count("2009-03", 8)]).map((r) => r.value), [8]);
});

test("countiesOn reads the count at the last month end on or before a day", () => {
  assert.equal(countiesOn(months, new Date("2008-10-15T00:00:00Z")), 0);
  assert.equal(countiesOn(months, new Date("2008-11-30T00:00:00Z")), 7);
  assert.equal(countiesOn(months, new Date("2008-12-15T00:00:00Z")), 7);
});

test("placeLabel names the conflicting date when there is room", () => {
  assert.equal(placeLabel(places[0], false), "Alpha: November 2, 2008");
  assert.equal(placeLabel(places[1], false), "Beta: November 20, 2008 (another account: December 2008)");
  assert.equal(placeLabel(places[1], true), "Beta (dates differ)");
});

test("rolloutChart draws the county line, one dot per reported count, a rule per place plus one per conflict, and a legend naming both units", () => {
  const chart = rolloutChart({months, reported, places}, {width: 640});
  const svg = chart.querySelector("svg[class*=plot]") ?? chart.querySelector("svg")!;
  assert.ok(svg);
  assert.equal(chart.querySelectorAll("[aria-label=line] path").length, 1);
  assert.equal(chart.querySelectorAll("[aria-label=dot] path").length, 3);
  assert.equal(chart.querySelectorAll("[aria-label=rule] line").length, 3);
  const text = chart.textContent ?? "";
  assert.ok(text.includes(COUNTY_SERIES));
  assert.ok(text.includes(ICE_SERIES));
  assert.ok(text.includes("more than 5"));
  assert.ok(text.includes("nearly 9 counties"));
  assert.ok(text.includes("Beta: November 20, 2008 (another account: December 2008)"));
  // The legend's keys are the chart's marks: a line, a circle, a diamond; no filled squares.
  const keys = [...chart.querySelectorAll(".chart-legend svg")].map((s) => s.firstElementChild!.tagName.toLowerCase());
  assert.deepEqual(keys, ["line", "circle", "path"]);
  assert.equal(chart.querySelectorAll("[class*=swatch] rect").length, 0);
});

test("rolloutChart renders one month and empty data", () => {
  const one = rolloutChart({months: months.slice(0, 1), reported: [], places: []}, {width: 320});
  assert.equal(one.querySelectorAll("[aria-label=line] path").length, 1);
  assert.equal(one.querySelectorAll("[aria-label=dot] path").length, 0);
  const none = rolloutChart({months: [], reported: [], places: []}, {width: 320});
  assert.ok(none.querySelector("svg"));
  assert.equal(none.querySelectorAll("[aria-label=line] path").length, 0);
});
