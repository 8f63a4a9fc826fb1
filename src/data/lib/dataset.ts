// Loads every file of data/, validates each against its schema, then checks
// the rules that span rows and files: parts never exceed their whole,
// cumulative series never decrease, every source id exists and every source
// is cited. Loaders call loadDataset() so a build can never publish a figure
// from a data set that breaks one of these rules.
import {fileURLToPath} from "node:url";
import {join} from "node:path";
import * as schemas from "./schemas.js";
import {DataError, readTable, type Located, type Table, type TableSchema} from "./table.js";
import {checkQuoteRules, declaresHow} from "./quote-rules.js";

/** data/ at the project root; SC_DATA_DIR points loaders at another folder (tests use it for malformed fixtures). */
export const DEFAULT_DATA_DIR = process.env.SC_DATA_DIR ?? fileURLToPath(new URL("../../../data/", import.meta.url));

export type Qualifier = (typeof schemas.QUALIFIERS)[number];

export interface Source {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
  quote: string | null;
  summary: string | null;
  kind: "original" | "secondary";
  note: string | null;
}

export interface Snapshot {
  id: string;
  metric: string;
  ice_label: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  period_start: string | null;
  period_end: string;
  published: string | null;
  population: string;
  source_ids: string[];
  note: string | null;
}

export interface YearRemovals {
  fiscal_year: number;
  total_removals: number;
  convicted_removals: number | null;
  non_convicted_removals: number | null;
  level1: number | null;
  level2: number | null;
  level3: number | null;
  lag_excluded_total: number | null;
  total_source_ids: string[];
  split_source_ids: string[] | null;
  level_source_ids: string[] | null;
  lag_source_ids: string[] | null;
  note: string | null;
}

export interface ReportedRemovals {
  fiscal_year: number;
  metric: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  source_ids: string[];
  note: string | null;
}

export interface MonthRemovals {
  month: string;
  fiscal_year: number;
  total_removals: number;
  convicted_removals: number;
  non_convicted_removals: number;
  source_ids: string[];
  note: string | null;
}

export interface JurisdictionCount {
  as_of: string;
  date_precision: string;
  value: number;
  qualifier: Qualifier;
  states: number | null;
  unit: "jurisdictions" | "counties" | "locations";
  source_ids: string[];
  note: string | null;
}

export interface CountyMonth {
  month: string;
  counties_newly_activated: number;
  cumulative_counties_activated: number;
  source_ids: string[];
}

export interface StateActivation {
  state_fips: string;
  counties: number;
  counties_with_activation_date: number;
  first_county_activated: string;
  last_county_activated: string;
  source_ids: string[];
}

export interface StateCountiesMonth {
  state_fips: string;
  month: string;
  counties_active: number;
  counties_with_date: number;
  source_ids: string[];
}

export interface PlaceActivation {
  place: string;
  state: string;
  fips: string;
  activated: string;
  source_ids: string[];
  reported: string | null;
  reported_source_ids: string[] | null;
  reported_text: string | null;
  note: string | null;
}

export interface TimelineEvent {
  date: string;
  date_precision: string;
  event: string;
  category: "program" | "opt-out" | "federal" | "study";
  source_ids: string[];
  quote: string | null;
  note: string | null;
}

export interface StudyFigure {
  id: string;
  study: string;
  figure: string;
  value: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  population: string;
  period: string | null;
  source_ids: string[];
  note: string | null;
}

export interface Definition {
  term: string;
  definition: string;
  source_ids: string[];
}

export interface Dataset {
  sources: Source[];
  snapshots: Snapshot[];
  removalsByYear: YearRemovals[];
  removalsReported: ReportedRemovals[];
  removalsByMonth: MonthRemovals[];
  jurisdictions: JurisdictionCount[];
  countyActivations: CountyMonth[];
  stateActivations: StateActivation[];
  stateCountiesMonthly: StateCountiesMonth[];
  placeActivations: PlaceActivation[];
  timeline: TimelineEvent[];
  studies: StudyFigure[];
  definitions: Definition[];
}

