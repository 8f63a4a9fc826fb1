import assert from "node:assert/strict";
import {test} from "node:test";
import {stackLabels, wrapText} from "./chart-labels.js";

test("wrapText breaks between words and keeps every word", () => {
  assert.deepEqual(wrapText("one two three four", 9), ["one two", "three", "four"]);
  assert.deepEqual(wrapText("", 10), []);
  assert.deepEqual(wrapText("averyveryverylongword x", 5), ["averyveryverylongword", "x"]);
});

test("stackLabels keeps labels in order, apart by the gap, and within the column", () => {
  // Room for all three where they want to be: unchanged.
  assert.deepEqual(stackLabels([0, 40, 100], [30, 30, 30], 5, 0, 200), [0, 40, 100]);
  // Crowded: each pushed down just below the one before.
  assert.deepEqual(stackLabels([10, 12, 14], [30, 15, 30], 5, 0, 200), [10, 45, 65]);
  // Overflowing the bottom: pulled back up, still apart.
  assert.deepEqual(stackLabels([150, 160, 170], [30, 30, 30], 5, 0, 200), [100, 135, 170]);
  // Never above the top.
  assert.deepEqual(stackLabels([-20], [30], 5, 2, 200), [2]);
  assert.deepEqual(stackLabels([], [], 5, 0, 200), []);
});
