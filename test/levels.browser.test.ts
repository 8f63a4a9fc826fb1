// The "What ICE counted" page in Chromium, against a built site: both charts
// render with their descriptions and tables, the prose numbers match data/,
// no console errors, nothing leaves 127.0.0.1.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {formatCount, formatPercent} from "../src/lib/format.js";
import {charts} from "../src/components/charts.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const site = useSite();

/** The page at this width, one load shared by the file's tests, which only read it. */
async function open(width = 1280): Promise<{page: Page; log: PageLog}> {
  const {page, log} = await site.shared(`/levels`, {width});
  await page.waitForFunction(() => {
    const figures = [...document.querySelectorAll("figure.chart")];
    return figures.length >= 2 && figures.every((f) => f.querySelector("svg"));
  });
  return {page, log};
}

const data = loadDataset();
const v = (id: string) => data.snapshots.find((s) => s.id === id)!.value;
// Computed here, independently of the loader.
const jun = (100 * v("jun2010-non-criminal")) / v("jun2010-removed");
const mar = (100 * (v("mar2011-deported") - v("mar2011-convicted-deported"))) / v("mar2011-deported");
const levels23 = v("jun2010-removed") - v("jun2010-non-criminal") - v("jun2010-level1");
const level3Share = (100 * v("feb2011-booked-level3")) / (v("feb2011-booked-level2") + v("feb2011-booked-level3"));

async function described(page: Page, slug: string): Promise<string> {
  const figure = page.locator(`figure#${slug}`);
  const id = await figure.locator("[role=img]").getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
}

describe("the levels page", () => {
  test("renders with no console errors and no request off 127.0.0.1", async () => {
    const {page, log} = await open();
    assert.equal(await page.locator("main h1").textContent(), "What ICE counted");
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  });

  test("the share chart: one dot per snapshot, filled for computed shares, with its description and table", async () => {
    const {page} = await open();
    const spec = charts["share-without-conviction"];
    const figure = page.locator(`figure#${spec.slug}`);
    assert.equal(await figure.locator(".chart-title").textContent(), builtTitle(spec));
    const dots = figure.locator("svg[class^=plot] circle");
    // Eight snapshots, Aug 2010 to Feb 2014; three computed from counts (June 2010, Feb 2011, March 2011).
    assert.equal(await dots.count(), 8);
    const filled = await dots.evaluateAll((cs) => cs.filter((c) => (c.getAttribute("fill") ?? c.parentElement!.getAttribute("fill")) !== "none").length);
    assert.equal(filled, 3);
    const text = await figure.locator("svg[class^=plot]").textContent();
    for (const label of [formatPercent(jun), formatPercent(mar), formatPercent((100 * v("feb2011-removed-non-criminal")) / v("feb2011-removed")), "“a quarter”", "“three out of 10”", "“20 percent”"]) assert.ok(text!.includes(label), `chart lacks ${label}`);
    const description = await described(page, spec.slug);
    for (const n of [formatPercent(jun), formatPercent(mar), "20%", "30%"]) assert.ok(description.includes(n), `description lacks ${n}`);
    assert.equal(await figure.locator("table tbody tr").count(), 8);
    const cells = await figure.locator("table tbody").textContent();
    for (const n of [formatCount(v("jun2010-removed")), formatCount(v("mar2011-deported")), "computed from published counts", "the source's words"]) assert.ok(cells!.includes(n), `table lacks ${n}`);
    const flags = (await figure.locator(".share-flag").allTextContents()).join(" ");
    assert.doesNotMatch(flags, /conflict/, "the advocates' 26% is the same release rounded, not a conflict");
    assert.match(flags, /same release/);
    assert.match(flags, /government statistics show/);
  });

  test("the bookings chart: three bars, Level 1 not published, the Level 3 share computed in the description", async () => {
    const {page} = await open();
    const spec = charts["bookings-feb-2011"];
    const figure = page.locator(`figure#${spec.slug}`);
    assert.equal(await figure.locator("svg g[aria-label=bar] rect").count(), 3);
    assert.match((await figure.locator("svg").first().textContent())!, /not published/);
    const description = await described(page, spec.slug);
    for (const n of [v("feb2011-booked-non-criminal"), v("feb2011-booked-level2"), v("feb2011-booked-level3")].map(formatCount)) assert.ok(description.includes(n), `description lacks ${n}`);
    assert.ok(description.includes(formatPercent(level3Share)));
    assert.match(description, /bookings, not removals/);
    assert.equal(await figure.locator("table tbody tr").count(), 4);
  });

  test("the prose numbers match data/, link to source entries, and say what is not known", async () => {
    const {page} = await open();
    const figs = await page.locator("main .fig > a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href"), title: a.getAttribute("title")})));
    const texts = figs.map((f) => f.text);
    const expected = [
      formatCount(v("jun2010-removed")),
      formatCount(v("jun2010-non-criminal")),
      formatCount(v("jun2010-level1")),
      formatCount(levels23),
      formatPercent(jun),
      formatPercent(mar),
      formatPercent(level3Share),
      formatCount(v("feb2011-booked-level2")),
      formatCount(v("feb2011-booked-level3")),
      "“a quarter”",
      "“three out of 10”"
    ];
    for (const e of expected) assert.ok(texts.includes(e), `prose lacks ${e}`);
    // Computed figures say so.
    for (const e of [formatCount(levels23), formatPercent(mar), formatPercent(level3Share)]) {
      assert.ok(figs.find((f) => f.text === e)!.title?.startsWith("Computed"), `${e} is not marked as computed`);
    }
    const ids = new Set(data.sources.map((s) => s.id));
    for (const f of figs) {
      const m = /^\.\/sources#(.+)$/.exec(f.href ?? "");
      assert.ok(m && ids.has(m[1]), `prose link ${f.href} does not name a source`);
    }
    const main = (await page.locator("main").textContent())!;
    // Say what we found, not what ICE never did; and show the removals ICE did break down (to Feb 2011).
    assert.doesNotMatch(main, /ICE published no/);
    assert.match(main, /The sources we found give no Level 2 \/ Level 3 split/);
    assert.ok(main.includes(formatCount(v("feb2011-removed"))) && main.includes(formatCount(v("feb2011-removed-misdemeanor"))), "the Feb 2011 removals by conviction are shown");
    assert.match(main, /had committed or were charged with/);
    assert.match(main, /threat levels/);
    assert.ok(await page.locator("a[href='./spread']").count());
  });

  test("renders at phone width without errors", async () => {
    const {page, log} = await open(320);
    assert.deepEqual(log.errors, []);
  });
});
