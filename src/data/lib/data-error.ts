// The one error bad data raises. Its message is one line naming the file, the
// line, the column and the rule broken; emit() prefixes "Data error: " and the
// build stops there, with no stack trace.
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

// Where each validated row (and each file's array of rows) came from, so that
// a loader finding something wrong with a row later can still name its file
// and line. A row's origin is a non-enumerable symbol property: JSON, spreads
// and deep equality do not see it, so rows carry nothing extra into the JSON.
// (A WeakMap from row to origin did the same at four times the cost per row;
// the data-failures sweep validates some 14 million rows.) A file's array of
// rows is recorded once per file, in a WeakMap.
const ORIGIN = Symbol("row origin");
const fileOrigins = new WeakMap<object, string>();

/** Records that `row` was read from `file` at `line` (table.ts calls this for every row). */
export function recordOrigin(row: object, file: string, line: number): void {
  Object.defineProperty(row, ORIGIN, {value: {file, line}});
}

/** Records that `rows` are the rows of `file` (dataset.ts calls this for every file). */
export function recordFile(rows: readonly object[], file: string): void {
  fileOrigins.set(rows, file);
}

/** A DataError about one row: its file and line, as recorded when it was read. */
export function rowError(row: object, column: string, rule: string, detail: string): DataError {
  // A row built by hand (in a test) has no origin; it still gets a one-line DataError.
  const origin = (row as {[ORIGIN]?: {file: string; line: number}})[ORIGIN] ?? {file: "(a row not read from data/)", line: 0};
  return new DataError(origin.file, origin.line, column, rule, detail);
}

/**
 * A DataError about a row a file should hold but does not, or about the file
 * as a whole: it names the header line (1) and the column that would hold the key.
 * `rows` is the file's array of rows as loaded, or the file's name.
 */
export function fileError(rows: readonly object[] | string, column: string, rule: string, detail: string): DataError {
  const file = typeof rows === "string" ? rows : (fileOrigins.get(rows) ?? "(rows not read from data/)");
  return new DataError(file, 1, column, rule, detail);
}
