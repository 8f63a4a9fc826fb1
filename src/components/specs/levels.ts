// The "What ICE counted" page's charts: the no-conviction share across the
// published snapshots, and a sourced Level 2 / Level 3 split of bookings (the sources we found give none for removals).
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Booking, Bookings, LevelsPage, SeriousData, ShareSnapshot, ShareSnapshots, SnapshotCount, SnapshotCounts} from "../../lib/chart-data/levels.js";
import {SERIOUS_DEFINITIONS, seriousRange, seriousRecord, type SeriousDefinition} from "../../lib/assumptions.js";
import {L3_STEP, snapLevel3Share, seriousRangeChart} from "../serious-range.js";
import {redrawSnapshotUnits, snapshotUnitsChart, type SnapshotUnit} from "../snapshot-units.js";
import {PEOPLE_PER_SQUARE} from "../unit-chart.js";
import {shareLabel, shareSnapshotsChart} from "../share-snapshots.js";
import {bookingsChart} from "../bookings-chart.js";
// The page's prose uses these too; importing them from here keeps the page's
// chart code in one file rather than three (see scripts/bundle-config.ts).
export {shareLabel, snapLevel3Share};
export {SERIOUS_DEFINITIONS, seriousRange, seriousRecord};
export {L3_STEP, moveAssumed} from "../serious-range.js";
import {formatCount, formatDate, formatFigure, formatPercent, formatPeriod} from "../../lib/format.js";

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

/** "2010" or "2010 to 2012": the years the snapshots' periods end in. */
function snapshotYears(ends: string[]): string {
  const years = ends.map((e) => e.slice(0, 4)).sort();
  return years[0] === years.at(-1) ? years[0] : `${years[0]} to ${years.at(-1)}`;
}

/** The lowest and highest share, whole percent ("21%–30%"): the finding the title states, read from the rows. */
function shareSpan(shares: number[]): string {
  const [lo, hi] = [Math.min(...shares), Math.max(...shares)].map((v) => formatPercent(v, 0));
  return lo === hi ? `about ${lo}` : `${lo} to ${hi}`;
}

