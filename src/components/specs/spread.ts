// The spread page's charts: the county rollout against ICE's "jurisdiction"
// counts, and the rollout map by state with a month slider.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Rollout, Spread, StateRollout} from "../../lib/chart-data/spread.js";
import type {Qualifier} from "../../lib/format.js";
import {rolloutChart, shortPlace, COUNTY_SERIES} from "../rollout-chart.js";
import {rolloutMap, selectedMonth, setMapMonth, stateNames, stateActive, stateShare, classCounts, nationalActive} from "../rollout-map.js";
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
  title: (d) => {
    const [a, b] = [d.months[0], d.months.at(-1)];
    if (!a || !b) return "No county activations in the data";
    return `Secure Communities went from ${formatCount(a.cumulative)} ${a.cumulative === 1 ? "county" : "counties"} in ${formatDate(a.month)} to ${formatCount(d.total)} by ${formatDate(b.month)}`;
  },
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

/** The month the map opens on: September 2010, when the first places voted to opt out (see the opt-out page). */
export const MAP_OPENING_MONTH = "2010-09";

export interface MapOptions extends RenderOptions {
  month?: string;
}

export interface StateTableRow {
  name: string;
  countiesWithDate: number;
  active: number;
  share: number;
}

export type RolloutMapChartData = StateRollout;

/** "50 states and DC" from the rows: DC is FIPS 11. */
function areaWords(d: StateRollout): string {
  const dc = d.states.some((s) => s.fips === "11");
  const n = d.states.length - (dc ? 1 : 0);
  return `${formatCount(n)} ${n === 1 ? "state" : "states"}${dc ? " and DC" : ""}`;
}

/** The county total the national count is out of: every county with an activation date. */
function datedCounties(d: StateRollout): number {
  return d.states.reduce((sum, s) => sum + s.countiesWithDate, 0);
}

export const rolloutMapSpec: ChartSpec<RolloutMapChartData, MapOptions, StateTableRow> = {
  slug: "rollout-map",
  title: (d) => `State by state, Secure Communities spread from ${d.periodStart.slice(0, 4)} until it covered every county with an activation date in ${d.periodEnd.slice(0, 4)}`,
  page: "spread",
  file: "spread.json",
  select: (f: Spread) => f.states,
  unit: "share of a state's counties",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d, {month}) => {
    const m = selectedMonth(d.months, month);
    return (
      `End of ${formatDate(m)}: Secure Communities active in ${formatCount(nationalActive(d, m))} of ${formatCount(datedCounties(d))} counties. ` +
      `Each state is shaded by the share of its counties where it was active (county dataset).`
    );
  },
  render: (d, {width, month}) => rolloutMap(d, {width, month}),
  update: (chart, _d, {month}) => setMapMonth(chart, month ?? ""),
  describe: (d, {month}) => {
    const m = selectedMonth(d.months, month);
    const counts = classCounts(d, m);
    const none = counts.find((c) => c.key === "none")!.count;
    const all = counts.find((c) => c.key === "all")!.count;
    const some = counts.reduce((sum, c) => sum + c.count, 0) - none - all;
    const places = d.markers.map((mk) => `${mk.fips === "11001" ? "Washington, DC" : mk.place} ${mk.activated.slice(0, 7) <= m ? "had it" : "did not yet have it"}`);
    return (
      `At the end of ${formatDate(m)}, Secure Communities was active in ${formatCount(nationalActive(d, m))} counties. ` +
      `Of the ${areaWords(d)}, ${formatCount(none)} had it in no county, ${formatCount(some)} in some of their counties and ${formatCount(all)} in all of them. ` +
      `Marked places: ${places.join("; ")}.`
    );
  },
  table: (d, {month}) => {
    const names = stateNames(d.outline);
    const m = selectedMonth(d.months, month);
    return {
      columns: [
        {key: "name", label: "State"},
        {key: "countiesWithDate", label: "Counties with an activation date", format: (v: number) => formatCount(v)},
        {key: "active", label: `Active at the end of ${formatDate(m)}`, format: (v: number) => formatCount(v)},
        {key: "share", label: "Share active", format: (v: number) => `${Math.round(v * 100)}%`}
      ],
      rows: d.states
        .map((s) => ({
          name: names.get(s.fips) ?? `FIPS ${s.fips}`,
          countiesWithDate: s.countiesWithDate,
          active: stateActive(s, d.months, m),
          share: stateShare(s, d.months, m) ?? 0
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    };
  },
  // month = the map's month, YYYY-MM.
  view: {
    // The page and an embed open on the same month: MAP_OPENING_MONTH when the data reach it.
    params: (d) => ({month: {kind: "month", default: d.months.includes(MAP_OPENING_MONTH) ? MAP_OPENING_MONTH : d.months[d.months.length - 1], min: d.months[0], max: d.months[d.months.length - 1]}}),
    options: (v) => ({month: String(v.month)}),
    values: (o) => ({month: o.month})
  }
};

export const specs = [countyRollout, rolloutMapSpec];
