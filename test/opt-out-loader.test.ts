// The opt-out loader against data/ read independently with d3's CSV parser.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {optOut, KEY_EVENTS} from "../src/data/lib/opt-out.js";
import {copyData, setCell} from "./helpers/fixtures.js";

const csv = (file: string) => csvParse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf-8"));
const timeline = csv("sc_timeline.csv");
const counties = csv("sc_county_activations_monthly.csv");
const places = csv("sc_place_activations.csv");
const sources = csv("sources.csv");
const out = optOut(loadDataset());

test("the event list is the whole timeline file, in date order, with every source and quote", () => {
  assert.equal(out.events.length, timeline.length);
  const dates = out.events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  for (const row of timeline) {
    const e = out.events.find((x) => x.date === row.date && x.event === row.event);
    assert.ok(e, `missing ${row.date} ${row.event}`);
    assert.equal(e.category, row.category);
    assert.equal(e.precision, row.date_precision);
    assert.deepEqual(e.sourceIds, row.source_ids.split(";"));
    assert.deepEqual(e.sources.map((s) => s.publisher), e.sourceIds.map((id) => sources.find((s) => s.id === id)!.publisher));
    assert.equal(e.quote, row.quote || null);
  }
});

test("the key events are exactly the timeline rows with the chosen dates and categories, numbered in date order", () => {
  const expected = timeline.filter((r) => KEY_EVENTS.some((k) => k.date === r.date && k.category === r.category));
  assert.deepEqual(out.chart.events.map((e) => e.event), expected.map((r) => r.event));
  assert.deepEqual(out.chart.events.map((e) => e.n), expected.map((_, i) => i + 1));
  // The events the brief names are among them.
  for (const [date, category] of [["2010-08-17", "federal"], ["2010-09-30", "federal"], ["2011-08-05", "federal"], ["2014-11-20", "federal"], ["2017-01-25", "federal"], ["2021-01-20", "federal"], ["2011-05-04", "opt-out"], ["2011-06-01", "opt-out"], ["2011-06-03", "opt-out"]]) {
    assert.ok(out.chart.events.some((e) => e.date === date && e.category === category), `${date} ${category}`);
  }
  assert.equal(out.chart.events.filter((e) => e.date === "2010-09-28" && e.category === "opt-out").length, 2);
  // The full list carries the same marker numbers.
  for (const e of out.chart.events) assert.equal(out.events.find((x) => x.date === e.date && x.event === e.event)!.n, e.n);
  assert.equal(out.events.filter((e) => e.n !== null).length, out.chart.events.length);
});

test("the curve is the monthly county file, month-end dated, and stops at its last month", () => {
  assert.equal(out.chart.curve.length, counties.length);
  for (const [i, row] of counties.entries()) {
    assert.equal(out.chart.curve[i].month, row.month);
    assert.equal(out.chart.curve[i].counties, Number(row.cumulative_counties_activated));
  }
  assert.equal(out.chart.curve.find((c) => c.month === "2010-09")!.monthEnd, "2010-09-30");
  assert.equal(out.chart.curve.find((c) => c.month === "2012-02")?.monthEnd ?? "2012-02-29", "2012-02-29");
  const last = counties[counties.length - 1];
  assert.deepEqual({month: out.chart.last.month, counties: out.chart.last.counties}, {month: last.month, counties: Number(last.cumulative_counties_activated)});
  const sept = counties.find((r) => r.month === "2010-09")!;
  assert.deepEqual({month: out.chart.atVotes.month, counties: out.chart.atVotes.counties}, {month: "2010-09", counties: Number(sept.cumulative_counties_activated)});
  assert.deepEqual(out.chart.atVotes.sourceIds, [...new Set(counties.map((r) => r.source_ids))]);
});

test("Santa Clara and Arlington: activation dates from the place file, both before their Sept 28, 2010 votes", () => {
  assert.deepEqual(out.places.map((p) => p.place), ["Santa Clara County", "Arlington County"]);
  for (const p of out.places) {
    const row = places.find((r) => r.place === p.place)!;
    assert.equal(p.activated, row.activated);
    assert.equal(p.vote.date, "2010-09-28");
    assert.equal(p.vote.category, "opt-out");
    assert.ok(p.vote.event.includes(p.place.split(" ")[0]));
    assert.equal(p.daysBefore, (Date.parse("2010-09-28") - Date.parse(row.activated)) / 86_400_000);
    assert.ok(p.daysBefore > 0, `${p.place} was activated before it voted`);
  }
});

test("the quotes are the data's own words, each with its event's sources", () => {
  const post = timeline.find((r) => r.date === "2010-09-30" && r.category === "federal")!;
  assert.equal(out.quotes.notRealistic.text, post.quote);
  assert.deepEqual(out.quotes.notRealistic.sourceIds, post.source_ids.split(";"));
  const passages = sources.find((s) => s.id === post.source_ids)!.quote.split(" || ");
  assert.ok(passages.includes(out.quotes.notCooperation.text));
  assert.ok(post.note.includes(out.quotes.notCooperation.text));
  const napolitano = timeline.find((r) => r.date === "2010-10-06" && r.event.startsWith("Napolitano"))!;
  assert.equal(out.quotes.napolitano.text, napolitano.quote);
  assert.deepEqual(out.quotes.napolitano.sourceIds, napolitano.source_ids.split(";"));
});

test("the chart cites the county dataset and every key event's sources", () => {
  const ids = out.chart.sources.map((s) => s.id);
  for (const id of [...counties.map((r) => r.source_ids), ...out.chart.events.flatMap((e) => e.sourceIds)]) assert.ok(ids.includes(id), id);
  assert.equal(new Set(ids).size, ids.length);
});

test("the loader fails the build when a key event is missing", () => {
  const dir = copyData();
  setCell(dir, "sc_timeline.csv", "date", "2011-08-05", "date", "2011-08-06");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/data/opt-out.json.ts"], {env: {...process.env, SC_DATA_DIR: dir}, encoding: "utf-8"});
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /no federal event on 2011-08-05/);
  assert.equal(run.stdout, "");
});
