// The "In context" page's charts: all ICE removals by fiscal year and by
// month, and Secure Communities' share of them. Each draws its own part of
// context.json (data.byYear, data.byMonth, data.programShare).
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Context, MonthPoint, ProgramShare, ProgramShareRow, RemovalsByMonth, RemovalsByYear, YearBar} from "../../lib/chart-data/context.js";
import {removalsByYear} from "../removals-by-year.js";
import {removalsByMonth} from "../removals-by-month.js";
import {programShare, shareLabel} from "../program-share.js";
import {formatCount, formatDate, formatPercent, formatPeriod} from "../../lib/format.js";

const fy = (y: number) => `FY${y}`;
const first = <T>(xs: T[]) => xs[0];
const last = <T>(xs: T[]) => xs[xs.length - 1];
const list = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${last(xs)}`);

export const removalsByYearSpec: ChartSpec<RemovalsByYear, RenderOptions, YearBar> = {
  slug: "removals-by-year",
  select: (file: Context) => file.byYear,
  title: (d) => {
    const peak = d.years.reduce((a, b) => (b.total > a.total ? b : a));
    const split = d.years.filter((y) => y.convictedShare !== null);
    const [a, b] = [first(split), last(split)];
    const trend = a && b && a !== b ? `; the share with a conviction ${b.convictedShare! >= a.convictedShare! ? "rose" : "fell"} from ${formatPercent(a.convictedShare!, 0)} (${fy(a.fiscalYear)}) to ${formatPercent(b.convictedShare!, 0)} (${fy(b.fiscalYear)})` : "";
    return `All ICE removals peaked in ${fy(peak.fiscalYear)}${trend}`;
  },
  page: "context",
  file: "context.json",
  unit: "removals (persons)",
  period: (d) => `${fy(first(d.years).fiscalYear)}–${fy(last(d.years).fiscalYear)}`,
  subtitle: (d) => {
    const computed = d.years.filter((y) => y.notConvictedComputed).map((y) => fy(y.fiscalYear));
    const firstSplit = d.years.find((y) => y.convicted !== null);
    const totals = d.conflict.totals;
    return (
      `All ICE removals (not only Secure Communities), ${fy(first(d.years).fiscalYear)}–${fy(last(d.years).fiscalYear)}, persons, ` +
      `by ICE's labels: convicted, and not convicted (“non-criminal”). ` +
      (firstSplit ? `No split published before ${fy(firstSplit.fiscalYear)}. ` : "") +
      `From ${fy(d.returnsFrom)}, counts include returns. ` +
      (computed.length ? `Dashed outline: computed (total minus convicted), ${list(computed)}. ` : "") +
      `Ticks on ${fy(d.conflict.fiscalYear)}: ${totals.length} totals ICE published that disagree; the bar uses ${formatCount(totals.find((t) => t.inSeries)!.value)}.`
    );
  },
  render: (d, {width}) => removalsByYear(d.years, {width, conflict: d.conflict}),
  describe: (d) => {
    const start = first(d.years);
    const peak = d.years.reduce((a, b) => (b.total > a.total ? b : a));
    const end = last(d.years);
    const split = d.years.filter((y) => y.convictedShare !== null);
    const low = split.reduce((a, b) => (b.convictedShare! < a.convictedShare! ? b : a));
    const high = split.reduce((a, b) => (b.convictedShare! > a.convictedShare! ? b : a));
    const [from, to] = low.fiscalYear < high.fiscalYear ? [low, high] : [high, low];
    return (
      `All ICE removals rose from ${formatCount(start.total)} in ${fy(start.fiscalYear)} to a peak of ${formatCount(peak.total)} in ${fy(peak.fiscalYear)}, ` +
      `then fell to ${formatCount(end.total)} in ${fy(end.fiscalYear)} (from ${fy(d.returnsFrom)} the counts include returns). ` +
      `The share of removals of people with a criminal conviction ${from === low ? "rose" : "fell"} from ${from === low ? "a low of " : "a high of "}${formatPercent(from.convictedShare!)} in ${fy(from.fiscalYear)} ` +
      `to ${from === low ? "a high of " : "a low of "}${formatPercent(to.convictedShare!)} in ${fy(to.fiscalYear)} (computed from ICE's counts). ` +
      `For ${fy(d.conflict.fiscalYear)}, ICE documents give ${d.conflict.totals.length} different totals: ${list(d.conflict.totals.map((t) => formatCount(t.value)))}.`
    );
  },
  table: (d) => ({
    columns: [
      {key: "fiscalYear", label: "Fiscal year", format: fy},
      {key: "total", label: "All ICE removals", format: formatCount},
      {key: "convicted", label: "Convicted", format: formatCount},
      {key: "notConvicted", label: "Not convicted (“non-criminal”)", format: formatCount},
      {key: "notConvictedComputed", label: "Not convicted: how we know", format: (v: boolean) => (v ? "computed: total minus convicted" : "published by ICE")},
      {key: "convictedShare", label: "Convicted share (computed)", format: (v: number) => formatPercent(v)},
      {key: "includesReturns", label: "Includes returns", format: (v: boolean) => (v ? "yes" : "no")},
      {key: "lagExcludedTotal", label: "ICE total excluding the prior-year “lag”", format: formatCount}
    ],
    // Years before the split have no "how we know" for a figure that does not exist.
    rows: d.years.map((y) => (y.notConvicted === null ? ({...y, notConvictedComputed: null} as unknown as YearBar) : y))
  })
};

