// The shape of data/opt-out.json: what the opt-out loader (src/data/lib/opt-out.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation} from "./common.js";
import type {Rows} from "../rows.js";

export type EventCategory = Rows["timeline"]["category"];

/** A source as an event links it: its id and publisher. */
export interface EventSource {
  id: string;
  publisher: string;
}

export interface OptOutEvent {
  date: string;
  precision: string;
  event: string;
  category: EventCategory;
  sourceIds: string[];
  sources: EventSource[];
  quote: string | null;
  note: string | null;
  /** The marker number on the chart, for key events; null for the others. */
  n: number | null;
}

export interface CurveMonth {
  month: string;
  /** The month's last day: the cumulative count is a month-end count. */
  monthEnd: string;
  counties: number;
}

export interface OptOutChart {
  curve: CurveMonth[];
  events: OptOutEvent[];
  /** The month-end count for the month of the Sept 28, 2010 votes. */
  atVotes: {month: string; counties: number; sourceIds: string[]};
  /** The curve's last month and count: the data stop there. */
  last: {month: string; counties: number; sourceIds: string[]};
  sources: Citation[];
}

export interface PlaceVote {
  place: string;
  state: string;
  activated: string;
  activatedSourceIds: string[];
  /** Days from activation to the vote: computed. */
  daysBefore: number;
  reported: string | null;
  reportedSourceIds: string[] | null;
  reportedText: string | null;
  vote: OptOutEvent;
}

export interface Quoted {
  text: string;
  date: string;
  sourceIds: string[];
}

export interface OptOut {
  chart: OptOutChart;
  /** Every event of sc_timeline.csv, in date order. */
  events: OptOutEvent[];
  places: PlaceVote[];
  quotes: {notRealistic: Quoted; notCooperation: Quoted; napolitano: Quoted};
}
