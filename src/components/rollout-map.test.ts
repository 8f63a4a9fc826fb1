import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Topology} from "topojson-specification";
import {rolloutMap, selectedMonth, stateNames, shareClass, stateShare, classCounts, nationalActive, setMapMonth} from "./rollout-map.js";
import {MAP_SHARE_COLORS, MAP_NO_DATA} from "./palette.js";
import type {StateRow} from "../lib/chart-data/spread.js";

// Three square "states" in a tiny quantized topology (ids 01, 02, 03; 03 has no data).
const square = (x: number): [number, number][] => [[x, 0], [1, 0], [0, 1], [-1, 0], [0, -1]];
const outline = {
  type: "Topology",
  transform: {scale: [1, 1], translate: [0, 0]},
  objects: {
    states: {
      type: "GeometryCollection",
      geometries: [0, 1, 2].map((i) => ({type: "Polygon", arcs: [[i]], id: `0${i + 1}`, properties: {name: `State ${i + 1}`}}))
    }
  },
  arcs: [square(0), square(2), square(4)]
} as unknown as Topology;
// Three months of active counts per state (of 4 dated counties).
const row = (fips: string, active: number[]): StateRow => ({
  fips, counties: 4, countiesWithDate: 4, first: "2009-01-01", last: "2009-03-01", firstMonth: "2009-01", lastMonth: "2009-03", active, sourceIds: ["d"]
});
const months = ["2009-01", "2009-02", "2009-03"];
const states = [row("01", [0, 1, 4]), row("02", [2, 3, 4])];
const markers = [{place: "Santa Clara County", state: "CA", fips: "06085", x: 1, y: 1, activated: "2009-02-10", sourceIds: ["d"]}];
const data = {months, states, national: [2, 4, 8], markers, outline};
const fills = (map: Element) => [...map.querySelectorAll(".rollout-states path")].map((p) => p.getAttribute("fill"));

test("shareClass: exactly none, exactly all, quarters between; rounding never makes a partial state full", () => {
  assert.equal(shareClass(0), "none");
  assert.equal(shareClass(0.01), "q1");
  assert.equal(shareClass(0.25), "q1");
  assert.equal(shareClass(0.26), "q2");
  assert.equal(shareClass(0.74), "q3");
  assert.equal(shareClass(253 / 254), "q4");
  assert.equal(shareClass(1), "all");
});

test("selectedMonth falls back to the last month", () => {
  assert.equal(selectedMonth(months, "2009-02"), "2009-02");
  assert.equal(selectedMonth(months, "2020-01"), "2009-03");
  assert.equal(selectedMonth(months, undefined), "2009-03");
});

test("stateShare and classCounts read the month's counts", () => {
  assert.equal(stateShare(states[1], months, "2009-02"), 0.75);
  assert.equal(stateShare(undefined, months, "2009-02"), null);
  const counts = Object.fromEntries(classCounts(data, "2009-01").map((c) => [c.key, c.count]));
  assert.deepEqual([counts.none, counts.q2, counts.all], [1, 1, 0]);
  assert.equal(nationalActive(data, "2009-02"), 4);
});

test("stateNames reads names from the atlas properties", () => {
  assert.equal(stateNames(outline).get("02"), "State 2");
});

test("rolloutMap shades each state by its share, marks the places, and moves month in place", () => {
  const map = rolloutMap(data, {width: 400, month: "2009-02"});
  assert.deepEqual(fills(map), [MAP_SHARE_COLORS.q1, MAP_SHARE_COLORS.q3, MAP_NO_DATA]);
  assert.match(map.querySelector(".rollout-legend")!.textContent!, /None.*Under 25%.*All/);
  assert.equal(map.querySelectorAll(".rollout-markers circle").length, 1);
  assert.match(map.querySelector(".rollout-markers text")!.textContent!, /Santa Clara/);
  const before = map.querySelector(".rollout-states path");
  setMapMonth(map, "2009-03");
  assert.equal(map.querySelector(".rollout-states path"), before, "the same path elements are kept");
  assert.deepEqual(fills(map), [MAP_SHARE_COLORS.all, MAP_SHARE_COLORS.all, MAP_NO_DATA]);
  assert.equal(map.dataset.month, "2009-03");
  assert.match(map.querySelector(".rollout-states path title")!.textContent!, /State 1: 4 of 4 counties active at the end of March 2009/);
});

test("rolloutMap defaults to the last month", () => {
  assert.equal(rolloutMap(data, {width: 320}).dataset.month, "2009-03");
});
