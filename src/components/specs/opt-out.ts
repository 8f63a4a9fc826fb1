// The opt-out page's chart: the dated opt-out timeline over the county-activation curve.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {OptOut, OptOutChart} from "../../lib/chart-data/opt-out.js";
import {chartedEvents, timelineChart} from "../timeline-chart.js";
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
  // Fits every place that tried: counties that voted where the program already ran, and the
  // District of Columbia, which voted in 2010 before its activation in 2012.
  title: (d) => {
    const tries = d.events.filter((e) => e.category === "opt-out").map((e) => e.date).sort();
    const reach = `${formatCount(d.last.counties)} counties by ${formatDate(d.last.month)}`;
    return tries.length ? `Places tried to opt out from ${tries[0].slice(0, 4)} on; the program still reached ${reach}` : `Secure Communities reached ${reach}`;
  },
  page: "opt-out",
  file: "opt-out.json",
  select: (file: OptOut) => file.chart,
  unit: "counties (cumulative, month-end); dated events",
  period: (d) => `${formatDate(d.curve[0].month)} – ${formatEventDate(lastEvent(d).date, lastEvent(d).precision)}`,
  subtitle: (d) =>
    `Counties where Secure Communities was active, cumulative at each month's end, ${formatPeriod(d.curve[0].month, d.last.month)} ` +
    `(counties, not ICE “jurisdictions”; the county data stop there), with the key events of those years labelled. ` +
    `Later key events, to ${formatEventDate(lastEvent(d).date, lastEvent(d).precision)}, are in the table and in the dated list below.`,
  render: (d, {width}) => timelineChart(d, {width}),
  describe: (d) => {
    const votes = d.events.filter((e) => e.category === "opt-out" && e.date.startsWith(d.atVotes.month));
    const seq = d.events.map((e) => `${formatEventDate(e.date, e.precision)}: ${e.event}`).join("; ");
    return (
      `By the end of ${formatDate(d.atVotes.month)} (a month-end count), Secure Communities was active in ${formatCount(d.atVotes.counties)} counties; ` +
      `${votes.length} county boards voted to opt out on ${votes.length ? formatEventDate(votes[0].date, votes[0].precision) : "—"}. ` +
      `The program reached ${formatCount(d.last.counties)} counties by ${formatDate(d.last.month)}, where the county data end. ` +
      `Key dates: ${seq}.`
    );
  },
  table: (d) => {
    const byMonth = new Map(d.curve.map((c) => [c.month, c.counties]));
    const charted = new Set(chartedEvents(d).map((e) => e.date + e.event));
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
      n: charted.has(e.date + e.event) ? e.n : null,
      category: EVENT_CATEGORIES[e.category].label,
      event: e.event
    }));
    const rows = [...months, ...events].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map(({sort, ...r}) => r);
    return {
      columns: [
        {key: "when", label: "Date"},
        {key: "counties", label: "Counties active at that month's end", format: formatCount},
        {key: "n", label: "On the chart", format: () => "labelled"},
        {key: "category", label: "Category"},
        {key: "event", label: "Event"}
      ],
      rows
    };
  }
};

export const specs = [optOutTimeline];
