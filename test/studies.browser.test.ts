// The studies page and the sources-and-methods page in Chromium: charts render
// with their descriptions and tables, prose numbers match data/, the Warren
// sample sizes sit side by side, downloads are served and parse, nothing
// leaves 127.0.0.1 and the console stays clean.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {csvParse} from "d3";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {studies} from "../src/data/lib/studies.js";
import {methods} from "../src/data/lib/methods.js";
import {formatCount, formatFigure, formatPercent} from "../src/lib/format.js";
import {percentOf} from "../src/lib/shares.js";
import {charts} from "../src/components/charts.js";
import {WALK} from "../src/components/walk.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const data = loadDataset();
const out = studies(data);
const m = methods(data);
const f = (id: string) => out.figures[id];
const shown = (id: string) => formatFigure(f(id).value!, f(id).qualifier ?? "exact", f(id).unit === "percent" ? "percent" : "persons");

const site = useSite();

/** The page at this width, one load shared by the file's tests, which only read it. */
async function open(path: string, width = 1280): Promise<{page: Page; log: PageLog}> {
  const {page, log} = await site.shared(path, {width});
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => [...document.querySelectorAll("figure.chart")].every((fig) => fig.querySelector("svg")));
  return {page, log};
}

async function description(page: Page, slug: string): Promise<string> {
  const id = await page.locator(`figure#${slug} [role=img]`).getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
}

describe("/studies", () => {
  test("both charts render with their description, table and sources", async () => {
    const {page, log} = await open("/studies");
    const p = page.locator("figure#study-percentages");
    assert.equal(await p.locator(".chart-title").textContent(), builtTitle(charts["study-percentages"]));
    assert.equal(await p.locator("table tbody tr").count(), out.percentages.rows.length);
    const pd = await description(page, "study-percentages");
    for (const id of ["gao-2012-convicted-share", "trac349-fy2013-level1-share", "warren-attorney-share", "warren-attorney-share-all-respondents"]) assert.ok(pd.includes(shown(id)), `description lacks ${shown(id)}`);
    assert.ok(pd.includes("all ICE deportations in FY2013, not only Secure Communities"));
    // Bars carry their population in their labels.
    const svgText = await p.locator("svg").last().textContent();
    assert.ok(svgText!.includes("Population: all ICE deportations in FY2013, not only Secure Communities"));
    assert.ok(svgText!.includes("about 74%"));

    const t = page.locator("figure#trac-monthly-2017-2019");
    assert.equal(await t.locator("table tbody tr").count(), out.monthly.rows.length);
    const td = await description(page, "trac-monthly-2017-2019");
    for (const r of out.monthly.rows) assert.ok(td.includes(formatCount(r.published)), `monthly description lacks ${formatCount(r.published)}`);
    assert.ok((await t.locator(".chart-source a").count()) > 0);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  });

  test("prose numbers match data/ and link to sources; the Warren sample sizes are side by side", async () => {
    const {page} = await open("/studies");
    const figs = await page.locator("main .fig > a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href")})));
    const texts = figs.map((x) => x.text);
    for (const id of ["warren-us-citizens-arrested", "warren-latino-share", "gao-2012-removed", "gao-2012-convicted-share", "trac349-fy2013-level1-share", "elpaso-fy2013-total", "miles-cox-detentions", "trac2017-jan-mar-ice-claim", "trac2017-jan-mar-removed", "trac2017-feb-oct-monthly-avg", "trac2018-may-monthly", "trac2019-apr-monthly", "apr2011-arrested-or-booked"]) {
      assert.ok(texts.includes(shown(id)), `prose lacks ${shown(id)} (${id})`);
    }
    // Computed figures: GAO's complement and TRAC's serious share.
    assert.ok(texts.includes(formatFigure(100 - f("gao-2012-convicted-share").value!, "about", "percent")));
    assert.ok(texts.includes(formatPercent(percentOf(f("elpaso-fy2013-serious").value!, f("elpaso-fy2013-total").value!))));
    const ids = new Set(data.sources.map((s) => s.id));
    for (const x of figs) {
      const match = /^\.\/sources#(.+)$/.exec(x.href ?? "");
      assert.ok(match && ids.has(match[1]), `prose link ${x.href} does not name a source`);
    }
    const sizes = await page.locator("table.conflict-table tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent));
    for (const w of out.warrenSample) assert.ok(sizes.some((s) => s!.includes(`${formatCount(w.value)} cases`) && s!.includes(w.reportedBy)), `${w.id} not in the table`);
    // Miles & Cox's finding, quoted from data.
    const quotes = (await page.locator("blockquote.study-quote").allTextContents()).join(" ");
    assert.ok(quotes.includes(f("miles-cox-crime-effect").figure));
    // Treyger, Chalfin & Loeffler (2014), quoted from data; Kubrin's 3,181 jurisdictions linked to Kubrin.
    assert.ok(quotes.includes(f("treyger-promises-and-fears").figure));
    const kubrin = page.locator("main .fig > a", {hasText: formatCount(f("kubrin-jurisdictions").value!)});
    assert.equal(await kubrin.first().getAttribute("href"), "./sources#kubrin-2014");
    // ICE's re-dated 43,300: the correction is shown, and TRAC's 12% sits beside ICE's own Level 1 count.
    const main = (await page.locator("main").textContent())!;
    assert.match(main, /ending in September, not March/);
    assert.ok(main.includes(formatCount(out.iceFy2013.level1)), "ICE's FY2013 Level 1 count is beside TRAC's 12%");
  });
});

