// State outlines for the rollout map, from the us-atlas package (shipped with
// the site, not fetched): pre-projected Albers USA, 975 × 610 px. Keeps only
// the states object (with each state's name), and rounds coordinates to a
// tenth of a pixel.
import {createRequire} from "node:module";
import {readFileSync} from "node:fs";
import type {GeometryCollection, Topology} from "topojson-specification";
import type {FeatureCollection} from "geojson";
import {feature} from "topojson-client";
import {geoPath} from "d3";

/** Re-quantizes delta-encoded arcs onto a grid `factor` times coarser, dropping repeated points. */
export function coarsen(topology: Topology, factor: number): Topology {
  const {scale, translate} = topology.transform!;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    let px = 0;
    let py = 0;
    const out: [number, number][] = [];
    arc.forEach(([dx, dy], i) => {
      x += dx;
      y += dy;
      const qx = Math.round(x / factor);
      const qy = Math.round(y / factor);
      if (i === 0 || qx !== px || qy !== py || i === arc.length - 1) out.push([qx - px, qy - py]);
      px = qx;
      py = qy;
    });
    if (out.length < 2) out.push([0, 0]);
    return out;
  });
  return {...topology, transform: {scale: [scale[0] * factor, scale[1] * factor], translate}, arcs} as Topology;
}

/** The states of us-atlas's states-albers-10m.json as TopoJSON, without the nation object. */
export function usStates(): Topology {
  const path = createRequire(import.meta.url).resolve("us-atlas/states-albers-10m.json");
  const atlas = JSON.parse(readFileSync(path, "utf-8")) as Topology;
  return coarsen({...atlas, objects: {states: atlas.objects.states}}, 10);
}

/**
 * The centre of each named county in the same pre-projected Albers USA space
 * as usStates() (us-atlas's counties-albers-10m.json), rounded to a tenth of
 * a pixel: where the map marks the places of the story.
 */
export function countyCentres(fips: readonly string[]): Map<string, [number, number]> {
  const path = createRequire(import.meta.url).resolve("us-atlas/counties-albers-10m.json");
  const atlas = JSON.parse(readFileSync(path, "utf-8")) as Topology;
  const counties = feature(atlas, atlas.objects.counties as GeometryCollection) as FeatureCollection;
  const centroid = geoPath();
  const out = new Map<string, [number, number]>();
  for (const f of counties.features) {
    const id = String(f.id);
    if (!fips.includes(id)) continue;
    const [x, y] = centroid.centroid(f);
    out.set(id, [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return out;
}
