// The opt-out page in Chromium: the timeline chart renders with its markers,
// description and table; the prose dates, counts and quotes match data/ and
// link to the sources page; the event list holds every timeline row.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {csvParse} from "d3";
import {formatCount, formatDate} from "../src/lib/format.js";
import {formatEventDate, type EventCategory} from "../src/components/event-list.js";
import {eventLabel} from "../src/components/timeline-chart.js";
import {charts} from "../src/components/charts.js";
import {KEY_EVENTS} from "../src/data/lib/opt-out.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const csv = (file: string) => csvParse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf-8"));
const timeline = csv("sc_timeline.csv");
const counties = csv("sc_county_activations_monthly.csv");
const places = csv("sc_place_activations.csv");
const sources = csv("sources.csv");
const keyRows = timeline.filter((r) => KEY_EVENTS.some((k) => k.date === r.date && k.category === r.category));
const sept2010 = Number(counties.find((r) => r.month === "2010-09")!.cumulative_counties_activated);
const lastMonth = counties[counties.length - 1];
// The chart labels the key events up to the end of the county data; later ones are in the list and the table.
const charted = keyRows.filter((r) => r.date.slice(0, 7) <= lastMonth.month);
const labelled = 'svg g[aria-label="text"] text:has(title)';


const site = useSite();

/** The page at this width, in a tab of its own (`own`, for a test that navigates) or one load shared by the tests that only read it. */
async function open(width = 1280, {own = false} = {}): Promise<{page: Page; log: PageLog}> {
  const {page, log} = await (own ? site.open(`/opt-out`, {width}) : site.shared(`/opt-out`, {width}));
  await page.locator("figure#opt-out-timeline svg").first().waitFor();
  return {page, log};
}

test("the timeline chart labels its events, with description, table and sources, with no errors and nothing off 127.0.0.1", async () => {
  const {page, log} = await open();
  const spec = charts["opt-out-timeline"];
  const figure = page.locator("figure#opt-out-timeline");
  assert.equal(await figure.locator(".chart-title").textContent(), builtTitle(spec));
  // One label (date and text, its full text as its title) per key event up to the end of the county data; no numbered key.
  assert.ok(charted.length > 0 && charted.length < keyRows.length);
  const expected = charted.map((r) => eventLabel({n: null, date: r.date, precision: r.date_precision, event: r.event, category: r.category as EventCategory}));
  assert.deepEqual((await figure.locator(`${labelled} title`).allTextContents()).sort(), expected.sort());
  assert.equal(await figure.locator(".timeline-key").count(), 0);
  const described = await figure.locator("[role=img]").getAttribute("aria-describedby");
  const description = (await page.locator(`#${described}`).textContent())!;
  assert.ok(description.includes(`${formatCount(sept2010)} counties`), "description lacks the Sept 2010 month-end count");
  assert.match(description, /month-end/);
  assert.ok(description.includes(formatCount(Number(lastMonth.cumulative_counties_activated))));
  for (const r of keyRows) assert.ok(description.includes(`${formatEventDate(r.date, r.date_precision)}: ${r.event}`), `description lacks ${r.date}`);
  assert.equal(await figure.locator("table tbody tr").count(), counties.length + keyRows.length);
  assert.ok((await figure.locator(".chart-source a").count()) > 0);
  assert.match((await figure.locator(".chart-subtitle").textContent())!, /counties, not ICE “jurisdictions”/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
});

test("at phone width the chart keeps every label, none overlapping, and shows numbers only on the curve", async () => {
  const {page, log} = await open(390);
  const figure = page.locator("figure#opt-out-timeline");
  assert.equal(await figure.locator(labelled).count(), charted.length);
  const boxes = await figure.locator(labelled).evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({l: r.left, r: r.right, t: r.top, b: r.bottom})));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) assert.ok(a.r <= b.l || b.r <= a.l || a.b <= b.t || b.b <= a.t, `labels overlap: ${JSON.stringify([a, b])}`);
  }
  const labels = await figure.locator("svg text").allTextContents();
  assert.ok(labels.includes(formatCount(sept2010)));
  assert.ok(!labels.some((t) => t.includes("counties at the end")));
  const box = await figure.locator("svg").last().boundingBox();
  assert.ok(box && box.width <= 390, "the chart fits the phone width");
  assert.deepEqual(log.errors, []);
});

