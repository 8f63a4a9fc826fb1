// A batch: the unit test files of one kind (test/helpers/test-files.ts), in
// this one process, each file's tests inside a suite named by the file.
import {describe} from "node:test";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {kindOf, ROOT, testFiles, type Kind} from "../helpers/test-files.js";

export function runBatch(kind: Extract<Kind, "dom" | "plain">): void {
  for (const file of testFiles().filter((f) => kindOf(f) === kind)) {
    describe(file, async () => {
      await import(pathToFileURL(join(ROOT, file)).href);
    });
  }
}
