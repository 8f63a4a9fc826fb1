// A timeline over a curve: the cumulative count of counties where Secure
// Communities was active, with the key events labelled on the chart itself
// (date and what happened): each label starts (or, near the right edge, ends)
// above its date's dashed rule, stacked in lanes above the frame so that none
// overlap at any width. The axis
// ends where the charted events and the curve end: key events after the county
// data stop are left to the dated list below the chart.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scaleUtc} from "d3-scale";
import {utcFormat} from "d3-time-format";
import {formatCount, formatDate} from "../lib/format.js";
import {CONTEXT, EVENT_COLOR} from "./palette.js";
import {eventTime, formatEventDate, type EventCategory} from "./event-list.js";

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

/**
 * Lanes for labels, lane 0 just above the frame: each label (its text's pixel
 * interval) goes to the lowest lane where it clears every other label by
 * `gap` pixels. Labels are placed left to right; returns lanes in input order.
 */
export function assignLanes(spans: [number, number][], gap: number): number[] {
  const taken: [number, number][][] = [];
  const lanes: number[] = new Array(spans.length);
  const order = spans.map((span, i) => ({span, i})).sort((p, q) => p.span[0] - q.span[0]);
  for (const {span: [a, b], i} of order) {
    let lane = taken.findIndex((row) => row.every(([c, d]) => b + gap <= c || a >= d + gap));
    if (lane < 0) lane = taken.push([]) - 1;
    taken[lane].push([a, b]);
    lanes[i] = lane;
  }
  return lanes;
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

const CHAR = 6.6; // px per character at 12px, a generous average for the system font
const LANE = 17; // px per lane of labels

export function timelineChart(data: TimelineData, {width}: TimelineOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 560;
  const marginLeft = narrow ? 44 : 56;
  const marginRight = narrow ? 12 : 24;
  const events = chartedEvents(data);
  const times = [...events.map((e) => eventTime(e.date)), ...data.curve.map(monthEndTime)].map(Number);
  const first = times.length ? Math.min(...times) : Date.UTC(2008, 0, 1);
  const last = times.length ? Math.max(...times) : Date.UTC(2013, 0, 1);
  // From the first month shown to one month past the last point: the axis ends where the events end.
  const start = new Date(first);
  const domain = [new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)), new Date(last + 31 * 86_400_000)];
  const x = scaleUtc(domain, [marginLeft, width - marginRight]);
  // Labels run towards the side with more room (right, unless near the right edge) and are cut to
  // fit it (the full text is the label's title, and is in the table and the dated list).
  const maxChars = Math.max(16, Math.floor(Math.min(300, (width - marginLeft - marginRight) * 0.62) / CHAR));
  const laid = events.map((e) => {
    const px = x(eventTime(e.date));
    const roomRight = width - px - 2;
    const roomLeft = px - 2;
    const anchor = roomRight >= Math.min(maxChars * CHAR, roomLeft) ? ("start" as const) : ("end" as const);
    const chars = Math.max(8, Math.min(maxChars, Math.floor((anchor === "start" ? roomRight : roomLeft) / CHAR)));
    const text = eventLabel(e);
    const shown = text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text;
    const w = shown.length * CHAR;
    return {...e, time: eventTime(e.date), text, shown, anchor, span: (anchor === "start" ? [px - 2, px + w] : [px - w, px + 2]) as [number, number]};
  });
  const lanes = assignLanes(
    laid.map((l) => l.span),
    8
  );
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const marginTop = 8 + laneCount * LANE;
  const frameHeight = narrow ? 170 : 230;
  const placed = laid.map((l, i) => ({...l, lane: lanes[i]}));
  // Lane 0 sits just above the frame; higher lanes stack upwards.
  const dy = (lane: number) => -(6 + lane * LANE);
  const lastPoint = data.curve.at(-1);
  const halo = {ariaHidden: "true", stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke", fill: "currentColor"} as const;

  return Plot.plot({
    width,
    height: marginTop + frameHeight + 30,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom: 30,
    x: {type: "utc", domain, label: null, ticks: narrow ? 4 : 6},
    y: {
      domain: [0, Math.max(1, ...data.curve.map((d) => d.counties))],
      // No axis label: it would sit among the event labels; the subtitle and the curve's own labels say "counties".
      label: null,
      ticks: narrow ? 3 : 5,
      tickFormat: formatCount,
      grid: true
    },
    marks: [
      Plot.areaY(data.curve, {x: monthEndTime, y: "counties", fill: CONTEXT, fillOpacity: 0.2, ariaHidden: "true"}),
      Plot.lineY(data.curve, {x: monthEndTime, y: "counties", stroke: CONTEXT, strokeWidth: 1.5, ariaHidden: "true"}),
      Plot.ruleY([0], {ariaHidden: "true"}),
      // Each event's date: a rule through the frame, topped by a tick under the start (or end) of its label.
      Plot.ruleX(placed, {x: "time", stroke: EVENT_COLOR, strokeOpacity: 0.8, strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.dot(placed, {x: "time", frameAnchor: "top", r: 2.5, fill: EVENT_COLOR, ariaHidden: "true"}),
      ...(data.atVotes
        ? (() => {
            const p = data.curve.find((c) => c.month === data.atVotes!.month);
            if (!p) return [];
            return [
              Plot.dot([p], {x: monthEndTime, y: "counties", r: 3.5, fill: "currentColor", ariaHidden: "true"}),
              Plot.text([p], {
                x: monthEndTime,
                y: "counties",
                text: (d: CurvePoint) => (narrow ? formatCount(d.counties) : `${formatCount(d.counties)} counties at the end of ${formatDate(d.month)}`),
                textAnchor: "start",
                dx: 8,
                dy: 4,
                ...halo
              })
            ];
          })()
        : []),
      ...(lastPoint
        ? [
            Plot.dot([lastPoint], {x: monthEndTime, y: "counties", r: 3.5, fill: CONTEXT, ariaHidden: "true"}),
            Plot.text([lastPoint], {
              x: monthEndTime,
              y: "counties",
              text: (d: CurvePoint) => (narrow ? `${formatCount(d.counties)}` : `${formatCount(d.counties)} counties by ${formatDate(d.month)}; the county data end here`),
              textAnchor: "end",
              lineAnchor: "top",
              dx: -6,
              dy: 8,
              ...halo
            })
          ]
        : []),
      // The labels, one text mark per lane and side (Plot's dy and textAnchor are constants).
      ...Array.from({length: laneCount}, (_, lane) =>
        (["start", "end"] as const).map((anchor) =>
          Plot.text(
            placed.filter((e) => e.lane === lane && e.anchor === anchor),
            {
              x: "time",
              frameAnchor: "top",
              dy: dy(lane),
              dx: anchor === "start" ? -2 : 2,
              text: "shown",
              textAnchor: anchor,
              lineAnchor: "bottom",
              fill: "currentColor",
              title: "text"
            }
          )
        )
      ).flat()
    ]
  });
}
