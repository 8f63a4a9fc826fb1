// The "In context" loader: its output matches data/ read independently with
// d3's CSV parser, its derived figures are computed (and flagged), and it
// fails loudly on data it cannot represent honestly.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {context, partialThrough} from "../src/data/lib/context.js";
import {fiscalYearOf} from "../src/lib/dates.js";
import {approximatePart} from "../src/lib/shares.js";
import {copyData, DATA_DIR, rewrite, setCell} from "./helpers/fixtures.js";

const csv = (file: string, dir = DATA_DIR) => csvParse(readFileSync(join(dir, file), "utf-8"));
const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

const out = context(loadDataset());
const fy = csv("ice_removals_fy.csv");
const reported = csv("ice_removals_fy_reported.csv");
const monthly = csv("ice_removals_monthly.csv");
const snapshots = csv("sc_snapshots.csv");

test("byYear: one bar per fiscal year, with ICE's totals and split", () => {
  assert.deepEqual(out.byYear.years.map((y) => y.fiscalYear), fy.map((r) => Number(r.fiscal_year)).sort((a, b) => a - b));
  for (const r of fy) {
    const y = out.byYear.years.find((d) => d.fiscalYear === Number(r.fiscal_year))!;
    assert.equal(y.total, Number(r.total_removals));
    assert.equal(y.convicted, num(r.convicted_removals));
    if (r.convicted_removals === "") {
      assert.equal(y.notConvicted, null, `FY${r.fiscal_year}: no split, no not-convicted count`);
      assert.equal(y.convictedShare, null);
    } else {
      const total = Number(r.total_removals);
      const convicted = Number(r.convicted_removals);
      assert.equal(y.notConvicted, r.non_convicted_removals === "" ? total - convicted : Number(r.non_convicted_removals));
      assert.equal(y.notConvictedComputed, r.non_convicted_removals === "");
      assert.ok(Math.abs(y.convictedShare! - (100 * convicted) / total) < 1e-9);
    }
    assert.equal(y.lagExcludedTotal, num(r.lag_excluded_total));
  }
});

test("byYear: FY2012 not-convicted is computed as total minus convicted, and flagged", () => {
  const y = out.byYear.years.find((d) => d.fiscalYear === 2012)!;
  const r = fy.find((d) => d.fiscal_year === "2012")!;
  assert.equal(r.non_convicted_removals, "");
  assert.equal(y.notConvicted, Number(r.total_removals) - Number(r.convicted_removals));
  assert.equal(y.notConvictedComputed, true);
  assert.equal(out.byYear.years.filter((d) => d.notConvictedComputed).length, 1);
});

test("byYear: returns are included from the year ICE's own words give", () => {
  const sources = csv("sources.csv");
  const m = /Starting in FY(\d{4}) Removals data include returns/.exec(sources.map((s) => s.quote).join(" "));
  assert.ok(m);
  assert.equal(out.byYear.returnsFrom, Number(m![1]));
  for (const y of out.byYear.years) assert.equal(y.includesReturns, y.fiscalYear >= Number(m![1]));
});

test("byYear: the FY2008 conflict lists every reported total, the bar's one marked", () => {
  const rows = reported.filter((r) => r.fiscal_year === "2008" && r.metric === "total_removals");
  assert.equal(out.byYear.conflict.fiscalYear, 2008);
  assert.deepEqual(out.byYear.conflict.totals.map((t) => t.value), rows.map((r) => Number(r.value)).sort((a, b) => a - b));
  const bar = fy.find((r) => r.fiscal_year === "2008")!.total_removals;
  assert.deepEqual(out.byYear.conflict.totals.filter((t) => t.inSeries).map((t) => t.value), [Number(bar)]);
  const sum = monthly.filter((r) => r.fiscal_year === "2008").reduce((s, r) => s + Number(r.total_removals), 0);
  assert.equal(out.byYear.conflict.monthlySum, sum);
  const ids = new Set(out.byYear.sources.map((s) => s.id));
  for (const r of rows) assert.ok(ids.has(r.source_ids), `chart sources lack ${r.source_ids}`);
});

test("byMonth: 71 months in order; only the last is partial, through Aug 25, 2012", () => {
  assert.equal(out.byMonth.months.length, monthly.length);
  assert.deepEqual(out.byMonth.months.map((m) => m.month), monthly.map((r) => r.month).sort());
  for (const r of monthly) {
    const m = out.byMonth.months.find((d) => d.month === r.month)!;
    assert.deepEqual([m.total, m.convicted, m.notConvicted], [Number(r.total_removals), Number(r.convicted_removals), Number(r.non_convicted_removals)]);
  }
  assert.deepEqual(out.byMonth.months.filter((m) => m.partial).map((m) => [m.month, m.through]), [["2012-08", "2012-08-25"]]);
  const h = snapshots.find((s) => s.id === "jun2010-removed")!;
  assert.deepEqual([out.byMonth.headline.start, out.byMonth.headline.end, out.byMonth.headline.removed], [h.period_start, h.period_end, Number(h.value)]);
});