export const removalsByMonthSpec: ChartSpec<RemovalsByMonth, RenderOptions, MonthPoint> = {
  slug: "removals-by-month",
  select: (file: Context) => file.byMonth,
  title: (d) => {
    const full = d.months.filter((m) => !m.partial);
    const i = full.findIndex((m) => m.convicted > m.notConvicted);
    if (i < 0) return "In every month shown, ICE removed more people without a conviction than with one";
    const after = full.slice(i).every((m) => m.convicted > m.notConvicted);
    return after
      ? `From ${formatDate(full[i].month)} on, most people ICE removed each month had a criminal conviction`
      : `ICE first removed more people with a conviction than without one in ${formatDate(full[i].month)}`;
  },
  page: "context",
  file: "context.json",
  unit: "removals per month (persons)",
  period: (d) => `${formatDate(first(d.months).month)} – ${formatDate(last(d.months).month)}`,
  subtitle: (d) => {
    const partial = d.months.filter((m) => m.partial);
    return (
      `All ICE removals (not only Secure Communities) per month, ${formatDate(first(d.months).month)} – ${formatDate(last(d.months).month)}, persons, ` +
      `by ICE's labels: convicted, and not convicted (“non-criminal”). Counts include returns. ` +
      partial.map((m) => `${formatDate(m.month)} is a partial month: ICE's data run only to ${formatDate(m.through)} (dashed line, open circles). `).join("") +
      `Shaded: ${formatPeriod(d.headline.start, d.headline.end)}, the period of the ${formatCount(d.headline.removed)} removals through Secure Communities.`
    );
  },
  render: (d, {width}) =>
    removalsByMonth(d.months, {width, band: {start: d.headline.start, end: d.headline.end, label: width < 520 ? "SC figure's period" : `Period of the ${formatCount(d.headline.removed)} SC removals`}}),
  describe: (d) => {
    const full = d.months.filter((m) => !m.partial);
    const a = first(full);
    const b = last(full);
    const cross = full.find((m) => m.convicted > m.notConvicted);
    const partial = d.months.filter((m) => m.partial);
    return (
      `In ${formatDate(a.month)}, ICE removed ${formatCount(a.convicted)} people with a criminal conviction and ${formatCount(a.notConvicted)} without one. ` +
      `In ${formatDate(b.month)}, the last full month, the counts were ${formatCount(b.convicted)} and ${formatCount(b.notConvicted)}. ` +
      (cross ? `The first month in which convicted removals outnumbered the others was ${formatDate(cross.month)}. ` : "") +
      partial.map((m) => `${formatDate(m.month)} is partial (data to ${formatDate(m.through)}): ${formatCount(m.convicted)} convicted and ${formatCount(m.notConvicted)} not convicted so far.`).join(" ")
    );
  },
  table: (d) => ({
    columns: [
      {key: "month", label: "Month", format: formatDate},
      {key: "fiscalYear", label: "Fiscal year", format: fy},
      {key: "total", label: "All ICE removals", format: formatCount},
      {key: "convicted", label: "Convicted", format: formatCount},
      {key: "notConvicted", label: "Not convicted (“non-criminal”)", format: formatCount},
      {key: "through", label: "Partial month: data to", format: formatDate}
    ],
    rows: d.months
  })
};

