// The records of a CSV text and the line on which each starts. d3-dsv
// parses (imported alone, not through d3, so that a loader process does not
// load d3's thirty packages to read a CSV); this module adds the line numbers,
// and a fast path for text that holds no quote mark and no carriage return,
// as every file of data/ does: such a text is split on line breaks and
// commas, which gives exactly the records d3-dsv gives (csv-records.test.ts
// compares the two on every short text) for about three quarters of the cost
// of parsing and counting lines. The data-failures sweep parses the
// 2,652-row file some 5,000 times, so this matters there; the build gains too.
import {csvParseRows} from "d3-dsv";

/**
 * The line on which each record of a CSV text starts (1-based). A quoted
 * field may hold a line break, so record i is not always on line i + 1.
 */
export function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (atRecordStart) lines.push(line), (atRecordStart = false);
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      ++line;
      if (!quoted) atRecordStart = i + 1 < text.length;
    }
  }
  return lines;
}

/** The records of a CSV text (its fields as text) and the line each record starts on. */
export function csvRecords(text: string): {records: string[][]; lines: number[]} {
  if (text.includes('"') || text.includes("\r")) return {records: csvParseRows(text), lines: recordLines(text)};
  // Without quotes every line break ends a record, so record i is on line
  // i + 1; d3-dsv drops one final line break, and so does this.
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const records = text === "" ? [] : body.split("\n").map((line) => line.split(","));
  return {records, lines: records.map((_, i) => i + 1)};
}
