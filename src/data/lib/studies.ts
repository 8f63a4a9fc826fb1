// The studies page: what independent analyses found, grouped by study, with
// each figure labelled by the population it describes. Two chart data sets:
// the studies' percentage findings, and TRAC's monthly Secure Communities
// deportation counts for 2017–2019 against ICE's claim for Jan–Mar 2017.
import type {StudyKey, StudyFigureOut, StudyGroup, PercentRow, MonthlyRow, StudiesData} from "../../lib/chart-data/studies.js";
export type {StudyKey, StudyFigureOut, StudyGroup, PercentRow, MonthlyRow, StudiesData};
import {fileError, rowError} from "./data-error.js";
import {fiscalYear, snapshot, source as sourceRow} from "./figures.js";
import * as aq from "arquero";
import type {Dataset, Snapshot, StudyFigure} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {monthSpan} from "../../lib/dates.js";

/** The studies the page walks through, in order, and which rows of data/studies.csv belong to each. */
export const STUDY_GROUPS = [
  {key: "warren", name: "Warren Institute", short: "Warren", source: "warren-2011", match: (id: string) => id.startsWith("warren-") || id === "cis-critique-warren"},
  {key: "gao", name: "GAO-12-708", short: "GAO", source: "gao-12-708", match: (id: string) => id.startsWith("gao-")},
  {key: "trac-2014", name: "TRAC report 349", short: "TRAC", source: "trac-349", match: (id: string) => id.startsWith("trac349-") || id.startsWith("elpaso-")},
  {key: "treyger", name: "Treyger, Chalfin & Loeffler", short: "Treyger et al.", source: "treyger-chalfin-loeffler-2014", match: (id: string) => id.startsWith("treyger-") || id.startsWith("kubrin-")},
  {key: "miles-cox", name: "Miles & Cox", short: "Miles & Cox", source: "miles-cox-2014", match: (id: string) => id.startsWith("miles-cox-")},
  {key: "trac-2017-2019", name: "TRAC on 2017–2019", short: "TRAC", source: "trac-570", match: (id: string) => /^trac(20\d\d|-minor)/.test(id)},
  {key: "icirr", name: "ICIRR", short: "ICIRR", source: "icirr-ucimc", match: (id: string) => id.startsWith("icirr-")}
] as const satisfies readonly {key: StudyKey; name: string; short: string; source: string; match: (id: string) => boolean}[];

const asFigure = (s: StudyFigure): StudyFigureOut => ({
  id: s.id,
  figure: s.figure,
  value: s.value,
  qualifier: s.qualifier,
  unit: s.unit,
  population: s.population,
  period: s.period,
  sourceIds: s.source_ids,
  note: s.note
});

const snapshotFigure = (s: Snapshot): StudyFigureOut => ({
  id: s.id,
  figure: s.metric,
  value: s.value,
  qualifier: s.qualifier,
  unit: s.unit,
  population: s.population,
  period: s.period_start ? `${s.period_start} to ${s.period_end}` : s.period_end,
  sourceIds: s.source_ids,
  note: s.note
});

/** Snapshot rows that belong with a study's section (the figures in sc_snapshots.csv not repeated in studies.csv). */
export const SUPPORTING_SNAPSHOTS = [
  "apr2011-arrested-or-booked",
  "gao-2012-not-convicted-share-thompson",
  "fy2011-h1fy2012-removed",
  "fy2011-h1fy2012-arrest-charge-missing-share",
  "jan-sep2017-ice-claim-edited"
] as const;

/** The snapshots that make the monthly chart: TRAC's counts for 2017–2019 and ICE's claim. */
export const MONTHLY_SNAPSHOTS = ["jan-mar2017-ice-claim", "jan-sep2017-ice-claim-edited", "jan-mar2017-removed", "feb-oct2017-monthly-avg", "may2018-monthly", "apr2019-monthly"] as const;

/**
 * Whether a population is other than people in Secure Communities: all ICE
 * removals, all immigration-court respondents, the undocumented population.
 * A figure counts as Secure Communities' own only when its population names
 * the program (or the Warren sample of its arrests) and does not say "not only".
 */
export function isWider(population: string): boolean {
  const sc = /Secure Communities|report's sample/i.test(population);
  return !sc || /not only Secure Communities|comparison/i.test(population);
}

