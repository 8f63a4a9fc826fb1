import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {removalsByYear, segments, type ConflictInput, type YearBarInput} from "./removals-by-year.js";
import {CATEGORY_COLORS, SECONDARY_COLOR} from "./palette.js";

const years: YearBarInput[] = [
  {fiscalYear: 2005, total: 100, convicted: null, notConvicted: null, notConvictedComputed: false},
  {fiscalYear: 2006, total: 200, convicted: 50, notConvicted: 150, notConvictedComputed: false},
  {fiscalYear: 2007, total: 300, convicted: 120, notConvicted: 180, notConvictedComputed: true}
];
const conflict: ConflictInput = {
  fiscalYear: 2006,
  totals: [
    {value: 180, label: "press release", inSeries: false},
    {value: 190, label: "annual report", inSeries: false},
    {value: 200, label: "FOIA table", inSeries: true}
  ]
};

const fills = (chart: Element) => [...chart.querySelectorAll('g[aria-label="bar"] rect')].map((r) => r.getAttribute("fill") ?? r.parentElement!.getAttribute("fill"));

test("segments: one grey piece without a split, convicted under not-convicted with one", () => {
  const s = segments(years);
  assert.deepEqual(
    s.map((p) => [p.fiscalYear, p.key, p.y1, p.y2, p.computed]),
    [
      [2005, "no-split", 0, 100, false],
      [2006, "convicted", 0, 50, false],
      [2006, "not-convicted", 50, 200, false],
      [2007, "convicted", 0, 120, false],
      [2007, "not-convicted", 120, 300, true]
    ]
  );
});

test("removalsByYear colours pieces by split, outlines the computed piece and labels the legend", () => {
  const chart = removalsByYear(years, {width: 640});
  const f = fills(chart);
  assert.equal(f.filter((c) => c === SECONDARY_COLOR).length, 1);
  assert.equal(f.filter((c) => c === CATEGORY_COLORS.convicted).length, 2);
  assert.equal(f.filter((c) => c === CATEGORY_COLORS["not-convicted"]).length, 2);
  // The dashed outline: one bar with no fill, for the one computed piece.
  assert.equal(chart.querySelectorAll('g[aria-label="bar"][stroke-dasharray] rect').length, 1);
  const text = chart.textContent ?? "";
  assert.match(text, /Total only: no split published/);
  assert.match(text, /Not convicted \(ICE: “non-criminal”\)/);
  assert.match(text, /computed/);
});

test("removalsByYear marks each conflicting total with a tick and lists them in the callout", () => {
  const chart = removalsByYear(years, {width: 640, conflict});
  assert.equal(chart.querySelectorAll('g[aria-label="tick"] line').length, 3);
  const text = chart.textContent ?? "";
  for (const t of ["180 press release", "190 annual report", "200 FOIA table (the bar)"]) assert.ok(text.includes(t), `callout lacks "${t}"`);
  assert.match(text, /FY2006: 3 totals/);
  // Narrow: numbers only, still all three.
  const narrow = removalsByYear(years, {width: 320, conflict});
  assert.equal(narrow.querySelectorAll('g[aria-label="tick"] line').length, 3);
  assert.match(narrow.textContent ?? "", /200 \(bar\)/);
});

test("removalsByYear skips a conflict for a year it does not draw", () => {
  const chart = removalsByYear(years, {width: 640, conflict: {...conflict, fiscalYear: 1999}});
  assert.equal(chart.querySelectorAll('g[aria-label="tick"] line').length, 0);
});

test("removalsByYear handles a single year and empty data", () => {
  const one = removalsByYear([years[1]], {width: 320});
  assert.equal(one.querySelectorAll('g[aria-label="bar"] rect').length, 2);
  const none = removalsByYear([], {width: 320});
  assert.ok(none.querySelector("svg") ?? none.tagName.toLowerCase() === "svg");
  assert.equal(none.querySelectorAll('g[aria-label="bar"] rect').length, 0);
});
