// The spread loader against data/, recomputed independently from the CSV text.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {spread, monthEnd, datesConflict} from "../src/data/lib/spread.js";
import {usStates} from "../src/data/lib/us-states.js";
import {copyData, setCell} from "./helpers/fixtures.js";

const csv = (file: string) => csvParse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf-8"));
const run = (loader: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ["--import", "tsx", `src/data/${loader}`], {env, encoding: "utf-8", maxBuffer: 1 << 24});

const out = run("spread.json.ts");
const s = JSON.parse(out.stdout);

test("the spread loader runs and prints what spread() returns", () => {
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(s, JSON.parse(JSON.stringify(spread(loadDataset()))));
});

test("monthly counties: every row, cumulative as the running sum, total = the last cumulative value", () => {
  const rows = csv("sc_county_activations_monthly.csv");
  assert.equal(s.rollout.months.length, rows.length);
  let sum = 0;
  rows.forEach((r, i) => {
    sum += Number(r.counties_newly_activated);
    assert.equal(s.rollout.months[i].month, r.month);
    assert.equal(s.rollout.months[i].cumulative, Number(r.cumulative_counties_activated));
    assert.equal(s.rollout.months[i].cumulative, sum);
  });
  assert.equal(s.rollout.total, Number(rows[rows.length - 1].cumulative_counties_activated));
  assert.equal(s.rollout.months[0].monthEnd, "2008-10-31");
});

test("reported counts keep value, qualifier and unit; comparisons pair day-dated month-end counts with the dataset", () => {
  const all = csv("sc_jurisdictions_reported.csv");
  // The pilot's size (Oct 2008) is not a count on a date: it is kept apart, off the chart.
  const pilotRows = all.filter((r) => /^pilot\b/.test(r.note ?? ""));
  assert.equal(pilotRows.length, 1);
  assert.equal(s.rollout.pilot.value, Number(pilotRows[0].value));
  assert.ok(!s.rollout.reported.some((x: {note: string | null}) => /^pilot\b/.test(x.note ?? "")), "the pilot is not plotted");
  assert.ok(s.rollout.pilotCounties.firstMonth.cumulative < s.rollout.pilot.value, "the county data had fewer counties than the pilot's size in its first month");
  assert.equal(s.rollout.pilotCounties.reachedMonth.month, "2008-12");
  const rows = all.filter((r) => !pilotRows.includes(r));
  assert.equal(s.rollout.reported.length, rows.length);
  for (const r of rows) {
    const found = s.rollout.reported.find((x: {asOf: string; value: number}) => x.asOf === r.as_of && x.value === Number(r.value));
    assert.ok(found, `${r.as_of} ${r.value}`);
    assert.equal(found.qualifier, r.qualifier);
    assert.equal(found.unit, r.unit);
  }
  const counties = new Map(csv("sc_county_activations_monthly.csv").map((r) => [monthEnd(r.month!), Number(r.cumulative_counties_activated)]));
  const expected = rows.filter((r) => r.date_precision === "day" && counties.has(r.as_of!)).map((r) => ({date: r.as_of, reported: Number(r.value), counties: counties.get(r.as_of!)}));
  assert.deepEqual(s.rollout.comparisons.map((c: {date: string; reported: number; counties: number}) => ({date: c.date, reported: c.reported, counties: c.counties})), expected);
  assert.ok(expected.length >= 1);
});

test("places: Santa Clara, Arlington and San Francisco are marked; conflicts follow the reported dates", () => {
  assert.deepEqual(s.rollout.places.map((p: {fips: string}) => p.fips), ["06085", "51013", "06075"]);
  for (const r of csv("sc_place_activations.csv")) {
    const p = s.places.find((x: {fips: string}) => x.fips === r.fips);
    assert.equal(p.activated, r.activated);
    const conflict = r.reported ? (r.reported.length === 10 ? r.reported !== r.activated : !r.activated!.startsWith(r.reported)) : false;
    assert.equal(p.conflict, conflict, r.place);
  }
  assert.equal(datesConflict("2010-04-01", "2010-05"), true);
  assert.equal(datesConflict("2010-05-04", "2010-05"), false);
  assert.equal(datesConflict("2010-06-15", "2010-06-21"), true);
  assert.equal(datesConflict("2010-06-15", null), false);
});

test("states: every row, first/last months, the period from the earliest to the latest activation, and outlines for every state", () => {
  const rows = csv("sc_state_activations.csv");
  assert.equal(s.states.states.length, rows.length);
  for (const r of rows) {
    const st = s.states.states.find((x: {fips: string}) => x.fips === r.state_fips);
    assert.equal(st.first, r.first_county_activated);
    assert.equal(st.last, r.last_county_activated);
    assert.equal(st.firstMonth, r.first_county_activated!.slice(0, 7));
    assert.equal(st.counties, Number(r.counties));
    assert.equal(st.countiesWithDate, Number(r.counties_with_activation_date));
  }
  assert.equal(s.states.periodStart, rows.map((r) => r.first_county_activated!).sort()[0]);
  assert.equal(s.states.periodEnd, rows.map((r) => r.last_county_activated!).sort().at(-1));
  assert.deepEqual(s.states.months, csv("sc_county_activations_monthly.csv").map((r) => r.month));
  const ids = new Set(s.states.outline.objects.states.geometries.map((g: {id: string}) => g.id));
  for (const r of rows) assert.ok(ids.has(r.state_fips), `no outline for ${r.state_fips}`);
  assert.equal(Object.keys(s.states.outline.objects).join(), "states");
});

test("each chart's data carries its own sources", () => {
  assert.deepEqual(s.states.sources.map((c: {id: string}) => c.id), ["county-dataset-asad-baer-bositis"]);
  const ids = s.rollout.sources.map((c: {id: string}) => c.id);
  for (const r of csv("sc_jurisdictions_reported.csv")) for (const id of r.source_ids!.split(";")) assert.ok(ids.includes(id), id);
});

test("the state outlines keep only the states, with names", () => {
  const t = usStates();
  assert.deepEqual(Object.keys(t.objects), ["states"]);
  const states = t.objects.states as unknown as {geometries: {id: string; properties: {name: string}}[]};
  assert.equal(states.geometries.find((g) => g.id === "06")!.properties.name, "California");
});

test("a malformed county file fails the spread loader with the file and line", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_county_activations_monthly.csv", "month", "2010-06", "cumulative_counties_activated", "10");
  const r = run("spread.json.ts", {...process.env, SC_DATA_DIR: dir});
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, new RegExp(`sc_county_activations_monthly\\.csv:${line}`));
});
