// Pages do not move while they load.
// - /sources is written at build time (src/sources.md.ts): complete in the
//   HTML, nothing appears late, so it cannot shift at all. Drawn by code cells
//   it shifted by 0.42 (cumulative layout shift) on a phone.
// - /spread: its painted charts are replaced by live ones of the same height,
//   and the paragraph whose figures the page's code fills in comes after the
//   first chart, below a phone's first screen. With that paragraph between the
//   heading and the chart, it grew a line when the figures arrived and pushed
//   the chart down: 0.135 at 412 px, Lighthouse's phone width.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {useSite} from "./helpers/site-browser.js";

const site = useSite();

/** Every layout shift since navigation start (buffered), once the page has settled. */
async function shifts(page: Page): Promise<{total: number; sources: string[]}> {
  await page.waitForTimeout(500);
  const entries = await page.evaluate(
    () =>
      new Promise<{value: number; sources: string[]}[]>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            (list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean; sources?: {node?: Node}[]})[])
              .filter((e) => !e.hadRecentInput)
              .map((e) => ({value: e.value, sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)))}))
          );
        }).observe({type: "layout-shift", buffered: true});
        // With no shift at all the observer is never called.
        setTimeout(() => resolve([]), 1000);
      })
  );
  return {total: entries.reduce((sum, e) => sum + e.value, 0), sources: entries.flatMap((e) => e.sources).slice(0, 8)};
}

test("/sources: no layout shift while it loads at 390 px", async () => {
  const {page} = await site.open("/sources", {width: 390});
  const {total, sources} = await shifts(page);
  assert.equal(total, 0, `shifted by ${total.toFixed(3)}: ${sources.join(", ")}`);
  assert.ok(await page.locator("li.source").count(), "the page shows no sources");
  await page.close();
});

test("/spread: at most 0.05 of layout shift while it loads at 412 px", async () => {
  const {page} = await site.open("/spread", {width: 412});
  await page.waitForFunction(() => document.querySelectorAll("figure.chart[data-chart] svg").length >= 3);
  const {total, sources} = await shifts(page);
  assert.ok(total <= 0.05, `shifted by ${total.toFixed(3)}: ${sources.join(", ")}`);
  await page.close();
});
