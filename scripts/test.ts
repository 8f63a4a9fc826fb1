// `npm test` (after scripts/ensure-chromium.ts): the type check, the build,
// and every *.test.ts under src/ and test/, at any depth, with Node's test
// runner, several processes at a time. `--no-build` skips the type check and
// the build and tests dist/ as it is.
//
// Where the time goes, and what this runner does about it:
// - The build is mostly one process on one CPU (111% of a CPU, measured),
//   so the test files that need no build (NO_BUILD_NEEDED: the data-failures
//   sweep, the longest files of the run) start with it and with the type
//   check, on the other CPU; everything else starts once the build is done.
// - The browser test files share ONE Chromium, started here: each file's
//   launch() (test/helpers/browser.ts) connects to it through SC_BROWSER_WS
//   and opens its pages as tabs of its own context, instead of starting a Chromium of
//   its own. They run in four batch processes (test/batches/browser-*), not
//   one process each: a process costs about 2.3 s of CPU to start (tsx,
//   Playwright, the chart registry) before its first test.
// - The unit test files (about 60, each taking milliseconds) run in two batch
//   processes, not one process each: starting Node with tsx and jsdom costs
//   about a second of CPU, more than most of these files take to run
//   (test/helpers/test-files.ts says which file runs how).
// - Browser tests spend much of their time waiting (for the network to go
//   idle, for a timer), not computing, so more processes run at once than
//   there are CPUs: SC_TEST_CONCURRENCY sets how many (default: every test
//   process on the build at once, at least two per CPU, so the unit test
//   batches do not wait for a browser batch to end; both CPUs stay busy
//   through the whole run, 1.9 cores on average, sampled from /proc/stat).
// - The slowest files start first (SLOW_FIRST), so the run does not end
//   waiting on one long file while the other CPUs sit idle.
// The build's and the type check's output is shown when each ends; the
// output of the files that ran beside the build, when they end, after the
// others' (two test runners writing to one terminal at once would mix lines).
// Extra arguments go to `node --test` (e.g. --test-name-pattern).
import {spawn} from "node:child_process";
import {availableParallelism} from "node:os";
import {launchShared, SHARED_BROWSER_ENV} from "../test/helpers/browser.js";
import {BROWSER_BATCHES, kindOf, NO_BUILD_NEEDED, ROOT, testFiles} from "../test/helpers/test-files.js";

/** The batch processes (test/batches/): the browser files' first, the longest; then the unit test files'. */
const BATCHES = [...Array.from({length: BROWSER_BATCHES}, (_, i) => `test/batches/browser-${i + 1}.batch.ts`), "test/batches/plain.batch.ts", "test/batches/dom.batch.ts"];

/** Files that run alone, longest first (seconds of CPU on a quiet machine); then the batches. */
const SLOW_FIRST = ["test/data-failures.test.ts", "test/data-failures-2.test.ts"];

const argv = process.argv.slice(2);
const build = !argv.includes("--no-build");
const testArgs = argv.filter((a) => a !== "--no-build");

const found = testFiles().map((file) => ({file, kind: kindOf(file)}));
const alone = found.filter((f) => f.kind === "own");
const rank = ({file}: {file: string}) => (SLOW_FIRST.includes(file) ? SLOW_FIRST.indexOf(file) : SLOW_FIRST.length);
const sorted = alone.sort((a, b) => rank(a) - rank(b)).map((f) => f.file);
const ordered = [...sorted.filter((f) => SLOW_FIRST.includes(f)), ...BATCHES, ...sorted.filter((f) => !SLOW_FIRST.includes(f))];
const early = build ? ordered.filter((f) => NO_BUILD_NEEDED.includes(f)) : [];
const late = ordered.filter((f) => !early.includes(f));
const concurrency = Number(process.env.SC_TEST_CONCURRENCY ?? Math.max(late.length, 2 * availableParallelism()));

interface Run {
  status: number;
  output: string;
}

/** Runs a command; its output is kept (and returned) unless `show` is set, when it goes straight to the terminal. */
function run(command: string, args: string[], {show = false, env = process.env}: {show?: boolean; env?: NodeJS.ProcessEnv} = {}): Promise<Run> {
  return new Promise((resolve) => {
    // Asynchronous, so this process keeps serving the shared Chromium's connections meanwhile.
    const child = spawn(command, args, {cwd: ROOT, stdio: show ? "inherit" : ["ignore", "pipe", "pipe"], env});
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code, signal) => resolve({status: code ?? (signal ? 1 : 0), output}));
  });
}

const nodeTest = (files: string[], options?: {show?: boolean; env?: NodeJS.ProcessEnv}) =>
  run(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...testArgs, ...files], options);

/** Prints a finished step's kept output under a heading, and returns whether it passed. */
function report(name: string, {status, output}: Run): boolean {
  console.log(`\n── ${name}: ${status === 0 ? "passed" : `FAILED (exit ${status})`}`);
  if (output.trim()) console.log(output.trimEnd());
  return status === 0;
}

const results: boolean[] = [];
let earlyTests: Promise<Run> | null = null;
let built = true;
if (build) {
  console.log(`The type check, the build and ${early.length} test files that need no build, at once; then ${late.length} test processes on the build.`);
  const typecheck = run("npm", ["run", "typecheck"]);
  const building = run("npm", ["run", "build"]);
  earlyTests = early.length ? nodeTest(early) : null;
  // The type check takes a fraction of the build's time: both are reported before the tests on the build start writing.
  results.push(report("npm run typecheck", await typecheck));
  results.push((built = report("npm run build", await building)));
}
if (built) {
  const browser = found.some((f) => f.kind === "browser") ? await launchShared() : null;
  console.log(`\n${late.length} test processes on the build, ${concurrency} at a time${browser ? ", sharing one Chromium" : ""}`);
  const env = browser ? {...process.env, [SHARED_BROWSER_ENV]: browser.wsEndpoint()} : process.env;
  results.push((await nodeTest(late, {show: true, env})).status === 0);
  await browser?.close();
} else {
  console.log("\nThe build failed: the tests on the build did not run.");
}
if (earlyTests) results.push(report(`the tests that ran beside the build (${early.join(", ")})`, await earlyTests));
process.exit(built && results.every(Boolean) ? 0 : 1);