/**
 * Snapshot figures that are parts of another snapshot figure: the parts,
 * added up, may not exceed the whole. Ids are those of data/sc_snapshots.csv.
 */
export const SNAPSHOT_PARTS: readonly {whole: string; parts: string[]}[] = [
  {whole: "jun2010-removed", parts: ["jun2010-non-criminal", "jun2010-level1"]},
  {whole: "mar2011-deported", parts: ["mar2011-convicted-deported"]}
];

function load<R>(dir: string, schema: TableSchema): Table<R> {
  return readTable<R>(join(dir, schema.file), schema);
}

/** Reads and validates all of data/. Throws a DataError naming file, line, column and rule. */
export function loadDataset(dir = DEFAULT_DATA_DIR): Dataset {
  const t = {
    sources: load<Source>(dir, schemas.sources),
    snapshots: load<Snapshot>(dir, schemas.snapshots),
    removalsByYear: load<YearRemovals>(dir, schemas.removalsByYear),
    removalsReported: load<ReportedRemovals>(dir, schemas.removalsReported),
    removalsByMonth: load<MonthRemovals>(dir, schemas.removalsByMonth),
    jurisdictions: load<JurisdictionCount>(dir, schemas.jurisdictions),
    countyActivations: load<CountyMonth>(dir, schemas.countyActivations),
    stateActivations: load<StateActivation>(dir, schemas.stateActivations),
    stateCountiesMonthly: load<StateCountiesMonth>(dir, schemas.stateCountiesMonthly),
    placeActivations: load<PlaceActivation>(dir, schemas.placeActivations),
    timeline: load<TimelineEvent>(dir, schemas.timeline),
    studies: load<StudyFigure>(dir, schemas.studies),
    definitions: load<Definition>(dir, schemas.definitions)
  };
  checkSources(t);
  checkSnapshotParts(t.snapshots);
  checkYearParts(t.removalsByYear);
  checkMonthParts(t.removalsByMonth);
  checkCumulative(t.countyActivations);
  checkStates(t.stateActivations);
  checkStateMonths(t.stateCountiesMonthly, t.countyActivations);
  checkPercentValues(t.snapshots);
  checkPercentValues(t.removalsReported);
  checkPercentValues(t.studies);
  // The root rules: real titles, and every figure carried by a quote of its sources (quote-rules.ts).
  checkQuoteRules(t.sources, (Object.keys(t) as (keyof Dataset)[]).map((k) => ({name: schemas[k].file, file: t[k].file, rows: t[k].rows as unknown as Located<Record<string, unknown>>[]})));
  return Object.fromEntries(Object.entries(t).map(([k, table]) => [k, table.rows.map((r) => r.row)])) as unknown as Dataset;
}

type Tables = {[K in keyof Dataset]: Table<Dataset[K][number]>};

/** Tables whose rows are numbers; their sources must carry the passage that states the number. */
const FIGURE_TABLES: readonly (keyof Dataset)[] = [
  "snapshots",
  "removalsByYear",
  "removalsReported",
  "removalsByMonth",
  "jurisdictions",
  "countyActivations",
  "stateActivations",
  "stateCountiesMonthly",
  "studies"
];

