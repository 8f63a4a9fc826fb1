// The "In context" page: Secure Communities next to all ICE removals. Three
// charts (removals by fiscal year, removals by month, the program's share of
// all removals), each with its own data and sources, plus the figures the
// prose compares. Every number comes from data/; derived ones are computed
// here and flagged.
import type {YearBar, ReportedTotal, RemovalsByYear, MonthPoint, RemovalsByMonth, ProgramShareRow, ProgramShare, Figure, ContextProse, Context} from "../../lib/chart-data/context.js";
export type {YearBar, ReportedTotal, RemovalsByYear, MonthPoint, RemovalsByMonth, ProgramShareRow, ProgramShare, Figure, ContextProse, Context};
import * as aq from "arquero";
import {op} from "arquero";
import {fileError, rowError} from "./data-error.js";
import {citedFigure, fiscalYear, snapshot, source} from "./figures.js";
import type {Dataset, MonthRemovals, Qualifier, ReportedRemovals, YearRemovals} from "./dataset.js";
import {citations, uniqueIds as unique, type Citation} from "./cite.js";
import {approximatePart, percentOf, remainder} from "../../lib/shares.js";
import {daysBetween, fiscalYearOf, isoDay, monthsBetween} from "../../lib/dates.js";

/** Short names for the documents behind the conflicting FY2008 totals; others fall back to their title. */
const SHORT_LABELS: Record<string, string> = {
  "ice-pr-2008-10-23": "ICE press release, Oct 2008",
  "ice-fy2008-annual-report": "ICE FY2008 annual report",
  "ice-foia-16-06761": "ICE FOIA table, 2016"
};

function reported(data: Dataset, fy: number, metric: string): ReportedRemovals[] {
  return data.removalsReported.filter((r) => r.fiscal_year === fy && r.metric === metric);
}

/** The first fiscal year whose removals include returns, from ICE's words "Starting in FY2007 Removals data include returns". */
function returnsFrom(data: Dataset): {year: number; sourceIds: string[]} {
  for (const s of data.sources) {
    const m = /Starting in FY\s?(\d{4}) Removals data include returns/i.exec(s.quote ?? "");
    if (m) return {year: Number(m[1]), sourceIds: [s.id]};
  }
  throw fileError(data.sources, "quote", "required quote", "no source says from which fiscal year removals include returns (\"Starting in FY…\")");
}

/** "Partial month: ICE data run through Aug 25, 2012 …" → "2012-08-25"; null for a full month. */
export function partialThrough(row: Pick<MonthRemovals, "month" | "note">): string | null {
  if (!row.note || !/^Partial month/i.test(row.note)) return null;
  const m = /through ([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})/.exec(row.note);
  if (!m) throw rowError(row, "note", "a partial month gives its end date", `${row.month}: the note gives no "through <Mon> <day>, <year>"`);
  const iso = isoDay(m[1], Number(m[2]), Number(m[3]));
  if (iso === null || iso.slice(0, 7) !== row.month) throw rowError(row, "note", "a partial month ends in that month", `${row.month}: the note says through ${iso ?? m[0].slice(8)}`);
  return iso;
}

