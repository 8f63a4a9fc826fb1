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
  reported: ReportedCount[];
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
  sourceIds: string[];
}

export interface StateRollout {
  periodStart: string;
  periodEnd: string;
  /** Every month of the rollout, YYYY-MM, in order: the slider's stops. */
  months: string[];
  states: StateRow[];
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
