import assert from "node:assert/strict";
import {test} from "node:test";
import {countyMonths, project, removalRate, seriousRange, seriousRecord} from "./assumptions.js";

const counts = {removed: 1000, level1: 200, levels23: 500};

test("Level 1 only and any conviction need no assumption", () => {
  assert.deepEqual(seriousRecord(counts, "l1", 40), {serious: 200, notSerious: 800, seriousShare: 20, notSeriousShare: 80, assumed: false});
  const any = seriousRecord(counts, "any", 40);
  assert.equal(any.serious, 700);
  assert.equal(any.assumed, false);
  assert.equal(seriousRecord(counts, "any", 0).serious, seriousRecord(counts, "any", 100).serious);
});

test("Levels 1 and 2 splits Levels 2–3 by the assumed Level 3 share", () => {
  const r = seriousRecord(counts, "l12", 40);
  assert.equal(r.serious, 200 + 500 * 0.6);
  assert.equal(r.assumed, true);
  assert.ok(Math.abs(r.seriousShare + r.notSeriousShare - 100) < 1e-9);
});

test("the Level 3 share is clamped to [0, 100]", () => {
  assert.equal(seriousRecord(counts, "l12", -20).serious, 700);
  assert.equal(seriousRecord(counts, "l12", 250).serious, 200);
  assert.ok(Number.isNaN(seriousRecord({removed: 0, level1: 0, levels23: 0}, "l1", 0).seriousShare));
});

test("the range runs from all of Levels 2–3 to none of them", () => {
  const [lo, hi] = seriousRange(counts, "l12");
  assert.equal(lo.serious, 700);
  assert.equal(hi.serious, 200);
});

const series = [
  {month: "2008-10", counties: 1},
  {month: "2008-11", counties: 3},
  {month: "2008-12", counties: 6},
  {month: "2009-01", counties: 10}
];

test("county-months add up active counties through the last month", () => {
  assert.equal(countyMonths(series, "2008-12"), 10);
  assert.equal(countyMonths(series, "2007-01"), 0);
});

test("the default rate reproduces the sourced total over its own period", () => {
  const rate = removalRate(series, 50, "2008-12");
  assert.equal(rate, 5);
  const p = project(series, {rate, share: 20, last: "2008-12"});
  assert.equal(p.at(-1)!.removed, 50);
  assert.equal(p.at(-1)!.nonConvicted, 10);
  assert.ok(Number.isNaN(removalRate(series, 50, "2000-01")));
});

test("the projection is cumulative and stops at the last month", () => {
  const p = project(series, {rate: 2, share: 50, last: "2009-01"});
  assert.deepEqual(p.map((d) => d.removed), [2, 8, 20, 40]);
  assert.ok(p.every((d, i) => i === 0 || d.removed >= p[i - 1].removed));
  assert.equal(project([], {rate: 2, share: 50, last: "2009-01"}).length, 0);
});
