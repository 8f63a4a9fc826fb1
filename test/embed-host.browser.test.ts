// The example post (examples/blog-post.html) on a second origin, embedding
// three charts: by pym.js, by our embed.js (both iframes) and by module.
// At 390 and 1280 px each iframe is as tall as its content (within 2 px),
// again after the width changes and after a details element opens; the
// non-default view shows in chart, description and table; a message from
// another window resizes nothing; the module chart renders; nothing leaves
// 127.0.0.1 and the console stays clean.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import type {Browser, BrowserContext, Frame, Page} from "playwright-core";
import {launch, watch, type PageLog} from "./helpers/browser.js";
import {serve, type StaticServer} from "./helpers/server.js";
import {builtTitle, requireDist} from "./helpers/site.js";
import {charts} from "../src/components/charts.js";

/** The address the example uses for the notebook (the dev server); the test points it at its own server. */
const EXAMPLE_SITE = "http://127.0.0.1:3000";
const PYM = new URL("../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url).pathname;

let site: StaticServer;
let host: StaticServer;
let browser: Browser;
/** One context for the file's pages, each a new tab (see test/helpers/site-browser.ts for why). */
let context: BrowserContext;

before(async () => {
  site = await serve(requireDist(), {cors: true});
  const dir = mkdtempSync(join(tmpdir(), "sc-post-"));
  const post = readFileSync(new URL("../examples/blog-post.html", import.meta.url), "utf8");
  assert.ok(post.includes(EXAMPLE_SITE), "the example no longer points at the dev server's address");
  writeFileSync(join(dir, "index.html"), post.replaceAll(EXAMPLE_SITE, site.origin));
  host = await serve(dir, {files: {"/pym.v1.min.js": PYM}});
  browser = await launch();
  context = await browser.newContext();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

const PYM_FRAME = "#sc-serious-record-range iframe";
const SCRIPT_FRAME = 'iframe[src*="/embed/levels/share-without-conviction"]';

async function openPost(width: number): Promise<{page: Page; log: PageLog}> {
  const page = await context.newPage();
  await page.setViewportSize({width, height: 900});
  const log = await watch(page, [host.origin, site.origin]);
  await page.goto(`${host.origin}/`, {waitUntil: "load"});
  return {page, log};
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const element = page.locator(selector);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle())!.contentFrame();
  await frame!.waitForSelector("figure.chart svg", {timeout: 20_000});
  return frame!;
}

/** The iframe's height and its content's: the embed body's bottom, and the page's scroll height. */
async function heights(page: Page, selector: string, frame: Frame) {
  const iframe = await page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().bottom + window.scrollY,
    scroll: document.documentElement.scrollHeight,
    credit: document.querySelector(".chart-credit")!.getBoundingClientRect().bottom + window.scrollY
  }));
  return {iframe, ...inner};
}

/** Waits until the iframe fits its content within 2 px, then checks nothing is cut off or left blank. */
async function assertFits(page: Page, selector: string, frame: Frame, when: string): Promise<void> {
  let h = await heights(page, selector, frame);
  for (let i = 0; i < 50 && Math.abs(h.iframe - h.content) > 2; ++i) {
    await page.waitForTimeout(100);
    h = await heights(page, selector, frame);
  }
  assert.ok(Math.abs(h.iframe - h.content) <= 2, `${selector} ${when}: iframe ${h.iframe}px, content ${h.content}px`);
  assert.ok(h.scroll <= h.iframe + 2, `${selector} ${when}: content scrolls inside the frame (${h.scroll} > ${h.iframe})`);
  assert.ok(h.iframe - h.credit < 40, `${selector} ${when}: a blank band below the credit line (${h.iframe - h.credit}px)`);
}

