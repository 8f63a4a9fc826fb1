// The data layer on good data and on each kind of malformed file: every
// failure names the file, the line, the column and the rule broken.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {csvParse, csvFormat} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {DataError} from "../src/data/lib/table.js";
import {headline} from "../src/data/lib/headline.js";
import {sourceList} from "../src/data/lib/source-list.js";
import {copyData, rewrite, setCell, fails} from "./helpers/fixtures.js";

test("the project's data/ passes every rule", () => {
  const data = loadDataset();
  assert.ok(data.sources.length > 10);
  assert.ok(data.snapshots.some((s) => s.id === "jun2010-removed"));
});

test("missing column: names the file, header line and column", () => {
  const dir = rewrite(copyData(), "sc_snapshots.csv", (text) => {
    const rows = csvParse(text);
    const columns = rows.columns.filter((c) => c !== "value");
    return csvFormat(rows, columns) + "\n";
  });
  const e = fails(dir, /sc_snapshots\.csv:1 column "value": required column/);
  assert.equal(e.line, 1);
});

test("non-number: a count written with a thousands separator", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2010-06", "counties_newly_activated", "2,08");
  fails(dir, new RegExp(`sc_county_activations_monthly\\.csv:${line} column "counties_newly_activated": integer`));
});

test("non-number: text where a number belongs", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jun2010-removed", "value", "about 47,000");
  fails(dir, new RegExp(`sc_snapshots\\.csv:${line} column "value": number`));
});

test("negative count", () => {
  const dir = copyData();
  const line = setCell(dir, "ice_removals_monthly.csv", "month", "2009-03", "total_removals", "-5");
  fails(dir, new RegExp(`ice_removals_monthly\\.csv:${line} column "total_removals": minimum 0`));
});

test("part larger than its whole (snapshot)", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jun2010-level1", "value", "40000");
  fails(dir, new RegExp(`sc_snapshots\\.csv:${line} column "value": parts never exceed their whole`));
});

test("part larger than its whole (fiscal year)", () => {
  const dir = copyData();
  const line = setCell(dir, "ice_removals_fy.csv", "fiscal_year", "2010", "convicted_removals", "400000");
  fails(dir, new RegExp(`ice_removals_fy\\.csv:${line} column "(convicted|non_convicted)_removals": parts never exceed their whole`));
});

test("unknown source id", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_timeline.csv", "date", "2010-09-30", "source_ids", "no-such-source");
  fails(dir, new RegExp(`sc_timeline\\.csv:${line} column "source_ids": known source id: "no-such-source"`));
});

test("a source nobody cites", () => {
  const dir = rewrite(copyData(), "sources.csv", (text) => text + 'unused-source,Nobody,Nothing,2020-01-01,https://example.org/,"a quote",,original,\n');
  fails(dir, /sources\.csv:\d+ column "id": every source is cited: source "unused-source"/);
});

test("decreasing cumulative count", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2011-01", "cumulative_counties_activated", "800");
  fails(dir, new RegExp(`sc_county_activations_monthly\\.csv:${line} column "cumulative_counties_activated": cumulative series never decrease`));
});

test("date that is not ISO", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_timeline.csv", "date", "2014-11-20", "date", "Nov 20, 2014");
  fails(dir, new RegExp(`sc_timeline\\.csv:${line} column "date": pattern: got "Nov 20, 2014", expected an ISO date`));
});

test("percentage out of [0, 100]", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jul2010-not-convicted-share", "unit", "percent");
  setCell(dir, "sc_snapshots.csv", "id", "jul2010-not-convicted-share", "value", "125");
  fails(dir, new RegExp(`sc_snapshots\\.csv:${line} column "value": percentage in \\[0, 100\\]`));
});

test("empty file", () => {
  const dir = rewrite(copyData(), "definitions.csv", () => "");
  fails(dir, /definitions\.csv:1: non-empty file/);
});

test("missing file", () => {
  const dir = copyData();
  rmSync(join(dir, "studies.csv"));
  fails(dir, /studies\.csv:1: file exists/);
});

test("a loader fails the build: exit 1, nothing on stdout, one message on stderr", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jun2010-non-criminal", "value", "-12293");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/data/headline.json.ts"], {
    env: {...process.env, SC_DATA_DIR: dir},
    encoding: "utf-8"
  });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, new RegExp(`^Data error: .*sc_snapshots\\.csv:${line} column "value": minimum 0`));
});

test("the headline loader prints the June 2010 snapshot with computed shares", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/data/headline.json.ts"], {encoding: "utf-8"});
  assert.equal(run.status, 0, run.stderr);
  const h = JSON.parse(run.stdout);
  const data = loadDataset();
  const byId = (id: string) => data.snapshots.find((s) => s.id === id)!.value;
  assert.equal(h.removed.value, byId("jun2010-removed"));
  const [nc, l1, l23] = h.categories;
  assert.equal(nc.count, byId("jun2010-non-criminal"));
  assert.equal(l1.count, byId("jun2010-level1"));
  assert.equal(l23.count, byId("jun2010-removed") - byId("jun2010-non-criminal") - byId("jun2010-level1"));
  assert.equal(l23.derived, true);
  assert.ok(Math.abs(nc.share - (100 * nc.count) / h.removed.value) < 1e-9);
  assert.deepEqual(headline(data), h);
});

test("every source on the sources list is cited somewhere", () => {
  for (const s of sourceList(loadDataset())) assert.ok(s.citedBy.length > 0, s.id);
});
