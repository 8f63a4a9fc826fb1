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
