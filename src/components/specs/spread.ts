// The spread page's charts: the county rollout against ICE's "jurisdiction"
// counts, and the rollout map by state with a month slider.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Rollout, Spread, StateRollout} from "../../lib/chart-data/spread.js";
import type {Qualifier} from "../../lib/format.js";
import {rolloutChart, shortPlace, COUNTY_SERIES} from "../rollout-chart.js";
import {rolloutMap, selectedMonth, stateNames, stateStatus, statusCounts, STATUS_LABELS} from "../rollout-map.js";
import {formatCount, formatDate, formatFigure, formatPeriod, formatQualifier} from "../../lib/format.js";

export interface RolloutRow {
  date: string;
  series: string;
  value: number | null;
  qualifier: Qualifier | null;
  unit: string;
  note: string;
}

/** How the dataset's count and ICE's compare on the days ICE dated its count. */
export function comparisonText(d: Rollout): string {
  const parts = d.comparisons.map(
    (c) => `${formatFigure(c.reported, c.qualifier)} ${c.unit} on ${formatDate(c.date)}, when the dataset counts ${formatCount(c.counties)} counties`
  );
  if (parts.length === 0) return "";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1]}`;
  return `ICE reported ${list}.`;
}

export function placesText(d: Rollout): string {
  const parts = d.places.map((p) => {
    const other = p.conflict && p.reported ? ` (another account points to ${formatDate(p.reported)})` : "";
    return `${p.place} on ${formatDate(p.activated)}${other}`;
  });
  return parts.length ? `The dataset dates ${parts.join(", ")}.` : "";
}

export const countyRollout: ChartSpec<Rollout, RenderOptions, RolloutRow> = {
  slug: "county-rollout",
  title: "Secure Communities reached every county in four years",
  page: "spread",
  file: "spread.json",
  select: (f: Spread) => f.rollout,
  unit: "counties (line); ICE “jurisdictions” (dots)",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d) =>
    `Counties where Secure Communities was active at each month's end, ${formatPeriod(d.periodStart, d.periodEnd)} ` +
    `(county dataset: Alsan & Yang 2018, as updated by Asad & Baer-Bositis 2025). ` +
    `Dots: the number of “jurisdictions” ICE (or the press) reported, a different unit from counties.`,
  render: (d, {width}) => rolloutChart(d, {width}),
  describe: (d) => {
    if (d.months.length === 0) return "No county activations in the data.";
    const first = d.months[0];
    const last = d.months[d.months.length - 1];
    return [
      `From ${formatCount(first.cumulative)} ${first.cumulative === 1 ? "county" : "counties"} in ${formatDate(first.month)} to all ${formatCount(d.total)} counties with activation dates by ${formatDate(last.month)}.`,
      comparisonText(d),
      placesText(d)
    ]
      .filter(Boolean)
      .join(" ");
  },
  table: (d) => {
    const rows: RolloutRow[] = [
      ...d.months.map((m) => ({date: m.monthEnd, series: COUNTY_SERIES, value: m.cumulative, qualifier: null, unit: "counties", note: `${formatCount(m.newCounties)} new in ${formatDate(m.month)}`})),
      ...d.reported.map((r) => ({
        date: r.asOf,
        series: "Reported by ICE or the press",
        value: r.value,
        qualifier: r.qualifier,
        unit: r.unit,
        note: [r.states ? `${r.states} states` : "", r.datePrecision === "approximate" ? "date approximate" : ""].filter(Boolean).join("; ")
      })),
      ...d.places.map((p) => ({
        date: p.activated,
        series: `${shortPlace(p)} activated (county dataset)`,
        value: null,
        qualifier: null,
        unit: "",
        note: p.conflict && p.reported ? `Another account: ${formatDate(p.reported)}${p.reportedText ? ` (“${p.reportedText}”)` : ""}` : p.reported ? "Consistent with other reports" : ""
      }))
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return {
      columns: [
        {key: "date", label: "Date", format: (v: string) => formatDate(v)},
        {key: "series", label: "Series"},
        {key: "value", label: "Count", format: (v: number) => formatCount(v)},
        {key: "qualifier", label: "Source's hedge", format: (v: Qualifier) => formatQualifier(v) || "exact"},
        {key: "unit", label: "Unit"},
        {key: "note", label: "Note"}
      ],
      rows
    };
  }
};

export interface MapOptions extends RenderOptions {
  month?: string;
}

export interface StateTableRow {
  name: string;
  first: string;
  last: string;
  counties: number;
  countiesWithDate: number;
  status: string;
}

export type RolloutMapChartData = StateRollout;

/** "50 states and DC" from the rows: DC is FIPS 11. */
function areaWords(d: StateRollout): string {
  const dc = d.states.some((s) => s.fips === "11");
  const n = d.states.length - (dc ? 1 : 0);
  return `${formatCount(n)} ${n === 1 ? "state" : "states"}${dc ? " and DC" : ""}`;
}

export const rolloutMapSpec: ChartSpec<RolloutMapChartData, MapOptions, StateTableRow> = {
  slug: "rollout-map",
  title: "Where Secure Communities was active, month by month",
  page: "spread",
  file: "spread.json",
  select: (f: Spread) => f.states,
  unit: "states",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d, {month}) =>
    `The ${areaWords(d)} at the end of ${formatDate(selectedMonth(d.months, month))}, by whether none, some or all of their counties had Secure Communities active ` +
    `(county dataset, ${formatPeriod(d.periodStart, d.periodEnd)}). “All” means all counties with an activation date.`,
  render: (d, {width, month}) => rolloutMap(d, {width, month}),
  describe: (d, {month}) => {
    const m = selectedMonth(d.months, month);
    const [none, some, all] = statusCounts(d.states, m);
    const n = (c: number) => `${formatCount(c)} had`;
    return (
      `At the end of ${formatDate(m)}, of the ${areaWords(d)}, ${n(none.count)} no county active yet, ` +
      `${n(some.count)} some counties active and ${n(all.count)} all their counties active. ` +
      `The per-state data hold only each state's first and last activation dates, so the map cannot show how many counties were active in between.`
    );
  },
  table: (d, {month}) => {
    const names = stateNames(d.outline);
    const m = selectedMonth(d.months, month);
    return {
      columns: [
        {key: "name", label: "State"},
        {key: "first", label: "First county activated", format: (v: string) => formatDate(v)},
        {key: "last", label: "Last county activated", format: (v: string) => formatDate(v)},
        {key: "counties", label: "Counties", format: (v: number) => formatCount(v)},
        {key: "countiesWithDate", label: "Counties with an activation date", format: (v: number) => formatCount(v)},
        {key: "status", label: `At the end of ${formatDate(m)}`}
      ],
      rows: d.states
        .map((s) => ({
          name: names.get(s.fips) ?? `FIPS ${s.fips}`,
          first: s.first,
          last: s.last,
          counties: s.counties,
          countiesWithDate: s.countiesWithDate,
          status: STATUS_LABELS[stateStatus(s, m)]
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    };
  }
};

export const specs = [countyRollout, rolloutMapSpec];
