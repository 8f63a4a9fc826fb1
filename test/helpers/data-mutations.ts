// The mutation tests of data/ (test/data-failures*.test.ts): bad data anywhere fails in one line. For every file of data/, rows are
// deleted, duplicated and reordered; every loader then either succeeds or
// fails with a DataError whose message is one line naming file, line, column
// and rule, never another error. A loader run as a process prints that one
// line, prefixed "Data error: ", and no stack trace.
//
// About 6,000 mutations run, so each costs as little as it can without
// skipping a check: a file the mutation left alone is not parsed again (its
// validated table is kept while its text is unchanged), and the sources the
// other files cite are counted once per row; files are read from memory and
// written to disk only when the loaders are about to read them; the data set
// is still validated whole (every table, then every cross-file rule) for
// every mutation, and the loaders run on each one that passes.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {csvParse} from "d3";
import {DataError} from "../../src/data/lib/data-error.js";
import {readPackage, sourceIdFields, type Resource} from "../../src/data/lib/data-package.js";
import {loadDataset, type Dataset} from "../../src/data/lib/dataset.js";
import {parseTable, tableFileName, type Table} from "../../src/data/lib/table.js";
import {context} from "../../src/data/lib/context.js";
import {downloadCsv} from "../../src/data/lib/download.js";
import {headline} from "../../src/data/lib/headline.js";
import {levels} from "../../src/data/lib/levels.js";
import {methods} from "../../src/data/lib/methods.js";
import {optOut} from "../../src/data/lib/opt-out.js";
import {packageZip} from "../../src/data/lib/package-zip.js";
import {projection} from "../../src/data/lib/projection.js";
import {sourceList} from "../../src/data/lib/source-list.js";
import {MAP_PLACES, spread} from "../../src/data/lib/spread.js";
import {countyCentres, usStates} from "../../src/data/lib/us-states.js";
import {studies} from "../../src/data/lib/studies.js";
import {copyData, DATA_DIR} from "./fixtures.js";

// The map's state outline and county centres come from us-atlas, not from
// data/: read once here, not once per mutation (spread() takes them as
// arguments; the loader itself reads them, as the build does).
const OUTLINE = usStates();
const CENTRES = countyCentres(MAP_PLACES);

/** Each loader's work on a data folder, by the loader's file name. */
const LOADERS: Record<string, (data: Dataset, dir: string) => unknown> = {
  "context.json.ts": (d) => context(d),
  "headline.json.ts": (d) => headline(d),
  "levels.json.ts": (d) => levels(d),
  "methods.json.ts": (d, dir) => methods(d, dir),
  "opt-out.json.ts": (d) => optOut(d),
  "projection.json.ts": (d) => projection(d),
  "sources.json.ts": (d, dir) => sourceList(d, readPackage(dir)),
  "spread.json.ts": (d) => spread(d, OUTLINE, CENTRES),
  "studies.json.ts": (d) => studies(d),
  // The zip validates the data set again, here through the sweep's kept tables (tableOf).
  // Stored, not compressed: the sweep checks what the loader refuses, not its compression (package-zip.ts).
  "datapackage.zip.ts": (_, dir) => packageZip(dir, undefined, tableOf, 0)
};

/** Lines of a CSV text that hold no quoted line break (none of data/ does; table.test.ts covers those). */
function splitRows(text: string): {header: string; rows: string[]} {
  const [header, ...rows] = text.replace(/\n$/, "").split("\n");
  return {header, rows};
}

/**
 * The mutations of one file: each row deleted, each row duplicated, the rows
 * reversed, the last row moved first. Each text is made only when asked for.
 * A deletion names the row it removed (`deleted`, 0-based); every other
 * mutation keeps the same set of rows, so the file still cites the same sources.
 */
function* mutations(text: string): Generator<{what: string; text: () => string; deleted?: number}> {
  const {header, rows} = splitRows(text);
  const join = (r: string[]) => [header, ...r].join("\n") + "\n";
  // A deleted or duplicated row is cut out of (or copied into) the whole
  // text, the same text as joining the rows again at a fraction of the cost:
  // the 2,652-row file has 5,304 such mutations. Row i is whole[start[i], start[i + 1]).
  const whole = join(rows);
  const start = [header.length + 1];
  for (const row of rows) start.push(start[start.length - 1] + row.length + 1);
  for (let i = 0; i < rows.length; ++i) yield {what: `row ${i + 2} deleted`, text: () => whole.slice(0, start[i]) + whole.slice(start[i + 1]), deleted: i};
  for (let i = 0; i < rows.length; ++i) yield {what: `row ${i + 2} duplicated`, text: () => whole.slice(0, start[i + 1]) + whole.slice(start[i])};
  yield {what: "rows reversed", text: () => join([...rows].reverse())};
  yield {what: "last row first", text: () => join([rows[rows.length - 1], ...rows.slice(0, -1)])};
}

