import assert from "node:assert/strict";
import {test} from "node:test";
import {approximatePart, levelBreakdown, percentOf, remainder} from "./shares.js";

test("percentOf gives percent and NaN for an empty whole", () => {
  assert.equal(percentOf(1, 4), 25);
  assert.ok(Number.isNaN(percentOf(1, 0)));
});

test("remainder refuses parts larger than the whole", () => {
  assert.equal(remainder(10, 3, 4), 3);
  assert.throws(() => remainder(10, 6, 5), /exceed the whole/);
});

test("levelBreakdown splits the June 2010 snapshot", () => {
  const b = levelBreakdown({removed: 46929, nonCriminal: 12293, level1: 9831});
  assert.equal(b.levels23, 24805);
  assert.equal(b.nonCriminalShare.toFixed(1), "26.2");
  assert.equal(b.level1Share.toFixed(1), "20.9");
  assert.equal(b.levels23Share.toFixed(1), "52.9");
  assert.ok(Math.abs(b.nonCriminalShare + b.level1Share + b.levels23Share - 100) < 1e-9);
});

test("approximatePart rounds a share of a whole to the given precision", () => {
  assert.equal(approximatePart(183000, 74, 1000), 135000);
  assert.equal(approximatePart(396906, 20, 1000), 79000);
  assert.equal(approximatePart(1000, 25, 1), 250);
  assert.equal(approximatePart(0, 74, 1000), 0);
});
