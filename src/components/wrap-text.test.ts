import assert from "node:assert/strict";
import {test} from "node:test";
import {wrapText} from "./wrap-text.js";

test("wrapText breaks between words and keeps every word", () => {
  assert.deepEqual(wrapText("one two three four", 9), ["one two", "three", "four"]);
  assert.deepEqual(wrapText("", 10), []);
  assert.deepEqual(wrapText("averyveryverylongword x", 5), ["averyveryverylongword", "x"]);
});
