// The levels loader's data for the page's controls (serious, snapshots): it
// matches data/, computed here independently from the raw CSV rows.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {levels} from "../src/data/lib/levels.js";
import {approximatePart} from "../src/lib/shares.js";
import {DATA_DIR} from "./helpers/fixtures.js";
import {defaultLevel3Share} from "../src/components/specs/levels.js";

const raw = csvParse(readFileSync(join(DATA_DIR, "sc_snapshots.csv"), "utf-8"));
const v = (id: string) => Number(raw.find((r) => r.id === id)!.value);
const fy = csvParse(readFileSync(join(DATA_DIR, "ice_removals_fy.csv"), "utf-8")).find((r) => r.fiscal_year === "2013")!;
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);
const page = JSON.parse(JSON.stringify(levels(loadDataset())));

test("serious: the June 2010 counts, Levels 2–3 as the rest", () => {
  const s = page.serious;
  assert.deepEqual([s.removed, s.nonCriminal, s.level1], [v("jun2010-removed"), v("jun2010-non-criminal"), v("jun2010-level1")]);
  assert.equal(s.levels23, v("jun2010-removed") - v("jun2010-non-criminal") - v("jun2010-level1"));
  // AP says "October 2008"; the day of the first activation comes from the county data, not from AP.
  assert.deepEqual([s.periodStart, s.periodEnd], ["2008-10", "2010-06-30"]);
});

test("serious: the removals ICE broke down by conviction for Oct 2008 – Feb 2011 (the sourced split beside the assumption)", () => {
  const r = page.serious.removalsFeb2011;
  assert.deepEqual([r.removed, r.nonCriminal, r.misdemeanor], [v("feb2011-removed"), v("feb2011-removed-non-criminal"), v("feb2011-removed-misdemeanor")]);
  assert.equal(r.moreThanMisdemeanor, r.removed - r.nonCriminal - r.misdemeanor);
  close(r.noneOrMisdemeanorShare, (100 * (r.nonCriminal + r.misdemeanor)) / r.removed);
  assert.deepEqual(r.sourceIds, ["vivacolorado-2011-03"]);
  const cited = new Set(page.serious.sources.map((c: {id: string}) => c.id));
  assert.ok(cited.has("vivacolorado-2011-03"));
});

test("serious: the bookings split (the default) and the FY2013 all-ICE split, with their sources cited", () => {
  const s = page.serious;
  close(s.bookings.level3Share, (100 * v("feb2011-booked-level3")) / (v("feb2011-booked-level2") + v("feb2011-booked-level3")));
  assert.equal(defaultLevel3Share(s), Math.round(s.bookings.level3Share * 10) / 10);
  assert.deepEqual([s.fy2013.level2, s.fy2013.level3], [Number(fy.level2), Number(fy.level3)]);
  close(s.fy2013.level3Share, (100 * Number(fy.level3)) / (Number(fy.level2) + Number(fy.level3)));
  assert.deepEqual(s.fy2013.sourceIds, fy.level_source_ids.split(";"));
  assert.match(s.fy2013.population, /not only Secure Communities/);
  const cited = new Set(s.sources.map((c: {id: string}) => c.id));
  for (const id of [...s.sourceIds, ...s.bookings.sourceIds, ...s.fy2013.sourceIds]) assert.ok(cited.has(id), id);
});

test("snapshots: June 2010, March 2011 and March 2012, each with sourced and computed figures marked", () => {
  const rows = page.snapshots.rows;
  assert.deepEqual(rows.map((r: {key: string}) => r.key), ["2010-06", "2011-03", "2012-03"]);
  const [jun, mar, gao] = rows;
  // June 2010: removed and non-criminal sourced; convicted and the share computed.
  assert.deepEqual([jun.removed.value, jun.notConvicted.value, jun.removed.how, jun.notConvicted.how], [v("jun2010-removed"), v("jun2010-non-criminal"), null, null]);
  assert.equal(jun.convicted.value, v("jun2010-removed") - v("jun2010-non-criminal"));
  assert.ok(jun.convicted.how && jun.notConvictedShare.how);
  close(jun.notConvictedShare.value, (100 * v("jun2010-non-criminal")) / v("jun2010-removed"));
  // March 2011: deported and convicted sourced; the rest computed.
  assert.deepEqual([mar.removed.value, mar.convicted.value, mar.convicted.how], [v("mar2011-deported"), v("mar2011-convicted-deported"), null]);
  assert.equal(mar.notConvicted.value, v("mar2011-deported") - v("mar2011-convicted-deported"));
  close(mar.notConvictedShare.value, (100 * (v("mar2011-deported") - v("mar2011-convicted-deported"))) / v("mar2011-deported"));
  assert.equal(mar.verb, "deported");
  // March 2012: GAO's approximate total and share; counts computed, approximate, to the nearest thousand.
  assert.deepEqual([gao.removed.value, gao.removed.qualifier, gao.convictedShare.value, gao.convictedShare.how], [v("gao-2012-removed"), "about", v("gao-2012-convicted-share"), null]);
  const convicted = Math.round((v("gao-2012-removed") * v("gao-2012-convicted-share")) / 100 / 1000) * 1000;
  assert.deepEqual([gao.convicted.value, gao.convicted.qualifier], [convicted, "about"]);
  assert.deepEqual([gao.notConvicted.value, gao.notConvicted.qualifier], [v("gao-2012-removed") - convicted, "about"]);
  assert.deepEqual([gao.notConvictedShare.value, gao.notConvictedShare.qualifier], [100 - v("gao-2012-convicted-share"), "about"]);
  for (const f of [gao.convicted, gao.notConvicted, gao.notConvictedShare]) assert.match(f.how, /approximate/);
  const cited = new Set(page.snapshots.sources.map((c: {id: string}) => c.id));
  for (const r of rows) for (const id of r.sourceIds) assert.ok(cited.has(id), id);
});

test("approximatePart rounds to the precision of the approximate total", () => {
  assert.equal(approximatePart(183000, 74, 1000), 135000);
  assert.equal(approximatePart(1000, 25, 1), 250);
  assert.equal(approximatePart(0, 74, 1000), 0);
});
