// The rollout by state, at the end of a chosen month: each state shaded by the
// share of its counties (those with an activation date) where Secure
// Communities was active, on a stepped sequential scale, with the places of
// the story marked. Outlines are us-atlas's pre-projected Albers USA states,
// drawn with d3 once; moving to another month only changes fills and titles
// in place (setMapMonth), so the month slider stays within one frame.
import * as d3 from "d3";
import * as topojson from "topojson-client";
import {html} from "htl";
import type {Topology, GeometryCollection} from "topojson-specification";
import type {Feature, FeatureCollection, Geometry} from "geojson";
import type {MapMarker, StateRow} from "../lib/chart-data/spread.js";
import {MAP_SHARE_COLORS, MAP_STROKE, MAP_NO_DATA} from "./palette.js";
import {formatCount, formatDate} from "../lib/format.js";

/** The scale's classes: a share falls in the first class whose `max` it does not exceed. "none" is exactly 0, "all" exactly 1. */
export const SHARE_CLASSES = [
  {key: "none", label: "None", max: 0},
  {key: "q1", label: "Under 25%", max: 0.25},
  {key: "q2", label: "25–49%", max: 0.5},
  {key: "q3", label: "50–74%", max: 0.75},
  {key: "q4", label: "75–99%", max: 0.999999},
  {key: "all", label: "All", max: 1}
] as const;

export type ShareClass = (typeof SHARE_CLASSES)[number]["key"];

export interface RolloutMapData {
  months: string[];
  states: StateRow[];
  national: number[];
  markers: MapMarker[];
  /** us-states.json: the states as TopoJSON, with names in their properties. */
  outline: Topology;
}

export interface RolloutMapOptions {
  width: number;
  /** YYYY-MM; defaults to the last month. */
  month?: string;
}

type StateFeature = Feature<Geometry, {name: string}> & {id?: string | number};

/** The month to show: `month` if the data has it, else the last month. */
export function selectedMonth(months: string[], month: string | undefined): string {
  return month !== undefined && months.includes(month) ? month : months[months.length - 1] ?? "";
}

/** The share (0–1) of a state's dated counties active at the end of `month`; null without data. */
export function stateShare(row: StateRow | undefined, months: string[], month: string): number | null {
  const i = months.indexOf(month);
  if (!row || i < 0 || row.countiesWithDate === 0) return null;
  return row.active[i] / row.countiesWithDate;
}

/** Counties of a state active at the end of `month`. */
export function stateActive(row: StateRow, months: string[], month: string): number {
  const i = months.indexOf(month);
  return i < 0 ? 0 : row.active[i];
}

/** Which class of the scale a share falls in. Rounding never puts a partial state in "all" or "none". */
export function shareClass(share: number): ShareClass {
  if (share <= 0) return "none";
  if (share >= 1) return "all";
  return SHARE_CLASSES.find((c) => c.key !== "none" && share <= c.max && c.key !== "all")!.key;
}

export function shareColor(share: number | null): string {
  return share === null ? MAP_NO_DATA : MAP_SHARE_COLORS[shareClass(share)];
}