export function studies(data: Dataset): StudiesData {
  const groupOf = (id: string) => {
    const matches = STUDY_GROUPS.filter((g) => g.match(id));
    if (matches.length !== 1) throw fileError(data.studies, "id", "a study row belongs to one study", `row "${id}" belongs to ${matches.length} study groups, not one`);
    return matches[0];
  };
  const groups: StudyGroup[] = STUDY_GROUPS.map((g) => {
    const rows = data.studies.filter((s) => groupOf(s.id).key === g.key);
    if (!rows.length) throw fileError(data.studies, "id", "required study", `no rows for ${g.name}`);
    const source = sourceRow(data, g.source);
    return {
      key: g.key,
      name: g.name,
      study: rows[0].study,
      source: g.source,
      date: source.date,
      sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))],
      figures: rows.map(asFigure)
    };
  });

  const figures: Record<string, StudyFigureOut> = Object.fromEntries(data.studies.map((s) => [s.id, asFigure(s)]));
  for (const id of SUPPORTING_SNAPSHOTS) {
    if (figures[id]) throw rowError(data.studies.find((s) => s.id === id)!, "id", "ids unique across studies and snapshots", `"${id}" is also a figure id in sc_snapshots.csv`);
    figures[id] = snapshotFigure(snapshot(data, id));
  }

  // The percentage findings, grouped by study in page order; the weak ICIRR figure stays in the prose only.
  const order = STUDY_GROUPS.map((g) => g.key);
  const percentRows = aq
    .from(data.studies.filter((s) => s.unit === "percent" && s.value !== null && groupOf(s.id).key !== "icirr"))
    .objects()
    .map((s) => {
      const row = s as unknown as StudyFigure;
      const g = groupOf(row.id);
      return {
        id: row.id,
        study: g.key,
        studyName: g.name,
        studyShort: g.short,
        figure: row.figure,
        population: row.population,
        period: row.period,
        value: row.value!,
        qualifier: row.qualifier ?? "exact",
        scope: isWider(row.population) ? "wider" : "sc",
        sourceIds: row.source_ids
      } satisfies PercentRow;
    })
    .sort((a, b) => order.indexOf(a.study) - order.indexOf(b.study));

  const monthlyRows: MonthlyRow[] = MONTHLY_SNAPSHOTS.map((id) => {
    const s = snapshot(data, id);
    if (s.period_start === null) throw rowError(s, "period_start", "required value", `"${id}" needs a period start to count its months`);
    const start = s.period_start.slice(0, 7);
    const end = s.period_end.slice(0, 7);
    if (end < start) throw rowError(s, "period_end", "period end not before its start", `"${id}" runs from ${start} to ${end}`);
    const months = monthSpan(start, end);
    const perMonthUnit = s.unit === "persons per month";
    if (!perMonthUnit && s.unit !== "persons") throw rowError(s, "unit", "a monthly figure counts persons", `"${id}" has unit ${s.unit}, not persons or persons per month`);
    return {
      id,
      counter: /claim/i.test(s.population) ? "ICE (claim)" : "TRAC",
      start,
      end,
      months,
      published: s.value,
      publishedUnit: perMonthUnit ? "persons per month" : "persons",
      qualifier: s.qualifier,
      perMonth: perMonthUnit ? s.value : s.value / months,
      derived: !perMonthUnit && months > 1,
      sourceIds: s.source_ids
    };
  });

  const warrenSample = data.studies
    .filter((s) => s.id.startsWith("warren-sample-size-"))
    .map((s) => {
      const outlet = s.source_ids.find((id) => id !== "warren-2011");
      const source = data.sources.find((x) => x.id === outlet);
      if (!source || s.value === null) throw rowError(s, source ? "value" : "source_ids", "a sample size names its outlet and value", `row "${s.id}" names no outlet or no value`);
      return {id: s.id, value: s.value, reportedBy: source.publisher, sourceIds: [source.id, ...s.source_ids.filter((id) => id !== source.id)]};
    });
  if (warrenSample.length < 2) throw fileError(data.studies, "id", "the two reported Warren sample sizes", `expected 2 rows "warren-sample-size-…", found ${warrenSample.length}`);

  const fy2013 = fiscalYear(data, 2013, " (ICE's own Level 1 count, set beside TRAC's 12 percent)");
  if (fy2013.level1 === null || !fy2013.level_source_ids) throw rowError(fy2013, "level1", "required figure", "FY2013 has no Level 1 count with its sources");
  const iceFy2013 = {
    level1: fy2013.level1,
    total: fy2013.total_removals,
    level1Share: (100 * fy2013.level1) / fy2013.total_removals,
    sourceIds: [...new Set([...fy2013.level_source_ids, ...fy2013.total_source_ids])]
  };
  const percentSources = citations(data, percentRows.flatMap((r) => r.sourceIds));
  const monthlySources = citations(data, monthlyRows.flatMap((r) => r.sourceIds));
  return {
    groups,
    figures,
    percentages: {rows: percentRows, sources: percentSources},
    monthly: {rows: monthlyRows, sources: monthlySources},
    warrenSample,
    iceFy2013,
    sources: citations(data, [...groups.flatMap((g) => g.sourceIds), ...Object.values(figures).flatMap((f) => f.sourceIds), ...iceFy2013.sourceIds])
  };
}
