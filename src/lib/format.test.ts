import assert from "node:assert/strict";
import {test} from "node:test";
import {formatTick} from "./format.js";

test("formatTick writes short axis ticks without a '0k'", () => {
  assert.deepEqual([0, 800, 1000, 1500, 20000, 250000].map(formatTick), ["0", "800", "1k", "1.5k", "20k", "250k"]);
});
