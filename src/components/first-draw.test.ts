import assert from "node:assert/strict";
import {test} from "node:test";
import {firstDrawApart} from "./first-draw.js";

test("a chart's first draw waits for a later task; every later draw is at once", async () => {
  const calls: string[] = [];
  const record = (call: string, result: string) => (calls.push(call), result);
  const first = firstDrawApart("first-draw-test-a", () => record("a1", "frame 1"));
  assert.deepEqual(calls, [], "the first draw ran in the caller's task");
  assert.ok(first instanceof Promise);
  assert.equal(await first, "frame 1");
  const again = firstDrawApart("first-draw-test-a", () => record("a2", "frame 2"));
  assert.equal(again, "frame 2", "a redraw (a control's new value) waited");
  assert.deepEqual(calls, ["a1", "a2"]);
});

test("two charts' first draws run in separate tasks, not one after the other in the same task", async () => {
  const order: string[] = [];
  const a = firstDrawApart("first-draw-test-b", () => {
    order.push("b drawn");
    // Runs before the next task: only before the next chart if that chart waits for a task of its own.
    queueMicrotask(() => order.push("b's task ended"));
  });
  const c = firstDrawApart("first-draw-test-c", () => order.push("c drawn"));
  await Promise.all([a, c]);
  assert.deepEqual(order, ["b drawn", "b's task ended", "c drawn"]);
});