function checkSources(t: Tables): void {
  const known = new Set(t.sources.rows.map(({row}) => row.id));
  const used = new Set<string>();
  const forFigures = new Map<string, string>();
  for (const [name, table] of Object.entries(t) as unknown as [keyof Dataset, Table<Record<string, unknown>>][]) {
    if (name === "sources") continue;
    const idColumns = schemas[name].columns.filter((c) => c.type === "source-ids");
    for (const {row, line} of table.rows) {
      for (const column of idColumns) {
        for (const id of (row[column.name] as string[] | null) ?? []) {
          if (!known.has(id)) throw new DataError(table.file, line, column.name, "known source id", `"${id}" is not an id in data/sources.csv`);
          used.add(id);
          // A row whose note says how its figure was obtained (quote-rules.ts) needs no quote from this source.
          const isNumber = FIGURE_TABLES.includes(name) && !("value" in row && row.value === null) && !declaresHow(row.note);
          if (isNumber && !forFigures.has(id)) forFigures.set(id, `${table.file}:${line}`);
        }
      }
    }
  }
  for (const {row, line} of t.sources.rows) {
    if (!used.has(row.id)) throw new DataError(t.sources.file, line, "id", "every source is cited", `source "${row.id}" is cited by no figure`);
    if (row.quote === null && forFigures.has(row.id)) {
      throw new DataError(t.sources.file, line, "quote", "a source cited for a number carries its quote", `source "${row.id}" is cited by ${forFigures.get(row.id)} but has no quote`);
    }
  }
}

function checkSnapshotParts(table: Table<Snapshot>): void {
  const byId = new Map(table.rows.map((r) => [r.row.id, r]));
  for (const {whole, parts} of SNAPSHOT_PARTS) {
    const w = byId.get(whole);
    if (!w) throw new DataError(table.file, 1, "id", "required figure", `figure "${whole}" is missing`);
    let sum = 0;
    for (const id of parts) {
      const p = byId.get(id);
      if (!p) throw new DataError(table.file, 1, "id", "required figure", `figure "${id}" is missing`);
      sum += p.row.value;
      if (sum > w.row.value) {
        throw new DataError(table.file, p.line, "value", "parts never exceed their whole", `${parts.join(" + ")} add up to more than "${whole}" (${w.row.value}, line ${w.line})`);
      }
    }
  }
}

function checkPartsOfTotal(file: string, {row, line}: Located<object>, whole: string, parts: string[]): void {
  const values = row as Record<string, number | null>;
  const total = values[whole];
  if (total === null) return;
  let sum = 0;
  for (const name of parts) {
    sum += values[name] ?? 0;
    if (sum > total) throw new DataError(file, line, name, "parts never exceed their whole", `${parts.join(" + ")} exceed ${whole} (${total})`);
  }
}

function checkYearParts(table: Table<YearRemovals>): void {
  for (const r of table.rows) {
    checkPartsOfTotal(table.file, r, "total_removals", ["convicted_removals", "non_convicted_removals"]);
    checkPartsOfTotal(table.file, r, "convicted_removals", ["level1", "level2", "level3"]);
    checkPartsOfTotal(table.file, r, "total_removals", ["lag_excluded_total"]);
  }
}

function checkMonthParts(table: Table<MonthRemovals>): void {
  for (const r of table.rows) {
    checkPartsOfTotal(table.file, r, "total_removals", ["convicted_removals", "non_convicted_removals"]);
  }
}

function checkCumulative(table: Table<CountyMonth>): void {
  let previous: Located<CountyMonth> | undefined;
  for (const r of table.rows) {
    const before = previous?.row.cumulative_counties_activated ?? 0;
    if (previous && r.row.month <= previous.row.month) {
      throw new DataError(table.file, r.line, "month", "months in increasing order", `${r.row.month} follows ${previous.row.month}`);
    }
    if (r.row.cumulative_counties_activated < before) {
      throw new DataError(table.file, r.line, "cumulative_counties_activated", "cumulative series never decrease", `${r.row.cumulative_counties_activated} is less than ${before} on line ${previous!.line}`);
    }
    if (r.row.cumulative_counties_activated !== before + r.row.counties_newly_activated) {
      throw new DataError(table.file, r.line, "cumulative_counties_activated", "cumulative equals the running sum of new activations", `expected ${before} + ${r.row.counties_newly_activated}, found ${r.row.cumulative_counties_activated}`);
    }
    previous = r;
  }
}