function byYear(data: Dataset): RemovalsByYear {
  const returns = returnsFrom(data);
  const rows = aq.from(data.removalsByYear).orderby("fiscal_year").objects() as YearRemovals[];
  const years: YearBar[] = rows.map((r: YearRemovals) => {
    const convicted = r.convicted_removals;
    const computed = convicted !== null && r.non_convicted_removals === null;
    const notConvicted = convicted === null ? null : computed ? remainder(r.total_removals, convicted) : r.non_convicted_removals;
    return {
      fiscalYear: r.fiscal_year,
      total: r.total_removals,
      convicted,
      notConvicted,
      notConvictedComputed: computed,
      convictedShare: convicted === null ? null : percentOf(convicted, r.total_removals),
      lagExcludedTotal: r.lag_excluded_total,
      includesReturns: r.fiscal_year >= returns.year,
      totalSourceIds: r.total_source_ids,
      splitSourceIds: r.split_source_ids ?? []
    };
  });
  // The fiscal year with more than one published total.
  const counts = aq.from(data.removalsReported).filter((d: ReportedRemovals) => d.metric === "total_removals").groupby("fiscal_year").count().objects() as {fiscal_year: number; count: number}[];
  const disputed = counts.filter((c) => c.count > 1).map((c) => c.fiscal_year);
  if (disputed.length !== 1) throw fileError(data.removalsReported, "fiscal_year", "one fiscal year with conflicting totals", `expected one fiscal year with several total_removals rows, found ${disputed.length}`);
  const fy = disputed[0];
  const inTable = fiscalYear(data, fy).total_removals;
  const totals = reported(data, fy, "total_removals")
    .map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      label: SHORT_LABELS[r.source_ids[0]] ?? source(data, r.source_ids[0]).title,
      sourceIds: r.source_ids,
      inSeries: r.value === inTable
    }))
    .sort((a, b) => a.value - b.value);
  if (!totals.some((t) => t.inSeries)) throw fileError(data.removalsReported, "value", "a conflicting total includes the series' total", `none of the FY${fy} totals is the one in ice_removals_fy.csv (${inTable})`);
  const months = data.removalsByMonth.filter((m) => m.fiscal_year === fy);
  const complete = months.length === 12 && months.every((m) => partialThrough(m) === null);
  return {
    years,
    returnsFrom: returns.year,
    returnsSourceIds: returns.sourceIds,
    conflict: {
      fiscalYear: fy,
      totals,
      monthlySum: complete ? months.reduce((sum, m) => sum + m.total_removals, 0) : null,
      monthlySourceIds: unique(months.flatMap((m) => m.source_ids))
    },
    sources: citations(data, [
      ...data.removalsByYear.flatMap((r) => [...r.total_source_ids, ...(r.split_source_ids ?? [])]),
      ...totals.flatMap((t) => t.sourceIds)
    ])
  };
}

function byMonth(data: Dataset): RemovalsByMonth {
  const removed = snapshot(data, "jun2010-removed");
  // The rows themselves, sorted (not arquero copies), so that an error about one still names its line.
  const rows = [...data.removalsByMonth].sort((a, b) => a.month.localeCompare(b.month));
  const months: MonthPoint[] = rows.map((r: MonthRemovals) => {
    const through = partialThrough(r);
    return {
      month: r.month,
      fiscalYear: r.fiscal_year,
      total: r.total_removals,
      convicted: r.convicted_removals,
      notConvicted: r.non_convicted_removals,
      partial: through !== null,
      through
    };
  });
  const sourceIds = unique(data.removalsByMonth.flatMap((r) => r.source_ids));
  return {
    months,
    headline: {start: removed.period_start!, end: removed.period_end, removed: removed.value, sourceIds: removed.source_ids},
    sourceIds,
    sources: citations(data, sourceIds)
  };
}

function programShare(data: Dataset): ProgramShare {
  const ids = ["gao-fy2009-sc-share", "gao-fy2011-sc-share"];
  // The rough count is given only where the data notes document it (FY2011).
  const withRough = new Set(["gao-fy2011-sc-share"]);
  const shares = ids.map((id) => {
    const s = snapshot(data, id);
    if (s.unit !== "percent") throw rowError(s, "unit", "a program share is a percentage", `"${id}" has unit ${s.unit}`);
    const fy = fiscalYearOf(s.period_end);
    if (s.period_start && fiscalYearOf(s.period_start) !== fy) throw rowError(s, "period_start", "a program share covers one fiscal year", `"${id}" runs from ${s.period_start} to ${s.period_end}`);
    const all = fiscalYear(data, fy);
    return {
      id,
      fiscalYear: fy,
      share: s.value,
      qualifier: s.qualifier,
      sourceIds: s.source_ids,
      population: s.population,
      allRemovals: all.total_removals,
      allRemovalsSourceIds: all.total_source_ids,
      roughCount: withRough.has(id) ? approximatePart(all.total_removals, s.value, 1000) : null
    };
  });
  return {shares, sources: citations(data, shares.flatMap((s) => [...s.sourceIds, ...(s.roughCount === null ? [] : s.allRemovalsSourceIds)]))};
}

