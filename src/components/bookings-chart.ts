// People booked into ICE custody through Secure Communities, by ICE category:
// a bar per category, and a "not published" note where the source gave no
// figure. Bookings, not removals: the subtitle and the axis say so.
import * as Plot from "@observablehq/plot";
import {CATEGORY_COLORS} from "./palette.js";
import {formatCount} from "../lib/format.js";

export interface BookingBar {
  key: "non-criminal" | "level1" | "level2" | "level3";
  label: string;
  count: number | null;
}

export interface BookingsChartOptions {
  width: number;
}

const COLORS: Record<BookingBar["key"], string> = {
  "non-criminal": CATEGORY_COLORS["non-criminal"],
  level1: CATEGORY_COLORS.level1,
  level2: CATEGORY_COLORS.levels23,
  level3: CATEGORY_COLORS.levels23
};

export const NOT_PUBLISHED = "not published";

export function bookingsChart(rows: BookingBar[], {width}: BookingsChartOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const published = rows.filter((d) => d.count !== null);
  const missing = rows.filter((d) => d.count === null);
  const max = Math.max(1, ...published.map((d) => d.count!));
  return Plot.plot({
    width,
    height: 40 + 36 * Math.max(1, rows.length),
    marginLeft: narrow ? 110 : 190,
    marginRight: 64,
    x: {domain: [0, max], label: "people booked into ICE custody", tickFormat: formatCount, ticks: narrow ? 2 : 5, grid: true},
    y: {domain: rows.map((d) => d.label), label: null},
    marks: [
      Plot.barX(published, {x: "count", y: "label", fill: (d: BookingBar) => COLORS[d.key], insetTop: 6, insetBottom: 6, ariaHidden: "true"}),
      Plot.text(published, {x: "count", y: "label", text: (d: BookingBar) => formatCount(d.count!), textAnchor: "start", dx: 4, fill: "currentColor", fontSize: 12}),
      Plot.text(missing, {x: 0, y: "label", text: () => NOT_PUBLISHED, textAnchor: "start", dx: 4, fill: "currentColor", fontSize: 12, fontStyle: "italic"}),
      Plot.ruleX([0], {ariaHidden: "true"})
    ]
  });
}
