// How Secure Communities spread: the county dataset's activations by month
// and by state, ICE's and the press's own counts of activated "jurisdictions"
// (a different unit), and the activation dates of the places in the story.
import type {RolloutMonth, ReportedCount, PlaceMark, Comparison, Rollout, StateRow, StateRollout, Spread, MapMarker} from "../../lib/chart-data/spread.js";
export type {RolloutMonth, ReportedCount, PlaceMark, Comparison, Rollout, StateRow, StateRollout, Spread, MapMarker};
import {fileError} from "./data-error.js";
import {monthEnd} from "../../lib/dates.js";
import * as aq from "arquero";
import type {Dataset, Qualifier} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {countyCentres, usStates} from "./us-states.js";
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
/** Places marked on the map: Santa Clara, Arlington, San Francisco and the District of Columbia. */
export const MAP_PLACES = ["06075", "06085", "51013", "11001"];

export function spread(data: Dataset, outline: Topology = usStates(), centres: Map<string, [number, number]> = countyCentres(MAP_PLACES)): Spread {
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

  const allReported: ReportedCount[] = aq
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
  // The row marked "pilot" in data/ gives the pilot's size, not a count on its date.
  const isPilot = (r: ReportedCount) => /^pilot\b/i.test(r.note ?? "");
  const pilots = allReported.filter(isPilot);
  if (pilots.length > 1) throw fileError(data.jurisdictions, "note", "one pilot row", `${pilots.length} rows have a note starting "pilot"`);
  const pilot = pilots[0] ?? null;
  const reported = allReported.filter((r) => !isPilot(r));
  const pilotCounties = pilot
    ? {firstMonth: months.find((m) => m.month === pilot.asOf.slice(0, 7)) ?? months[0], reachedMonth: months.find((m) => m.cumulative >= pilot.value) ?? null}
    : null;
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

  const monthList = months.map((m) => m.month);
  const activeByState = new Map<string, Map<string, number>>();
  for (const r of data.stateCountiesMonthly) {
    let m = activeByState.get(r.state_fips);
    if (!m) activeByState.set(r.state_fips, (m = new Map()));
    m.set(r.month, r.counties_active);
  }
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
        active: monthList.map((m) => activeByState.get(s.state_fips)?.get(m) ?? 0),
        sourceIds: s.source_ids
      };
    });
  const periodStart = states.reduce((a, s) => (s.first < a ? s.first : a), states[0]?.first ?? months[0].monthEnd);
  const periodEnd = states.reduce((a, s) => (s.last > a ? s.last : a), states[0]?.last ?? months[months.length - 1].monthEnd);
  const stateSourceIds = [...new Set([...data.stateActivations, ...data.stateCountiesMonthly].flatMap((s) => s.source_ids))];
  const national = monthList.map((_, i) => states.reduce((sum, s) => sum + s.active[i], 0));
  const markers: MapMarker[] = MAP_PLACES.map((fips) => {
    const p = places.find((d) => d.fips === fips);
    const c = centres.get(fips);
    if (!p || !c) throw fileError(data.placeActivations, "fips", "required place", `no place or county outline with FIPS ${fips} for the map`);
    return {place: p.place, state: p.state, fips, x: c[0], y: c[1], activated: p.activated, sourceIds: p.sourceIds};
  });

  return {
    rollout: {
      periodStart,
      periodEnd,
      months,
      total: months[months.length - 1].cumulative,
      reported,
      pilot,
      pilotCounties,
      comparisons,
      places: marked,
      countySourceIds,
      sources: citations(data, [...countySourceIds, ...allReported.flatMap((r) => r.sourceIds), ...marked.flatMap((p) => [...p.sourceIds, ...p.reportedSourceIds])])
    },
    states: {
      periodStart,
      periodEnd,
      months: monthList,
      states,
      national,
      markers,
      outline,
      sources: citations(data, stateSourceIds)
    },
    places
  };
}
