// npm test runs every test file exactly once (scripts/test.ts): the browser
// files are shared out between BROWSER_BATCHES batch processes, one batch file
// each; a file left out of every batch, or a batch with no batch file, would
// never run and nothing would say so. A name in CONCURRENT_FILES that is no
// longer a browser test file (renamed, moved) would silently stop applying.
import assert from "node:assert/strict";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {BROWSER_BATCHES, browserBatch, CONCURRENT_FILES, kindOf, NO_BUILD_NEEDED, OWN_PROCESS, ROOT, testFiles} from "./helpers/test-files.js";

test("every browser test file is in exactly one browser batch", () => {
  const browserFiles = testFiles().filter((f) => kindOf(f) === "browser");
  assert.ok(browserFiles.length > 10, `only ${browserFiles.length} browser files found`);
  const batched = Array.from({length: BROWSER_BATCHES}, (_, i) => browserBatch(i)).flat();
  assert.deepEqual([...batched].sort(), [...browserFiles].sort());
});

test("each browser batch has its batch file, which runs that batch", () => {
  for (let n = 1; n <= BROWSER_BATCHES; ++n) {
    const file = join(ROOT, "test", "batches", `browser-${n}.batch.ts`);
    assert.ok(existsSync(file), `no test/batches/browser-${n}.batch.ts`);
    assert.match(readFileSync(file, "utf8"), new RegExp(`runBrowserBatch\\(${n}\\)`));
  }
  assert.ok(!existsSync(join(ROOT, "test", "batches", `browser-${BROWSER_BATCHES + 1}.batch.ts`)), "a browser batch file beyond BROWSER_BATCHES");
});

test("the files that start with the build run alone, so they run once", () => {
  for (const file of NO_BUILD_NEEDED) {
    assert.ok(testFiles().includes(file), `${file} is not a test file`);
    assert.ok(OWN_PROCESS.includes(file), `${file} is not in OWN_PROCESS`);
    assert.equal(kindOf(file), "own");
  }
});

test("every file whose tests run at once is a browser test file", () => {
  for (const file of CONCURRENT_FILES) assert.equal(testFiles().includes(file) && kindOf(file), "browser", `${file} in CONCURRENT_FILES is not a browser test file`);
});
