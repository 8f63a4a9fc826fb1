// The opt-out page's chart: the dated opt-out timeline over the county-activation curve.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {OptOut, OptOutChart} from "../../lib/chart-data/opt-out.js";
import {timelineChart} from "../timeline-chart.js";
import {EVENT_CATEGORIES, formatEventDate} from "../event-list.js";
import {formatCount, formatDate, formatPeriod} from "../../lib/format.js";

export interface TimelineRow {
  when: string;
  counties: number | null;
  n: number | null;
  category: string | null;
  event: string | null;
}

const firstEvent = (d: OptOutChart) => d.events[0];
const lastEvent = (d: OptOutChart) => d.events[d.events.length - 1];

export const optOutTimeline: ChartSpec<OptOutChart, RenderOptions, TimelineRow> = {
  slug: "opt-out-timeline",
  title: "Places voted to opt out after the program was already running there",
  page: "opt-out",
  file: "opt-out.json",
  select: (file: OptOut) => file.chart,
  unit: "counties (cumulative, month-end); dated events",
  period: (d) => `${formatDate(d.curve[0].month)} – ${formatEventDate(lastEvent(d).date, lastEvent(d).precision)}`,
  subtitle: (d) =>
    `Counties where Secure Communities was active, cumulative at each month's end, ${formatPeriod(d.curve[0].month, d.last.month)} ` +
    `(counties, not ICE “jurisdictions”; the county data stop there), with numbered key events from ${formatEventDate(firstEvent(d).date, firstEvent(d).precision)} ` +
    `to ${formatEventDate(lastEvent(d).date, lastEvent(d).precision)}.`,
  render: (d, {width}) => timelineChart(d, {width}),
  describe: (d) => {
    const votes = d.events.filter((e) => e.category === "opt-out" && e.date.startsWith(d.atVotes.month));
    const seq = d.events.map((e) => `(${e.n}) ${formatEventDate(e.date, e.precision)}: ${e.event}`).join("; ");
    return (
      `By the end of ${formatDate(d.atVotes.month)} (a month-end count), Secure Communities was active in ${formatCount(d.atVotes.counties)} counties; ` +
      `${votes.length} county boards voted to opt out on ${votes.length ? formatEventDate(votes[0].date, votes[0].precision) : "—"}. ` +
      `The program reached ${formatCount(d.last.counties)} counties by ${formatDate(d.last.month)}, where the county data end. ` +
      `Key dates: ${seq}.`
    );
  },
  table: (d) => {
    const byMonth = new Map(d.curve.map((c) => [c.month, c.counties]));
    const months: (TimelineRow & {sort: string})[] = d.curve.map((c) => ({
      sort: `${c.monthEnd}~`,
      when: `${formatDate(c.month)} (month end)`,
      counties: c.counties,
      n: null,
      category: null,
      event: null
    }));
    const events: (TimelineRow & {sort: string})[] = d.events.map((e) => ({
      sort: e.date,
      when: formatEventDate(e.date, e.precision),
      counties: byMonth.get(e.date.slice(0, 7)) ?? null,
      n: e.n,
      category: EVENT_CATEGORIES[e.category].label,
      event: e.event
    }));
    const rows = [...months, ...events].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map(({sort, ...r}) => r);
    return {
      columns: [
        {key: "when", label: "Date"},
        {key: "counties", label: "Counties active at that month's end", format: formatCount},
        {key: "n", label: "Marker", format: String},
        {key: "category", label: "Category"},
        {key: "event", label: "Event"}
      ],
      rows
    };
  }
};

export const specs = [optOutTimeline];
