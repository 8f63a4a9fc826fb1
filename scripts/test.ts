// `npm test` after the build: every *.test.ts under src/ and test/, at any
// depth, with Node's test runner, test files in parallel, each in its own
// process (so a failure names its file, and files cannot leak state into
// each other).
//
// Where the time goes, and what this runner does about it:
// - The browser test files share ONE Chromium, started here: each file's
//   launch() (test/helpers/browser.ts) connects to it through SC_BROWSER_WS
//   and opens its pages in fresh contexts, instead of starting a Chromium of
//   its own.
// - Browser tests spend much of their time waiting (for the network to go
//   idle, for a timer), not computing, so more files run at once than there
//   are CPUs: SC_TEST_CONCURRENCY sets how many (default: two per CPU, at
//   least 4).
// - The slowest files start first (SLOW_FIRST), so the run does not end
//   waiting on one long file while the other CPUs sit idle.
// Extra arguments go to `node --test` (e.g. --test-name-pattern).
import {spawn} from "node:child_process";
import {availableParallelism} from "node:os";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {launchShared, SHARED_BROWSER_ENV} from "../test/helpers/browser.js";

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

/** A file that drives Chromium: it imports the browser helpers. */
const usesBrowser = (file: string) => /helpers\/(browser|site-browser)\.js"/.test(readFileSync(join(ROOT, file), "utf-8"));

/**
 * Files measured as the longest (seconds of CPU on a quiet machine, see the
 * README's "Tests"), run first; then the other browser files; then the rest.
 */
const SLOW_FIRST = ["test/data-failures.test.ts", "test/data-failures-2.test.ts", "test/browser.test.ts", "test/embed-pages.browser.test.ts", "test/csp.browser.test.ts"];
const rank = (file: string) => {
  const i = SLOW_FIRST.indexOf(file);
  return i >= 0 ? i : usesBrowser(file) ? SLOW_FIRST.length : SLOW_FIRST.length + 1;
};

const found = ["src", "test"].flatMap((dir) => testFiles(join(ROOT, dir))).map((f) => relative(ROOT, f));
const files = found.map((file) => ({file, rank: rank(file)})).sort((a, b) => a.rank - b.rank).map((f) => f.file);
const concurrency = Number(process.env.SC_TEST_CONCURRENCY ?? Math.max(4, 2 * availableParallelism()));
const browser = files.some(usesBrowser) ? await launchShared() : null;
console.log(`${files.length} test files, ${concurrency} at a time${browser ? ", sharing one Chromium" : ""}`);

const env = browser ? {...process.env, [SHARED_BROWSER_ENV]: browser.wsEndpoint()} : process.env;
const args = ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...process.argv.slice(2), ...files];
const status = await new Promise<number>((resolve) => {
  // Asynchronous, so this process keeps serving the shared Chromium's connections meanwhile.
  const child = spawn(process.execPath, args, {cwd: ROOT, stdio: "inherit", env});
  child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
await browser?.close();
process.exit(status);
