// csv-records.ts: its fast path (a text with no quote mark and no carriage
// return, split on line breaks and commas) gives exactly the records and lines
// that d3-dsv and the quote-aware line count give, on every short text.
import assert from "node:assert/strict";
import {test} from "node:test";
import {csvParseRows} from "d3";
import {csvRecords, recordLines} from "../src/data/lib/csv-records.js";

/** Every text of up to `length` characters over `alphabet`. */
function* texts(alphabet: string[], length: number): Generator<string> {
  yield "";
  let level = [""];
  for (let n = 1; n <= length; ++n) {
    level = level.flatMap((t) => alphabet.map((c) => t + c));
    yield* level;
  }
}

test("csvRecords: the same records and lines as d3-dsv on every text of up to 7 characters of a, comma and line break", () => {
  let checked = 0;
  for (const text of texts(["a", ",", "\n"], 7)) {
    assert.deepEqual(csvRecords(text), {records: csvParseRows(text), lines: recordLines(text)}, JSON.stringify(text));
    ++checked;
  }
  assert.equal(checked, 3280);
});

test("csvRecords: texts with quotes or carriage returns are d3-dsv's, line breaks inside quotes included", () => {
  for (const text of texts(["a", ",", "\n", '"', "\r"], 5)) {
    assert.deepEqual(csvRecords(text), {records: csvParseRows(text), lines: recordLines(text)}, JSON.stringify(text));
  }
  assert.deepEqual(csvRecords('a,b\n"x\ny",2\nz,3\n'), {records: [["a", "b"], ["x\ny", "2"], ["z", "3"]], lines: [1, 2, 4]});
});
