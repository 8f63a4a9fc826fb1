// The rollout by state, at the end of a chosen month: whether none, some or
// all of a state's counties were active. That is all the per-state summary
// supports: it holds each state's first and last activation date, not a count
// per month. Outlines are us-atlas's pre-projected Albers USA states.
import * as Plot from "@observablehq/plot";
import * as topojson from "topojson-client";
import {html} from "htl";
import type {Topology, GeometryCollection} from "topojson-specification";
import type {Feature, FeatureCollection, Geometry} from "geojson";
import type {StateRow} from "../lib/chart-data/spread.js";
import {ROLLOUT_COLORS, SECONDARY_COLOR} from "./palette.js";

export type RolloutStatus = "none" | "some" | "all" | "no-data";

export const STATUS_LABELS: Record<RolloutStatus, string> = {
  none: "No county active yet",
  some: "Some counties active",
  all: "All counties active",
  "no-data": "No data"
};

export interface RolloutMapData {
  months: string[];
  states: StateRow[];
  /** us-states.json: the states as TopoJSON, with names in their properties. */
  outline: Topology;
}

export interface RolloutMapOptions {
  width: number;
  /** YYYY-MM; defaults to the last month. */
  month?: string;
}

type StateFeature = Feature<Geometry, {name: string}> & {id?: string | number};

/** Whether a state had none, some or all of its (dated) counties active at the end of `month`. */
export function stateStatus(row: StateRow | undefined, month: string): RolloutStatus {
  if (!row) return "no-data";
  if (month < row.firstMonth) return "none";
  if (month >= row.lastMonth) return "all";
  return "some";
}

/** The month to show: `month` if the data has it, else the last month. */
export function selectedMonth(months: string[], month: string | undefined): string {
  return month !== undefined && months.includes(month) ? month : months[months.length - 1] ?? "";
}

// The outline never changes while the month slider moves: convert it once per outline.
const features = new WeakMap<Topology, FeatureCollection<Geometry, {name: string}>>();

export function stateFeatures(outline: Topology): FeatureCollection<Geometry, {name: string}> {
  let collection = features.get(outline);
  if (!collection) {
    collection = topojson.feature(outline, outline.objects.states as GeometryCollection<{name: string}>) as FeatureCollection<Geometry, {name: string}>;
    features.set(outline, collection);
  }
  return collection;
}

/** State names by FIPS, from the atlas. */
export function stateNames(outline: Topology): Map<string, string> {
  return new Map(stateFeatures(outline).features.map((f) => [String((f as StateFeature).id), f.properties.name]));
}

export interface StatusCount {
  status: RolloutStatus;
  count: number;
}

/** How many states (of the data's rows) are in each status at the end of `month`. */
export function statusCounts(states: StateRow[], month: string): StatusCount[] {
  return (["none", "some", "all"] as const).map((status) => ({status, count: states.filter((s) => stateStatus(s, month) === status).length}));
}

export function rolloutMap(data: RolloutMapData, {width, month}: RolloutMapOptions): HTMLElement {
  const m = selectedMonth(data.months, month);
  const byFips = new Map(data.states.map((s) => [s.fips, s]));
  const collection = stateFeatures(data.outline);
  const statusOf = (f: StateFeature) => stateStatus(byFips.get(String(f.id)), m);
  const present = new Set(collection.features.map((f) => statusOf(f as StateFeature)));
  const statuses = (["none", "some", "all", "no-data"] as const).filter((s) => s !== "no-data" || present.has(s));
  const legend = html`<div class="rollout-legend">${statuses.map(
    (s) => html`<span class="rollout-key"><svg width="14" height="14" aria-hidden="true"><rect x="0.5" y="0.5" width="13" height="13" fill=${ROLLOUT_COLORS[s]} stroke=${SECONDARY_COLOR}></rect></svg>${STATUS_LABELS[s]}</span>`
  )}</div>`;
  // The map reads best no wider than about 760 px; the frame may be wider.
  const w = Math.min(width, 760);
  const plot = Plot.plot({
    width: w,
    height: Math.round(w * 0.63),
    margin: 4,
    projection: {type: "identity", domain: collection},
    marks: [
      Plot.geo(collection, {
        fill: (f: StateFeature) => ROLLOUT_COLORS[statusOf(f)],
        stroke: SECONDARY_COLOR,
        strokeWidth: 0.75,
        title: (f: StateFeature) => `${f.properties.name}: ${STATUS_LABELS[statusOf(f)].toLowerCase()}`
      })
    ]
  });
  return html`<div class="rollout-map" data-month=${m}>${legend}${plot}</div>` as HTMLElement;
}
