// data/datapackage.json, the one declaration of every data file's schema
// (Frictionless Data Package, Table Schema v1), read at build time.
//
// Table Schema v1 has no list type, and its foreign keys compare whole
// values; our source_ids cells hold several ids separated by ";". So the
// package adds two properties that Frictionless tools ignore: a field's
// "x-list" names its delimiter, and a schema's "x-listForeignKeys" (shaped
// like "foreignKeys") says each listed value must be a key of another
// resource. "x-calendarDate" marks a partial ISO date (YYYY, YYYY-MM or
// YYYY-MM-DD) whose day must exist in its month, which a pattern cannot say.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {DataError} from "./data-error.js";

/** The Table Schema field types the package uses. */
export type FieldType = "string" | "integer" | "number" | "year" | "yearmonth" | "date";

export interface Field {
  name: string;
  type: FieldType;
  format?: string;
  description?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: readonly string[];
    pattern?: string;
  };
  "x-list"?: {delimiter: string};
  "x-calendarDate"?: boolean;
}

export interface ForeignKey {
  fields: string;
  reference: {resource: string; fields: string};
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  schema: {
    fields: readonly Field[];
    /** One field, or several that are unique together. */
    primaryKey?: string | string[];
    "x-listForeignKeys"?: readonly ForeignKey[];
  };
}

export interface DataPackage {
  name: string;
  title: string;
  resources: readonly Resource[];
}

export const PACKAGE_FILE = "datapackage.json";

/** Reads dir/datapackage.json. A missing or unreadable package is a DataError like any other. */
export function readPackage(dir: string, file = `data/${PACKAGE_FILE}`): DataPackage {
  let text: string;
  try {
    text = readFileSync(join(dir, PACKAGE_FILE), "utf-8");
  } catch {
    throw new DataError(file, 1, null, "file exists", "the file cannot be read");
  }
  if (parsed?.text === text) return parsed.pkg;
  let pkg: DataPackage;
  try {
    pkg = deepFreeze(JSON.parse(text) as DataPackage);
  } catch (error) {
    throw new DataError(file, 1, null, "valid JSON", (error as Error).message);
  }
  parsed = {text, pkg};
  return pkg;
}

// The package last read, kept while its text is the same: loadDataset, every
// download and the zip each read it, so one loader (and the data-failures
// sweep, thousands of times) would parse the same 38 KB again and again.
// Callers share the object, so it is frozen: none can change it for the others.
let parsed: {text: string; pkg: DataPackage} | undefined;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** "removals-by-year" → "removalsByYear": a resource's key in the Dataset object. */
export function datasetKey(resourceName: string): string {
  return resourceName.replace(/[-_.]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The fields of a resource that hold source ids (list foreign keys into sources). */
export function sourceIdFields(resource: Resource): string[] {
  return (resource.schema["x-listForeignKeys"] ?? []).filter((k) => k.reference.resource === "sources").map((k) => k.fields);
}
