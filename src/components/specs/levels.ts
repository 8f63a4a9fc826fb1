// The "What ICE counted" page's charts: the no-conviction share across the
// published snapshots, and the only sourced Level 2 / Level 3 split (bookings).
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Booking, Bookings, LevelsPage, ShareSnapshot, ShareSnapshots} from "../../data/lib/levels.js";
import {shareLabel, shareSnapshotsChart} from "../share-snapshots.js";
import {bookingsChart} from "../bookings-chart.js";
import {formatCount, formatDate, formatFigure, formatPercent, formatPeriod} from "../format.js";

function firstAndLast(d: ShareSnapshots): [string, string] {
  const starts = d.rows.map((r) => r.periodStart).filter((s): s is string => s !== null).sort();
  const ends = d.rows.map((r) => r.periodEnd).sort();
  return [starts[0] ?? ends[0], ends[ends.length - 1]];
}

const basisText: Record<ShareSnapshot["basis"], string> = {
  counts: "computed from published counts",
  words: "the source's words",
  complement: "computed from an approximate share"
};

export const shareWithoutConviction: ChartSpec<ShareSnapshots, RenderOptions, ShareSnapshot> = {
  slug: "share-without-conviction",
  title: "Around a quarter to three in ten, in every snapshot",
  page: "levels",
  file: "levels.json",
  select: (f: LevelsPage) => f.shares,
  unit: "percent of people removed",
  period: (d) => {
    const [start, end] = firstAndLast(d);
    return formatPeriod(start, end);
  },
  subtitle: (d) => {
    const [start, end] = firstAndLast(d);
    return (
      `Share of people removed through Secure Communities whom ICE counted as “non-criminal” (no criminal conviction), ` +
      `in each published snapshot, ${formatPeriod(start, end)}. Each snapshot counts from the program's start to the date shown.`
    );
  },
  render: (d, {width}) => shareSnapshotsChart(d.rows, {width}),
  describe: (d) => {
    if (!d.rows.length) return "No published snapshots.";
    const exact = d.rows.filter((r) => r.basis === "counts");
    const rough = d.rows.filter((r) => r.basis !== "counts");
    const lo = Math.min(...exact.map((r) => r.share));
    const hi = Math.max(...exact.map((r) => r.share));
    const roughLo = Math.min(...rough.map((r) => r.share));
    const roughHi = Math.max(...rough.map((r) => r.share));
    const at = (r: ShareSnapshot) => `${shareLabel(r)} (${r.source}, to ${formatDate(r.periodEnd)})`;
    return (
      `In ${d.rows.length} published snapshots, the share of people removed with no criminal conviction stays between about a quarter and three in ten. ` +
      (exact.length ? `The shares computed from published counts run from ${formatPercent(lo)} to ${formatPercent(hi)}: ${exact.map(at).join(" and ")}. ` : "") +
      (rough.length
        ? `The rough shares stated by sources run from ${formatFigure(roughLo, "exact", "percent")} to ${formatFigure(roughHi, "exact", "percent")}: ${rough.map(at).join("; ")}.`
        : "")
    );
  },
  table: (d) => ({
    columns: [
      {key: "periodStart", label: "Period start", format: (v: string) => formatDate(v)},
      {key: "periodEnd", label: "Period end", format: (v: string) => formatDate(v)},
      {key: "share", label: "Share with no conviction", format: (v: number) => formatPercent(v)},
      {key: "words", label: "Source's words", format: (v: string) => `“${v}”`},
      {key: "basis", label: "How it is known", format: (v: ShareSnapshot["basis"]) => basisText[v]},
      {key: "removed", label: "People removed", format: (v: number) => formatCount(v)},
      {key: "source", label: "Source"},
      {key: "flag", label: "Note"}
    ],
    rows: d.rows
  })
};

export const bookingsFeb2011: ChartSpec<Bookings, RenderOptions, Booking> = {
  slug: "bookings-feb-2011",
  title: "Bookings, not removals: the only Level 2 / Level 3 split",
  page: "levels",
  file: "levels.json",
  select: (f: LevelsPage) => f.bookings,
  unit: "people booked into ICE custody",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d) =>
    `People booked into ICE custody through Secure Communities (bookings, not removals), ${formatPeriod(d.periodStart, d.periodEnd)}, ` +
    `by ICE category: “non-criminal”, Level 2 and Level 3. The source gave no Level 1 figure.`,
  render: (d, {width}) => bookingsChart(d.rows, {width}),
  describe: (d) => {
    const [nc] = d.rows.filter((r) => r.key === "non-criminal");
    return (
      `${formatPeriod(d.periodStart, d.periodEnd)}: ${nc?.count != null ? `${formatCount(nc.count)} people with no criminal conviction (“non-criminal”), ` : ""}` +
      `${formatCount(d.level2)} at Level 2 and ${formatCount(d.level3)} at Level 3 were booked into ICE custody through Secure Communities; ` +
      `the number at Level 1 was not published. Level 3 made up ${formatPercent(d.level3ShareOfLevels23)} of the Level 2 and Level 3 bookings (computed). ` +
      `These are bookings, not removals.`
    );
  },
  table: (d) => ({
    columns: [
      {key: "label", label: "ICE category"},
      {key: "count", label: "People booked into ICE custody", format: (v: number) => formatCount(v)}
    ],
    rows: d.rows
  })
};

export const specs = [shareWithoutConviction, bookingsFeb2011];
