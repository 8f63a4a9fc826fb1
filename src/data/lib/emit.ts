// The one way a loader ends: print JSON on success; on a data error print the
// one-line message to stderr, print nothing to stdout, and exit non-zero so
// Framework fails the build instead of publishing a partial file.
import {loadDataset, type Dataset} from "./dataset.js";
import {DataError} from "./table.js";

export function emit(build: (data: Dataset) => unknown, dir?: string): void {
  let json: string;
  try {
    json = JSON.stringify(build(loadDataset(dir)));
  } catch (error) {
    if (error instanceof DataError) {
      process.stderr.write(`Data error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  process.stdout.write(json);
}
