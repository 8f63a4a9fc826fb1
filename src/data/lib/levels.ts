// The "What ICE counted" page: ICE's categories defined, the share of
// Secure Communities removals with no conviction in each published snapshot,
// the removals by conviction ICE released for Oct 2008 – Feb 2011, and the
// Level 2 / Level 3 split of bookings (Oct 2008 – Feb 2011). The sources we
// found give no Level 2 / Level 3 split of the June 2010 removals.
// and the only sourced Level 2 / Level 3 split (bookings, Oct 2008 – Feb 2011).
import type {ShareBasis, ShareSnapshot, ShareSnapshots, Booking, Bookings, LevelsPage, LevelSplit, SeriousData, SnapshotFigure, SnapshotCount, SnapshotCounts, RemovalsByConviction} from "../../lib/chart-data/levels.js";
export type {ShareBasis, ShareSnapshot, ShareSnapshots, Booking, Bookings, LevelsPage, LevelSplit, SeriousData, SnapshotFigure, SnapshotCount, SnapshotCounts, RemovalsByConviction};
import {fileError, rowError} from "./data-error.js";
import {fiscalYear, snapshot} from "./figures.js";
import * as aq from "arquero";
import {op} from "arquero";
import type {Dataset, Snapshot} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {approximatePart, levelBreakdown, percentOf, remainder} from "../../lib/shares.js";
import {formatCount, formatFigure, formatPeriod} from "../../lib/format.js";








/** The source's own words for a figure, checked to appear in one of its sources' quotes. */
export function sourceWords(data: Dataset, s: Snapshot, words: string): string {
  const quotes = data.sources.filter((src) => s.source_ids.includes(src.id)).map((src) => src.quote ?? "");
  if (!quotes.some((q) => q.includes(words))) {
    throw rowError(s, "source_ids", "a quote carries its figure", `the words "${words}" for figure "${s.id}" are not in the quote of any of its sources (${s.source_ids.join(", ")})`);
  }
  return words;
}

const unique = (...lists: string[][]) => [...new Set(lists.flat())];

