import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {monthPoints, removalsByMonth, type MonthInput} from "./removals-by-month.js";

const months: MonthInput[] = [
  {month: "2012-05", convicted: 100, notConvicted: 200, partial: false, through: null},
  {month: "2012-06", convicted: 150, notConvicted: 180, partial: false, through: null},
  {month: "2012-07", convicted: 160, notConvicted: 170, partial: false, through: null},
  {month: "2012-08", convicted: 90, notConvicted: 80, partial: true, through: "2012-08-25"}
];

const lines = (chart: Element) => [...chart.querySelectorAll('g[aria-label="line"]')];

test("monthPoints gives one point per month and series, dated at the month's start", () => {
  const p = monthPoints(months);
  assert.equal(p.length, 8);
  assert.equal(p[0].date.toISOString(), "2012-05-01T00:00:00.000Z");
  assert.deepEqual(p.filter((d) => d.partial).map((d) => [d.key, d.value]), [["convicted", 90], ["not-convicted", 80]]);
});

test("removalsByMonth draws full months solid and the partial month dashed, with open circles and a label", () => {
  const chart = removalsByMonth(months, {width: 640});
  const [solid, dashed] = lines(chart);
  assert.equal(solid.querySelectorAll("path").length, 2, "one solid line per series");
  assert.equal(solid.getAttribute("stroke-dasharray"), null);
  assert.equal(dashed.getAttribute("stroke-dasharray"), "3,3");
  assert.equal(dashed.querySelectorAll("path").length, 2, "one dashed segment per series");
  assert.equal(chart.querySelectorAll('g[aria-label="dot"] circle').length, 2);
  const text = chart.textContent ?? "";
  assert.match(text, /August 2012:partial, datato August 25, 2012|August 2012:\s*partial, data\s*to August 25, 2012/);
  assert.match(text, /Not convicted \(ICE: “non-criminal”\)/);
  // The legend draws lines, as the chart does (not Plot's filled squares): one per series, in the series' colours.
  const keys = [...chart.querySelectorAll(".chart-legend svg > *")];
  assert.deepEqual(keys.map((k) => k.tagName.toLowerCase()), ["line", "line"]);
  assert.deepEqual(keys.map((k) => k.getAttribute("stroke")), [...solid.querySelectorAll("path")].map((p) => p.getAttribute("stroke")));
});

test("removalsByMonth shades a band when given one", () => {
  const chart = removalsByMonth(months, {width: 640, band: {start: "2012-05-15", end: "2012-06-30", label: "The period"}});
  assert.equal(chart.querySelectorAll('g[aria-label="rect"] rect').length, 1);
  assert.match(chart.textContent ?? "", /The period/);
  assert.equal(removalsByMonth(months, {width: 640}).querySelectorAll('g[aria-label="rect"] rect').length, 0);
});

test("removalsByMonth with no partial month draws no dashes or circles", () => {
  const chart = removalsByMonth(months.slice(0, 3), {width: 320});
  assert.equal(chart.querySelectorAll('g[aria-label="dot"] circle').length, 0);
  assert.equal(chart.querySelectorAll('g[aria-label="line"][stroke-dasharray] path').length, 0);
  assert.doesNotMatch(chart.textContent ?? "", /partial/);
});

test("removalsByMonth handles a single month and empty data", () => {
  const one = removalsByMonth([months[3]], {width: 320});
  assert.equal(one.querySelectorAll('g[aria-label="dot"] circle').length, 2);
  const none = removalsByMonth([], {width: 320});
  assert.equal(none.querySelectorAll('g[aria-label="line"] path').length, 0);
});
