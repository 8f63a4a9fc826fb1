// Pages show their text before their chart code has loaded: with every
// chart declaration module blocked (so Plot never runs), each page of the
// walk still shows its title and its whole lede, figures and links included.
import assert from "node:assert/strict";
import {test} from "node:test";
import {WALK} from "../src/components/walk.js";
import {useSite} from "./helpers/site-browser.js";

const site = useSite();

// The chart code: every page's and embed's chart declarations, which import Plot.
const CHART_CODE = /\/_bundle\/components\/specs\//;

test("every page shows its title and lede while its chart code cannot load", async () => {
  for (const {path} of WALK) {
    const context = await site.browser().newContext({viewport: {width: 390, height: 800}});
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route(CHART_CODE, (route) => (blocked.push(route.request().url()), route.abort()));
    await page.goto(`${site.origin()}${path}`, {waitUntil: "networkidle"});
    const lede = page.locator("main .lede").first();
    await lede.waitFor();
    // Framework shows a placeholder for an inline expression until its inputs resolve.
    // When chart code fails to load, what depends on it shows an error instead.
    await page.waitForFunction(() => !document.querySelector("main .lede observablehq-loading"), null, {timeout: 5000}).catch(() => undefined);
    assert.ok((await page.locator("main h1").first().textContent())?.trim(), `${path}: no title`);
    assert.equal(await page.locator("main .lede observablehq-loading").count(), 0, `${path}: the lede waits for chart code`);
    assert.equal(await page.locator("main .lede .observablehq--error").count(), 0, `${path}: the lede failed without chart code`);
    assert.ok(((await lede.textContent()) ?? "").trim().length > 40, `${path}: empty lede`);
    if (path !== "/sources") assert.ok(blocked.length > 0, `${path}: no chart code was requested, so the test proves nothing`);
    await context.close();
  }
});
