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

export type {Dataset, Tables, Source, Snapshot, YearRemovals, ReportedRemovals, MonthRemovals, JurisdictionCount, CountyMonth, StateActivation, StateCountiesMonth, PlaceActivation, TimelineEvent, StudyFigure, Definition, Qualifier} from "./tables.js";
import type {Dataset, Tables} from "./tables.js";

/** The package with each resource's Dataset key. */
export function resources(pkg: DataPackage): {key: keyof Rows; resource: Resource}[] {
  return pkg.resources.map((resource) => ({key: datasetKey(resource.name) as keyof Rows, resource}));
}

/** How one file is read and validated: readTable, or (in the data-failures sweep) a reader that keeps the tables of files that did not change. */
export type TableReader = (path: string, resource: Resource) => Table;

/** Reads and validates every file of the package, with line numbers. Throws a DataError naming file, line, column and rule. */
export function loadTables(dir = DEFAULT_DATA_DIR, read: TableReader = readTable): {pkg: DataPackage; tables: Tables} {
  const pkg = readPackage(dir);
  const tables = Object.fromEntries(resources(pkg).map(({key, resource}) => [key, read(join(dir, resource.path), resource)])) as unknown as Tables;
  checkRules(pkg, tables);
  return {pkg, tables};
}

/** Reads and validates all of data/. Throws a DataError naming file, line, column and rule. */
export function loadDataset(dir = DEFAULT_DATA_DIR, read: TableReader = readTable): Dataset {
  const {tables} = loadTables(dir, read);
  return Object.fromEntries(
    Object.entries(tables).map(([k, table]) => {
      const rows = table.rows.map((r) => r.row);
      recordFile(rows, table.file);
      return [k, rows];
    })
  ) as unknown as Dataset;
}
