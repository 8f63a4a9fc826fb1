// `npm test` after the build: every *.test.ts under src/ and test/, at any
// depth, with Node's test runner, several processes at a time.
//
// Where the time goes, and what this runner does about it:
// - The browser test files share ONE Chromium, started here: each file's
//   launch() (test/helpers/browser.ts) connects to it through SC_BROWSER_WS
//   and opens its pages in fresh contexts, instead of starting a Chromium of
//   its own. Each browser file runs in its own process.
// - The unit test files (about 60, each taking milliseconds) run in two batch
//   processes, not one process each: starting Node with tsx and jsdom costs
//   about a second of CPU, more than most of these files take to run
//   (test/helpers/test-files.ts says which file runs how).
// - Browser tests spend much of their time waiting (for the network to go
//   idle, for a timer), not computing, so more processes run at once than
//   there are CPUs: SC_TEST_CONCURRENCY sets how many (default: two per CPU,
//   at least 4).
// - The slowest files start first (SLOW_FIRST), so the run does not end
//   waiting on one long file while the other CPUs sit idle.
// Extra arguments go to `node --test` (e.g. --test-name-pattern).
import {spawn} from "node:child_process";
import {availableParallelism} from "node:os";
import {launchShared, SHARED_BROWSER_ENV} from "../test/helpers/browser.js";
import {kindOf, ROOT, testFiles} from "../test/helpers/test-files.js";

/** The batch processes of the unit test files (test/batches/). */
const BATCHES = ["test/batches/plain.batch.ts", "test/batches/dom.batch.ts"];

/**
 * Files measured as the longest (seconds of CPU on a quiet machine), run
 * first; then the other browser files; then the batches and the rest.
 */
const SLOW_FIRST = ["test/data-failures.test.ts", "test/data-failures-2.test.ts", "test/page-tour.browser.test.ts", "test/embed-tour.browser.test.ts", "test/spread-controls.browser.test.ts", "test/embed-pages.browser.test.ts"];

const found = testFiles().map((file) => ({file, kind: kindOf(file)}));
const alone = found.filter((f) => f.kind === "browser" || f.kind === "own");
const rank = ({file, kind}: {file: string; kind: string}) => {
  const i = SLOW_FIRST.indexOf(file);
  return i >= 0 ? i : kind === "browser" ? SLOW_FIRST.length : SLOW_FIRST.length + 1;
};
const files = [...alone.sort((a, b) => rank(a) - rank(b)).map((f) => f.file), ...BATCHES];
const concurrency = Number(process.env.SC_TEST_CONCURRENCY ?? Math.max(4, 2 * availableParallelism()));
const browser = found.some((f) => f.kind === "browser") ? await launchShared() : null;
console.log(`${found.length} test files in ${files.length} processes, ${concurrency} at a time${browser ? ", sharing one Chromium" : ""}`);

const env = browser ? {...process.env, [SHARED_BROWSER_ENV]: browser.wsEndpoint()} : process.env;
const args = ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...process.argv.slice(2), ...files];
const status = await new Promise<number>((resolve) => {
  // Asynchronous, so this process keeps serving the shared Chromium's connections meanwhile.
  const child = spawn(process.execPath, args, {cwd: ROOT, stdio: "inherit", env});
  child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
await browser?.close();
process.exit(status);
