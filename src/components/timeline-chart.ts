// A timeline beside a curve: the cumulative count of counties where Secure
// Communities was active, with the key events labelled on the chart itself
// (date and what happened). Time runs down the page, so the labels read in
// date order from top to bottom at any width: each label is wrapped to the
// column beside the frame and moved down (or up) only as far as it must to
// clear its neighbours, and a leader joins it to its date. Leaders keep the
// labels' order, so none cross. The time axis ends where the charted events
// and the curve end: key events after the county data stop are left to the
// dated list below the chart.
import * as Plot from "@observablehq/plot";
import {scaleLinear, scaleUtc} from "d3-scale";
import {utcFormat} from "d3-time-format";
import {formatCount, formatDate} from "../lib/format.js";
import {CONTEXT, EVENT_COLOR} from "./palette.js";
import {eventTime, formatEventDate, type EventCategory} from "./event-list.js";
import {LABEL_LINE, columnHeight, labelColumn, placeDownColumn, wrapText} from "./chart-labels.js";

export interface CurvePoint {
  month: string;
  /** The month's last day: the count is a month-end count. */
  monthEnd: string;
  counties: number;
}

export interface MarkedEvent {
  n: number | null;
  date: string;
  precision: string;
  event: string;
  category: EventCategory;
}

export interface TimelineData {
  curve: CurvePoint[];
  events: MarkedEvent[];
  /** A curve point to call out (the month of the opt-out votes). */
  atVotes?: {month: string; counties: number} | null;
}

export interface TimelineOptions {
  width: number;
}

const monthEndTime = (p: CurvePoint) => new Date(`${p.monthEnd}T00:00:00Z`);

/** The key events the chart draws: those up to the end of the curve (the county data). Later ones are listed below it. */
export function chartedEvents(data: TimelineData): MarkedEvent[] {
  const end = data.curve.length ? monthEndTime(data.curve[data.curve.length - 1]).getTime() : Infinity;
  return data.events.filter((e) => e.n !== null && eventTime(e.date).getTime() <= end).sort((a, b) => a.n! - b.n!);
}

/** A label's text: the short date, then the event. */
export function eventLabel(e: MarkedEvent): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? utcFormat("%b %-d, %Y")(eventTime(e.date)) : formatEventDate(e.date, e.precision);
  return `${e.precision === "approximate" ? "about " : ""}${date}: ${e.event}`;
}

export function timelineChart(data: TimelineData, {width}: TimelineOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const marginLeft = 40;
  const marginTop = 12;
  const marginBottom = 30;
  // The frame (the curve) on the left, the labels in the column to its right.
  const frameWidth = Math.round(narrow ? Math.max(90, width * 0.3) : width * 0.4);
  const frameRight = marginLeft + frameWidth;
  const {labelLeft, maxChars} = labelColumn(width, frameRight, narrow ? 20 : 36);
  const events = chartedEvents(data)
    .map((e) => ({...e, time: eventTime(e.date), text: eventLabel(e)}))
    .sort((a, b) => a.time.getTime() - b.time.getTime() || a.n! - b.n!);
  const times = [...events.map((e) => e.time), ...data.curve.map(monthEndTime)].map(Number);
  const first = times.length ? Math.min(...times) : Date.UTC(2008, 0, 1);
  const last = times.length ? Math.max(...times) : Date.UTC(2013, 0, 1);
  // From the first month shown to one month past the last point: the axis ends where the events end.
  const start = new Date(first);
  const domain = [new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)), new Date(last + 31 * 86_400_000)];
  const lines = events.map((e) => wrapText(e.text, maxChars));
  // Tall enough for every label in its own place, and for the curve to read.
  const frameHeight = columnHeight(lines, narrow ? 360 : 320, 1.2);
  const height = marginTop + frameHeight + marginBottom;
  const y = scaleUtc(domain, [marginTop, marginTop + frameHeight]);
  const xMax = Math.max(1, ...data.curve.map((d) => d.counties));
  const x = scaleLinear([0, xMax], [marginLeft, frameRight]);
  const placed = placeDownColumn(events.map((e) => e.time), lines, y, height).map(({text, ...place}, i) => ({...events[i], shown: text, ...place}));
  const lastPoint = data.curve.at(-1);
  const halo = {ariaHidden: "true", stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke", fill: "currentColor"} as const;

  return Plot.plot({
    width,
    height,
    marginTop,
    marginLeft,
    marginRight: width - frameRight,
    marginBottom,
    // The same scales the labels were placed with.
    y: {type: "utc", domain: y.domain(), range: y.range(), label: null, ticks: "year", tickFormat: "%Y"},
    x: {
      domain: x.domain(),
      range: x.range(),
      // No axis label: the subtitle and the curve's own labels say "counties".
      label: null,
      ticks: narrow ? 2 : 3,
      tickFormat: formatCount,
      grid: true
    },
    marks: [
      Plot.areaX(data.curve, {y: monthEndTime, x: "counties", fill: CONTEXT, fillOpacity: 0.2, ariaHidden: "true"}),
      Plot.lineX(data.curve, {y: monthEndTime, x: "counties", stroke: CONTEXT, strokeWidth: 1.5, ariaHidden: "true"}),
      Plot.ruleX([0], {ariaHidden: "true"}),
      // Each event's date: a rule across the frame, then a leader to its label.
      Plot.ruleY(placed, {y: "time", x1: 0, x2: xMax, stroke: EVENT_COLOR, strokeOpacity: 0.8, strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.link(placed, {
        x1: xMax,
        y1: "time",
        x2: x.invert(labelLeft - 4),
        y2: "anchorTime",
        stroke: EVENT_COLOR,
        strokeOpacity: 0.8,
        ariaHidden: "true"
      }),
      ...(data.atVotes
        ? (() => {
            const p = data.curve.find((c) => c.month === data.atVotes!.month);
            if (!p) return [];
            return [
              Plot.dot([p], {y: monthEndTime, x: "counties", r: 3.5, fill: "currentColor", ariaHidden: "true"}),
              Plot.text([p], {
                y: monthEndTime,
                x: "counties",
                text: (d: CurvePoint) => (narrow ? formatCount(d.counties) : `${formatCount(d.counties)} counties at the end of ${formatDate(d.month)}`),
                textAnchor: "start",
                lineAnchor: "top",
                dx: 6,
                dy: 6,
                ...halo
              })
            ];
          })()
        : []),
      ...(lastPoint
        ? [
            Plot.dot([lastPoint], {y: monthEndTime, x: "counties", r: 3.5, fill: CONTEXT, ariaHidden: "true"}),
            Plot.text([lastPoint], {
              y: monthEndTime,
              x: "counties",
              text: (d: CurvePoint) => (narrow ? formatCount(d.counties) : `${formatCount(d.counties)} counties by ${formatDate(d.month)};\nthe county data end here`),
              textAnchor: "end",
              lineAnchor: "bottom",
              dx: -6,
              dy: -8,
              ...halo
            })
          ]
        : []),
      // The labels, in the column beside the frame, wrapped, each with its full text as its title.
      Plot.text(placed, {
        x: x.invert(labelLeft),
        y: "labelTime",
        text: "shown",
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LABEL_LINE / 12,
        fill: "currentColor",
        title: "text"
      })
    ]
  });
}
