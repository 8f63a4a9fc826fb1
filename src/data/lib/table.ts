// Reading and validating one CSV file of data/.
//
// Every rule failure becomes a DataError naming the file, line, column and
// rule, so a malformed file fails the build with one message a person can act
// on. Parsing is d3-dsv's (through d3); this module only adds line numbers and the rules.
import {readFileSync} from "node:fs";
import {basename, relative} from "node:path";
import {csvParseRows} from "d3";

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    readonly rule: string,
    detail: string
  ) {
    super(`${file}:${line}${column ? ` column "${column}"` : ""}: ${rule}: ${detail}`);
    this.name = "DataError";
  }
}

/** The type of a column; each names the rule a value must satisfy. */
export type ColumnType =
  | "text" // any non-empty text
  | "id" // lower-case kebab slug
  | "count" // non-negative integer
  | "number" // non-negative decimal number
  | "percent" // number in [0, 100]
  | "date" // ISO date: YYYY, YYYY-MM or YYYY-MM-DD
  | "month" // YYYY-MM
  | "year" // YYYY
  | "fips" // two- or five-digit FIPS code
  | "url" // http(s) URL
  | "source-ids" // one or more ids separated by ";"
  | "enum";

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether the value may be empty (default: required). */
  optional?: boolean;
  /** Allowed values, for type "enum". */
  values?: readonly string[];
}

export interface TableSchema {
  /** File name inside data/. */
  file: string;
  columns: readonly Column[];
  /** Column whose values must be unique. */
  key?: string;
}

/** A parsed value: text stays text, counts and numbers become numbers, empty is null. */
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

const rules: Record<ColumnType, {rule: string; test: (s: string, c: Column) => boolean; parse?: (s: string) => Value}> = {
  text: {rule: "text", test: (s) => s.trim() === s},
  id: {rule: "kebab-case id", test: (s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)},
  count: {rule: "non-negative integer", test: (s) => /^(0|[1-9]\d*)$/.test(s) && Number.isSafeInteger(+s), parse: Number},
  // Every figure in data/ is a count, a share or a rate: none is negative.
  number: {rule: "non-negative number", test: (s) => /^\d+(\.\d+)?$/.test(s), parse: Number},
  percent: {rule: "percentage in [0, 100]", test: (s) => /^\d+(\.\d+)?$/.test(s) && +s <= 100, parse: Number},
  date: {rule: "ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", test: isIsoDate},
  month: {rule: "ISO month (YYYY-MM)", test: (s) => /^\d{4}-\d{2}$/.test(s) && isIsoDate(s)},
  year: {rule: "year (YYYY)", test: (s) => /^\d{4}$/.test(s), parse: Number},
  fips: {rule: "FIPS code (2 or 5 digits)", test: (s) => /^\d{2}(\d{3})?$/.test(s)},
  url: {rule: "http(s) URL", test: (s) => /^https?:\/\/[^\s"<>]+$/.test(s)},
  "source-ids": {
    rule: "source ids separated by ';'",
    test: (s) => s.split(";").every((id) => rules.id.test(id, {name: "", type: "id"})),
    parse: (s) => s.split(";")
  },
  enum: {rule: "one of the allowed values", test: (s, c) => c.values!.includes(s)}
};

/**
 * The line on which each record of a CSV text starts (1-based). A quoted
 * field may hold a line break, so record i is not always on line i + 1.
 */
export function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (atRecordStart) lines.push(line), (atRecordStart = false);
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      ++line;
      if (!quoted) atRecordStart = i + 1 < text.length;
    }
  }
  return lines;
}

/** Parses and validates CSV text against a schema; throws a DataError on the first violation. */
export function parseTable<R = Row>(text: string, schema: TableSchema, file = `data/${schema.file}`): Table<R> {
  if (text.trim() === "") throw new DataError(file, 1, null, "non-empty file", "the file is empty");
  const normalized = text.replace(/\r\n/g, "\n");
  const records = csvParseRows(normalized);
  const lines = recordLines(normalized);
  const [header, ...body] = records;
  const expected = schema.columns.map((c) => c.name);
  for (const name of expected) {
    if (!header.includes(name)) throw new DataError(file, 1, name, "required column", `column "${name}" is missing from the header`);
  }
  header.forEach((name, i) => {
    if (!expected.includes(name)) throw new DataError(file, 1, name, "known column", `column ${i + 1} "${name}" is not in the schema`);
  });
  if (body.length === 0) throw new DataError(file, 1, null, "at least one row", "the file has a header but no rows");
  const index = new Map(header.map((name, i) => [name, i]));
  const seen = new Map<string, number>();
  const rows = body.map((record, r) => {
    const line = lines[r + 1];
    if (record.length !== header.length) {
      throw new DataError(file, line, null, "field count", `expected ${header.length} fields, found ${record.length}`);
    }
    const row: Row = {};
    for (const column of schema.columns) {
      const raw = record[index.get(column.name)!];
      if (raw === "") {
        if (!column.optional) throw new DataError(file, line, column.name, "required value", "the value is empty");
        row[column.name] = null;
        continue;
      }
      const {rule, test, parse} = rules[column.type];
      if (!test(raw, column)) {
        const allowed = column.type === "enum" ? ` (${column.values!.join(", ")})` : "";
        throw new DataError(file, line, column.name, rule, `got ${JSON.stringify(raw.slice(0, 80))}${allowed}`);
      }
      row[column.name] = parse ? parse(raw) : raw;
    }
    if (schema.key) {
      const key = String(row[schema.key]);
      const first = seen.get(key);
      if (first !== undefined) throw new DataError(file, line, schema.key, "unique value", `${JSON.stringify(key)} is also on line ${first}`);
      seen.set(key, line);
    }
    return {row: row as R, line};
  });
  return {file, rows};
}

/** Reads a file of data/ and validates it. The file name in errors is relative to the working directory. */
export function readTable<R = Row>(path: string, schema: TableSchema): Table<R> {
  let text: string;
  try {
    text = readFileSync(path, "utf-8");
  } catch {
    throw new DataError(relative(process.cwd(), path) || basename(path), 1, null, "file exists", "the file cannot be read");
  }
  return parseTable<R>(text, schema, relative(process.cwd(), path));
}
