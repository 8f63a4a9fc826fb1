// The project's own rules, beyond what data/datapackage.json can declare:
// list foreign keys resolve, every source is cited, a source cited for a
// number carries its quote, parts never exceed their whole, cumulative series
// never decrease and equal the running sum of their increments, and a state's
// first activation is not after its last, the per-state monthly counts add up
// to the national ones; and the root rules of quote-rules.ts (real titles, a
// figure's quote carries the figure). Each failure is a DataError naming
// file, line, column and rule.
import type {DataPackage} from "./data-package.js";
import {datasetKey, sourceIdFields} from "./data-package.js";
import {basename} from "node:path";
import type {CountyMonth, MonthRemovals, Snapshot, StateActivation, StateCountiesMonth, Tables, YearRemovals} from "./tables.js";
import {DataError, type Located, type Table} from "./table.js";
import {checkQuoteRules, declaresHow} from "./quote-rules.js";

type AnyTable = Table<Record<string, unknown>>;

/**
 * Snapshot figures that are parts of another snapshot figure: the parts,
 * added up, may not exceed the whole. Ids are those of data/sc_snapshots.csv.
 */
export const SNAPSHOT_PARTS: readonly {whole: string; parts: string[]}[] = [
  {whole: "jun2010-removed", parts: ["jun2010-non-criminal", "jun2010-level1"]},
  {whole: "mar2011-deported", parts: ["mar2011-convicted-deported"]}
];

/** Every rule, in the order a person fixing the data would want them reported. */
export function checkRules(pkg: DataPackage, t: Tables): void {
  checkListForeignKeys(pkg, t);
  checkSourcesCited(pkg, t);
  checkSnapshotParts(t.snapshots);
  checkYearParts(t.removalsByYear);
  checkMonthParts(t.removalsByMonth);
  checkCumulative(t.countyActivations);
  checkStates(t.stateActivations);
  checkStateMonths(t.stateCountiesMonthly, t.countyActivations);
  checkPercentValues(t.snapshots);
  checkPercentValues(t.removalsReported);
  checkPercentValues(t.studies);
  // The root rules: real titles, verbatim quotes, and every figure carried by a quote of its sources.
  checkQuoteRules(
    t.sources,
    pkg.resources.map((resource) => {
      const table = tableOf(t, resource.name);
      return {name: basename(resource.path), file: table.file, rows: table.rows};
    })
  );
}

const tableOf = (t: Tables, name: string) => (t as unknown as Record<string, AnyTable>)[datasetKey(name)];

/** Each value of an "x-list" field with a list foreign key is a key of the referenced resource. */
export function checkListForeignKeys(pkg: DataPackage, t: Tables): void {
  // The keys of each referenced file, gathered once: a dozen files reference sources.csv.
  const keysOf = new Map<string, Set<unknown>>();
  for (const resource of pkg.resources) {
    const table = tableOf(t, resource.name);
    for (const fk of resource.schema["x-listForeignKeys"] ?? []) {
      const target = pkg.resources.find((r) => r.name === fk.reference.resource)!;
      const reference = `${target.name}\n${fk.reference.fields}`;
      let known = keysOf.get(reference);
      if (!known) keysOf.set(reference, (known = new Set(tableOf(t, target.name).rows.map(({row}) => row[fk.reference.fields]))));
      for (const {row, line} of table.rows) {
        for (const id of (row[fk.fields] as string[] | null) ?? []) {
          if (!known.has(id)) throw new DataError(table.file, line, fk.fields, "known source id", `"${id}" is not an id in data/${target.path}`);
        }
      }
    }
  }
}

/** A table holds numbers if any of its fields is numeric; its sources must carry the passage that states them. */
function holdsNumbers(fields: readonly {type: string}[]): boolean {
  return fields.some((f) => f.type === "integer" || f.type === "number");
}

