import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {bookingsChart, NOT_PUBLISHED, type BookingBar} from "./bookings-chart.js";

const rows: BookingBar[] = [
  {key: "non-criminal", label: "Non-criminal", count: 300},
  {key: "level1", label: "Level 1", count: null},
  {key: "level2", label: "Level 2", count: 100},
  {key: "level3", label: "Level 3", count: 200}
];

test("one bar per published category, with its count; the unpublished one says so and has no bar", () => {
  const chart = bookingsChart(rows, {width: 640});
  assert.equal(chart.querySelectorAll("g[aria-label=bar] rect").length, 3);
  const text = chart.textContent ?? "";
  for (const s of ["300", "100", "200", NOT_PUBLISHED, "Level 1", "people booked into ICE custody"]) assert.ok(text.includes(s), `chart lacks ${s}`);
});

test("bar lengths are proportional to the counts", () => {
  const chart = bookingsChart(rows, {width: 640});
  const widths = [...chart.querySelectorAll("g[aria-label=bar] rect")].map((r) => Number(r.getAttribute("width")));
  assert.ok(Math.abs(widths[0] / widths[1] - 3) < 0.05, `${widths}`);
});

test("a single row and empty data render", () => {
  assert.equal(bookingsChart([rows[0]], {width: 320}).querySelectorAll("g[aria-label=bar] rect").length, 1);
  assert.equal(bookingsChart([], {width: 320}).querySelectorAll("g[aria-label=bar] rect").length, 0);
});
