// The levels page's "what counts as criminal" control: the June 2010
// breakdown, with the Level 2 / Level 3 splits a reader can apply to it
// (bookings to Feb 2011, all ICE removals in FY2013) and ICE's Feb 2011
// removals by conviction.
import type {Bookings, LevelSplit, RemovalsByConviction, SeriousData} from "../../lib/chart-data/levels.js";
import {rowError} from "./data-error.js";
import type {Dataset} from "./dataset.js";
import {fiscalYear, snapshot} from "./figures.js";
import {citations, uniqueIds as unique} from "./cite.js";
import type {June2010} from "./june2010.js";
import {percentOf, remainder} from "../../lib/shares.js";

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

/** The control's data, from the June 2010 breakdown and the bookings split (computed once by the page's loader). */
export function seriousData(data: Dataset, june: June2010, booked: Bookings): SeriousData {
  const {counts, sourceIds} = june;
  const fy2013 = fiscalYearSplit(data, 2013);
  const feb2011 = removalsByConviction(data);
  return {
    ...counts,
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
