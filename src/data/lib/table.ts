// Reading and validating one CSV file of data/ against its resource in
// data/datapackage.json (Frictionless Table Schema v1: field types and the
// constraints required, enum, pattern, minimum, maximum, unique, plus the
// primary key).
//
// Every rule failure becomes a DataError naming the file, line, column and
// rule, so a malformed file fails the build with one message a person can act
// on. Parsing is csv-records.ts's (d3-dsv, with line numbers); this module adds the rules.
import {readFileSync} from "node:fs";
import {basename, relative} from "node:path";
import type {Field, FieldType, Resource} from "./data-package.js";
import {DataError, recordOrigin} from "./data-error.js";
import {csvRecords} from "./csv-records.js";

export {DataError};

/** A parsed value: text stays text, integers and numbers become numbers, lists become arrays, empty is null. */
export type Value = string | number | string[] | null;
export type Row = Record<string, Value>;

/** A validated row with the line it came from, for later cross-row rules. */
export interface Located<R = Row> {
  row: R;
  line: number;
}

export interface Table<R = Row> {
  file: string;
  rows: Located<R>[];
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether s is an ISO calendar date, possibly partial (YYYY or YYYY-MM). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = +mo;
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = +d;
  const last = new Date(Date.UTC(+y, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/**
 * How each Table Schema type reads a cell: the rule named in errors, the
 * lexical test, and the parsed value. Stricter than Frictionless's defaults
 * (no "1e3", no "+5", no leading zeros), so a cell has one spelling.
 */
const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TYPES: Record<FieldType, {rule: string; test: (s: string) => boolean; parse: (s: string) => string | number}> = {
  string: {rule: "string", test: () => true, parse: String},
  integer: {rule: "integer", test: (s) => INTEGER.test(s) && Number.isSafeInteger(+s), parse: Number},
  number: {rule: "number", test: (s) => NUMBER.test(s), parse: Number},
  year: {rule: "year (YYYY)", test: (s) => YEAR.test(s), parse: Number},
  // YYYY-MM is a calendar month when MM is 01 to 12 (isIsoDate's answer, without matching the text again).
  yearmonth: {rule: "month (YYYY-MM)", test: (s) => YEAR_MONTH.test(s) && isMonth(+s.slice(5, 7)), parse: String},
  date: {rule: "date (YYYY-MM-DD)", test: (s) => DATE.test(s) && isIsoDate(s), parse: String}
};

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** Table Schema patterns match the whole value. */
const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(`^(?:${source})$`, "u")));
  return re;
}

const shown = (raw: string) => JSON.stringify(raw.slice(0, 80));

/**
 * A field's rules, looked up once per file rather than once per cell: the
 * fields come from JSON in many shapes, so every property read on one is a
 * slow lookup, and the data-failures sweep reads millions of cells.
 */
class CellRules {
  private readonly name: string;
  private readonly required: boolean;
  private readonly type: (typeof TYPES)[FieldType];
  private readonly enumValues: readonly string[] | undefined;
  private readonly pattern: RegExp | undefined;
  private readonly expected: string;
  private readonly calendarDate: boolean;
  private readonly minimum: number | undefined;
  private readonly maximum: number | undefined;
  private readonly delimiter: string | undefined;

  constructor(field: Field) {
    const c = field.constraints ?? {};
    this.name = field.name;
    this.required = Boolean(c.required);
    this.type = TYPES[field.type];
    this.enumValues = c.enum;
    this.pattern = c.pattern === undefined ? undefined : pattern(c.pattern);
    this.expected = field.description ?? c.pattern ?? "";
    this.calendarDate = Boolean(field["x-calendarDate"]);
    this.minimum = c.minimum;
    this.maximum = c.maximum;
    this.delimiter = field["x-list"]?.delimiter;
  }

  /**
   * The texts this field has accepted, with their values. A cell's verdict
   * depends on its text alone (the file and line only name a failure), and a
   * file read again has mostly the same cells: the data-failures sweep reads
   * the 2,652-row file some 5,000 times. Failures are not kept: each throws
   * with its own line. A list is split again each time, so no two rows share
   * an array.
   */
  private readonly accepted = new Map<string, string | number>();

  /** One cell, checked against the field; returns the parsed value or throws the first rule it breaks. */
  read(raw: string, file: string, line: number): Value {
    const known = this.accepted.get(raw);
    if (known !== undefined) return this.delimiter === undefined ? known : raw.split(this.delimiter);
    const value = this.check(raw, file, line);
    if (value !== null) this.accepted.set(raw, this.delimiter === undefined ? (value as string | number) : raw);
    return value;
  }