for (const [width, other] of [[390, 1280], [1280, 390]]) {
  test(`at ${width}px, pym.js and embed.js size their iframes to the content, after a resize and a details opening`, async () => {
    const {page, log} = await openPost(width);
    for (const selector of [PYM_FRAME, SCRIPT_FRAME]) {
      const frame = await frameOf(page, selector);
      await assertFits(page, selector, frame, "on load");
    }
    await page.setViewportSize({width: other, height: 900});
    for (const selector of [PYM_FRAME, SCRIPT_FRAME]) await assertFits(page, selector, await frameOf(page, selector), `at ${other}px`);
    for (const selector of [PYM_FRAME, SCRIPT_FRAME]) {
      const frame = await frameOf(page, selector);
      const before = (await heights(page, selector, frame)).iframe;
      await frame.locator("details.chart-data > summary").click();
      await assertFits(page, selector, frame, "with the data table open");
      assert.ok((await heights(page, selector, frame)).iframe > before + 50, `${selector}: the frame did not grow with the table`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.external, []);
    await page.close();
  });
}

test("the view in the embed's URL shows in the chart, the description and the table, marked as assumed", async () => {
  const {page, log} = await openPost(1280);
  const frame = await frameOf(page, PYM_FRAME);
  const description = await frame.locator(".chart-description").textContent();
  assert.match(description!, /^Under “Levels 1 and 2”/);
  assert.match(description!, /assuming 40\.0% of Levels 2–3 were Level 3 \(an assumption\)/);
  const headers = await frame.locator(".chart-table th").allTextContents();
  assert.ok(headers.includes("… if 40.0% were (assumed)"), headers.join(" | "));
  // The embed has no slider: it says which value is assumed, marked as on the page.
  assert.equal(await frame.locator(".chart-assumed .fig-assumed").first().textContent(), "40.0%");
  // In the chart: the chosen definition is the one in bold, and the dot sits at 40%.
  assert.match((await frame.locator(".chart-subtitle").textContent())!, /In bold: Levels 1 and 2\./);
  assert.ok(await frame.locator("figure.chart svg").first().evaluate((svg) => /40(\.0)?%/.test(svg.textContent ?? "")), "the chart does not show 40%");
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("embed.js ignores height messages from any window but the iframe's own", async () => {
  const {page} = await openPost(1280);
  const frame = await frameOf(page, SCRIPT_FRAME);
  await assertFits(page, SCRIPT_FRAME, frame, "on load");
  // Every height embed.js gives the iframe from now on (the embed itself may report again at any time).
  await page.evaluate((selector) => {
    const iframe = document.querySelector<HTMLIFrameElement>(selector)!;
    const seen: string[] = ((window as unknown as {seen: string[]}).seen = []);
    new MutationObserver(() => seen.push(iframe.style.height)).observe(iframe, {attributes: true, attributeFilter: ["style"]});
  }, SCRIPT_FRAME);
  // From the host page itself, and from another frame on the page.
  await page.evaluate(() => {
    window.postMessage({type: "sc-embed-height", height: 123}, "*");
    const other = document.createElement("iframe");
    other.srcdoc = `<script>parent.postMessage({type: "sc-embed-height", height: 77}, "*")<\/script>`;
    document.body.append(other);
  });
  await page.waitForTimeout(500);
  // The check is real: the same message from the iframe's own window is obeyed.
  await frame.evaluate(() => parent.postMessage({type: "sc-embed-height", height: 321}, "*"));
  await page.waitForFunction(() => (window as unknown as {seen: string[]}).seen.includes("321px"));
  const seen = await page.evaluate(() => (window as unknown as {seen: string[]}).seen);
  assert.ok(!seen.includes("123px") && !seen.includes("77px"), seen.join(", "));
  await page.close();
});

test("the module embed draws its chart into the post, with its frame and data from our origin", async () => {
  const {page, log} = await openPost(390);
  await page.waitForSelector("#sc-bookings figure.chart svg", {timeout: 20_000});
  assert.equal(await page.locator("#sc-bookings iframe").count(), 0);
  assert.equal(await page.locator("#sc-bookings h2.chart-title").textContent(), builtTitle(charts["bookings-feb-2011"]));
  assert.ok((await page.locator("#sc-bookings .chart-source a").count()) > 0);
  assert.ok(log.requests.some((u) => u.startsWith(`${site.origin}/_file/data/levels.`)), "the data did not come from the site");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});