/**
 * The data folder's files as the sweep has written them. A mutation changes
 * the text here; the disk is brought up to date (flush) only before something
 * reads the disk itself: the loaders, once the data set has passed
 * loadDataset, or a loader process. Most mutations fail in loadDataset, which
 * reads through tableOf, so most never touch the disk.
 */
const texts = new Map<string, string>();
const unwritten = new Set<string>();
const textOf = (path: string) => texts.get(path) ?? texts.set(path, readFileSync(path, "utf-8")).get(path)!;
function write(path: string, text: string): void {
  if (textOf(path) === text) return;
  texts.set(path, text);
  unwritten.add(path);
}
function flush(): void {
  for (const path of unwritten) writeFileSync(path, texts.get(path)!);
  unwritten.clear();
}

/** Each file's validated table while its text stays the same (parseTable, as readTable calls it on the file's text). */
const tables = new Map<string, {text: string; table: Table}>();
function tableOf(path: string, resource: Resource): Table {
  const text = textOf(path);
  const kept = tables.get(path);
  if (kept?.text === text) return kept.table;
  tables.delete(path);
  const table = parseTable(text, resource, tableFileName(path));
  tables.set(path, {text, table});
  return table;
}

/** Runs every loader on dir; returns the first failure's loader and error, or null if all succeed. Fails the test on any error that is not a one-line DataError. */
function runAll(dir: string, what: string): {loader: string; error: DataError} | null {
  const check = (loader: string, error: unknown) => {
    // The message is built only on failure: reading a DataError's stack maps it through the source maps, thousands of times over.
    if (!(error instanceof DataError)) assert.fail(`${what}: ${loader} threw ${error instanceof Error ? error.stack : error}, not a DataError`);
    assert.doesNotMatch(error.message, /\n/, `${what}: ${loader}: the message is more than one line`);
    assert.match(error.message, /\.(csv|json|md):\d+( column "[^"]+")?: [^:]+: ./, `${what}: ${loader}: ${error.message}`);
    return {loader, error};
  };
  let data: Dataset;
  try {
    // loadDataset itself, with the unchanged files' tables kept (each file is still validated whole when its text changes, and every cross-file rule runs).
    data = loadDataset(dir, tableOf);
  } catch (error) {
    return check("loadDataset", error);
  }
  flush();
  let first: {loader: string; error: DataError} | null = null;
  for (const [loader, build] of Object.entries(LOADERS)) {
    try {
      build(data, dir);
    } catch (error) {
      const f = check(loader, error);
      first ??= f;
    }
  }
  for (const resource of readPackage(dir).resources) {
    try {
      downloadCsv(resource.path.replace(/\.csv$/, ""), dir, data);
    } catch (error) {
      const f = check(`download/${resource.path}`, error);
      first ??= f;
    }
  }
  return first;
}

const dir = copyData();
const pkg = readPackage(DATA_DIR);
const sourcesPath = join(dir, "sources.csv");
const sourcesText = readFileSync(sourcesPath, "utf-8");

/** The source ids each row of a data file cites, by file and row text (a row's text says all it cites). */
const citedByRow = new Map<string, Map<string, string[]>>();
function citedBy(resource: Resource, header: string, row: string): string[] {
  let rows = citedByRow.get(resource.path);
  if (!rows) citedByRow.set(resource.path, (rows = new Map()));
  let ids = rows.get(row);
  if (!ids) {
    const [parsed] = csvParse(`${header}\n${row}\n`);
    ids = sourceIdFields(resource).flatMap((c) => (parsed?.[c] ?? "").split(";").filter(Boolean));
    rows.set(row, ids);
  }
  return ids;
}

/** The source ids a data file cites, kept while its text stays the same. */
const citedInFile = new Map<string, {text: string; ids: Set<string>}>();
function citedIn(resource: Resource, text: string): Set<string> {
  const kept = citedInFile.get(resource.path);
  if (kept?.text === text) return kept.ids;
  const {header, rows} = splitRows(text);
  const ids = new Set(rows.flatMap((row) => citedBy(resource, header, row)));
  citedInFile.set(resource.path, {text, ids});
  return ids;
}

/**
 * What the file being mutated cites after a mutation, without reading its
 * rows again: a mutation that deletes no row keeps the same rows, so the same
 * sources; deleting a row drops the sources only that row cited.
 */
function citedAfter(resource: Resource, original: string): (m: {deleted?: number}) => Set<string> {
  const {header, rows} = splitRows(original);
  const byRow = rows.map((row) => citedBy(resource, header, row));
  const rowsCiting = new Map<string, number>();
  for (const ids of byRow) for (const id of new Set(ids)) rowsCiting.set(id, (rowsCiting.get(id) ?? 0) + 1);
  const all = new Set(rowsCiting.keys());
  return ({deleted}) => {
    if (deleted === undefined) return all;
    const only = byRow[deleted].filter((id) => rowsCiting.get(id) === 1);
    return only.length ? new Set([...all].filter((id) => !only.includes(id))) : all;
  };
}

/** sources.csv's rows, and the text dropUncitedSources last made with the sets of ids that made it. */
const SOURCES = splitRows(sourcesText);
let sourcesKept: {citing: Set<string>[]; text: string} | undefined;

/**
 * Drops from sources.csv the sources no file cites any more, so that deleting
 * a row is not always caught first by the rule "every source is cited" and
 * the loaders' own checks are reached too. `mutated` is the file being
 * mutated and what it now cites.
 */
function dropUncitedSources(mutated: {resource: Resource; ids: Set<string>}): void {
  const citing = [mutated.ids];
  for (const resource of pkg.resources) {
    if (resource.name === "sources" || resource === mutated.resource) continue;
    citing.push(citedIn(resource, textOf(join(dir, resource.path))));
  }
  // The same sets of ids (citedIn and citedAfter keep them while nothing
  // changes) make the same sources.csv: most mutations drop no source.
  if (!sourcesKept || citing.length !== sourcesKept.citing.length || citing.some((ids, i) => ids !== sourcesKept!.citing[i])) {
    const cited = new Set(citing.flatMap((ids) => [...ids]));
    const text = [SOURCES.header, ...SOURCES.rows.filter((r) => cited.has(r.slice(0, r.indexOf(","))))].join("\n") + "\n";
    sourcesKept = {citing, text};
  }
  write(sourcesPath, sourcesKept.text);
}

/**
 * Registers one test per file of data/, over its mutations number `shard`,
 * `shard + shards`, `shard + 2 × shards`… (0-based): the test files that call
 * this with shard 0 … shards − 1 check every mutation between them, in as many
 * processes (so on as many CPUs) as there are shards.
 */
export function mutationTests(shard: number, shards: number): void {
  for (const resource of pkg.resources) {
    test(`${resource.path}: deleted, duplicated or reordered rows fail every loader in one line, or not at all (mutations ${shard + 1} of every ${shards})`, () => {
      const path = join(dir, resource.path);
      const original = textOf(path);
      let failure: {loader: string; what: string} | null = null;
      let checked = 0;
      const cited = resource.name === "sources" ? null : citedAfter(resource, original);
      try {
        for (const m of mutations(original)) {
          if (checked++ % shards !== shard) continue;
          write(path, m.text());
          if (cited) dropUncitedSources({resource, ids: cited(m)});
          const f = runAll(dir, `${resource.path}, ${m.what}`);
          if (f && f.loader !== "loadDataset" && !failure) failure = {loader: f.loader, what: m.what};
        }
        // One failing mutation, run as the real loader process: one line on stderr, nothing on stdout.
        if (failure && !failure.loader.startsWith("download/")) {
          const m = [...mutations(original)].find((x) => x.what === failure!.what)!;
          write(path, m.text());
          if (cited) dropUncitedSources({resource, ids: cited(m)});
          flush();
          const run = spawnSync(process.execPath, ["--import", "tsx", `src/data/${failure.loader}`], {env: {...process.env, SC_DATA_DIR: dir}, encoding: "utf-8"});
          assert.equal(run.status, 1, `${failure.loader} with ${resource.path} ${m.what}: ${run.stderr}`);
          assert.equal(run.stdout, "");
          assert.match(run.stderr, /^Data error: [^\n]+\n$/);
        }
      } finally {
        write(path, original);
        write(sourcesPath, sourcesText);
        flush();
      }
    });
  }
}
