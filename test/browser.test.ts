// The built site in Debian's Chromium: the headline chart and the prose
// numbers match data/, and every source link leads to an entry on the sources
// page. (Every page's load checks, axe at both widths in both schemes, and its
// layout are in test/page-tour.browser.test.ts.)
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {loadDataset} from "../src/data/lib/dataset.js";
import {levelBreakdown} from "../src/lib/shares.js";
import {formatCount, formatPercent} from "../src/lib/format.js";
import {charts} from "../src/components/charts.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const site = useSite();
const open = (path: string, options?: {width?: number; colorScheme?: "light" | "dark"}) => site.open(path, options);

describe("the headline page", () => {
  const data = loadDataset();
  const value = (id: string) => data.snapshots.find((s) => s.id === id)!.value;
  const b = levelBreakdown({removed: value("jun2010-removed"), nonCriminal: value("jun2010-non-criminal"), level1: value("jun2010-level1")});

  test("the unit chart renders in its frame with description, table and sources", async () => {
    // At the step that shows all three groups, after a guess.
    const {page} = await open("/?g=20000&step=4&v=1");
    const spec = charts["one-in-four"];
    const figure = page.locator(`figure#${spec.slug}`);
    await figure.locator("svg").first().waitFor();
    assert.equal(await figure.locator(".chart-title").textContent(), builtTitle(spec));
    const described = await figure.locator("[role=img]").getAttribute("aria-describedby");
    const description = await page.locator(`#${described}`).textContent();
    for (const n of [b.removed, b.nonCriminal, b.level1, b.levels23]) assert.ok(description!.includes(formatCount(n)), `description lacks ${formatCount(n)}`);
    assert.ok(description!.includes(formatPercent(b.nonCriminalShare)));
    assert.equal(await page.locator(".guided table tbody tr").count(), 3);
    // Whole squares of 100 people, one block per category.
    assert.equal(await figure.locator(".unit-block").count(), 3);
    assert.equal(await figure.locator("rect").count(), Math.round(b.removed / 100));
    const sourceLinks = await page.locator(".guided .chart-source a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(sourceLinks.length > 0);
    await page.close();
  });

  test("the prose numbers match data/ and link to entries on the sources page", async () => {
    const {page} = await open("/?g=20000&v=1");
    await page.waitForSelector(".fig a");
    const figs = await page.locator("main .fig > a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href")})));
    const texts = figs.map((f) => f.text);
    for (const expected of [b.removed, b.nonCriminal, b.level1, b.levels23].map(formatCount)) assert.ok(texts.includes(expected), `prose lacks ${expected}`);
    assert.ok(texts.includes(formatPercent(b.nonCriminalShare)));
    const ids = new Set(data.sources.map((s) => s.id));
    for (const f of figs) {
      const m = /^\.\/sources#(.+)$/.exec(f.href ?? "");
      assert.ok(m && ids.has(m[1]), `prose link ${f.href} does not name a source`);
    }
    await page.close();
  });

  test("every source link resolves to an entry on the sources page", async () => {
    // After a guess, so the guided steps and their chart are shown.
    const {page} = await open("/?g=20000&v=1");
    await page.waitForSelector(".chart-source a");
    const hrefs = new Set(await page.locator("main a[href^='./sources#']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)));
    await page.goto(`${site.origin()}/sources`, {waitUntil: "networkidle"});
    await page.waitForSelector("li.source");
    for (const href of hrefs) {
      const id = href.split("#")[1];
      assert.equal(await page.locator(`li.source[id="${id}"]`).count(), 1, `no entry for ${id}`);
    }
    await page.close();
  });
});

describe("the sources page", () => {
  test("lists every source in data/sources.csv with its quote", async () => {
    const data = loadDataset();
    const {page} = await open("/sources");
    await page.waitForSelector("li.source");
    assert.equal(await page.locator("li.source").count(), data.sources.length);
    for (const s of data.sources.filter((s) => s.quote)) {
      const quotes = await page.locator(`li.source[id="${s.id}"] blockquote`).allTextContents();
      assert.deepEqual(quotes.map((q) => q.trim()), s.quote!.split(" || "), s.id);
    }
    await page.close();
  });
});