function prose(data: Dataset): ContextProse {
  const removed = snapshot(data, "jun2010-removed");
  // AP gives the start only as "October 2008"; the day is the first county activation in the county data.
  const firstActivation = data.stateActivations.reduce((a, s) => (s.first_county_activated < a ? s.first_county_activated : a), "9999-12-31");
  const firstActivationIds = unique(data.stateActivations.flatMap((s) => s.source_ids));
  const dayKnown = removed.period_start!.length === 10;
  if (!dayKnown && !firstActivation.startsWith(removed.period_start!)) {
    throw rowError(removed, "period_start", "the start month is the first county activation's", `jun2010-removed starts ${removed.period_start}, but the first county activation is ${firstActivation}`);
  }
  const start = dayKnown ? removed.period_start! : firstActivation;
  const startSourceIds = dayKnown ? removed.source_ids : firstActivationIds;
  const end = removed.period_end;
  const first = start.slice(0, 7);
  const last = end.slice(0, 7);
  const window = aq
    .from(data.removalsByMonth)
    .filter(aq.escape((d: MonthRemovals) => d.month >= first && d.month <= last))
    .rollup({months: op.count(), total: op.sum("total_removals")})
    .object() as {months: number; total: number};
  const fys = [];
  for (let fy = fiscalYearOf(start); fy <= fiscalYearOf(end); ++fy) fys.push(fiscalYear(data, fy));
  const criminalCounts = data.removalsReported
    .filter((r) => r.metric === "convicted_removals")
    .map((r) => {
      const ice = fiscalYear(data, r.fiscal_year);
      if (ice.convicted_removals === null) throw rowError(ice, "convicted_removals", "required value", `no convicted count for FY${r.fiscal_year}, which ice_removals_fy_reported.csv compares`);
      return {fiscalYear: r.fiscal_year, ois: citedFigure(r), ice: {value: ice.convicted_removals, qualifier: "exact" as Qualifier, sourceIds: ice.split_source_ids ?? []}};
    });
  const testimonyShares = data.removalsReported
    .filter((r) => r.metric === "convicted_share")
    .map((r) => {
      const ice = fiscalYear(data, r.fiscal_year);
      return {
        fiscalYear: r.fiscal_year,
        stated: citedFigure(r),
        computed: percentOf(ice.convicted_removals!, ice.total_removals),
        computedSourceIds: unique([...(ice.split_source_ids ?? []), ...ice.total_source_ids])
      };
    });
  // A reported total that is not in the series and differs from it by one misplaced digit.
  const typos = data.removalsReported.filter((r) => {
    if (r.metric !== "total_removals") return false;
    const y = data.removalsByYear.find((t) => t.fiscal_year === r.fiscal_year);
    return y !== undefined && r.value !== y.total_removals && /typo/i.test(r.note ?? "");
  });
  if (typos.length !== 1) throw fileError(data.removalsReported, "note", "one total marked as a typo", `expected one total_removals row whose note says "typo", found ${typos.length}`);
  const typo = typos[0];
  const correct = fiscalYear(data, typo.fiscal_year);
  return {
    removed: {...citedFigure(removed), start, end, startSourceIds},
    window: {
      first,
      last,
      months: window.months,
      total: window.total,
      tenth: window.total / 10,
      daysBefore: daysBetween(`${first}-01`, start),
      sourceIds: unique(data.removalsByMonth.flatMap((r) => r.source_ids))
    },
    fiscalYears: {
      years: fys.map((y) => y.fiscal_year),
      total: fys.reduce((sum, y) => sum + y.total_removals, 0),
      start: `${fys[0].fiscal_year - 1}-10-01`,
      end: `${fys[fys.length - 1].fiscal_year}-09-30`,
      daysBefore: daysBetween(`${fys[0].fiscal_year - 1}-10-01`, start),
      monthsAfter: monthsBetween(end, `${fys[fys.length - 1].fiscal_year}-09-30`),
      sourceIds: unique(fys.flatMap((y) => y.total_source_ids))
    },
    criminalCounts,
    testimonyShares,
    typo: {fiscalYear: typo.fiscal_year, printed: citedFigure(typo), correct: {value: correct.total_removals, qualifier: "exact", sourceIds: correct.total_source_ids}}
  };
}

export function context(data: Dataset): Context {
  return {byYear: byYear(data), byMonth: byMonth(data), programShare: programShare(data), prose: prose(data)};
}
