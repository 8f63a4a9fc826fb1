// The per-state monthly county counts behind the rollout map: each rule of
// dataset.ts's checkStateMonths, broken once on otherwise good data.
import assert from "node:assert/strict";
import {test} from "node:test";
import {csvParse, csvFormat} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {copyData, fails, rewrite} from "./helpers/fixtures.js";

const FILE = "sc_state_counties_active_monthly.csv";

/** Sets one cell of the row for `fips` and `month`; returns its 1-based line. */
function setStateMonth(dir: string, fips: string, month: string, column: string, value: string): number {
  let line = 0;
  rewrite(dir, FILE, (text) => {
    const rows = csvParse(text);
    const i = rows.findIndex((r) => r.state_fips === fips && r.month === month);
    assert.ok(i >= 0, `fixture: no row ${fips} ${month}`);
    rows[i][column] = value;
    line = i + 2;
    return csvFormat(rows, rows.columns) + "\n";
  });
  return line;
}

test("the states of each month add up to the national cumulative count", () => {
  const data = loadDataset();
  const national = new Map(data.countyActivations.map((r) => [r.month, r.cumulative_counties_activated]));
  const sums = new Map<string, number>();
  for (const r of data.stateCountiesMonthly) sums.set(r.month, (sums.get(r.month) ?? 0) + r.counties_active);
  assert.deepEqual(sums, national);
});

test("a state's count that goes down fails the build", () => {
  const dir = copyData();
  // California (06) in March 2011, set below February's count.
  const line = setStateMonth(dir, "06", "2011-03", "counties_active", "0");
  fails(dir, new RegExp(`${FILE.replace(".", "\\.")}:${line} column "counties_active": cumulative series never decrease`));
});

test("more active counties than dated ones fails the build", () => {
  const dir = copyData();
  const line = setStateMonth(dir, "11", "2013-01", "counties_active", "2");
  fails(dir, new RegExp(`:${line} column "counties_active": parts never exceed their whole`));
});

test("states that do not add up to the national count fail the build", () => {
  const dir = copyData();
  // Raising the last month keeps the series non-decreasing, so only the sum rule can catch it.
  setStateMonth(dir, "06", "2013-01", "counties_with_date", "100");
  setStateMonth(dir, "06", "2013-01", "counties_active", "59");
  fails(dir, /column "counties_with_date": same denominator every month/);
  const dir2 = copyData();
  // Texas had the one county of October 2008: dropping it keeps its own series rising.
  setStateMonth(dir2, "48", "2008-10", "counties_active", "0");
  fails(dir2, /counties_active": states add up to the national count: 2008-10/);
});

test("a duplicated state and month fails the build", () => {
  const dir = copyData();
  rewrite(dir, FILE, (text) => text + text.split("\n")[1] + "\n");
  // The package's two-field primary key (state_fips, month) catches it, naming both lines.
  fails(dir, /sc_state_counties_active_monthly\.csv:\d+ column "state_fips,month": unique value: "01, 2008-10" is also on line 2/);
});
