// The levels page's "which snapshot" control (and the headline's guided
// steps): three published snapshots, June 2010, March 2011 and March 2012,
// each counted in full, with how every computed count was computed.
import type {SnapshotCount, SnapshotCounts, SnapshotFigure} from "../../lib/chart-data/levels.js";
import type {Dataset, Snapshot} from "./dataset.js";
import {snapshot} from "./figures.js";
import {citations, uniqueIds as unique} from "./cite.js";
import {approximatePart, percentOf, remainder} from "../../lib/shares.js";
import {formatCount as fmt, formatFigure} from "../../lib/format.js";

/** A figure as its source states it: "about 183,000", "about 74%". */
const stated = (s: Snapshot) => formatFigure(s.value, s.qualifier, s.unit);

// Field order kept as the JSON has always printed it (value, qualifier, how, sourceIds).
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
