// `npm test` after the build: every *.test.ts under src/ and test/, at any
// depth, with Node's test runner, test files in parallel (each in its own
// process, each browser test file with one Chromium of its own).
// SC_TEST_CONCURRENCY sets how many files run at once (default: one per CPU,
// at least 2). Extra arguments go to `node --test` (e.g. --test-name-pattern).
import {spawnSync} from "node:child_process";
import {availableParallelism} from "node:os";
import {readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const SKIP = new Set(["node_modules", "dist", "_bundle", ".observablehq"]);

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (SKIP.has(name)) return [];
      if (statSync(path).isDirectory()) return testFiles(path);
      return name.endsWith(".test.ts") ? [path] : [];
    });
}

const files = ["src", "test"].flatMap((dir) => testFiles(join(ROOT, dir))).map((f) => relative(ROOT, f));
const concurrency = Number(process.env.SC_TEST_CONCURRENCY ?? Math.max(2, availableParallelism()));
console.log(`${files.length} test files, ${concurrency} at a time`);
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...process.argv.slice(2), ...files], {cwd: ROOT, stdio: "inherit"});
process.exit(run.status ?? 1);
