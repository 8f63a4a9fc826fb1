// The spread page in Chromium: both charts render with their descriptions
// and tables, the prose numbers match data/, the month slider works from the
// keyboard and re-renders the map, nothing leaves 127.0.0.1.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {spread, monthEnd} from "../src/data/lib/spread.js";
import {stateActive} from "../src/components/rollout-map.js";
import {MAP_OPENING_MONTH} from "../src/components/specs/spread.js";
import {formatCount, formatDate} from "../src/lib/format.js";
import {charts} from "../src/components/charts.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const site = useSite();

/** The page in a tab of its own, for a test that moves a control; or (`shared`) one load shared by the tests that only read it. */
async function open(path: string, width = 1280, {shared = false} = {}): Promise<{page: Page; log: PageLog}> {
  const {page, log} = await (shared ? site.shared(path, {width}) : site.open(path, {width}));
  // Every chart declared for this page (the projection's too), each with its svg.
  const n = Object.values(charts).filter((c) => c.page === "spread").length;
  await page.waitForFunction((n) => [...document.querySelectorAll("figure.chart")].length === n && [...document.querySelectorAll("figure.chart")].every((f) => f.querySelector("svg")), n);
  return {page, log};
}

const data = loadDataset();
const s = spread(data);
const counties = data.countyActivations;
const total = counties[counties.length - 1].cumulative_counties_activated;
const first = counties[0];

async function description(page: Page, slug: string): Promise<string> {
  const described = await page.locator(`figure#${slug} [role=img]`).getAttribute("aria-describedby");
  return (await page.locator(`#${described}`).textContent()) ?? "";
}