/** The published snapshots of the no-conviction share, in order of the end of the period each covers. */
export function shareSnapshots(data: Dataset): ShareSnapshots {
  const junRemoved = snapshot(data, "jun2010-removed");
  const junNonCriminal = snapshot(data, "jun2010-non-criminal");
  const advocates = snapshot(data, "aug2010-advocates-non-criminal-share");
  const jul = snapshot(data, "jul2010-not-convicted-share");
  const marDeported = snapshot(data, "mar2011-deported");
  const marConvicted = snapshot(data, "mar2011-convicted-deported");
  const springDeported = snapshot(data, "spring2011-deported");
  const springShare = snapshot(data, "spring2011-no-conviction-share");
  const gaoRemoved = snapshot(data, "gao-2012-removed");
  const gaoConvicted = snapshot(data, "gao-2012-convicted-share");
  const febRemoved = snapshot(data, "feb2011-removed");
  const febNonCriminal = snapshot(data, "feb2011-removed-non-criminal");
  const sun = snapshot(data, "feb2014-no-record-share");

  const marNotConvicted = remainder(marDeported.value, marConvicted.value);
  const rows: ShareSnapshot[] = [
    {
      id: junNonCriminal.id,
      source: "ICE via AP",
      periodStart: junRemoved.period_start,
      periodEnd: junRemoved.period_end,
      share: percentOf(junNonCriminal.value, junRemoved.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: ${fmt(junNonCriminal.value)} “non-criminal” ÷ ${fmt(junRemoved.value)} removed`,
      removed: junRemoved.value,
      removedQualifier: junRemoved.qualifier,
      population: junRemoved.population,
      flag: null,
      sourceIds: unique(junRemoved.source_ids, junNonCriminal.source_ids)
    },
    {
      id: advocates.id,
      source: "Advocates",
      periodStart: advocates.period_start,
      periodEnd: advocates.period_end,
      share: advocates.value,
      basis: "words",
      qualifier: advocates.qualifier,
      words: sourceWords(data, advocates, "an average of 26 percent"),
      how: "stated by the source as a share (“an average of”)",
      removed: null,
      removedQualifier: null,
      population: advocates.population,
      flag:
        `The same release, rounded: reported as “${sourceWords(data, advocates, "an average of 26 percent")}” (Austin Examiner) ` +
        `and as “${sourceWords(data, advocates, "26 percent of all those deported nationwide")}” (SF Weekly).`,
      sourceIds: advocates.source_ids
    },
    {
      id: jul.id,
      source: "Washington Post",
      periodStart: jul.period_start,
      periodEnd: jul.period_end,
      share: jul.value,
      basis: "words",
      qualifier: jul.qualifier,
      words: sourceWords(data, jul, "a quarter"),
      how: "stated by the source in words",
      removed: null,
      removedQualifier: null,
      population: jul.population,
      flag: `The Post dated only its county figures (“${sourceWords(data, jul, "through the end of July")}”); for the national share it said only that “${sourceWords(data, jul, "government statistics show")}”. Shown at the article's date.`,
      sourceIds: jul.source_ids
    },
    {
      id: febNonCriminal.id,
      source: "ICE via Viva Colorado",
      periodStart: febRemoved.period_start,
      periodEnd: febRemoved.period_end,
      share: percentOf(febNonCriminal.value, febRemoved.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: ${fmt(febNonCriminal.value)} who “${sourceWords(data, febNonCriminal, "did not fall under the three levels")}” ÷ ${fmt(febRemoved.value)} deported`,
      removed: febRemoved.value,
      removedQualifier: febRemoved.qualifier,
      population: febRemoved.population,
      flag: null,
      sourceIds: unique(febRemoved.source_ids, febNonCriminal.source_ids)
    },
    {
      id: marDeported.id,
      source: "ICE via SF Chronicle",
      periodStart: marDeported.period_start,
      periodEnd: marDeported.period_end,
      share: percentOf(marNotConvicted, marDeported.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: (${fmt(marDeported.value)} deported − ${fmt(marConvicted.value)} convicted) ÷ ${fmt(marDeported.value)}`,
      removed: marDeported.value,
      removedQualifier: marDeported.qualifier,
      population: marDeported.population,
      flag: null,
      sourceIds: unique(marDeported.source_ids, marConvicted.source_ids)
    },
    {
      id: springShare.id,
      source: "Pew Stateline",
      periodStart: springShare.period_start,
      periodEnd: springShare.period_end,
      share: springShare.value,
      basis: "words",
      qualifier: springShare.qualifier,
      words: sourceWords(data, springShare, "three out of 10"),
      how: "stated by the source in words",
      removed: springDeported.value,
      removedQualifier: springDeported.qualifier,
      population: springShare.population,
      flag: "The period's end is approximate: “spring 2011”.",
      sourceIds: unique(springShare.source_ids, springDeported.source_ids)
    },
    {
      id: gaoConvicted.id,
      source: "GAO",
      periodStart: gaoConvicted.period_start,
      periodEnd: gaoConvicted.period_end,
      share: remainder(100, gaoConvicted.value),
      basis: "complement",
      qualifier: gaoConvicted.qualifier,
      words: null,
      how: `computed: 100 − the “${gaoQuote(gaoConvicted)}” with a conviction (an approximate figure)`,
      removed: gaoRemoved.value,
      removedQualifier: gaoRemoved.qualifier,
      population: gaoConvicted.population,
      flag: null,
      sourceIds: unique(gaoConvicted.source_ids, gaoRemoved.source_ids)
    },
    {
      id: sun.id,
      source: "Baltimore Sun",
      periodStart: sun.period_start,
      periodEnd: sun.period_end,
      share: sun.value,
      basis: "words",
      qualifier: sun.qualifier,
      words: sourceWords(data, sun, "20 percent"),
      how: "stated by the source, from its own analysis of government data",
      removed: null,
      removedQualifier: null,
      population: sun.population,
      flag: "The Sun did not say where its period ends; shown at the article's date.",
      sourceIds: sun.source_ids
    }
  ];
  const ordered = aq.from(rows).orderby("periodEnd").objects() as ShareSnapshot[];
  return {rows: ordered, sources: citations(data, ordered.flatMap((r) => r.sourceIds))};
}

function gaoQuote(s: Snapshot): string {
  return `${s.qualifier === "about" ? "about " : ""}${s.value}%`;
}

const fmt = formatCount;

function span(s: Snapshot): string {
  return formatPeriod(s.period_start, s.period_end);
}

/** People booked into ICE custody through Secure Communities, Oct 2008 – Feb 2011, by ICE category. */
export function bookings(data: Dataset): Bookings {
  const nonCriminal = snapshot(data, "feb2011-booked-non-criminal");
  const level2 = snapshot(data, "feb2011-booked-level2");
  const level3 = snapshot(data, "feb2011-booked-level3");
  const sourceIds = unique(nonCriminal.source_ids, level2.source_ids, level3.source_ids);
  const rows: Booking[] = [
    {key: "non-criminal", label: "Non-criminal", count: nonCriminal.value, sourceIds: nonCriminal.source_ids},
    {key: "level1", label: "Level 1", count: null, sourceIds: []},
    {key: "level2", label: "Level 2", count: level2.value, sourceIds: level2.source_ids},
    {key: "level3", label: "Level 3", count: level3.value, sourceIds: level3.source_ids}
  ];
  const levels = aq
    .from([level2, level3].map((s) => ({id: s.id, value: s.value})))
    .derive({share: (d: {value: number}) => (100 * d.value) / op.sum(d.value)})
    .objects() as {id: string; value: number; share: number}[];
  return {
    periodStart: nonCriminal.period_start,
    periodEnd: nonCriminal.period_end,
    population: "people booked into ICE custody through Secure Communities (bookings, not removals)",
    rows,
    level2: level2.value,
    level3: level3.value,
    level3ShareOfLevels23: levels.find((d) => d.id === level3.id)!.share,
    sourceIds,
    sources: citations(data, sourceIds)
  };
}

export function levels(data: Dataset): LevelsPage {
  const removed = snapshot(data, "jun2010-removed");
  const nonCriminal = snapshot(data, "jun2010-non-criminal");
  const level1 = snapshot(data, "jun2010-level1");
  const b = levelBreakdown({removed: removed.value, nonCriminal: nonCriminal.value, level1: level1.value});
  const thompson = snapshot(data, "gao-2012-not-convicted-share-thompson");
  const gaoConvicted = snapshot(data, "gao-2012-convicted-share");
  const terms = ["non-criminal", "Level 1", "Level 2", "Level 3"];
  return {
    june2010: {
      periodStart: removed.period_start!,
      periodEnd: removed.period_end,
      removed: b.removed,
      nonCriminal: b.nonCriminal,
      level1: b.level1,
      levels23: b.levels23,
      nonCriminalShare: b.nonCriminalShare,
      sourceIds: unique(removed.source_ids, nonCriminal.source_ids, level1.source_ids)
    },
    gaoWords: {value: thompson.value, qualifier: thompson.qualifier, words: sourceWords(data, thompson, "over one-quarter"), sourceIds: thompson.source_ids},
    gaoConvicted: {value: gaoConvicted.value, qualifier: gaoConvicted.qualifier, sourceIds: gaoConvicted.source_ids},
    definitions: terms.map((term) => {
      const d = data.definitions.find((x) => x.term === term);
      if (!d) throw fileError(data.definitions, "term", "required term", `no term "${term}"`);
      return {term: d.term, definition: d.definition, sourceIds: d.source_ids};
    }),
    shares: shareSnapshots(data),
    bookings: bookings(data),
    serious: seriousData(data),
    snapshots: snapshotCounts(data)
  };
}

// ---------------------------------------------------------------------------
// The page's controls: "What counts as criminal" and "Which snapshot".


/** ICE's removals to Feb 2011 by conviction, as released on March 7, 2011 (data/sc_snapshots.csv). */
export function removalsByConviction(data: Dataset): RemovalsByConviction {
  const removed = snapshot(data, "feb2011-removed");
  const nonCriminal = snapshot(data, "feb2011-removed-non-criminal");
  const misdemeanor = snapshot(data, "feb2011-removed-misdemeanor");
  const none = nonCriminal.value + misdemeanor.value;
  return {
    periodStart: removed.period_start,
    periodEnd: removed.period_end,
    published: removed.published,
    removed: removed.value,
    nonCriminal: nonCriminal.value,
    misdemeanor: misdemeanor.value,
    moreThanMisdemeanor: remainder(removed.value, none),
    noneOrMisdemeanorShare: percentOf(none, removed.value),
    nonCriminalShare: percentOf(nonCriminal.value, removed.value),
    sourceIds: unique(removed.source_ids, nonCriminal.source_ids, misdemeanor.source_ids)
  };
}






/** The Level 2 / Level 3 split of all ICE removals in a fiscal year (data/ice_removals_fy.csv). */
export function fiscalYearSplit(data: Dataset, fy: number): LevelSplit {
  const row = fiscalYear(data, fy, ", whose Level 2 / Level 3 counts are used");
  if (row.level2 === null || row.level3 === null || !row.level_source_ids) {
    throw rowError(row, row.level2 === null ? "level2" : row.level3 === null ? "level3" : "level_source_ids", "required value", `FY${fy} has no Level 2 / Level 3 counts with their sources`);
  }
  return {
    label: `all ICE removals, FY${fy}`,
    periodStart: `${fy - 1}-10-01`,
    periodEnd: `${fy}-09-30`,
    population: `convicted people removed by ICE in FY${fy}, all programs (ICE threat levels), not only Secure Communities`,
    level2: row.level2,
    level3: row.level3,
    level3Share: percentOf(row.level3, row.level2 + row.level3),
    sourceIds: row.level_source_ids
  };
}

export function seriousData(data: Dataset): SeriousData {
  const removed = snapshot(data, "jun2010-removed");
  const nonCriminal = snapshot(data, "jun2010-non-criminal");
  const level1 = snapshot(data, "jun2010-level1");
  const b = levelBreakdown({removed: removed.value, nonCriminal: nonCriminal.value, level1: level1.value});
  const booked = bookings(data);
  const fy2013 = fiscalYearSplit(data, 2013);
  const feb2011 = removalsByConviction(data);
  const sourceIds = unique(removed.source_ids, nonCriminal.source_ids, level1.source_ids);
  return {
    periodStart: removed.period_start!,
    periodEnd: removed.period_end,
    removed: b.removed,
    nonCriminal: b.nonCriminal,
    level1: b.level1,
    levels23: b.levels23,
    sourceIds,
    bookings: {
      label: "Secure Communities bookings into ICE custody",
      periodStart: booked.periodStart,
      periodEnd: booked.periodEnd,
      population: booked.population,
      level2: booked.level2,
      level3: booked.level3,
      level3Share: booked.level3ShareOfLevels23,
      sourceIds: booked.sourceIds
    },
    fy2013,
    removalsFeb2011: feb2011,
    sources: citations(data, [...sourceIds, ...booked.sourceIds, ...fy2013.sourceIds, ...feb2011.sourceIds])
  };
}

/** A figure as its source states it: "about 183,000", "about 74%". */
const stated = (s: Snapshot) => formatFigure(s.value, s.qualifier, s.unit);

const sourced = (s: Snapshot): SnapshotFigure => ({value: s.value, qualifier: s.qualifier, how: null, sourceIds: s.source_ids});

/** The three snapshots a reader can choose: June 2010, March 2011, March 2012. */
export function snapshotCounts(data: Dataset): SnapshotCounts {
  // June 2010: ICE's counts (removed, non-criminal).
  const junRemoved = snapshot(data, "jun2010-removed");
  const junNon = snapshot(data, "jun2010-non-criminal");
  const junIds = unique(junRemoved.source_ids, junNon.source_ids);
  const junConvicted = remainder(junRemoved.value, junNon.value);
  // March 2011: deported, and convicted and deported (SF Chronicle).
  const marDeported = snapshot(data, "mar2011-deported");
  const marConvicted = snapshot(data, "mar2011-convicted-deported");
  const marIds = unique(marDeported.source_ids, marConvicted.source_ids);
  const marNot = remainder(marDeported.value, marConvicted.value);
  // March 2012: GAO's "about 183,000" removed, "about 74 percent" with a conviction.
  const gaoRemoved = snapshot(data, "gao-2012-removed");
  const gaoShare = snapshot(data, "gao-2012-convicted-share");
  const gaoIds = unique(gaoRemoved.source_ids, gaoShare.source_ids);
  // The counts can be no more precise than "about 183,000": rounded to its last non-zero place (thousands).
  const precision = 1000;
  const gaoConvictedCount = approximatePart(gaoRemoved.value, gaoShare.value, precision);
  const gaoNot = remainder(gaoRemoved.value, gaoConvictedCount);
  const gaoNotShare = remainder(100, gaoShare.value);
  const rounded = `rounded to the nearest ${fmt(precision)}`;
  const rows: SnapshotCount[] = [
    {
      key: junRemoved.period_end.slice(0, 7),
      source: "ICE via AP",
      periodStart: junRemoved.period_start,
      periodEnd: junRemoved.period_end,
      verb: "removed",
      population: junRemoved.population,
      removed: sourced(junRemoved),
      convicted: {value: junConvicted, qualifier: "exact", how: `${fmt(junRemoved.value)} removed − ${fmt(junNon.value)} “non-criminal”`, sourceIds: junIds},
      notConvicted: sourced(junNon),
      notConvictedShare: {value: percentOf(junNon.value, junRemoved.value), qualifier: "exact", how: `${fmt(junNon.value)} ÷ ${fmt(junRemoved.value)}`, sourceIds: junIds},
      convictedShare: {value: percentOf(junConvicted, junRemoved.value), qualifier: "exact", how: `${fmt(junConvicted)} ÷ ${fmt(junRemoved.value)}`, sourceIds: junIds},
      sourceIds: junIds
    },
    {
      key: marDeported.period_end.slice(0, 7),
      source: "ICE via SF Chronicle",
      periodStart: marDeported.period_start,
      periodEnd: marDeported.period_end,
      verb: "deported",
      population: marDeported.population,
      removed: sourced(marDeported),
      convicted: sourced(marConvicted),
      notConvicted: {value: marNot, qualifier: "exact", how: `${fmt(marDeported.value)} deported − ${fmt(marConvicted.value)} convicted`, sourceIds: marIds},
      notConvictedShare: {value: percentOf(marNot, marDeported.value), qualifier: "exact", how: `${fmt(marNot)} ÷ ${fmt(marDeported.value)}`, sourceIds: marIds},
      convictedShare: {value: percentOf(marConvicted.value, marDeported.value), qualifier: "exact", how: `${fmt(marConvicted.value)} ÷ ${fmt(marDeported.value)}`, sourceIds: marIds},
      sourceIds: marIds
    },
    {
      key: gaoRemoved.period_end.slice(0, 7),
      source: "GAO",
      periodStart: gaoRemoved.period_start,
      periodEnd: gaoRemoved.period_end,
      verb: "removed",
      population: gaoRemoved.population,
      removed: sourced(gaoRemoved),
      convicted: {value: gaoConvictedCount, qualifier: "about", how: `${stated(gaoRemoved)} × ${stated(gaoShare)}, ${rounded}: an approximate figure`, sourceIds: gaoIds},
      notConvicted: {value: gaoNot, qualifier: "about", how: `${stated(gaoRemoved)} − about ${fmt(gaoConvictedCount)} with a conviction, ${rounded}: an approximate figure`, sourceIds: gaoIds},
      notConvictedShare: {value: gaoNotShare, qualifier: "about", how: `100 − the ${stated(gaoShare)} with a conviction: an approximate figure`, sourceIds: gaoIds},
      convictedShare: sourced(gaoShare),
      sourceIds: gaoIds
    }
  ];
  return {rows, sources: citations(data, rows.flatMap((r) => r.sourceIds))};
}