/** The national count of active counties at the end of `month`. */
export function nationalActive(data: Pick<RolloutMapData, "months" | "national">, month: string): number {
  return data.national[data.months.indexOf(month)] ?? 0;
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

/** How many states (of the data's rows) fall in each class at the end of `month`. */
export function classCounts(data: Pick<RolloutMapData, "months" | "states">, month: string): {key: ShareClass; label: string; count: number}[] {
  return SHARE_CLASSES.map((c) => ({
    key: c.key,
    label: c.label,
    count: data.states.filter((s) => {
      const share = stateShare(s, data.months, month);
      return share !== null && shareClass(share) === c.key;
    }).length
  }));
}

function stateTitle(name: string, row: StateRow | undefined, months: string[], month: string): string {
  if (!row) return `${name}: no data`;
  const active = stateActive(row, months, month);
  return `${name}: ${formatCount(active)} of ${formatCount(row.countiesWithDate)} counties active at the end of ${formatDate(month)}`;
}

/** Where each marker's label sits, so that the two pairs of neighbours (SF and Santa Clara, DC and Arlington) do not collide. */
const LABEL_OFFSETS: Record<string, {dx: number; dy: number; anchor: "start" | "end"}> = {
  "06075": {dx: 10, dy: -10, anchor: "start"},
  "06085": {dx: 10, dy: 16, anchor: "start"},
  "11001": {dx: 12, dy: -12, anchor: "start"},
  "51013": {dx: 12, dy: 18, anchor: "start"}
};

function markerLabel(m: MapMarker): string {
  if (m.fips === "11001") return "Washington, DC";
  return m.place.replace(/ County$/, "");
}

const ATLAS_WIDTH = 975;
const ATLAS_HEIGHT = 610;

export function rolloutMap(data: RolloutMapData, {width, month}: RolloutMapOptions): HTMLElement {
  const m = selectedMonth(data.months, month);
  const byFips = new Map(data.states.map((s) => [s.fips, s]));
  const collection = stateFeatures(data.outline);
  const path = d3.geoPath();
  // The map reads best no wider than about 760 px; the frame may be wider.
  const w = Math.min(width, 760);
  const scale = w / ATLAS_WIDTH;
  // Labels keep a readable size on phones: their size is set in screen pixels, then scaled back into atlas space.
  const fontSize = 13 / scale;
  const svg = d3
    .create("svg")
    .attr("class", "rollout-map-svg")
    .attr("width", w)
    .attr("height", Math.round(w * (ATLAS_HEIGHT / ATLAS_WIDTH)))
    .attr("viewBox", `0 0 ${ATLAS_WIDTH} ${ATLAS_HEIGHT}`);
  svg
    .append("g")
    .attr("class", "rollout-states")
    .selectAll("path")
    .data(collection.features as StateFeature[])
    .join("path")
    .attr("d", (f) => path(f) ?? "")
    .attr("data-fips", (f) => String(f.id))
    .attr("stroke", MAP_STROKE)
    .attr("stroke-width", 0.75 / Math.max(scale, 0.5))
    .append("title");
  const markers = svg.append("g").attr("class", "rollout-markers");
  for (const mk of data.markers) {
    const base = LABEL_OFFSETS[mk.fips] ?? {dx: 10, dy: 0, anchor: "start" as const};
    // On a narrow map the East Coast labels would run off the right edge: set them to the left of their dot.
    const off = w < 560 && mk.x > ATLAS_WIDTH / 2 ? {...base, dx: -base.dx, anchor: "end" as const} : base;
    const g = markers.append("g").attr("data-place", mk.fips);
    g.append("circle").attr("cx", mk.x).attr("cy", mk.y).attr("r", 4 / scale).attr("class", "rollout-marker");
    g.append("text")
      .attr("x", mk.x + off.dx / scale)
      .attr("y", mk.y + off.dy / scale)
      .attr("text-anchor", off.anchor)
      .attr("font-size", fontSize)
      .attr("class", "rollout-marker-label")
      .text(markerLabel(mk));
  }
  const legend = html`<div class="chart-legend rollout-legend" aria-hidden="true"><span class="rollout-legend-title">Share of a state's counties active</span>${SHARE_CLASSES.map(
    (c) => html`<span class="chart-legend-key rollout-key"><svg width="14" height="14"><rect x="0.5" y="0.5" width="13" height="13" fill=${MAP_SHARE_COLORS[c.key]} stroke=${MAP_STROKE}></rect></svg>${c.label}</span>`
  )}<span class="rollout-key"><svg width="14" height="14"><circle cx="7" cy="7" r="4" class="rollout-marker"></circle></svg>Places in the story</span></div>`;
  const root = html`<div class="rollout-map">${legend}${svg.node()}</div>` as HTMLElement & {setMonth?: (month: string) => void};
  const paths = [...root.querySelectorAll<SVGPathElement>(".rollout-states path")];
  const names = new Map(collection.features.map((f) => [String((f as StateFeature).id), f.properties.name]));
  const rows = paths.map((p) => byFips.get(p.dataset.fips!));
  const titles = paths.map((p) => p.querySelector("title")!);
  const apply = (month: string) => {
    const mm = selectedMonth(data.months, month);
    const i = data.months.indexOf(mm);
    for (let k = 0; k < paths.length; ++k) {
      const row = rows[k];
      const share = row && i >= 0 && row.countiesWithDate > 0 ? row.active[i] / row.countiesWithDate : null;
      const fill = shareColor(share);
      if (paths[k].getAttribute("fill") !== fill) paths[k].setAttribute("fill", fill);
      titles[k].textContent = stateTitle(names.get(paths[k].dataset.fips!) ?? "", row, data.months, mm);
    }
    root.dataset.month = mm;
  };
  apply(m);
  root.setMonth = apply;
  return root;
}

/** Moves a drawn map to another month in place. */
export function setMapMonth(map: Element, month: string): void {
  const el = (map.closest(".rollout-map") ?? map.querySelector(".rollout-map") ?? map) as HTMLElement & {setMonth?: (m: string) => void};
  el.setMonth?.(month);
}
