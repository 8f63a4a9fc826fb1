import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Topology} from "topojson-specification";
import {rolloutMap, stateStatus, selectedMonth, statusCounts, stateNames} from "./rollout-map.js";
import {ROLLOUT_COLORS} from "./palette.js";
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
const row = (fips: string, first: string, last: string): StateRow => ({
  fips, counties: 3, countiesWithDate: 3, first, last, firstMonth: first.slice(0, 7), lastMonth: last.slice(0, 7), sourceIds: ["d"]
});
const states = [row("01", "2009-02-10", "2009-04-01"), row("02", "2009-03-05", "2009-03-20")];
const months = ["2009-01", "2009-02", "2009-03", "2009-04"];

test("stateStatus: none before the first activation month, all from the last, some between", () => {
  assert.equal(stateStatus(states[0], "2009-01"), "none");
  assert.equal(stateStatus(states[0], "2009-02"), "some");
  assert.equal(stateStatus(states[0], "2009-03"), "some");
  assert.equal(stateStatus(states[0], "2009-04"), "all");
  assert.equal(stateStatus(states[1], "2009-02"), "none");
  assert.equal(stateStatus(states[1], "2009-03"), "all");
  assert.equal(stateStatus(undefined, "2009-03"), "no-data");
});

test("selectedMonth falls back to the last month", () => {
  assert.equal(selectedMonth(months, "2009-02"), "2009-02");
  assert.equal(selectedMonth(months, "2020-01"), "2009-04");
  assert.equal(selectedMonth(months, undefined), "2009-04");
});

test("statusCounts counts states per status", () => {
  assert.deepEqual(statusCounts(states, "2009-03").map((c) => c.count), [0, 1, 1]);
  assert.deepEqual(statusCounts(states, "2009-01").map((c) => c.count), [2, 0, 0]);
  assert.deepEqual(statusCounts([], "2009-01").map((c) => c.count), [0, 0, 0]);
});

test("stateNames reads names from the atlas properties", () => {
  assert.equal(stateNames(outline).get("02"), "State 2");
});

test("rolloutMap fills each state by its status for the month, with a no-data fill and legend entry", () => {
  const map = rolloutMap({months, states, outline}, {width: 400, month: "2009-03"});
  const paths = [...map.querySelectorAll("[aria-label=geo] path")];
  assert.equal(paths.length, 3);
  assert.deepEqual(paths.map((p) => p.getAttribute("fill")), [ROLLOUT_COLORS.some, ROLLOUT_COLORS.all, ROLLOUT_COLORS["no-data"]]);
  assert.match(map.querySelector(".rollout-legend")!.textContent!, /No county active yet.*Some counties active.*All counties active.*No data/);
  assert.equal(map.dataset.month, "2009-03");
});

test("rolloutMap defaults to the last month and omits 'No data' when every state has data", () => {
  const map = rolloutMap({months, states: [...states, row("03", "2009-01-01", "2009-01-01")], outline}, {width: 320});
  assert.equal(map.dataset.month, "2009-04");
  const fills = [...map.querySelectorAll("[aria-label=geo] path")].map((p) => p.getAttribute("fill"));
  assert.deepEqual(fills, [ROLLOUT_COLORS.all, ROLLOUT_COLORS.all, ROLLOUT_COLORS.all]);
  assert.doesNotMatch(map.querySelector(".rollout-legend")!.textContent!, /No data/);
});

test("rolloutMap with no state rows shows every outline as no data", () => {
  const map = rolloutMap({months: ["2009-01"], states: [], outline}, {width: 320});
  const fills = [...map.querySelectorAll("[aria-label=geo] path")].map((p) => p.getAttribute("fill"));
  assert.deepEqual(fills, Array(3).fill(ROLLOUT_COLORS["no-data"]));
});
