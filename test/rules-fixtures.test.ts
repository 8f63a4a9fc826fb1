// The validator's and the project's rules, each broken in a copy of the real
// data/ and read through loadDataset(): each failure names file, line, column and rule.
import {test} from "node:test";
import {copyData, fails, rewrite, setCell} from "./helpers/fixtures.js";

test("fixture: running sum broken in sc_county_activations_monthly.csv", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2010-06", "counties_newly_activated", "1");
  fails(dir, new RegExp(`sc_county_activations_monthly\\.csv:${line} column "cumulative_counties_activated": cumulative equals the running sum`));
});

test("fixture: months out of order in sc_county_activations_monthly.csv", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2008-11", "month", "2008-09");
  fails(dir, new RegExp(`sc_county_activations_monthly\\.csv:${line} column "month": months in increasing order: 2008-09 follows 2008-10`));
});

test("fixture: a state with more dated counties than counties, and one whose first date is after its last", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_state_activations.csv", "state_fips", "06", "counties_with_activation_date", "59");
  fails(dir, new RegExp(`sc_state_activations\\.csv:${line} column "counties_with_activation_date": parts never exceed their whole`));
  const dates = copyData();
  const l2 = setCell(dates, "sc_state_activations.csv", "state_fips", "06", "first_county_activated", "2013-12-31");
  fails(dates, new RegExp(`sc_state_activations\\.csv:${l2} column "last_county_activated": first date not after last date`));
});

test("fixture: a source cited for a number without its quote", () => {
  const dir = copyData();
  const line = setCell(dir, "sources.csv", "id", "ap-nydailynews-2010-08", "quote", "");
  fails(dir, new RegExp(`sources\\.csv:${line} column "quote": a source cited for a number carries its quote: source "ap-nydailynews-2010-08"`));
});

test("fixture: a repeated key in sc_snapshots.csv", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jun2010-level1", "id", "jun2010-removed");
  fails(dir, new RegExp(`sc_snapshots\\.csv:${line} column "id": unique value: "jun2010-removed" is also on line \\d+`));
});

test("fixture: a line break inside a quoted note moves the line number of a later error", () => {
  const broken = copyData();
  rewrite(broken, "sc_timeline.csv", (text) => {
    const lines = text.split("\n");
    lines[1] = lines[1].replace(/,,$/, ',"a note\nover two lines",');
    lines[3] = lines[3].replace(/^[^,]+/, "not-a-date");
    return lines.join("\n");
  });
  fails(broken, /sc_timeline\.csv:5 column "date": pattern/);
});

test("fixture: a day that does not exist in its month", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_timeline.csv", "date", "2014-11-20", "date", "2014-11-31");
  fails(dir, new RegExp(`sc_timeline\\.csv:${line} column "date": calendar date: got "2014-11-31"`));
  const full = copyData();
  const l2 = setCell(full, "sc_state_activations.csv", "state_fips", "06", "last_county_activated", "2011-02-29");
  fails(full, new RegExp(`sc_state_activations\\.csv:${l2} column "last_county_activated": date \\(YYYY-MM-DD\\)`));
});

test("fixture: a value outside its enum", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_timeline.csv", "date", "2014-11-20", "category", "policy");
  fails(dir, new RegExp(`sc_timeline\\.csv:${line} column "category": one of the allowed values: got "policy" \\(program, opt-out, federal, study\\)`));
});