export const programShareSpec: ChartSpec<ProgramShare, RenderOptions, ProgramShareRow> = {
  slug: "program-share",
  select: (file: Context) => file.programShare,
  title: (d) => {
    const [a, b] = [first(d.shares), last(d.shares)];
    if (!a) return "GAO gave no share of ICE removals for Secure Communities";
    if (a === b) return `Secure Communities accounted for ${shareLabel(a)} of all ICE removals in ${fy(a.fiscalYear)}`;
    return `Secure Communities' share of all ICE removals ${b.share >= a.share ? "grew" : "fell"} from ${shareLabel(a)} in ${fy(a.fiscalYear)} to ${shareLabel(b)} in ${fy(b.fiscalYear)}`;
  },
  page: "context",
  file: "context.json",
  unit: "percent of all ICE removals",
  period: (d) => list(d.shares.map((s) => fy(s.fiscalYear))),
  subtitle: (d) =>
    `Share of all ICE removals attributable to Secure Communities, ${list(d.shares.map((s) => fy(s.fiscalYear)))}, percent, as GAO worded it (ICE label: removed). ` +
    `Each bar's full width is all ICE removals that fiscal year.` +
    (d.shares.some((s) => s.roughCount !== null) ? ` The count under a bar is our rough computation, not a GAO figure.` : ""),
  render: (d, {width}) => programShare(d.shares, {width}),
  describe: (d) => {
    const parts = d.shares.map((s) => `${shareLabel(s)} in ${fy(s.fiscalYear)}`);
    const rough = d.shares.filter((s) => s.roughCount !== null);
    return (
      (parts.length === 2
        ? `GAO reported that the share of all ICE removals attributable to Secure Communities went from ${parts[0]} to ${parts[1]}. `
        : `GAO reported that the share of all ICE removals attributable to Secure Communities was ${list(parts)}. `) +
      rough
        .map(
          (s) =>
            `Applied to ICE's ${formatCount(s.allRemovals)} removals in ${fy(s.fiscalYear)}, ${shareLabel(s)} is roughly ${formatCount(s.roughCount!)} people: ` +
            `a rough computation of ours, no more precise than GAO's “about”.`
        )
        .join(" ")
    );
  },
  table: (d) => ({
    columns: [
      {key: "fiscalYear", label: "Fiscal year", format: fy},
      {key: "share", label: "Share attributable to Secure Communities (GAO)", format: (v: number) => `${v}%`},
      {key: "qualifier", label: "GAO's wording", format: (q: string) => (q === "exact" ? "exact" : q.replace("_", " "))},
      {key: "allRemovals", label: "All ICE removals that year", format: formatCount},
      {key: "roughCount", label: "Rough count (computed: share × all removals, to the nearest 1,000)", format: formatCount}
    ],
    rows: d.shares
  })
};

export const specs = [removalsByYearSpec, removalsByMonthSpec, programShareSpec];
