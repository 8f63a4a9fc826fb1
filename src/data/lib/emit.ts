// The one way a loader ends: print its output on success; on a data error print
// the one-line message to stderr, print nothing to stdout, and exit non-zero so
// Framework fails the build instead of publishing a partial file.
import {loadDataset, type Dataset} from "./dataset.js";
import {DataError} from "./table.js";

/** Prints what `build` makes of the validated data set: a data loader's JSON, a page loader's Markdown. */
export function emitText(build: (data: Dataset) => string, dir?: string): void {
  let text: string;
  try {
    text = build(loadDataset(dir));
  } catch (error) {
    if (error instanceof DataError) {
      process.stderr.write(`Data error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  process.stdout.write(text);
}

/** Prints what `build` makes of the validated data set, as JSON. */
export function emit(build: (data: Dataset) => unknown, dir?: string): void {
  emitText((data) => JSON.stringify(build(data)), dir);
}
