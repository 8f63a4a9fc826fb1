// The sources page does not move while it loads: written at build time
// (src/sources.md.ts), it is complete in the HTML, so nothing appears late
// and pushes the text down. Drawn by code cells it shifted by 0.42 (cumulative
// layout shift) on a phone.
import assert from "node:assert/strict";
import {test} from "node:test";
import {useSite} from "./helpers/site-browser.js";

const site = useSite();

test("/sources: no layout shift while it loads at 390 px", async () => {
  const {page} = await site.open("/sources", {width: 390});
  // Shifts since navigation start, buffered, once the page has settled.
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(
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
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  assert.equal(total, 0, `shifted by ${total.toFixed(3)}: ${JSON.stringify(shifts.slice(0, 5))}`);
  assert.ok(await page.locator("li.source").count(), "the page shows no sources");
  await page.context().close();
});
