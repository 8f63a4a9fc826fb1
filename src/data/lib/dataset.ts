// Loads every resource of data/datapackage.json, validates each file against
// its schema there, then checks the project's rules that span rows and files
// (rules.ts). Loaders call loadDataset() so a build can never publish a figure
// from a data set that breaks one of these rules. Adding a data file is a
// matter of adding its resource to the package (and `npm run row-types`).
import {fileURLToPath} from "node:url";
import {join} from "node:path";
import {datasetKey, readPackage, type DataPackage, type Resource} from "./data-package.js";
import {recordFile} from "./data-error.js";
import {checkRules} from "./rules.js";
import type {Rows} from "../../lib/rows.js";
import {readTable, type Table} from "./table.js";

/** data/ at the project root; SC_DATA_DIR points loaders at another folder (tests use it for malformed fixtures). */
export const DEFAULT_DATA_DIR = process.env.SC_DATA_DIR ?? fileURLToPath(new URL("../../../data/", import.meta.url));

/** Every data file's validated rows, keyed by resource name in camelCase. */
export type Dataset = {[K in keyof Rows]: Rows[K][]};

/** Each data file as validated rows with their line numbers, for rules that name a line. */
export type Tables = {[K in keyof Rows]: Table<Rows[K]>};

// Names the loaders use for one row of each file (aliases of the package's row types).
export type Source = Rows["sources"];
export type Snapshot = Rows["snapshots"];
export type YearRemovals = Rows["removalsByYear"];
export type ReportedRemovals = Rows["removalsReported"];
export type MonthRemovals = Rows["removalsByMonth"];
export type JurisdictionCount = Rows["jurisdictions"];
export type CountyMonth = Rows["countyActivations"];
export type StateActivation = Rows["stateActivations"];
export type StateCountiesMonth = Rows["stateCountiesMonthly"];
export type PlaceActivation = Rows["placeActivations"];
export type TimelineEvent = Rows["timeline"];
export type StudyFigure = Rows["studies"];
export type Definition = Rows["definitions"];
export type Qualifier = Snapshot["qualifier"];

/** The package with each resource's Dataset key. */
export function resources(pkg: DataPackage): {key: keyof Rows; resource: Resource}[] {
  return pkg.resources.map((resource) => ({key: datasetKey(resource.name) as keyof Rows, resource}));
}

/** Reads and validates every file of the package, with line numbers. Throws a DataError naming file, line, column and rule. */
export function loadTables(dir = DEFAULT_DATA_DIR): {pkg: DataPackage; tables: Tables} {
  const pkg = readPackage(dir);
  const tables = Object.fromEntries(resources(pkg).map(({key, resource}) => [key, readTable(join(dir, resource.path), resource)])) as unknown as Tables;
  checkRules(pkg, tables);
  return {pkg, tables};
}

/** Reads and validates all of data/. Throws a DataError naming file, line, column and rule. */
export function loadDataset(dir = DEFAULT_DATA_DIR): Dataset {
  const {tables} = loadTables(dir);
  return Object.fromEntries(
    Object.entries(tables).map(([k, table]) => {
      const rows = table.rows.map((r) => r.row);
      recordFile(rows, table.file);
      return [k, rows];
    })
  ) as unknown as Dataset;
}
