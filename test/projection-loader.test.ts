// The projection loader against data/, recomputed independently from the CSV text.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {projection} from "../src/data/lib/projection.js";
import {copyData, setCell} from "./helpers/fixtures.js";

const csv = (file: string) => csvParse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf-8"));
const run = (env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/data/projection.json.ts"], {env, encoding: "utf-8", maxBuffer: 1 << 24});

const out = run();
const p = JSON.parse(out.stdout);
const snapshots = csv("sc_snapshots.csv");
const snap = (id: string) => {
  const r = snapshots.find((s) => s.id === id);
  assert.ok(r, id);
  return r!;
};
const counties = csv("sc_county_activations_monthly.csv");
const gaoEnd = snap("gao-2012-removed").period_end!;
const juneEnd = snap("jun2010-removed").period_end!.slice(0, 7);

test("the projection loader runs and prints what projection() returns", () => {
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(p, JSON.parse(JSON.stringify(projection(loadDataset()))));
});

test("the county series runs from the first month of the county file to the end of GAO's count", () => {
  const expected = counties.filter((r) => r.month! <= gaoEnd).map((r) => ({month: r.month, counties: Number(r.cumulative_counties_activated)}));
  assert.deepEqual(p.series, expected);
  assert.equal(p.start, counties[0].month);
  assert.equal(p.end, gaoEnd);
  assert.equal(p.end, "2012-03");
});

test("the June 2010 and GAO figures are the rows of sc_snapshots.csv, with their hedges and sources", () => {
  for (const [key, id] of [["removed", "jun2010-removed"], ["nonCriminal", "jun2010-non-criminal"]] as const) {
    const r = snap(id);
    assert.equal(p.june2010[key].value, Number(r.value));
    assert.equal(p.june2010[key].qualifier, r.qualifier);
    assert.equal(p.june2010[key].periodEnd, r.period_end);
    assert.deepEqual(p.june2010[key].sourceIds, r.source_ids!.split(";"));
  }
  assert.equal(p.june2010.removed.month, juneEnd);
  for (const [key, id] of [["removed", "gao-2012-removed"], ["convictedShare", "gao-2012-convicted-share"]] as const) {
    const r = snap(id);
    assert.equal(p.gao[key].value, Number(r.value));
    assert.equal(p.gao[key].qualifier, "about");
    assert.deepEqual(p.gao[key].sourceIds, r.source_ids!.split(";"));
  }
});

test("the derived defaults: removals ÷ county-months to June 2010, and the non-criminal share", () => {
  let countyMonths = 0;
  for (const r of counties) if (r.month! <= juneEnd) countyMonths += Number(r.cumulative_counties_activated);
  const removed = Number(snap("jun2010-removed").value);
  assert.equal(p.derivation.countyMonths, countyMonths);
  assert.equal(p.derivation.removed, removed);
  assert.equal(p.derivation.from, counties[0].month);
  assert.equal(p.derivation.to, juneEnd);
  assert.ok(Math.abs(p.derivation.rate - removed / countyMonths) < 1e-9);
  assert.ok(p.derivation.sourceIds.includes("county-dataset-asad-baer-bositis"));
  const share = (100 * Number(snap("jun2010-non-criminal").value)) / removed;
  assert.ok(Math.abs(p.defaultShare - share) < 1e-9);
  assert.equal(p.defaultShare.toFixed(1), "26.2");
});

test("GAO's implied share and count without a conviction, and what GAO's count implies per county-month", () => {
  const gao = Number(snap("gao-2012-removed").value);
  const convicted = Number(snap("gao-2012-convicted-share").value);
  assert.equal(p.gaoNonConvictedShare, 100 - convicted);
  assert.equal(p.gaoNonConvicted, (gao * (100 - convicted)) / 100);
  let all = 0;
  let early = 0;
  for (const r of counties) {
    if (r.month! <= gaoEnd) all += Number(r.cumulative_counties_activated);
    if (r.month! <= juneEnd) early += Number(r.cumulative_counties_activated);
  }
  const removed = Number(snap("jun2010-removed").value);
  assert.equal(p.check.countyMonths, all);
  assert.ok(Math.abs(p.check.gaoRate - gao / all) < 1e-9);
  assert.equal(p.check.laterRemovals, gao - removed);
  assert.equal(p.check.laterCountyMonths, all - early);
  assert.ok(Math.abs(p.check.laterRate - (gao - removed) / (all - early)) < 1e-9);
});

test("the chart's data carries the sources of every figure it draws, once each", () => {
  const ids = p.sources.map((c: {id: string}) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ["jun2010-removed", "jun2010-non-criminal", "gao-2012-removed", "gao-2012-convicted-share"]) for (const s of snap(id).source_ids!.split(";")) assert.ok(ids.includes(s), s);
  assert.ok(ids.includes("county-dataset-asad-baer-bositis"));
});

test("a malformed county file fails the projection loader with the file and line", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2010-06", "cumulative_counties_activated", "10");
  const r = run({...process.env, SC_DATA_DIR: dir});
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, new RegExp(`sc_county_activations_monthly\\.csv:${line}`));
});

test("a missing GAO figure fails the loader, naming it", () => {
  const dir = copyData();
  setCell(dir, "sc_snapshots.csv", "id", "gao-2012-removed", "id", "gao-2012-removed-x");
  const r = run({...process.env, SC_DATA_DIR: dir});
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /gao-2012-removed/);
});
