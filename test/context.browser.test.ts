// The "In context" page in Chromium: its three charts render with their
// descriptions, tables and sources; its prose numbers match data/ (read here
// independently); nothing leaves 127.0.0.1 and nothing logs an error.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, test} from "node:test";
import {csvParse} from "d3";
import type {Page} from "playwright-core";
import {charts} from "../src/components/charts.js";
import {formatCount, formatPercent} from "../src/lib/format.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";
import {DATA_DIR} from "./helpers/fixtures.js";
import {builtTitle} from "./helpers/site.js";

const csv = (file: string) => csvParse(readFileSync(join(DATA_DIR, file), "utf-8"));
const fy = csv("ice_removals_fy.csv");
const reported = csv("ice_removals_fy_reported.csv");
const monthly = csv("ice_removals_monthly.csv");
const snapshots = csv("sc_snapshots.csv");
const sourceIds = new Set(csv("sources.csv").map((s) => s.id));
const year = (y: number) => fy.find((r) => Number(r.fiscal_year) === y)!;
const n = (s: string) => Number(s);


const site = useSite();

/** The page at this width, one load shared by the file's tests, which only read it. */
async function open(width = 1280): Promise<{page: Page; log: PageLog}> {
  const {page, log} = await site.shared(`/context`, {width});
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => document.querySelectorAll("figure.chart svg").length >= 3);
  return {page, log};
}

async function description(page: Page, slug: string): Promise<string> {
  const id = await page.locator(`figure#${slug} [role=img]`).first().getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
}

