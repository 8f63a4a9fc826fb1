// How Secure Communities spread: the county dataset's activations by month
// and by state, ICE's and the press's own counts of activated "jurisdictions"
// (a different unit), and the activation dates of the places in the story.
import {monthEnd} from "../../lib/dates.js";
import * as aq from "arquero";
import type {Dataset, Qualifier} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {countyCentres, usStates} from "./us-states.js";
import type {Topology} from "topojson-specification";

export interface RolloutMonth {
  /** YYYY-MM */
  month: string;
  /** The month's last day, YYYY-MM-DD: the cumulative count is as of this day. */
  monthEnd: string;
  newCounties: number;
  cumulative: number;
}

export interface ReportedCount {
  asOf: string;
  datePrecision: string;
  /** A day to plot the count at: the day itself, or the 15th for a month-only date. */
  plotDate: string;
  value: number;
  qualifier: Qualifier;
  unit: "jurisdictions" | "counties" | "locations";
  states: number | null;
  sourceIds: string[];
  note: string | null;
}

export interface PlaceMark {
  place: string;
  state: string;
  fips: string;
  /** The county dataset's date. */
  activated: string;
  sourceIds: string[];
  /** Another source's date, possibly partial. */
  reported: string | null;
  reportedSourceIds: string[];
  reportedText: string | null;
  /** True when `reported` names a different day (or, for a month-only date, a different month) than `activated`. */
  conflict: boolean;
  note: string | null;
}

/** A dated ICE count set beside the county count at the same month end. */
export interface Comparison {
  date: string;
  reported: number;
  qualifier: Qualifier;
  unit: string;
  counties: number;
  sourceIds: string[];
}

export interface Rollout {
  /** First and last activation days in the county dataset. */
  periodStart: string;
  periodEnd: string;
  months: RolloutMonth[];
  /** The last cumulative value: every county with an activation date. */
  total: number;
  /** Counts reported as of a date: the points on the chart. */
  reported: ReportedCount[];
  /**
   * The pilot's size (the row marked "pilot"): 14 jurisdictions in a pilot that
   * began in October 2008. It is not a count on a date (the county data have 1
   * county in October and 14 by December 2008), so it is kept off the chart.
   */
  pilot: ReportedCount | null;
  /** Counties activated by the end of the pilot's first month, and the first month the county data reach the pilot's size. */
  pilotCounties: {firstMonth: RolloutMonth; reachedMonth: RolloutMonth | null} | null;
  /** Day-dated ICE counts that fall on a month end, beside the dataset's count for that month. */
  comparisons: Comparison[];
  places: PlaceMark[];
  countySourceIds: string[];
  sources: Citation[];
}

export interface StateRow {
  fips: string;
  counties: number;
  countiesWithDate: number;
  first: string;
  last: string;
  /** YYYY-MM of the first and last activation. */
  firstMonth: string;
  lastMonth: string;
  /** Counties active at the end of each month of StateRollout.months, in the same order. */
  active: number[];
  sourceIds: string[];
}

/** A place of the story, marked on the map at its county's centre (pre-projected Albers USA pixels). */
export interface MapMarker {
  place: string;
  state: string;
  fips: string;
  x: number;
  y: number;
  activated: string;
  sourceIds: string[];
}

export interface StateRollout {
  periodStart: string;
  periodEnd: string;
  /** Every month of the rollout, YYYY-MM, in order: the slider's stops. */
  months: string[];
  states: StateRow[];
  /** Counties active nationally at the end of each month, the sum over states (equal to the county rollout's cumulative count). */
  national: number[];
  markers: MapMarker[];
  /** The state outlines (us-atlas, Albers USA) as TopoJSON, so the map renders from this object alone. */
  outline: Topology;
  sources: Citation[];
}

export interface Spread {
  rollout: Rollout;
  states: StateRollout;
  /** Sources of the places named in the prose (Virginia, DC, Cook County too). */
  places: PlaceMark[];
}

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
const MAP_PLACES = ["06075", "06085", "51013", "11001"];

export function spread(data: Dataset, outline: Topology = usStates(), centres: Map<string, [number, number]> = countyCentres(MAP_PLACES)): Spread {
  const months = aq
    .from(data.countyActivations)
    .orderby("month")
    .objects()
    .map((r) => {
      const row = r as (typeof data.countyActivations)[number];
      return {month: row.month, monthEnd: monthEnd(row.month), newCounties: row.counties_newly_activated, cumulative: row.cumulative_counties_activated};
    });
  if (months.length === 0) throw new Error("data/sc_county_activations_monthly.csv has no rows");
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
  if (pilots.length > 1) throw new Error(`data/sc_jurisdictions_reported.csv: more than one row marked "pilot"`);
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
    if (!p) throw new Error(`data/sc_place_activations.csv has no place with FIPS ${fips}`);
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
    if (!p || !c) throw new Error(`no place or county outline with FIPS ${fips} for the map`);
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
