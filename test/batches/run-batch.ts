// A batch: the unit test files of one kind, or a share of the browser test
// files (test/helpers/test-files.ts), in this one process, each file's tests
// inside a suite named by the file (its before and after hooks, such as
// useSite()'s server and browser connection, belong to that suite). The
// files in CONCURRENT_FILES run their top-level tests at once.
import {describe} from "node:test";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {browserBatch, CONCURRENT_FILES, kindOf, ROOT, testFiles, type Kind} from "../helpers/test-files.js";

function suites(files: string[]): void {
  for (const file of files) {
    describe(file, {concurrency: CONCURRENT_FILES.includes(file)}, async () => {
      await import(pathToFileURL(join(ROOT, file)).href);
    });
  }
}

export function runBatch(kind: Extract<Kind, "dom" | "plain">): void {
  suites(testFiles().filter((f) => kindOf(f) === kind));
}

/** Batch `n` (1-based) of the browser test files. */
export function runBrowserBatch(n: number): void {
  suites(browserBatch(n - 1));
}
