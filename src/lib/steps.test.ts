import assert from "node:assert/strict";
import {test} from "node:test";
import fc from "fast-check";
import {decimalsOf, snapToStep} from "./steps.js";

test("decimalsOf counts the digits a number is written with, exponents included", () => {
  assert.equal(decimalsOf(5), 0);
  assert.equal(decimalsOf(0.1), 1);
  assert.equal(decimalsOf(0.25), 2);
  assert.equal(decimalsOf(1e-7), 7);
  assert.equal(decimalsOf(2.5e-7), 8);
  assert.equal(decimalsOf(-1.5), 1);
  assert.equal(decimalsOf(1e21), 0);
});

test("snapToStep rounds to the grid without floating-point tails", () => {
  assert.equal(snapToStep(66.32883644777614, 0.1), 66.3);
  assert.equal(snapToStep(66.95, 0.1), 67);
  assert.equal(snapToStep(0.1 + 0.2, 0.1), 0.3);
  assert.equal(snapToStep(0.30000000000000004, 0.1), 0.3);
  assert.equal(snapToStep(49.5, 1), 50);
  assert.equal(snapToStep(0.4, 0.25), 0.5);
  assert.equal(snapToStep(0.3, 0.25), 0.25);
});

test("snapToStep counts the grid from its origin", () => {
  assert.equal(snapToStep(3, 2, 0), 4);
  assert.equal(snapToStep(3.2, 2, 1), 3);
  assert.equal(snapToStep(1.26, 0.1, 0.05), 1.25);
});

test("a snapped value is on the grid, within half a step of x, and snapping it again changes nothing", () => {
  const steps = fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 5);
  fc.assert(
    fc.property(fc.double({min: -1000, max: 1000, noNaN: true}), steps, fc.integer({min: -10, max: 10}), (x, step, o) => {
      const origin = o * step;
      const s = snapToStep(x, step, origin);
      assert.ok(Math.abs(s - x) <= step / 2 + 1e-9, `${s} is more than half a step from ${x}`);
      const k = (s - origin) / step;
      assert.ok(Math.abs(k - Math.round(k)) < 1e-9, `${s} is off the grid`);
      assert.equal(snapToStep(s, step, origin), s);
    })
  );
});
