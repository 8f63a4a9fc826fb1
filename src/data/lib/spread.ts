// How Secure Communities spread: the county dataset's activations by month
// and by state, ICE's and the press's own counts of activated "jurisdictions"
// (a different unit), and the activation dates of the places in the story.
import type {RolloutMonth, ReportedCount, PlaceMark, Comparison, Rollout, StateRow, StateRollout, Spread} from "../../lib/chart-data/spread.js";
export type {RolloutMonth, ReportedCount, PlaceMark, Comparison, Rollout, StateRow, StateRollout, Spread};
import {fileError} from "./data-error.js";
import {monthEnd} from "../../lib/dates.js";
import * as aq from "arquero";
import type {Dataset, Qualifier} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {usStates} from "./us-states.js";
import type {Topology} from "topojson-specification";









// Tests and the page read monthEnd from here too; it lives in lib/dates.ts.
export {monthEnd};

/** Whether a reported date (day or month precision) disagrees with a dataset day. */
export function datesConflict(activated: string, reported: string | null): boolean {
  if (reported === null) return false;
  if (reported.length === 10) return reported !== activated;
  return !activated.startsWith(reported);
}

function plotDate(asOf: string): string {
  if (asOf.length === 10) return asOf;
  if (asOf.length === 7) return `${asOf}-15`;
  return `${asOf}-07-01`;
}

const ROLLOUT_PLACES = ["06085", "51013", "06075"];

export function spread(data: Dataset, outline: Topology = usStates()): Spread {
  const months = aq
    .from(data.countyActivations)
    .orderby("month")
    .objects()
    .map((r) => {
      const row = r as (typeof data.countyActivations)[number];
      return {month: row.month, monthEnd: monthEnd(row.month), newCounties: row.counties_newly_activated, cumulative: row.cumulative_counties_activated};
    });
  if (months.length === 0) throw fileError(data.countyActivations, "month", "at least one row", "the file has no rows");
  const countySourceIds = [...new Set(data.countyActivations.flatMap((r) => r.source_ids))];
  const byMonthEnd = new Map(months.map((m) => [m.monthEnd, m]));

  const reported: ReportedCount[] = aq
    .from(data.jurisdictions)
    .orderby("as_of")
    .objects()
    .map((r) => {
      const j = r as (typeof data.jurisdictions)[number];
      return {
        asOf: j.as_of,
        datePrecision: j.date_precision,
        plotDate: plotDate(j.as_of),
        value: j.value,
        qualifier: j.qualifier,
        unit: j.unit,
        states: j.states,
        sourceIds: j.source_ids,
        note: j.note
      };
    });
  const comparisons: Comparison[] = reported
    .filter((r) => r.datePrecision === "day" && byMonthEnd.has(r.asOf))
    .map((r) => ({date: r.asOf, reported: r.value, qualifier: r.qualifier, unit: r.unit, counties: byMonthEnd.get(r.asOf)!.cumulative, sourceIds: r.sourceIds}));

  const places: PlaceMark[] = data.placeActivations.map((p) => ({
    place: p.place,
    state: p.state,
    fips: p.fips,
    activated: p.activated,
    sourceIds: p.source_ids,
    reported: p.reported,
    reportedSourceIds: p.reported_source_ids ?? [],
    reportedText: p.reported_text,
    conflict: datesConflict(p.activated, p.reported),
    note: p.note
  }));
  const marked = ROLLOUT_PLACES.map((fips) => {
    const p = places.find((d) => d.fips === fips);
    if (!p) throw fileError(data.placeActivations, "fips", "required place", `no place with FIPS ${fips}`);
    return p;
  });

  const states: StateRow[] = aq
    .from(data.stateActivations)
    .orderby("state_fips")
    .objects()
    .map((r) => {
      const s = r as (typeof data.stateActivations)[number];
      return {
        fips: s.state_fips,
        counties: s.counties,
        countiesWithDate: s.counties_with_activation_date,
        first: s.first_county_activated,
        last: s.last_county_activated,
        firstMonth: s.first_county_activated.slice(0, 7),
        lastMonth: s.last_county_activated.slice(0, 7),
        sourceIds: s.source_ids
      };
    });
  const periodStart = states.reduce((a, s) => (s.first < a ? s.first : a), states[0]?.first ?? months[0].monthEnd);
  const periodEnd = states.reduce((a, s) => (s.last > a ? s.last : a), states[0]?.last ?? months[months.length - 1].monthEnd);
  const stateSourceIds = [...new Set(data.stateActivations.flatMap((s) => s.source_ids))];

  return {
    rollout: {
      periodStart,
      periodEnd,
      months,
      total: months[months.length - 1].cumulative,
      reported,
      comparisons,
      places: marked,
      countySourceIds,
      sources: citations(data, [...countySourceIds, ...reported.flatMap((r) => r.sourceIds), ...marked.flatMap((p) => [...p.sourceIds, ...p.reportedSourceIds])])
    },
    states: {
      periodStart,
      periodEnd,
      months: months.map((m) => m.month),
      states,
      outline,
      sources: citations(data, stateSourceIds)
    },
    places
  };
}
