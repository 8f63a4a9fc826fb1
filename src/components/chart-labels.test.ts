import assert from "node:assert/strict";
import {test} from "node:test";
import {LABEL_GAP, LABEL_LINE, columnHeight, placeDownColumn, stackLabels, wrapText, labelColumn} from "./chart-labels.js";

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

test("columnHeight: every line and gap, with slack, and never under the minimum", () => {
  assert.equal(columnHeight([["a", "b"], ["c"]], 0, 1), 3 * LABEL_LINE + 2 * LABEL_GAP);
  assert.equal(columnHeight([["a", "b"], ["c"]], 0, 1.2), Math.ceil((3 * LABEL_LINE + 2 * LABEL_GAP) * 1.2));
  assert.equal(columnHeight([["a"]], 300, 1.2), 300);
});

test("placeDownColumn: labels in order, centred on their dates where there is room, pushed apart where there is not", () => {
  // A time scale of one pixel per day from 2010-01-01.
  const t0 = Date.UTC(2010, 0, 1);
  const y = Object.assign((t: Date) => (t.getTime() - t0) / 86_400_000, {invert: (px: number) => new Date(t0 + px * 86_400_000)});
  const day = (n: number) => new Date(t0 + n * 86_400_000);
  const placed = placeDownColumn([day(100), day(102), day(300)], [["first", "label"], ["second"], ["third"]], y, 400);
  assert.deepEqual(placed.map((p) => p.text), ["first\nlabel", "second", "third"]);
  // The first sits centred on its date; the second is pushed below it; the third has room.
  assert.equal(y(placed[0].labelTime), 100 - LABEL_LINE / 2);
  assert.equal(y(placed[1].labelTime), y(placed[0].labelTime) + 2 * LABEL_LINE + LABEL_GAP);
  assert.equal(y(placed[2].labelTime), 300 - LABEL_LINE / 2);
  // The leader meets each label in the middle of its first line.
  for (const p of placed) assert.equal(y(p.anchorTime), y(p.labelTime) + LABEL_LINE / 2);
});

test("labelColumn starts the column a gutter right of the frame and fits 12 px text to the rest, never under 12 characters", () => {
  // 230 px of room at 6.6 px a character.
  assert.deepEqual(labelColumn(390, 136, 20), {labelLeft: 156, maxChars: 34});
  assert.deepEqual(labelColumn(200, 150, 20), {labelLeft: 170, maxChars: 12});
});
