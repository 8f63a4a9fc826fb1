// A timeline over a curve: the cumulative count of counties where Secure
// Communities was active, with numbered event markers stacked in lanes above
// the frame so none overlap at any width, a shape-and-colour legend for the
// event categories, and a numbered key giving each event in full.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {scaleUtc} from "d3-scale";
import {formatCount, formatDate} from "../lib/format.js";
import {SECONDARY_COLOR} from "./palette.js";
import {EVENT_CATEGORIES, eventTime, formatEventDate, type EventCategory} from "./event-list.js";

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
 * Greedy lanes: each position (in pixels, sorted) goes to the first lane whose
 * last marker is at least `gap` pixels to its left. Returns each position's lane.
 */
export function assignLanes(xs: number[], gap: number): number[] {
  const ends: number[] = [];
  return xs.map((x) => {
    let lane = ends.findIndex((end) => x - end >= gap);
    if (lane < 0) lane = ends.push(x) - 1;
    else ends[lane] = x;
    return lane;
  });
}

const monthEndTime = (p: CurvePoint) => new Date(`${p.monthEnd}T00:00:00Z`);

export function timelineChart(data: TimelineData, {width}: TimelineOptions): HTMLElement {
  const narrow = width < 560;
  const r = narrow ? 7 : 9;
  const gap = 2 * r + 3;
  const marginLeft = narrow ? 44 : 56;
  const marginRight = narrow ? 12 : 24;
  const events = data.events.filter((e) => e.n !== null).sort((a, b) => a.n! - b.n!);
  const times = [...events.map((e) => eventTime(e.date)), ...data.curve.map(monthEndTime)];
  const first = times.length ? Math.min(...times.map(Number)) : Date.UTC(2008, 0, 1);
  const last = times.length ? Math.max(...times.map(Number)) : Date.UTC(2021, 0, 1);
  const domain = [new Date(Date.UTC(new Date(first).getUTCFullYear(), 0, 1)), new Date(Date.UTC(new Date(last).getUTCFullYear(), 11, 31))];
  const x = scaleUtc(domain, [marginLeft, width - marginRight]);
  const lanes = assignLanes(events.map((e) => x(eventTime(e.date))), gap);
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const marginTop = 6 + laneCount * gap + 4;
  const frameHeight = narrow ? 170 : 230;
  const laid = events.map((e, i) => ({...e, time: eventTime(e.date), lane: lanes[i]}));
  const dy = (lane: number) => -(marginTop - 6 - r) + lane * gap;
  const categories = (Object.keys(EVENT_CATEGORIES) as EventCategory[]).filter((c) => events.some((e) => e.category === c));
  const lastPoint = data.curve.at(-1);
  const halo = {ariaHidden: "true", stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke", fill: "currentColor"};

  const plot = Plot.plot({
    width,
    height: marginTop + frameHeight + 30,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom: 30,
    x: {type: "utc", domain, label: null, ticks: narrow ? 4 : 8},
    y: {
      domain: [0, Math.max(1, ...data.curve.map((d) => d.counties))],
      label: narrow ? "Counties" : "Counties with the program active",
      ticks: narrow ? 3 : 5,
      tickFormat: formatCount,
      grid: true
    },
    color: {domain: categories, range: categories.map((c) => EVENT_CATEGORIES[c].color)},
    symbol: {
      domain: categories,
      range: categories.map((c) => EVENT_CATEGORIES[c].symbol),
      legend: true,
      tickFormat: (c: EventCategory) => EVENT_CATEGORIES[c].label
    },
    marks: [
      Plot.areaY(data.curve, {x: monthEndTime, y: "counties", fill: SECONDARY_COLOR, fillOpacity: 0.2, ariaHidden: "true"}),
      Plot.lineY(data.curve, {x: monthEndTime, y: "counties", stroke: SECONDARY_COLOR, strokeWidth: 1.5, ariaHidden: "true"}),
      Plot.ruleY([0], {ariaHidden: "true"}),
      Plot.ruleX(laid, {x: "time", stroke: "category", strokeOpacity: 0.7, strokeDasharray: "3,3", ariaHidden: "true"}),
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
                textAnchor: "end",
                dx: -8,
                dy: -8,
                fontSize: narrow ? 10 : 11,
                ...halo
              })
            ];
          })()
        : []),
      ...(lastPoint
        ? [
            Plot.dot([lastPoint], {x: monthEndTime, y: "counties", r: 3.5, fill: SECONDARY_COLOR, ariaHidden: "true"}),
            Plot.text([lastPoint], {
              x: monthEndTime,
              y: "counties",
              text: (d: CurvePoint) =>
                narrow ? `${formatCount(d.counties)} (${formatDate(d.month)})` : `${formatCount(d.counties)} counties by ${formatDate(d.month)}; the county data end here`,
              textAnchor: "start",
              lineAnchor: "top",
              dx: 6,
              dy: 4,
              fontSize: narrow ? 10 : 11,
              ...halo
            })
          ]
        : []),
      ...Array.from({length: laneCount}, (_, lane) => {
        const inLane = laid.filter((e) => e.lane === lane);
        return [
          Plot.dot(inLane, {
            x: "time",
            frameAnchor: "top",
            dy: dy(lane),
            r,
            symbol: "category",
            stroke: "category",
            strokeWidth: 2,
            fill: "var(--theme-background, white)",
            title: (e: MarkedEvent) => `${e.n}. ${formatEventDate(e.date, e.precision)}: ${e.event}`
          }),
          Plot.text(inLane, {x: "time", frameAnchor: "top", dy: dy(lane), text: "n", lineAnchor: "middle", fill: "currentColor", fontSize: narrow ? 9 : 10, fontWeight: "bold", ariaHidden: "true"})
        ];
      })
    ]
  });

  return html`<div class="timeline-chart">
    ${plot}
    <ol class="timeline-key">${events.map(
      (e) => html`<li data-category=${e.category}><span class="timeline-key-n" style=${`border-color: ${EVENT_CATEGORIES[e.category].color}`}>${e.n}</span> <span class="timeline-key-date">${formatEventDate(e.date, e.precision)}</span>: ${e.event}</li>`
    )}</ol>
  </div>` as HTMLElement;
}
