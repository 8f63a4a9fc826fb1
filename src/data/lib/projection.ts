// "If the June 2010 mix had held": the inputs of the spread page's projection.
// The county series (active counties at each month's end) through the end of
// GAO's count, ICE's June 2010 snapshot, GAO's count to March 2012, and the
// defaults derived from them: removals per active county per month in the
// program's first 20 months, and the June 2010 share with no conviction.
// Every derived number is computed here, from the rows, and printed with the
// parts it was computed from so the page can show the derivation.
import type {ProjectionFigure, Projection} from "../../lib/chart-data/projection.js";
export type {ProjectionFigure, Projection};
import {fileError} from "./data-error.js";
import {snapshot} from "./figures.js";
import * as aq from "arquero";
import type {Dataset, Snapshot} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {countyMonths, removalRate, type CountyMonth} from "../../lib/assumptions.js";
import {percentOf, remainder} from "../../lib/shares.js";

const asFigure = (s: Snapshot): ProjectionFigure => ({
  id: s.id,
  value: s.value,
  qualifier: s.qualifier,
  periodStart: s.period_start,
  periodEnd: s.period_end,
  month: s.period_end.slice(0, 7),
  population: s.population,
  sourceIds: s.source_ids
});

export function projection(data: Dataset): Projection {
  const removed = asFigure(snapshot(data, "jun2010-removed"));
  const nonCriminal = asFigure(snapshot(data, "jun2010-non-criminal"));
  const gaoRemoved = asFigure(snapshot(data, "gao-2012-removed"));
  const gaoConvicted = asFigure(snapshot(data, "gao-2012-convicted-share"));
  const end = gaoRemoved.month;
  const series = (aq.from(data.countyActivations).orderby("month").objects() as Dataset["countyActivations"])
    .filter((r) => r.month <= end)
    .map((r) => ({month: r.month, counties: r.cumulative_counties_activated}));
  if (series.length === 0) throw fileError(data.countyActivations, "month", "required month", `no month on or before ${end}`);
  if (series[series.length - 1].month !== end) throw fileError(data.countyActivations, "month", "required month", `no row for ${end}, the end of GAO's count`);
  if (!series.some((d) => d.month === removed.month)) throw fileError(data.countyActivations, "month", "required month", `no row for ${removed.month}, the end of the June 2010 snapshot`);
  const countySourceIds = [...new Set(data.countyActivations.flatMap((r) => r.source_ids))];
  const snapshotIds = [...new Set([...removed.sourceIds, ...nonCriminal.sourceIds])];
  const gaoIds = [...new Set([...gaoRemoved.sourceIds, ...gaoConvicted.sourceIds])];

  const early = countyMonths(series, removed.month);
  const all = countyMonths(series, end);
  const gaoNonConvictedShare = remainder(100, gaoConvicted.value);
  const laterRemovals = remainder(gaoRemoved.value, removed.value);
  const laterCountyMonths = all - early;
  return {
    start: series[0].month,
    end,
    series,
    countySourceIds,
    june2010: {removed, nonCriminal},
    gao: {removed: gaoRemoved, convictedShare: gaoConvicted},
    derivation: {
      removed: removed.value,
      countyMonths: early,
      from: series[0].month,
      to: removed.month,
      rate: removalRate(series, removed.value, removed.month),
      sourceIds: [...new Set([...removed.sourceIds, ...countySourceIds])]
    },
    defaultShare: percentOf(nonCriminal.value, removed.value),
    gaoNonConvictedShare,
    gaoNonConvicted: (gaoRemoved.value * gaoNonConvictedShare) / 100,
    check: {
      countyMonths: all,
      gaoRate: removalRate(series, gaoRemoved.value, end),
      laterRemovals,
      laterCountyMonths,
      laterRate: laterCountyMonths > 0 ? laterRemovals / laterCountyMonths : NaN
    },
    sources: citations(data, [...countySourceIds, ...snapshotIds, ...gaoIds])
  };
}