export const shareWithoutConviction: ChartSpec<ShareSnapshots, RenderOptions, ShareSnapshot> = {
  slug: "share-without-conviction",
  // Names the years shown, so it claims nothing beyond them when rows are added.
  title: (d) =>
    d.rows.length
      ? `${d.rows.length > 1 ? `Each snapshot from ${snapshotYears(d.rows.map((r) => r.periodEnd))}` : `The ${snapshotYears([d.rows[0].periodEnd])} snapshot`} put the share with no conviction at ${shareSpan(d.rows.map((r) => r.share))}`
      : "No published snapshots",
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
      `In ${d.rows.length} published snapshots, the share of people removed with no criminal conviction runs from ${formatFigure(Math.min(...d.rows.map((r) => r.share)), "about", "percent")} to ${formatFigure(Math.max(...d.rows.map((r) => r.share)), "about", "percent")}. ` +
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
  title: (d) => `In bookings to ${formatDate(d.periodEnd)}, ${formatPercent(d.level3ShareOfLevels23, 0)} of Levels 2–3 were Level 3 (bookings, not removals)`,
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

// --- The page's controls -------------------------------------------------

export interface SeriousOptions extends RenderOptions {
  /** Which ICE categories count as "serious" (default: any conviction, ICE's own line). */
  definition?: SeriousDefinition;
  /** Assumed share of Level 3 among Levels 2–3, percent (default: the Feb 2011 bookings split). */
  level3Share?: number;
}

/** The default definition: any conviction, the line ICE itself drew ("non-criminal" = no conviction). */
export const DEFAULT_DEFINITION: SeriousDefinition = "any";

/** The default assumption: Level 3's share of the Level 2 and Level 3 bookings, Oct 2008 – Feb 2011, rounded to the slider's step. */
export const defaultLevel3Share = (d: SeriousData) => snapLevel3Share(d.bookings.level3Share);

export const definitionLabel = (key: SeriousDefinition) => SERIOUS_DEFINITIONS.find((d) => d.key === key)!.label;

function seriousOptions(d: SeriousData, o: SeriousOptions): {definition: SeriousDefinition; level3Share: number} {
  return {definition: o.definition ?? DEFAULT_DEFINITION, level3Share: o.level3Share ?? defaultLevel3Share(d)};
}

export interface SeriousRow {
  label: string;
  atNone: number;
  atAssumed: number;
  atAll: number;
  peopleAtAssumed: number;
  assumed: boolean;
}

export const seriousRecordRange: ChartSpec<SeriousData, SeriousOptions, SeriousRow> = {
  slug: "serious-record-range",
  title: (d) => {
    const shares = SERIOUS_DEFINITIONS.flatMap(({key}) => seriousRange(d, key).map((r) => r.notSeriousShare));
    return `From ${formatPercent(Math.min(...shares), 0)} to ${formatPercent(Math.max(...shares), 0)} had no “serious” record, depending on what counts as serious`;
  },
  page: "levels",
  file: "levels.json",
  select: (f: LevelsPage) => f.serious,
  unit: "percent of people removed",
  period: (d) => formatPeriod(d.periodStart, d.periodEnd),
  subtitle: (d, o) => {
    const {definition} = seriousOptions(d, o);
    return (
      `Share of the ${formatCount(d.removed)} people removed through Secure Communities, ${formatPeriod(d.periodStart, d.periodEnd)}, ` +
      `with no “serious” record under three definitions built from ICE's categories (“non-criminal”, Level 1, Levels 2–3). ` +
      `“Levels 1 and 2” depends on how Levels 2–3 split into Level 2 and Level 3, which the sources we found do not give for these removals: ` +
      `its bar spans every possible split, and the dot on it marks the assumed one. In bold: ${definitionLabel(definition)}.`
    );
  },
  render: (d, o) => seriousRangeChart(d, {width: o.width, ...seriousOptions(d, o)}),
  describe: (d, o) => {
    const {definition, level3Share} = seriousOptions(d, o);
    const r = seriousRecord(d, definition, level3Share);
    const [lo, hi] = seriousRange(d, "l12");
    const l1 = seriousRecord(d, "l1", level3Share);
    const any = seriousRecord(d, "any", level3Share);
    return (
      `Under “${definitionLabel(definition)}”, ${formatCount(Math.round(r.notSerious))} of the ${formatCount(d.removed)} people removed (${formatPercent(r.notSeriousShare)}) had no serious record` +
      (r.assumed ? `, assuming ${formatPercent(level3Share)} of Levels 2–3 were Level 3 (an assumption). ` : `; this does not depend on the assumed split. `) +
      `Under “Levels 1 and 2” the answer runs from ${formatPercent(lo.notSeriousShare)} (if none of Levels 2–3 were Level 3) to ${formatPercent(hi.notSeriousShare)} (if all were). ` +
      `Under “Level 1 only” it is ${formatPercent(l1.notSeriousShare)}; under “Any conviction”, ICE's own line, ${formatPercent(any.notSeriousShare)}.`
    );
  },
  table: (d, o) => {
    const {level3Share} = seriousOptions(d, o);
    return {
      columns: [
        {key: "label", label: "What counts as serious"},
        {key: "atNone", label: "No serious record if 0% of Levels 2–3 were Level 3", format: (v: number) => formatPercent(v)},
        {key: "atAssumed", label: `… if ${formatPercent(level3Share)} were (assumed)`, format: (v: number) => formatPercent(v)},
        {key: "atAll", label: "… if 100% were", format: (v: number) => formatPercent(v)},
        {key: "peopleAtAssumed", label: `People with no serious record at ${formatPercent(level3Share)}`, format: (v: number) => formatCount(Math.round(v))},
        {key: "assumed", label: "Depends on the assumption", format: (v: boolean) => (v ? "yes" : "no")}
      ],
      rows: SERIOUS_DEFINITIONS.map(({key, label}) => {
        const [none, all] = seriousRange(d, key);
        const at = seriousRecord(d, key, level3Share);
        return {label, atNone: none.notSeriousShare, atAssumed: at.notSeriousShare, atAll: all.notSeriousShare, peopleAtAssumed: at.notSerious, assumed: at.assumed};
      })
    };
  },
  // def = what counts as a serious record, l3 = the assumed Level 3 share of Levels 2–3.
  view: {
    params: (d) => ({
      def: {kind: "choice", default: DEFAULT_DEFINITION, values: SERIOUS_DEFINITIONS.map((x) => x.key)},
      l3: {kind: "number", default: defaultLevel3Share(d), min: 0, max: 100, step: L3_STEP}
    }),
    options: (v) => ({definition: v.def as SeriousDefinition, level3Share: Number(v.l3)}),
    values: (o) => ({def: o.definition, l3: o.level3Share}),
    assumed: (o, d) => [{value: formatPercent(seriousOptions(d, o).level3Share), what: "of Levels 2–3 were Level 3 (ICE published no split)"}]
  }
};

export interface SnapshotOptions extends RenderOptions {
  /** The snapshot's key, YYYY-MM (default: the first, June 2010). */
  snap?: string;
}

/** The chosen snapshot, or the first when the key is unknown. */
export function chosenSnapshot(d: SnapshotCounts, key?: string): SnapshotCount {
  return d.rows.find((r) => r.key === key) ?? d.rows[0];
}

/** People per square: 100 in every snapshot, as on every page (approximate counts keep their "about" in the labels). */
export function snapshotUnit(_r: SnapshotCount): number {
  return PEOPLE_PER_SQUARE;
}

/** The snapshot as the unit chart's two groups. */
export function snapshotGroups(r: SnapshotCount): SnapshotUnit[] {
  return [
    {key: "not-convicted", label: "No conviction", count: r.notConvicted.value, share: r.notConvictedShare.value, qualifier: r.notConvicted.qualifier},
    {key: "convicted", label: "Convicted", count: r.convicted.value, share: r.convictedShare.value, qualifier: r.convicted.qualifier}
  ];
}

const fig = (f: {value: number; qualifier: SnapshotCount["removed"]["qualifier"]}, unit?: string) => formatFigure(f.value, f.qualifier, unit);
const share = (f: SnapshotCount["notConvictedShare"]) => (f.qualifier === "exact" ? formatPercent(f.value) : formatFigure(f.value, f.qualifier, "percent"));

export interface SnapshotRow {
  periodEnd: string;
  removed: number;
  convicted: number;
  notConvicted: number;
  notConvictedShare: number;
  qualifier: string;
  how: string;
  source: string;
}

export const snapshotUnits: ChartSpec<SnapshotCounts, SnapshotOptions, SnapshotRow> = {
  slug: "snapshot-units",
  title: (d) => {
    const years = snapshotYears(d.rows.map((r) => r.periodEnd));
    return `${d.rows.length > 1 ? `In each snapshot from ${years}` : `In ${years}`}, ${shareSpan(d.rows.map((r) => r.convictedShare.value))} of the people removed had a criminal conviction`;
  },
  page: "levels",
  file: "levels.json",
  select: (f: LevelsPage) => f.snapshots,
  unit: "people removed",
  period: (d) => formatPeriod(d.rows[0]?.periodStart ?? null, d.rows[d.rows.length - 1]?.periodEnd ?? ""),
  subtitle: (d, {snap}) => {
    const r = chosenSnapshot(d, snap);
    const unit = snapshotUnit(r);
    return (
      `People ${r.verb} through Secure Communities, ${formatPeriod(r.periodStart, r.periodEnd)} (${r.source}), by whether they had a criminal conviction ` +
      `(ICE's “non-criminal”: no conviction). One square = ${formatCount(unit)} people.` +
      (r.convicted.how && r.convicted.qualifier !== "exact" ? " Both counts are computed from approximate figures, so they are approximate." : "")
    );
  },
  render: (d, {width, snap}) => snapshotUnitsChart(snapshotGroups(chosenSnapshot(d, snap)), {width}),
  update: (chart, d, {width, snap}) => redrawSnapshotUnits(chart, snapshotGroups(chosenSnapshot(d, snap)), {width}),
  describe: (d, {snap}) => {
    const r = chosenSnapshot(d, snap);
    return (
      `From ${formatDate(r.periodStart)} to ${formatDate(r.periodEnd)}, ${fig(r.removed)} people were ${r.verb} through Secure Communities (${r.source}): ` +
      `${fig(r.convicted)} with a criminal conviction and ${fig(r.notConvicted)} without one, ${share(r.notConvictedShare)} (computed). ` +
      `Each snapshot counts from the program's start, so each includes the ones before it.`
    );
  },
  table: (d) => ({
    columns: [
      {key: "periodEnd", label: "Period end", format: (v: string) => formatDate(v)},
      {key: "removed", label: "People removed", format: formatCount},
      {key: "convicted", label: "With a conviction", format: formatCount},
      {key: "notConvicted", label: "With no conviction", format: formatCount},
      {key: "notConvictedShare", label: "Share with no conviction", format: (v: number) => formatPercent(v)},
      {key: "qualifier", label: "Precision"},
      {key: "how", label: "How it is known"},
      {key: "source", label: "Source"}
    ],
    rows: d.rows.map((r) => ({
      periodEnd: r.periodEnd,
      removed: r.removed.value,
      convicted: r.convicted.value,
      notConvicted: r.notConvicted.value,
      notConvictedShare: r.notConvictedShare.value,
      qualifier: r.removed.qualifier === "exact" ? "exact counts" : `approximate (“${fig(r.removed)}” and “${fig(r.convictedShare, "percent")}” with a conviction)`,
      how: [r.convicted.how && `with a conviction: ${r.convicted.how}`, r.notConvicted.how && `with no conviction: ${r.notConvicted.how}`, `share: ${r.notConvictedShare.how}`].filter(Boolean).join("; "),
      source: r.source
    }))
  }),
  // snap = the snapshot's key (its period end, YYYY-MM).
  view: {
    params: (d) => ({snap: {kind: "choice", default: d.rows[0]?.key ?? "", values: d.rows.map((r) => r.key)}}),
    options: (v) => ({snap: String(v.snap)}),
    values: (o) => ({snap: o.snap})
  }
};

export const specs = [shareWithoutConviction, bookingsFeb2011, seriousRecordRange, snapshotUnits];