describe("/context", () => {
  test("renders three charts with no console errors and no request off 127.0.0.1", async () => {
    const {page, log} = await open();
    for (const slug of ["removals-by-year", "removals-by-month", "program-share"]) {
      const figure = page.locator(`figure#${slug}`);
      assert.equal(await figure.locator(".chart-title").textContent(), builtTitle(charts[slug]));
      assert.ok((await figure.locator("svg").count()) > 0, `${slug} has no svg`);
      assert.ok((await figure.locator(".chart-source a").count()) > 0, `${slug} has no sources`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
    assert.ok(log.requests.every((u) => u.startsWith(site.origin()) || u.startsWith("data:")));
  });

  test("removals-by-year: bars for every year, three FY2008 ticks, numbers in the description, a row per year", async () => {
    const {page} = await open();
    const figure = page.locator("figure#removals-by-year");
    assert.equal(await figure.locator('g[aria-label="tick"] line').count(), reported.filter((r) => r.fiscal_year === "2008" && r.metric === "total_removals").length);
    assert.equal(await figure.locator("table tbody tr").count(), fy.length);
    const text = await description(page, "removals-by-year");
    const peak = fy.reduce((a, b) => (n(b.total_removals) > n(a.total_removals) ? b : a));
    const share = (y: number) => formatPercent((100 * n(year(y).convicted_removals)) / n(year(y).total_removals));
    for (const expected of [formatCount(n(year(2003).total_removals)), formatCount(n(peak.total_removals)), `FY${peak.fiscal_year}`, share(2008), share(2013)]) {
      assert.ok(text.includes(expected), `description lacks ${expected}: ${text}`);
    }
    for (const v of ["349041", "356739", "369221"]) assert.ok(text.includes(formatCount(n(v))), `description lacks FY2008 total ${v}`);
    // The computed FY2012 cell says so in the table.
    const fy2012 = figure.locator("table tbody tr", {hasText: "FY2012"});
    assert.match((await fy2012.textContent()) ?? "", new RegExp(`${formatCount(n(year(2012).total_removals) - n(year(2012).convicted_removals))}.*computed`));
  });

  test("removals-by-month: two lines, the partial month marked, a row per month", async () => {
    const {page} = await open();
    const figure = page.locator("figure#removals-by-month");
    assert.equal(await figure.locator('g[aria-label="dot"] circle').count(), 2);
    assert.equal(await figure.locator("table tbody tr").count(), monthly.length);
    const svgText = (await figure.locator("svg").last().textContent()) ?? "";
    assert.match(svgText, /August 25, 2012/);
    const text = await description(page, "removals-by-month");
    const last = monthly[monthly.length - 1];
    for (const expected of [formatCount(n(monthly[0].convicted_removals)), formatCount(n(last.convicted_removals)), "August 25, 2012", "partial"]) {
      assert.ok(text.includes(expected), `description lacks ${expected}`);
    }
  });

  test("program-share: the source's words on the bars and in the description, the rough count marked computed", async () => {
    const {page} = await open();
    const figure = page.locator("figure#program-share");
    const svgText = (await figure.locator("svg").last().textContent()) ?? "";
    const s09 = snapshots.find((s) => s.id === "gao-fy2009-sc-share")!;
    const s11 = snapshots.find((s) => s.id === "gao-fy2011-sc-share")!;
    assert.equal(s09.qualifier, "about");
    for (const label of [`about ${s09.value}%`, `about ${s11.value}%`]) assert.ok(svgText.includes(label), `chart lacks "${label}"`);
    const rough = formatCount(Math.round((n(s11.value) * n(year(2011).total_removals)) / 100 / 1000) * 1000);
    assert.ok(svgText.includes(`${rough} removals (computed, rough`));
    const text = await description(page, "program-share");
    for (const expected of [`about ${s09.value}% in FY2009`, `about ${s11.value}% in FY2011`, rough, "rough"]) assert.ok(text.includes(expected), `description lacks ${expected}`);
    assert.equal(await figure.locator("table tbody tr").count(), 2);
  });

  test("prose numbers match data/, computed ones are marked, every link names a source", async () => {
    const {page} = await open();
    const figs = await page.locator("main .fig > a").evaluateAll((as) =>
      as.map((a) => ({text: a.textContent, href: a.getAttribute("href"), derived: a.parentElement!.classList.contains("fig-derived")}))
    );
    const texts = new Map(figs.map((f) => [f.text, f]));
    const removed = n(snapshots.find((s) => s.id === "jun2010-removed")!.value);
    const window = monthly.filter((r) => r.month >= "2008-10" && r.month <= "2010-06").reduce((s, r) => s + n(r.total_removals), 0);
    const sourced = [
      formatCount(removed),
      ...reported.filter((r) => r.metric === "total_removals" && r.fiscal_year === "2008").map((r) => formatCount(n(r.value))),
      ...reported.filter((r) => r.metric === "convicted_removals").map((r) => `about ${formatCount(n(r.value))}`),
      ...reported.filter((r) => r.metric === "convicted_removals").map((r) => formatCount(n(year(n(r.fiscal_year)).convicted_removals))),
      formatCount(n(reported.find((r) => r.metric === "total_removals" && r.fiscal_year === "2011")!.value)),
      "about 4%",
      "about 20%"
    ];
    const computed = [
      formatCount(window),
      formatCount(Math.round(window / 10)),
      formatCount(n(year(2009).total_removals) + n(year(2010).total_removals)),
      formatCount(n(year(2012).total_removals) - n(year(2012).convicted_removals)),
      formatPercent((100 * n(year(2009).convicted_removals)) / n(year(2009).total_removals)),
      formatPercent((100 * n(year(2011).convicted_removals)) / n(year(2011).total_removals))
    ];
    for (const t of sourced) assert.ok(texts.has(t), `prose lacks ${t}`);
    for (const t of computed) {
      assert.ok(texts.has(t), `prose lacks computed ${t}`);
      assert.ok(texts.get(t)!.derived, `${t} is not marked as computed`);
    }
    assert.ok(removed * 10 < window, "the prose says the program's removals are fewer than a tenth of the window's");
    for (const f of figs) {
      const m = /^\.\/sources#(.+)$/.exec(f.href ?? "");
      assert.ok(m && sourceIds.has(m[1]), `prose link ${f.href} does not name a source`);
    }
    assert.equal(await page.locator("table.context-compare tbody tr").count(), reported.filter((r) => r.metric === "convicted_removals").length);
    assert.equal(await page.locator("p.next a[href='./opt-out']").count(), 1);
  });

  test("at 390 px the charts fit the viewport", async () => {
    const {page} = await open(390);
    const widths = await page.locator("figure.chart svg").evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
    for (const right of widths) assert.ok(right <= 390, `a chart overflows: right edge at ${right}px`);
  });
});
