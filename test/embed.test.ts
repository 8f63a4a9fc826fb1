// Every chart embeds from another origin: a writer's page on a different
// port loads each chart's iframe; the chart renders with its title, source
// line and a link back, with no console errors and no third-party request.
import assert from "node:assert/strict";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import type {Browser} from "playwright-core";
import {charts} from "../src/components/charts.js";
import {embedPath} from "../src/components/chart-spec.js";
import {embedCode} from "../src/components/chart-frame.js";
import {launch, watch} from "./helpers/browser.js";
import {serve, type StaticServer} from "./helpers/server.js";
import {requireDist, builtTitle} from "./helpers/site.js";

let site: StaticServer;
let host: StaticServer;
let browser: Browser;

before(async () => {
  site = await serve(requireDist());
  const dir = mkdtempSync(join(tmpdir(), "sc-host-"));
  const frames = Object.values(charts).map((spec) => embedCode(`${site.origin}/${embedPath(spec)}`, builtTitle(spec), 700));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><title>A writer's post</title><link rel="icon" href="data:,"><h1>My post</h1>${frames.join("\n")}</html>`);
  host = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

test("the host page and the site are different origins", () => {
  assert.notEqual(new URL(host.origin).origin, new URL(site.origin).origin);
});

test("every chart renders in an iframe on another origin", async () => {
  const page = await browser.newPage({viewport: {width: 800, height: 900}});
  const log = await watch(page, [host.origin, site.origin]);
  await page.goto(`${host.origin}/`, {waitUntil: "load"});
  const specs = Object.values(charts);
  for (const spec of specs) {
    const selector = `iframe[src="${site.origin}/${embedPath(spec)}"]`;
    // The embed code loads lazily, as a writer's page would: bring each frame into view.
    await page.locator(selector).scrollIntoViewIfNeeded();
    const frame = page.frameLocator(selector);
    await frame.locator(`figure#${spec.slug} svg`).first().waitFor({timeout: 20_000});
    assert.equal(await frame.locator("h1.chart-title").textContent(), builtTitle(spec));
    assert.ok((await frame.locator(".chart-source a").count()) > 0, `${spec.slug}: no source line`);
    // Links leave the iframe for a new tab instead of replacing the chart.
    const targets = await frame.locator(".chart-source a").evaluateAll((as) => as.map((a) => a.getAttribute("target")));
    assert.ok(targets.every((t) => t === "_blank"), `${spec.slug}: source links stay in the frame`);
    assert.equal(await frame.locator("#observablehq-header, #observablehq-sidebar, #observablehq-footer").count(), 0);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});