describe("/sources (Sources and methods)", () => {
  test("definitions, conflicts, 'by August' and the downloads are built from data", async () => {
    const {page, log} = await open("/sources");
    await page.waitForSelector("li.source");
    // The label comes from WALK: the same number the header gives the page.
    assert.equal(await page.locator(".kicker").textContent(), `Step ${WALK.length} of ${WALK.length}`);
    assert.equal(await page.locator("nav.walk [aria-current=page] .step").textContent(), String(WALK.length));
    assert.equal(await page.locator("main h1").textContent(), "Sources and methods");
    assert.equal(await page.locator(".definitions dt").count(), m.definitions.length);
    for (const c of m.conflicts) {
      const section = page.locator(`#conflict-${c.key}`);
      assert.equal(await section.locator("tbody tr").count(), c.items.length, c.key);
      const text = (await section.textContent())!;
      for (const i of c.items) assert.ok(text.includes(i.text), `${c.key} lacks ${i.text}`);
    }
    const days = await page.locator(".fig-derived a").allTextContents();
    assert.ok(days.includes(`${formatCount(m.byAugust.days)} days`));
    // Links on this page point at entries on this page.
    const hrefs = await page.locator("main .fig a[href^='#']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    for (const id of new Set(hrefs)) assert.equal(await page.locator(`li.source[id="${id}"]`).count(), 1, `no entry for ${id}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  });

  test("every data file downloads as CSV with its rows and a citation column", async () => {
    const {page} = await open("/sources");
    await page.waitForSelector("ul.downloads a");
    const links = await page.locator("ul.downloads a").evaluateAll((as) => as.map((a) => ({name: a.getAttribute("download"), href: (a as HTMLAnchorElement).href})));
    assert.equal(links.length, m.downloads.length);
    for (const d of m.downloads) {
      const link = links.find((l) => l.name === d.name);
      assert.ok(link, `no link for ${d.name}`);
      const response = await page.request.get(link.href);
      assert.equal(response.status(), 200, d.name);
      const rows = csvParse(await response.text());
      assert.equal(rows.length, d.rows, d.name);
      assert.deepEqual(rows.columns, [...d.columns, "citation"], d.name);
    }
  });
});