  private check(raw: string, file: string, line: number): Value {
    if (raw === "") {
      if (this.required) throw this.error(file, line, "required value", "the value is empty");
      return null;
    }
    const type = this.type;
    if (!type.test(raw)) throw this.error(file, line, type.rule, `got ${shown(raw)}`);
    if (this.enumValues && !this.enumValues.includes(raw)) throw this.error(file, line, "one of the allowed values", `got ${shown(raw)} (${this.enumValues.join(", ")})`);
    if (this.pattern && !this.pattern.test(raw)) throw this.error(file, line, "pattern", `got ${shown(raw)}, expected ${this.expected}`);
    if (this.calendarDate && !isIsoDate(raw)) throw this.error(file, line, "calendar date", `got ${shown(raw)}: no such day or month`);
    const value = type.parse(raw);
    if (this.minimum !== undefined && (value as number) < this.minimum) throw this.error(file, line, `minimum ${this.minimum}`, `got ${shown(raw)}`);
    if (this.maximum !== undefined && (value as number) > this.maximum) throw this.error(file, line, `maximum ${this.maximum}`, `got ${shown(raw)}`);
    return this.delimiter === undefined ? value : raw.split(this.delimiter);
  }

  private error(file: string, line: number, rule: string, detail: string): DataError {
    return new DataError(file, line, this.name, rule, detail);
  }
}

/**
 * Each field's rules, made once per field object: readPackage keeps the
 * package (frozen) while its file is unchanged, so every read of a file
 * brings the same fields. A field is taken as it was when first read.
 */
const rulesOf = new WeakMap<Field, CellRules>();
function cellRules(field: Field): CellRules {
  let rules = rulesOf.get(field);
  if (!rules) rulesOf.set(field, (rules = new CellRules(field)));
  return rules;
}

/** One cell, checked against its field; returns the parsed value or throws the first rule it breaks. */
export function readCell(raw: string, field: Field, file: string, line: number): Value {
  return new CellRules(field).read(raw, file, line);
}

/**
 * The column groups whose values must be unique: the primary key (one field,
 * or several together, as Table Schema allows) and any field with the unique constraint.
 */
function uniqueFields(resource: Resource): string[][] {
  const {fields, primaryKey} = resource.schema;
  const groups = [...(primaryKey ? [typeof primaryKey === "string" ? [primaryKey] : primaryKey] : []), ...fields.filter((f) => f.constraints?.unique).map((f) => [f.name])];
  const seen = new Set<string>();
  return groups.filter((g) => !seen.has(g.join(",")) && seen.add(g.join(",")));
}

/** Parses and validates CSV text against a resource; throws a DataError on the first violation. */
export function parseTable<R = Row>(text: string, resource: Resource, file = `data/${resource.path}`): Table<R> {
  if (text.trim() === "") throw new DataError(file, 1, null, "non-empty file", "the file is empty");
  const normalized = text.replace(/\r\n/g, "\n");
  const {records, lines} = csvRecords(normalized);
  const [header, ...body] = records;
  const fields = resource.schema.fields;
  const expected = fields.map((f) => f.name);
  for (const name of expected) {
    if (!header.includes(name)) throw new DataError(file, 1, name, "required column", `column "${name}" is missing from the header`);
  }
  header.forEach((name, i) => {
    if (!expected.includes(name)) throw new DataError(file, 1, name, "known column", `column ${i + 1} "${name}" is not in the schema`);
  });
  if (body.length === 0) throw new DataError(file, 1, null, "at least one row", "the file has a header but no rows");
  // Plain loops and the columns looked up once: this runs for every row of
  // every file, millions of times over in the data-failures sweep.
  const columns = fields.map((f) => header.indexOf(f.name));
  const rules = fields.map(cellRules);
  const names = fields.map((f) => f.name);
  const unique = uniqueFields(resource).map((names) => ({names, seen: new Map<string, number>()}));
  const rows = body.map((record, r) => {
    const line = lines[r + 1];
    if (record.length !== header.length) {
      throw new DataError(file, line, null, "field count", `expected ${header.length} fields, found ${record.length}`);
    }
    const row: Row = {};
    for (let i = 0; i < names.length; ++i) row[names[i]] = rules[i].read(record[columns[i]], file, line);
    for (const {names, seen} of unique) {
      let key = String(row[names[0]]);
      for (let i = 1; i < names.length; ++i) key += `, ${row[names[i]]}`;
      const first = seen.get(key);
      if (first !== undefined) throw new DataError(file, line, names.join(","), "unique value", `${JSON.stringify(key)} is also on line ${first}`);
      seen.set(key, line);
    }
    recordOrigin(row, file, line);
    return {row: row as R, line};
  });
  return {file, rows};
}

/** How errors name the file at path: relative to the working directory. */
export function tableFileName(path: string): string {
  return relative(process.cwd(), path) || basename(path);
}

/** Reads a file of data/ and validates it. */
export function readTable<R = Row>(path: string, resource: Resource): Table<R> {
  const file = tableFileName(path);
  let text: string;
  try {
    text = readFileSync(path, "utf-8");
  } catch {
    throw new DataError(file, 1, null, "file exists", "the file cannot be read");
  }
  return parseTable<R>(text, resource, file);
}
