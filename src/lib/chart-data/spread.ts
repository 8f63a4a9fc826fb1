// The shape of data/spread.json: what the spread loader (src/data/lib/spread.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, Qualifier} from "./common.js";
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
