// The levels loader: its output matches data/, computed here independently
// from the raw CSV rows (not through the loader's helpers).
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {levels} from "../src/data/lib/levels.js";
import {copyData, DATA_DIR, setCell} from "./helpers/fixtures.js";

const raw = csvParse(readFileSync(join(DATA_DIR, "sc_snapshots.csv"), "utf-8"));
const v = (id: string) => {
  const row = raw.find((r) => r.id === id);
  assert.ok(row, `data/sc_snapshots.csv lacks ${id}`);
  return Number(row.value);
};
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

function run(env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/data/levels.json.ts"], {env: {...process.env, ...env}, encoding: "utf-8"});
}

const out = run();
const page = JSON.parse(out.stdout || "null");

test("the loader runs and prints what levels(loadDataset()) builds", () => {
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(page, JSON.parse(JSON.stringify(levels(loadDataset()))));
});

test("June 2010: counts from data/, Levels 2–3 computed as the rest", () => {
  const j = page.june2010;
  assert.equal(j.removed, v("jun2010-removed"));
  assert.equal(j.nonCriminal, v("jun2010-non-criminal"));
  assert.equal(j.level1, v("jun2010-level1"));
  assert.equal(j.levels23, v("jun2010-removed") - v("jun2010-non-criminal") - v("jun2010-level1"));
  close(j.nonCriminalShare, (100 * v("jun2010-non-criminal")) / v("jun2010-removed"));
});

test("the share snapshots: eight, in order of period end, each computed or sourced as the brief says", () => {
  const rows = page.shares.rows;
  assert.deepEqual(
    rows.map((r: {id: string}) => r.id),
    ["aug2010-advocates-non-criminal-share", "jun2010-non-criminal", "jul2010-not-convicted-share", "feb2011-removed-non-criminal", "mar2011-deported", "spring2011-no-conviction-share", "gao-2012-convicted-share", "feb2014-no-record-share"]
  );
  const by = (id: string) => rows.find((r: {id: string}) => r.id === id);
  const jun = by("jun2010-non-criminal");
  assert.equal(jun.basis, "counts");
  close(jun.share, (100 * v("jun2010-non-criminal")) / v("jun2010-removed"));
  assert.equal(jun.removed, v("jun2010-removed"));
  const mar = by("mar2011-deported");
  assert.equal(mar.basis, "counts");
  close(mar.share, (100 * (v("mar2011-deported") - v("mar2011-convicted-deported"))) / v("mar2011-deported"));
  assert.equal(mar.removed, v("mar2011-deported"));
  const jul = by("jul2010-not-convicted-share");
  assert.deepEqual([jul.basis, jul.share, jul.words, jul.qualifier], ["words", v("jul2010-not-convicted-share"), "a quarter", "about"]);
  const pew = by("spring2011-no-conviction-share");
  assert.deepEqual([pew.basis, pew.share, pew.words, pew.removed, pew.removedQualifier], ["words", v("spring2011-no-conviction-share"), "three out of 10", v("spring2011-deported"), "nearly"]);
  const gao = by("gao-2012-convicted-share");
  assert.deepEqual([gao.basis, gao.share, gao.qualifier, gao.removed], ["complement", 100 - v("gao-2012-convicted-share"), "about", v("gao-2012-removed")]);
  assert.match(gao.how, /computed/);
  const adv = by("aug2010-advocates-non-criminal-share");
  assert.equal(adv.share, v("aug2010-advocates-non-criminal-share"));
  // The advocates' 26 % is the same release rounded: no invented conflict, both outlets' words shown.
  assert.doesNotMatch(adv.flag, /conflict/i);
  assert.match(adv.flag, /an average of 26 percent/);
  assert.match(adv.flag, /26 percent of all those deported nationwide/);
  assert.equal(Math.round(jun.share), adv.share, "the advocates' whole number is the computed share rounded");
  // The Post dates only its county figures; the national quarter is shown at the article's date.
  assert.equal(jul.periodEnd, "2010-12-21");
  assert.match(jul.flag, /government statistics show/);
  // ICE's March 7, 2011 release, via Viva Colorado: a share computed from two counts.
  const feb = by("feb2011-removed-non-criminal");
  assert.equal(feb.basis, "counts");
  close(feb.share, (100 * v("feb2011-removed-non-criminal")) / v("feb2011-removed"));
  // A later figure: the Baltimore Sun, Feb 2014, in its own words.
  const sun = by("feb2014-no-record-share");
  assert.deepEqual([sun.basis, sun.share, sun.words], ["words", 20, "20 percent"]);
  // Every row's sources are on the chart's source line.
  const cited = new Set(page.shares.sources.map((s: {id: string}) => s.id));
  for (const r of rows) for (const id of r.sourceIds) assert.ok(cited.has(id), id);
});

