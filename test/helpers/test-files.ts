// Which test files `npm test` runs, and how (scripts/test.ts):
// - a browser test file (it imports the browser helpers) runs on the run's
//   shared Chromium, in one of BROWSER_BATCHES batch processes
//   (test/batches/browser-*.batch.ts), the files shared out by their weight;
// - a file in OWN_PROCESS runs in its own process too (see why there);
// - every other file is a unit test file: they run together, in two batch
//   processes (test/batches/), one for the files that put a jsdom window on
//   the global object (test/helpers/dom.ts) and one for those that don't.
//   A Node process costs about a second of CPU to start with tsx and jsdom,
//   and there are about 60 such files, each taking milliseconds; in a batch
//   each file's tests are one suite named by the file, so a failure still
//   names its file.
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";

export const ROOT = new URL("../..", import.meta.url).pathname;
const SKIP = new Set(["node_modules", "dist", "_bundle", ".observablehq"]);

/**
 * Files that run alone:
 * - the data-failures sweep, the longest files of the run, which must have a CPU each;
 * - datapackage.test.ts: the `datapackage` library takes a global `window`
 *   (which a batch's other files may have set) as a sign that it runs in a
 *   browser, and then refuses to read local files.
 */
export const OWN_PROCESS = ["test/data-failures.test.ts", "test/data-failures-2.test.ts", "test/datapackage.test.ts"];

/**
 * Files that read neither dist/ nor the build's bundles, and so start with
 * the build (scripts/test.ts): the data-failures sweep works on a copy of
 * data/ and runs the loaders from src/data/ itself.
 */
export const NO_BUILD_NEEDED = ["test/data-failures.test.ts", "test/data-failures-2.test.ts"];

export type Kind = "browser" | "own" | "dom" | "plain";

function find(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (SKIP.has(name)) return [];
      if (statSync(path).isDirectory()) return find(path);
      return name.endsWith(".test.ts") ? [path] : [];
    });
}

/** Every *.test.ts under src/ and test/, at any depth, relative to the project root. */
export function testFiles(): string[] {
  return ["src", "test"].flatMap((dir) => find(join(ROOT, dir))).map((f) => relative(ROOT, f));
}

/** How a test file runs. */
export function kindOf(file: string): Kind {
  const text = readFileSync(join(ROOT, file), "utf-8");
  if (/helpers\/(browser|site-browser)\.js"/.test(text)) return "browser";
  if (OWN_PROCESS.includes(file)) return "own";
  return /helpers\/dom\.js"/.test(text) ? "dom" : "plain";
}

/** How many processes run the browser test files: each waits on the browser much of the time, so more than the CPUs. */
export const BROWSER_BATCHES = 4;

/**
 * Each browser file's weight, for sharing the files out evenly: about how
 * many seconds it takes run alone on a quiet machine (rounded; measured with
 * each file run by `node --test` on one shared Chromium); a file not listed
 * weighs 5. A stale weight only makes the batches less even.
 */
const BROWSER_WEIGHTS: Record<string, number> = {
  "test/embed-tour.browser.test.ts": 31,
  "test/page-tour.browser.test.ts": 28,
  "test/spread-controls.browser.test.ts": 28,
  "test/spread.browser.test.ts": 23,
  "test/levels-controls.browser.test.ts": 20,
  "test/headline-controls.browser.test.ts": 17,
  "test/embed-pages.browser.test.ts": 17,
  "test/embed-host.browser.test.ts": 11,
  "test/context.browser.test.ts": 10,
  "test/opt-out.browser.test.ts": 10,
  "test/browser.test.ts": 9,
  "test/levels.browser.test.ts": 8,
  "test/studies.browser.test.ts": 7,
  "test/layout-shift.browser.test.ts": 7,
  "test/embed.test.ts": 7
};

/**
 * Browser files whose top-level tests may run at once in their batch: each
 * test opens its own tabs (or reads a page that site.shared() loads once for
 * readers only) and depends on no other test. These are the batches' longest
 * files after the tours, and their tests mostly wait (on network idle, on a
 * control's redraw), one at a time, with CPUs idle. Run alone, a file's
 * tests run one at a time, as node --test runs them.
 */
export const CONCURRENT_FILES = [
  "test/spread-controls.browser.test.ts",
  "test/levels-controls.browser.test.ts",
  "test/headline-controls.browser.test.ts",
  "test/embed-pages.browser.test.ts",
  "test/embed-host.browser.test.ts"
];

/** The browser test files of batch `index` (0-based) of `count`: heaviest first, each to the lightest batch so far. */
export function browserBatch(index: number, count = BROWSER_BATCHES): string[] {
  const weight = (f: string) => BROWSER_WEIGHTS[f] ?? 5;
  const files = testFiles()
    .filter((f) => kindOf(f) === "browser")
    .sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  const batches = Array.from({length: count}, () => ({files: [] as string[], weight: 0}));
  for (const file of files) {
    const lightest = batches.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.files.push(file);
    lightest.weight += weight(file);
  }
  return batches[index].files;
}
