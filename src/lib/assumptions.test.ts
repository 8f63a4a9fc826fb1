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

// Properties over all inputs (fast-check): the parts never exceed the whole.
import fc from "fast-check";
import {SERIOUS_DEFINITIONS} from "./assumptions.js";

const countsArb = fc
  .record({level1: fc.nat({max: 50_000}), levels23: fc.nat({max: 50_000}), rest: fc.nat({max: 50_000})})
  .map(({level1, levels23, rest}) => ({removed: level1 + levels23 + rest, level1, levels23}));

test("property: under every definition and any assumed share, serious and not serious split the whole", () => {
  fc.assert(
    fc.property(countsArb, fc.double({min: -1000, max: 1000, noNaN: true}), (c, share) => {
      const [l1, l12, any] = (["l1", "l12", "any"] as const).map((d) => seriousRecord(c, d, share));
      for (const r of [l1, l12, any]) {
        assert.ok(r.serious >= 0 && r.serious <= c.removed + 1e-9);
        assert.ok(Math.abs(r.serious + r.notSerious - c.removed) < 1e-6);
      }
      // A wider definition never counts fewer people as serious.
      assert.ok(l1.serious <= l12.serious + 1e-9 && l12.serious <= any.serious + 1e-9);
    })
  );
});

test("property: the range under Levels 1 and 2 brackets every assumed share", () => {
  fc.assert(
    fc.property(countsArb, fc.double({min: 0, max: 100, noNaN: true}), (c, share) => {
      const [lo, hi] = seriousRange(c, "l12");
      const r = seriousRecord(c, "l12", share);
      assert.ok(r.serious <= lo.serious + 1e-9 && r.serious >= hi.serious - 1e-9);
    })
  );
});

test("the three definitions, in order from narrowest to widest, each with a label", () => {
  assert.deepEqual(SERIOUS_DEFINITIONS.map((d) => d.key), ["l1", "l12", "any"]);
  assert.ok(SERIOUS_DEFINITIONS.every((d) => d.label.length > 0));
});