test("the bookings: three published categories, Level 1 not published, Level 3's share of Levels 2–3 computed", () => {
  const b = page.bookings;
  const count = (key: string) => b.rows.find((r: {key: string}) => r.key === key).count;
  assert.equal(count("non-criminal"), v("feb2011-booked-non-criminal"));
  assert.equal(count("level1"), null);
  assert.equal(count("level2"), v("feb2011-booked-level2"));
  assert.equal(count("level3"), v("feb2011-booked-level3"));
  close(b.level3ShareOfLevels23, (100 * v("feb2011-booked-level3")) / (v("feb2011-booked-level2") + v("feb2011-booked-level3")));
  assert.match(b.population, /booked/);
  assert.deepEqual(b.sources.map((s: {id: string}) => s.id), ["deportationnation-2011-03"]);
});

test("the definitions cover non-criminal and the three levels", () => {
  assert.deepEqual(page.definitions.map((d: {term: string}) => d.term), ["non-criminal", "Level 1", "Level 2", "Level 3"]);
});

test("a changed count in data/ changes the computed share", () => {
  const dir = copyData();
  setCell(dir, "sc_snapshots.csv", "id", "mar2011-convicted-deported", "value", "71741");
  // The source's quote must carry the changed figure too (quote-rules.ts), so the fixture changes both.
  const sources = csvParse(readFileSync(join(DATA_DIR, "sources.csv"), "utf-8"));
  const quote = sources.find((r) => r.id === "sfchronicle-hsnw-2011-05-02")!.quote.replace("72,445", "71,741");
  setCell(dir, "sources.csv", "id", "sfchronicle-hsnw-2011-05-02", "quote", quote);
  const changed = JSON.parse(run({SC_DATA_DIR: dir}).stdout);
  const mar = changed.shares.rows.find((r: {id: string}) => r.id === "mar2011-deported");
  close(mar.share, (100 * 30000) / v("mar2011-deported"));
});

test("source words that are not in the source's quote fail the loader", () => {
  const dir = copyData();
  // "three in 10" still carries the 30 percent (quote-rules.ts), but not the page's own words "three out of 10".
  setCell(dir, "sources.csv", "id", "pew-stateline-2011-06-20", "quote", "nearly 109,000 || three in 10 had no prior convictions");
  const r = run({SC_DATA_DIR: dir});
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /three out of 10/);
});

test("AP's words for the 2010 Level 1 link to the sources that hold them, and fail the loader when no source does", () => {
  const {level1Words} = levels(loadDataset());
  const sources = csvParse(readFileSync(join(DATA_DIR, "sources.csv"), "utf-8"));
  assert.ok(level1Words.sourceIds.length > 0);
  for (const id of level1Words.sourceIds) assert.ok(sources.find((s) => s.id === id)!.quote.includes(level1Words.words), id);
  const dir = copyData();
  const quote = sources.find((r) => r.id === "ap-nbcnews-wbna38648865")!.quote.replace("had committed or were charged with", "had committed");
  setCell(dir, "sources.csv", "id", "ap-nbcnews-wbna38648865", "quote", quote);
  const r = run({SC_DATA_DIR: dir});
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /had committed or were charged with/);
});