// Each test opens its own tab or reads the shared load, so they run at once.
describe("the spread page", {concurrency: true}, () => {
  test("renders with no console errors and no request off 127.0.0.1", async () => {
    const {page, log} = await open("/spread", 1280, {shared: true});
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
  });

  test("the county rollout chart: line, ICE dots, place rules, description and table from data/", async () => {
    const {page} = await open("/spread", 1280, {shared: true});
    const fig = page.locator("figure#county-rollout");
    assert.equal(await fig.locator(".chart-title").textContent(), builtTitle(charts["county-rollout"]));
    assert.equal(await fig.locator("[aria-label=line] path").count(), 1);
    // The pilot's size (the row marked "pilot") is not a count on a date: no dot for it.
    const dated = data.jurisdictions.filter((j) => !/^pilot\b/.test(j.note ?? ""));
    assert.equal(dated.length, data.jurisdictions.length - 1);
    assert.equal(await fig.locator("[aria-label=dot] path").count(), dated.length);
    const d = await description(page, "county-rollout");
    assert.ok(d.includes(`From ${formatCount(first.cumulative_counties_activated)} county in ${formatDate(first.month)}`), d);
    assert.ok(d.includes(`all ${formatCount(total)} counties`), d);
    const sept2010 = data.jurisdictions.find((j) => j.as_of === "2010-09-30")!;
    const sept2010Counties = counties.find((c) => monthEnd(c.month) === "2010-09-30")!.cumulative_counties_activated;
    assert.ok(d.includes(`${formatCount(sept2010.value)} jurisdictions on September 30, 2010, when the dataset counts ${formatCount(sept2010Counties)} counties`), d);
    for (const fips of ["06085", "51013", "06075"]) {
      const p = data.placeActivations.find((x) => x.fips === fips)!;
      assert.ok(d.includes(formatDate(p.activated)), `${p.place} date missing`);
    }
    const text = (await fig.locator("svg").allTextContents()).join(" ");
    for (const label of ["more than 160", "about 1,049", "nearly 1,300 counties"]) assert.ok(text.includes(label), `chart lacks ${label}`);
    assert.ok(text.includes("another account"), "the Arlington conflict is not marked");
    const rows = counties.length + dated.length + 3;
    assert.equal(await fig.locator("table tbody tr").count(), rows);
  });

  test("the map: one shape per state shaded by its share, opens on September 2010, national count in the subtitle, table lists every state", async () => {
    const {page} = await open("/spread", 1280, {shared: true});
    const fig = page.locator("figure#rollout-map");
    assert.equal(await fig.locator(".rollout-states path").count(), data.stateActivations.length);
    assert.equal(await fig.locator(".rollout-map").getAttribute("data-month"), MAP_OPENING_MONTH);
    const national = s.states.national[s.states.months.indexOf(MAP_OPENING_MONTH)];
    assert.equal(national, counties.find((c) => c.month === MAP_OPENING_MONTH)!.cumulative_counties_activated);
    assert.ok((await fig.locator(".chart-subtitle").textContent())!.includes(`${formatCount(national)} of ${formatCount(total)} counties`));
    // More than two shades in use: the map grades states, not just none / some / all.
    const fills = new Set(await fig.locator(".rollout-states path").evaluateAll((ps) => ps.map((p) => p.getAttribute("fill"))));
    assert.ok(fills.size >= 4, `only ${[...fills].join(", ")}`);
    const ca = s.states.states.find((x) => x.fips === "06")!;
    const caTitle = await fig.locator('.rollout-states path[data-fips="06"] title').textContent();
    assert.equal(caTitle, `California: ${formatCount(stateActive(ca, s.states.months, MAP_OPENING_MONTH))} of ${formatCount(ca.countiesWithDate)} counties active at the end of ${formatDate(MAP_OPENING_MONTH)}`);
    for (const place of ["San Francisco", "Santa Clara", "Arlington", "Washington, DC"]) assert.ok((await fig.locator(".rollout-markers").textContent())!.includes(place), place);
    const d = await description(page, "rollout-map");
    assert.ok(d.includes(`At the end of ${formatDate(MAP_OPENING_MONTH)}, Secure Communities was active in ${formatCount(national)} counties`), d);
    assert.equal(await fig.locator("table tbody tr").count(), data.stateActivations.length);
    assert.ok((await fig.locator("table").textContent())!.includes("California"));
  });

  test("the month slider is labelled, speaks the month, and moves the map in place with the arrow keys", async () => {
    const {page, log} = await open("/spread");
    const range = page.locator(".month-slider input[type=range]");
    assert.equal(await range.getAttribute("aria-label"), "Month");
    const months = counties.map((c) => c.month);
    assert.equal(await range.getAttribute("aria-valuetext"), formatDate(MAP_OPENING_MONTH));
    const box = await range.boundingBox();
    assert.ok(box && box.width >= 300, `the slider is ${box?.width} px wide`);
    await page.locator('figure#rollout-map .rollout-states path[data-fips="06"]').evaluate((p) => ((p as unknown as {marked: boolean}).marked = true));
    await range.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    const target = months[months.indexOf(MAP_OPENING_MONTH) + 3];
    await page.waitForFunction((m) => document.querySelector("figure#rollout-map .rollout-map")?.getAttribute("data-month") === m, target);
    assert.equal(await range.getAttribute("aria-valuetext"), formatDate(target));
    assert.equal(await page.locator(".month-slider output").textContent(), formatDate(target));
    assert.ok(await page.locator('figure#rollout-map .rollout-states path[data-fips="06"]').evaluate((p) => (p as unknown as {marked?: boolean}).marked === true), "the map was redrawn, not updated in place");
    const national = s.states.national[months.indexOf(target)];
    const d = await description(page, "rollout-map");
    assert.ok(d.includes(`At the end of ${formatDate(target)}, Secure Communities was active in ${formatCount(national)} counties`), d);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  test("Play steps the map to January 2013 and can be paused from the keyboard", async () => {
    const {page} = await open("/spread");
    const play = page.getByRole("button", {name: "Play"});
    await play.focus();
    await page.keyboard.press("Enter");
    const months = counties.map((c) => c.month);
    await page.waitForFunction((m) => document.querySelector("figure#rollout-map .rollout-map")?.getAttribute("data-month") !== m, MAP_OPENING_MONTH);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(".month-player").getAttribute("aria-pressed"), "false");
    const paused = await page.locator("figure#rollout-map .rollout-map").getAttribute("data-month");
    await page.waitForTimeout(800);
    assert.equal(await page.locator("figure#rollout-map .rollout-map").getAttribute("data-month"), paused, "paused, yet the month moved");
    await page.keyboard.press("Enter");
    await page.waitForFunction((m) => document.querySelector("figure#rollout-map .rollout-map")?.getAttribute("data-month") === m, months.at(-1)!, {timeout: 30000});
    assert.equal(await page.locator(".month-player").getAttribute("aria-pressed"), "false");
    await page.waitForFunction((m) => new URL(location.href).searchParams.get("month") === m, months.at(-1)!);
    await page.close();
  });

  test("the prose numbers match data/ and link to sources", async () => {
    const {page} = await open("/spread", 1280, {shared: true});
    const figs = await page.locator("main .fig > a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href")})));
    const texts = figs.map((f) => f.text);
    assert.ok(texts.includes(formatCount(total)), "prose lacks the county total");
    for (const c of s.rollout.comparisons.filter((c) => c.date.startsWith("2010"))) {
      assert.ok(texts.includes(formatCount(c.reported)) && texts.includes(formatCount(c.counties)));
    }
    const lastJ = data.jurisdictions.filter((j) => j.unit === "jurisdictions").at(-1)!;
    // The pilot: its 14 beside the county data's 1 in October 2008 and 14 by December.
    const pilot = data.jurisdictions.find((j) => /^pilot\b/.test(j.note ?? ""))!;
    const main = (await page.locator("main").textContent())!;
    assert.ok(texts.includes(formatCount(pilot.value)) && main.includes("jurisdictions in the pilot") && main.includes("by the end of December 2008"), "the pilot is not set beside the county data");
    assert.ok(texts.includes(formatCount(lastJ.value)));
    for (const p of data.placeActivations) assert.ok(texts.includes(formatDate(p.activated)), `prose lacks ${p.place}`);
    const virginia = data.placeActivations.find((p) => p.fips === "51")!;
    assert.ok(texts.includes(formatDate(virginia.reported)), "the Virginia conflict is not shown");
    const ids = new Set(data.sources.map((x) => x.id));
    for (const f of figs) {
      const m = /^\.\/sources#(.+)$/.exec(f.href ?? "");
      assert.ok(m && ids.has(m[1]), `prose link ${f.href} does not name a source`);
    }
  });

  test("the embeds of both charts render on their own", async () => {
    for (const slug of ["county-rollout", "rollout-map"]) {
      const {page, log} = await site.open(`/embed/spread/${slug}`, {width: 600, waitFor: `figure#${slug} svg`});
      assert.deepEqual(log.errors, [], slug);
      assert.deepEqual(log.external, [], slug);
      await page.close();
    }
  });
});
