// `npm run bench`: builds the site and the stock Framework baseline, serves
// both the same way on 127.0.0.1 (uncompressed, as test/helpers/server.ts
// does), and measures in Chromium, for every page and embed: JavaScript, CSS
// and data bytes (raw and gzip), requests, first-chart time (median of cold
// loads) at 1280 and 390 px, every control's input-to-chart latency, and
// Lighthouse's mobile performance score and first contentful paint (median
// of 3), with ratios to the baseline. Writes bench/report.md and
// bench/report.json; exits 1 when a budget (bench/budgets.ts) is missed.
//
// Flags: --quick (2 cold loads, 10 moves per control, no Lighthouse),
// --no-build (use dist/ and a previous baseline build as they are),
// --no-lighthouse, --no-loads (Lighthouse only), --pages=/,/levels (only
// these pages and embeds), --out=name (write bench/name.md and .json).
// SC_BASELINE_DIR overrides ../shared/baseline.
import {execFileSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {launch} from "../test/helpers/browser.js";
import {serve} from "../test/helpers/server.js";
import {DIST, requireDist, walk} from "../test/helpers/site.js";
import {buildBaseline} from "./baseline.js";
import {BASELINE_JS_GZIP, EMBED_JS_GZIP_MAX, LATENCY_MS, MAP_PAGES, RATIO, jsBudget} from "./budgets.js";
import {measureControls} from "./latency.js";
import {withLighthouse, type LighthouseResult} from "./lighthouse.js";
import {coldLoad, type Load} from "./load.js";
import {pagePath} from "./page-weight.js";
import {median, quantile} from "./stats.js";

const args = new Set(process.argv.slice(2));
const option = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = option("pages")?.split(",");
const OUT = option("out") ?? "report";
const NO_LOADS = args.has("--no-loads");
const QUICK = args.has("--quick");
const LOADS = QUICK ? 2 : 5;
const ROUNDS = QUICK ? 10 : 40;
const LIGHTHOUSE_RUNS = QUICK || args.has("--no-lighthouse") ? 0 : 3;
const WIDTHS = [1280, 390] as const;
const ROOT = new URL("..", import.meta.url).pathname;

interface PageResult {
  site: "site" | "baseline";
  path: string;
  load: Load;
  firstChart: Record<number, number>;
  lighthouse: {score: number; fcp: number} | null;
  controls: {control: string; n: number; median: number; p95: number}[];
}

const log = (s: string) => console.error(s);

if (!args.has("--no-build")) {
  log("building the site…");
  execFileSync("npm", ["run", "build"], {cwd: ROOT, stdio: ["ignore", "ignore", "inherit"]});
}
log("building the baseline…");
const baselineDist = buildBaseline({fresh: !args.has("--no-build")});
const site = await serve(requireDist());
const baseline = await serve(baselineDist);
const sitePages = [...walk(DIST)].filter((f) => f.endsWith(".html")).map((f) => pagePath(DIST, f)).sort((a, b) => Number(a.startsWith("/embed")) - Number(b.startsWith("/embed")) || a.localeCompare(b));
const targets: {site: "site" | "baseline"; origin: string; path: string}[] = [
  {site: "baseline", origin: baseline.origin, path: "/"},
  ...sitePages.filter((path) => !ONLY || ONLY.includes(path)).map((path) => ({site: "site" as const, origin: site.origin, path}))
];

const results: PageResult[] = [];
const browser = await launch();
try {
  for (const t of targets) {
    const url = `${t.origin}${t.path}`;
    // /sources has no chart; / shows its chart only after the reader guesses or skips (the guess comes
    // first); the gallery's charts are in iframes, timed as the embeds themselves.
    const hasChart = !(t.site === "site" && ["/", "/sources", "/embeds"].includes(t.path));
    log(`${t.site} ${t.path}: cold loads`);
    const firstChart: Record<number, number> = {};
    let load: Load | null = NO_LOADS ? {bytes: {js: none(), css: none(), data: none(), other: none()}, requests: NaN, firstChart: NaN} : null;
    for (const width of NO_LOADS ? [] : WIDTHS) {
      const times: number[] = [];
      for (let i = 0; i < LOADS; ++i) {
        const l = await coldLoad(browser, url, width, {hasChart});
        times.push(l.firstChart);
        if (!load && width === 1280) load = l;
      }
      firstChart[width] = median(times);
    }
    let controls: PageResult["controls"] = [];
    if (!t.path.startsWith("/embed/") && !NO_LOADS) {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      // tsx compiles the measuring function with esbuild's keepNames, which calls __name().
      await page.addInitScript({content: "window.__name = (f) => f;"});
      await page.goto(url, {waitUntil: "networkidle"});
      controls = (await measureControls(page, ROUNDS)).map((c) => ({control: c.control, n: c.samples.filter(Number.isFinite).length, median: median(c.samples), p95: quantile(c.samples, 0.95)}));
      await context.close();
    }
    results.push({site: t.site, path: t.path, load: load!, firstChart, lighthouse: null, controls});
  }
} finally {
  await browser.close();
}

/** Checks the budgets against the baseline measured in this run and writes the reports. */
function report(stage: string): {md: string; misses: string[]} {
  // Budgets, against the baseline measured in this run.
  const base = results.find((r) => r.site === "baseline")!;
  const misses: string[] = [];
  const rows = results.map((r) => {
    const isBase = r.site === "baseline";
    const js = r.load.bytes.js;
    const jsRatio = js.gzip / base.load.bytes.js.gzip;
    const chartRatio = Object.fromEntries(WIDTHS.map((w) => [w, r.firstChart[w] / base.firstChart[w]]));
    const checks: string[] = [];
    if (!isBase) {
      const budget = jsBudget(r.path, base.load.bytes.js.gzip);
      if (js.gzip > budget) checks.push(`JS ${kB(js.gzip)} gzip > ${kB(budget)}${r.path.startsWith("/embed/") && budget === EMBED_JS_GZIP_MAX ? " (embed cap)" : ` (${MAP_PAGES.has(r.path) ? RATIO.map : RATIO.text}× baseline)`}`);
      for (const w of WIDTHS) if (chartRatio[w] > RATIO.firstChart) checks.push(`first chart at ${w} px ${chartRatio[w].toFixed(2)}× > ${RATIO.firstChart}×`);
      if (r.lighthouse && base.lighthouse) {
        if (r.lighthouse.score < base.lighthouse.score) checks.push(`Lighthouse ${r.lighthouse.score} < ${base.lighthouse.score}`);
        if (r.lighthouse.fcp > base.lighthouse.fcp) checks.push(`FCP ${(r.lighthouse.fcp / 1000).toFixed(2)} s > ${(base.lighthouse.fcp / 1000).toFixed(2)} s`);
      }
      for (const c of r.controls) {
        if (!(c.median <= LATENCY_MS.median)) checks.push(`${c.control} median ${c.median.toFixed(1)} ms > ${LATENCY_MS.median}`);
        if (!(c.p95 <= LATENCY_MS.p95)) checks.push(`${c.control} p95 ${c.p95.toFixed(1)} ms > ${LATENCY_MS.p95}`);
      }
      for (const c of checks) misses.push(`${r.path}: ${c}`);
    }
    return {...r, jsRatio, chartRatio, budgetMet: isBase ? null : checks.length === 0};
  });

  const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : "–");
  const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");

  const md: string[] = [
    "# Bench report",
    "",
    `${new Date().toISOString()} · ${QUICK ? "quick run (2 cold loads, no Lighthouse)" : `${LOADS} cold loads per width, Lighthouse median of ${LIGHTHOUSE_RUNS}`}${stage ? ` · ${stage}` : ""} · served uncompressed on 127.0.0.1 · Chromium`,
    `Baseline: stock Framework page (../shared/baseline), measured in the same run. Budgets: bench/budgets.ts.`,
    "",
    "| page | JS raw (gzip) | ×base | JS files | CSS gzip | data gzip | requests | first chart 1280 / 390 ms | ×base | Lighthouse perf, FCP | budgets |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const b = r.load.bytes;
      const lh = r.lighthouse ? `${r.lighthouse.score}, ${(r.lighthouse.fcp / 1000).toFixed(2)} s` : "–";
      return `| ${r.site === "baseline" ? "**baseline**" : `\`${r.path}\``} | ${kB(b.js.raw)} (${kB(b.js.gzip)}) | ${ratio(r.jsRatio)} | ${b.js.files} | ${kB(b.css.gzip)} | ${kB(b.data.gzip)} | ${r.load.requests} | ${ms(r.firstChart[1280])} / ${ms(r.firstChart[390])} | ${ratio(r.chartRatio[1280])} / ${ratio(r.chartRatio[390])} | ${lh} | ${r.budgetMet === null ? "" : r.budgetMet ? "met" : "**missed**"} |`;
    }),
    "",
    `## Controls: input to chart update (${ROUNDS} moves each; budget median ≤ ${LATENCY_MS.median} ms, p95 ≤ ${LATENCY_MS.p95} ms)`,
    "",
    "| page | control | n | median ms | p95 ms |",
    "|---|---|---|---|---|",
    ...rows.flatMap((r) => r.controls.map((c) => `| ${r.site === "baseline" ? "baseline" : `\`${r.path}\``} | ${c.control} | ${c.n} | ${c.median.toFixed(1)} | ${c.p95.toFixed(1)} |`)),
    "",
    misses.length ? `## Budgets missed (${misses.length})\n\n${misses.map((m) => `- ${m}`).join("\n")}` : "## Every budget met",
    ""
  ];
  const drift = Math.abs(base.load.bytes.js.gzip - BASELINE_JS_GZIP) / BASELINE_JS_GZIP;
  if (drift > 0.01) md.push(`Note: the baseline's gzip JS (${base.load.bytes.js.gzip} B) differs by ${(drift * 100).toFixed(1)}% from BASELINE_JS_GZIP in bench/budgets.ts (${BASELINE_JS_GZIP} B), which the npm test guard uses: update it.`, "");

  writeFileSync(new URL(`${OUT}.md`, import.meta.url), md.join("\n"));
  writeFileSync(new URL(`${OUT}.json`, import.meta.url), JSON.stringify({date: new Date().toISOString(), stage, quick: QUICK, loads: LOADS, rounds: ROUNDS, lighthouseRuns: LIGHTHOUSE_RUNS, pages: rows, misses}, null, 2) + "\n");
  return {md: md.join("\n"), misses};
}

function none() {
  return {raw: NaN, gzip: NaN, files: NaN};
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

// Loads and latency first (written at once, in case Lighthouse is cut short), then Lighthouse.
let final = report(LIGHTHOUSE_RUNS ? "before Lighthouse" : "");
if (LIGHTHOUSE_RUNS) {
  await withLighthouse(async (run) => {
    for (const r of results) {
      log(`${r.site} ${r.path}: Lighthouse ×${LIGHTHOUSE_RUNS}`);
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; ++i) runs.push(await run(`${r.site === "site" ? site.origin : baseline.origin}${r.path}`));
      r.lighthouse = {score: median(runs.map((x) => x.score)), fcp: median(runs.map((x) => x.fcp))};
    }
  });
  final = report("");
}
await site.close();
await baseline.close();
console.log(final.md);
process.exit(final.misses.length ? 1 : 0);