function checkStates(table: Table<StateActivation>): void {
  for (const {row, line} of table.rows) {
    if (row.counties_with_activation_date > row.counties) {
      throw new DataError(table.file, line, "counties_with_activation_date", "parts never exceed their whole", `${row.counties_with_activation_date} exceeds counties (${row.counties})`);
    }
    if (row.first_county_activated > row.last_county_activated) {
      throw new DataError(table.file, line, "last_county_activated", "first date not after last date", `${row.first_county_activated} is after ${row.last_county_activated}`);
    }
  }
}

/**
 * The per-state monthly counts: one row per state and month; within a state
 * the active count never decreases, never exceeds the state's dated counties,
 * and that denominator stays the same every month; each state has every month
 * of the national series; and the states of a month add up to the national
 * cumulative count of sc_county_activations_monthly.csv.
 */
function checkStateMonths(table: Table<StateCountiesMonth>, national: Table<CountyMonth>): void {
  const seen = new Map<string, number>();
  const previous = new Map<string, Located<StateCountiesMonth>>();
  const sums = new Map<string, {sum: number; line: number}>();
  for (const r of table.rows) {
    const {row, line} = r;
    const key = `${row.state_fips} ${row.month}`;
    if (seen.has(key)) throw new DataError(table.file, line, "month", "one row per state and month", `state ${row.state_fips}, ${row.month} is also on line ${seen.get(key)}`);
    seen.set(key, line);
    if (row.counties_active > row.counties_with_date) {
      throw new DataError(table.file, line, "counties_active", "parts never exceed their whole", `${row.counties_active} exceeds counties_with_date (${row.counties_with_date})`);
    }
    const before = previous.get(row.state_fips);
    if (before) {
      if (row.month <= before.row.month) throw new DataError(table.file, line, "month", "months in increasing order within a state", `${row.month} follows ${before.row.month}`);
      if (row.counties_active < before.row.counties_active) {
        throw new DataError(table.file, line, "counties_active", "cumulative series never decrease", `${row.counties_active} is less than ${before.row.counties_active} on line ${before.line}`);
      }
      if (row.counties_with_date !== before.row.counties_with_date) {
        throw new DataError(table.file, line, "counties_with_date", "same denominator every month", `${row.counties_with_date} differs from ${before.row.counties_with_date} on line ${before.line}`);
      }
    }
    previous.set(row.state_fips, r);
    const s = sums.get(row.month) ?? {sum: 0, line};
    s.sum += row.counties_active;
    s.line = line;
    sums.set(row.month, s);
  }
  for (const {row, line} of national.rows) {
    const s = sums.get(row.month);
    if (!s) throw new DataError(table.file, table.rows.length + 1, "month", "every month of the national series", `no rows for ${row.month} (${national.file}:${line})`);
    if (s.sum !== row.cumulative_counties_activated) {
      throw new DataError(table.file, s.line, "counties_active", "states add up to the national count", `${row.month}: states add up to ${s.sum}, ${national.file}:${line} has ${row.cumulative_counties_activated}`);
    }
  }
  const months = new Set(national.rows.map((r) => r.row.month));
  for (const [key, line] of seen) {
    const month = key.slice(3);
    if (!months.has(month)) throw new DataError(table.file, line, "month", "a month of the national series", `${month} is not a month of ${national.file}`);
  }
  for (const [fips, {line}] of previous) {
    const n = [...seen.keys()].filter((k) => k.startsWith(`${fips} `)).length;
    if (n !== months.size) throw new DataError(table.file, line, "month", "every month for every state", `state ${fips} has ${n} of ${months.size} months`);
  }
}

/** A figure whose unit is "percent" lies in [0, 100]. */
function checkPercentValues(table: Table<{unit: string | null; value: number | null}>): void {
  for (const {row, line} of table.rows) {
    if (row.unit === "percent" && row.value !== null && (row.value < 0 || row.value > 100)) {
      throw new DataError(table.file, line, "value", "percentage in [0, 100]", `${row.value} is not a percentage`);
    }
  }
}