test("the prose dates, counts and quotes match data/ and link to sources", async () => {
  const {page} = await open();
  const figs = await page.locator("main .fig > a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href")})));
  const has = (text: string, id: string) => figs.some((f) => f.text === text && f.href === `./sources#${id}`);
  const countyId = counties[0].source_ids;
  assert.ok(has(formatCount(sept2010), countyId), "the Sept 2010 month-end count");
  for (const name of ["Santa Clara County", "Arlington County"]) {
    const p = places.find((r) => r.place === name)!;
    assert.ok(has(formatDate(p.activated), p.source_ids), `${name} activation date`);
    const days = (Date.parse("2010-09-28") - Date.parse(p.activated)) / 86_400_000;
    assert.ok(figs.some((f) => f.text === `${days} days`), `${name}: days from activation to vote`);
  }
  const post = timeline.find((r) => r.date === "2010-09-30" && r.category === "federal")!;
  const napolitano = timeline.find((r) => r.date === "2010-10-06" && r.event.startsWith("Napolitano"))!;
  const official = sources.find((s) => s.id === post.source_ids)!.quote.split(" || ").find((q) => post.note.includes(q))!;
  assert.ok(has(post.quote.replace(/\.$/, ""), post.source_ids), "the Washington Post line");
  assert.ok(has(official.replace(/\.$/, ""), post.source_ids), "the ICE official's words");
  assert.ok(has(napolitano.quote, napolitano.source_ids.split(";")[0]), "Napolitano's words");
  for (const r of keyRows.filter((r) => r.date >= "2010-08")) {
    if (r.category === "program") continue;
    if (r.date === "2010-09-28") continue; // the two votes share one date link
    assert.ok(has(formatEventDate(r.date, r.date_precision), r.source_ids.split(";")[0]), `prose date ${r.date}`);
  }
  const ids = new Set(sources.map((s) => s.id));
  for (const f of figs) assert.ok(ids.has(/^\.\/sources#(.+)$/.exec(f.href ?? "")?.[1] ?? ""), `prose link ${f.href}`);
});

test("the event list holds every timeline row with its date, quote and source links, and every link resolves", async () => {
  const {page} = await open(1280, {own: true});
  const items = page.locator("ol.event-list li.event");
  assert.equal(await items.count(), timeline.length);
  const listed = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector("time")!.getAttribute("datetime"),
      words: li.querySelector("time")!.textContent,
      quote: li.querySelector("blockquote")?.textContent ?? null,
      hrefs: [...li.querySelectorAll(".event-sources a")].map((a) => a.getAttribute("href"))
    }))
  );
  for (const r of timeline) {
    const item = listed.find((l, i) => l.date === r.date && l.hrefs.join(";") === r.source_ids.split(";").map((id) => `./sources#${id}`).join(";") && i >= 0);
    assert.ok(item, `${r.date} ${r.event}`);
    assert.equal(item.words, formatEventDate(r.date, r.date_precision));
    if (r.quote) assert.equal(item.quote, `“${r.quote}”`);
  }
  assert.ok(listed.some((l) => l.words!.startsWith("about ")), "approximate dates say so");
  const hrefs = new Set(await page.locator("main a[href^='./sources#']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)));
  await page.goto(`${site.origin()}/sources`, {waitUntil: "networkidle"});
  await page.waitForSelector("li.source");
  for (const href of hrefs) assert.equal(await page.locator(`li.source[id="${href.split("#")[1]}"]`).count(), 1, `no entry for ${href}`);
  await page.close();
});

test("the chart's embed page renders it from its declaration and data alone", async () => {
  const {page, log} = await site.open(`/embed/opt-out/opt-out-timeline`, {width: 600});
  await page.locator("figure#opt-out-timeline svg").first().waitFor();
  assert.equal(await page.locator(`figure#opt-out-timeline ${labelled}`).count(), charted.length);
  assert.ok((await page.locator("figure#opt-out-timeline .chart-source a").count()) > 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});