test("programShare: GAO's about-4% and about-20% with their qualifiers; a rough count only for FY2011", () => {
  const shares = out.programShare.shares;
  for (const id of ["gao-fy2009-sc-share", "gao-fy2011-sc-share"]) {
    const r = snapshots.find((s) => s.id === id)!;
    const s = shares.find((d) => d.id === id)!;
    assert.equal(s.share, Number(r.value));
    assert.equal(s.qualifier, r.qualifier);
    assert.equal(s.fiscalYear, Number(r.period_end.slice(0, 4)));
    assert.equal(s.allRemovals, Number(fy.find((y) => Number(y.fiscal_year) === s.fiscalYear)!.total_removals));
  }
  assert.equal(shares.find((s) => s.fiscalYear === 2009)!.roughCount, null);
  const s11 = shares.find((s) => s.fiscalYear === 2011)!;
  assert.equal(s11.roughCount, Math.round((s11.share * s11.allRemovals) / 100 / 1000) * 1000);
  assert.deepEqual(out.programShare.sources.map((s) => s.id).slice(0, 1), ["gao-12-708"]);
});

test("prose: the monthly window around the headline period, the fiscal years, OIS and the typo", () => {
  const window = monthly.filter((r) => r.month >= "2008-10" && r.month <= "2010-06");
  assert.equal(out.prose.window.months, window.length);
  assert.equal(out.prose.window.total, window.reduce((s, r) => s + Number(r.total_removals), 0));
  assert.equal(out.prose.window.daysBefore, 26);
  // AP gives only "October 2008": the start day (Oct 27) is the county data's first activation, cited to the county data.
  assert.equal(out.prose.removed.start, "2008-10-27");
  assert.deepEqual(out.prose.removed.startSourceIds, ["county-dataset-asad-baer-bositis"]);
  assert.ok(out.prose.removed.value * 10 < out.prose.window.total, "the page says the program's removals are under a tenth of the window's");
  assert.deepEqual(out.prose.fiscalYears.years, [2009, 2010]);
  assert.deepEqual([out.prose.fiscalYears.start, out.prose.fiscalYears.end, out.prose.fiscalYears.daysBefore, out.prose.fiscalYears.monthsAfter], ["2008-10-01", "2010-09-30", 26, 3]);
  assert.equal(out.prose.fiscalYears.total, Number(fy.find((r) => r.fiscal_year === "2009")!.total_removals) + Number(fy.find((r) => r.fiscal_year === "2010")!.total_removals));
  const ois = reported.filter((r) => r.metric === "convicted_removals");
  assert.deepEqual(
    out.prose.criminalCounts.map((c) => [c.fiscalYear, c.ois.value, c.ois.qualifier, c.ice.value]),
    ois.map((r) => [Number(r.fiscal_year), Number(r.value), r.qualifier, Number(fy.find((y) => y.fiscal_year === r.fiscal_year)!.convicted_removals)])
  );
  assert.deepEqual([out.prose.typo.printed.value, out.prose.typo.correct.value], [396606, Number(fy.find((r) => r.fiscal_year === "2011")!.total_removals)]);
  for (const t of out.prose.testimonyShares) assert.equal(Math.round(t.computed), t.stated.value);
});

test("helpers: fiscal years, rough counts and partial months", () => {
  assert.equal(fiscalYearOf("2008-10-01"), 2009);
  assert.equal(fiscalYearOf("2009-09-30"), 2009);
  assert.equal(approximatePart(396906, 20, 1000), 79000);
  assert.equal(approximatePart(389834, 4, 1000), 16000);
  assert.equal(partialThrough({month: "2012-08", note: null}), null);
  assert.equal(partialThrough({month: "2012-08", note: "Partial month: ICE data run through Aug 25, 2012 (IIDS run date 08/27/2012)."}), "2012-08-25");
  assert.throws(() => partialThrough({month: "2012-07", note: "Partial month: ICE data run through Aug 25, 2012."}), /a partial month ends in that month: 2012-07: the note says through 2012-08-25/);
  assert.throws(() => partialThrough({month: "2012-08", note: "Partial month."}), /a partial month gives its end date/);
});

test("malformed: a FY2008 conflict that does not include the bar's total fails", () => {
  const dir = copyData();
  setCell(dir, "ice_removals_fy_reported.csv", "value", "369221", "value", "369222");
  assert.throws(() => context(loadDataset(dir)), /none of the FY2008 totals is the one in ice_removals_fy\.csv/);
});

test("malformed: a partial month whose note gives no date fails", () => {
  const dir = copyData();
  const line = setCell(dir, "ice_removals_monthly.csv", "month", "2012-08", "note", "Partial month.");
  assert.throws(() => context(loadDataset(dir)), new RegExp(`ice_removals_monthly\\.csv:${line} column "note": a partial month gives its end date: 2012-08`));
});

test("malformed: without ICE's words on returns the loader fails instead of guessing a year", () => {
  const dir = rewrite(copyData(), "sources.csv", (text) => text.replace(/Starting in FY2007 Removals data include returns/g, "Removals data"));
  assert.throws(() => context(loadDataset(dir)), /no source says from which fiscal year removals include returns/);
});
