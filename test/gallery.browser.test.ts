// The embed gallery shows every chart as its build-time image, with its embed
// code, and loads a live embed only when the reader asks for it, by keyboard too.
import assert from "node:assert/strict";
import {test} from "node:test";
import {charts} from "../src/components/charts.js";
import {embedPath} from "../src/components/chart-spec.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const site = useSite();
const specs = Object.values(charts);

test("every chart is listed with its title, image and embed code, and no live embed loads up front", async () => {
  const {page, log} = await site.open("/embeds", {waitFor: ".embed-gallery"});
  assert.equal(await page.locator(".embed-entry").count(), specs.length);
  assert.equal(await page.locator("iframe").count(), 0);
  for (const spec of specs) {
    const entry = page.locator(`#embed-${spec.slug}`);
    assert.equal(await entry.locator("h2").textContent(), builtTitle(spec));
    const img = entry.locator("img.embed-image");
    assert.match((await img.getAttribute("src"))!, new RegExp(`charts/${spec.slug}\\.svg$`));
    assert.ok((await img.getAttribute("alt"))!.length > 20, `${spec.slug}: no description as the image's alt`);
    assert.ok((await entry.locator("textarea").first().inputValue()).includes(embedPath(spec)), spec.slug);
  }
  // An embed page is /embed/<page>/<chart>; the gallery's own data is under /_file/embed/.
  assert.deepEqual(log.requests.filter((u) => /^\/embed\/\w/.test(new URL(u).pathname)), [], "an embed page was requested before any preview was asked for");
  await page.close();
});

test("a live preview loads on request, by keyboard, in place of the image", async () => {
  const spec = specs[0];
  const {page, log} = await site.open("/embeds", {waitFor: ".embed-gallery"});
  const entry = page.locator(`#embed-${spec.slug}`);
  const button = entry.getByRole("button", {name: /^Load the live preview/});
  await button.focus();
  await page.keyboard.press("Enter");
  const frame = entry.locator("iframe.embed-preview");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("title"), `Preview: ${builtTitle(spec)}`);
  assert.equal(await entry.locator("img.embed-image").count(), 0);
  assert.ok(await frame.evaluate((f) => document.activeElement === f), "focus moves to the preview");
  await page.frameLocator(`#embed-${spec.slug} iframe`).locator("figure.chart svg").first().waitFor();
  assert.deepEqual(log.errors, []);
  await page.close();
});