/** Every source is cited by some row; a source cited for a number carries its quote. */
export function checkSourcesCited(pkg: DataPackage, t: Tables): void {
  const used = new Set<string>();
  const forFigures = new Map<string, string>();
  for (const resource of pkg.resources) {
    const table = tableOf(t, resource.name);
    const numeric = holdsNumbers(resource.schema.fields);
    const columns = sourceIdFields(resource);
    for (const {row, line} of table.rows) {
      // A study row with no value cites a source for words, not for a number.
      // A row whose note says how its figure was obtained (quote-rules.ts) needs no quote from its sources.
      const isNumber = numeric && !("value" in row && row.value === null) && !declaresHow(row.note);
      for (const column of columns) {
        for (const id of (row[column] as string[] | null) ?? []) {
          used.add(id);
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

export function checkSnapshotParts(table: Table<Snapshot>, groups = SNAPSHOT_PARTS): void {
  const byId = new Map(table.rows.map((r) => [r.row.id, r]));
  for (const {whole, parts} of groups) {
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

/** Within one row, the named part columns (empty counts as 0) add up to at most the whole column (if given). */
export function checkPartsOfTotal(file: string, {row, line}: Located<object>, whole: string, parts: string[]): void {
  const values = row as Record<string, number | null>;
  const total = values[whole];
  if (total === null) return;
  let sum = 0;
  for (const name of parts) {
    sum += values[name] ?? 0;
    if (sum > total) throw new DataError(file, line, name, "parts never exceed their whole", `${parts.join(" + ")} exceed ${whole} (${total})`);
  }
}

export function checkYearParts(table: Table<YearRemovals>): void {
  for (const r of table.rows) {
    checkPartsOfTotal(table.file, r, "total_removals", ["convicted_removals", "non_convicted_removals"]);
    checkPartsOfTotal(table.file, r, "convicted_removals", ["level1", "level2", "level3"]);
    checkPartsOfTotal(table.file, r, "total_removals", ["lag_excluded_total"]);
  }
}

export function checkMonthParts(table: Table<MonthRemovals>): void {
  for (const r of table.rows) {
    checkPartsOfTotal(table.file, r, "total_removals", ["convicted_removals", "non_convicted_removals"]);
  }
}

/** Months strictly increase; the cumulative count never decreases and equals the running sum of new activations. */
export function checkCumulative(table: Table<CountyMonth>): void {
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

/** A state's dated counties are among its counties, and its first activation is not after its last. */
export function checkStates(table: Table<StateActivation>): void {
  for (const {row, line} of table.rows) {
    if (row.counties_with_activation_date > row.counties) {
      throw new DataError(table.file, line, "counties_with_activation_date", "parts never exceed their whole", `${row.counties_with_activation_date} exceeds counties (${row.counties})`);
    }
    if (row.first_county_activated > row.last_county_activated) {
      throw new DataError(table.file, line, "last_county_activated", "first date not after last date", `${row.first_county_activated} is after ${row.last_county_activated}`);
    }
  }
}

/** A figure whose unit is "percent" lies in [0, 100]. */
export function checkPercentValues(table: Table<{unit: string | null; value: number | null}>): void {
  for (const {row, line} of table.rows) {
    if (row.unit === "percent" && row.value !== null && (row.value < 0 || row.value > 100)) {
      throw new DataError(table.file, line, "value", "percentage in [0, 100]", `${row.value} is not a percentage`);
    }
  }
}

/**
 * The per-state monthly counts (one row per state and month: the primary key): within a state
 * the active count never decreases, never exceeds the state's dated counties,
 * and that denominator stays the same every month; each state has every month
 * of the national series; and the states of a month add up to the national
 * cumulative count of sc_county_activations_monthly.csv.
 */
export function checkStateMonths(table: Table<StateCountiesMonth>, national: Table<CountyMonth>): void {
  const seen = new Map<string, number>();
  const previous = new Map<string, Located<StateCountiesMonth>>();
  const sums = new Map<string, {sum: number; line: number}>();
  for (const r of table.rows) {
    const {row, line} = r;
    const key = `${row.state_fips} ${row.month}`;
    // One row per state and month is the package's primary key (table.ts checks it as the file is read).
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
  // Each state's months counted in one pass (filtering every key once per
  // state cost 2 seconds of the data-failures sweep).
  const monthsOf = new Map<string, number>();
  for (const key of seen.keys()) {
    const fips = key.slice(0, key.indexOf(" "));
    monthsOf.set(fips, (monthsOf.get(fips) ?? 0) + 1);
  }
  for (const [fips, {line}] of previous) {
    const n = monthsOf.get(fips) ?? 0;
    if (n !== months.size) throw new DataError(table.file, line, "month", "every month for every state", `state ${fips} has ${n} of ${months.size} months`);
  }
}

