// The walk is short enough to finish: the main text of each walk page, as a
// reader first sees it (notes and tables closed), is at most 600 words, and
// the six pages together at most 3,000.
//
// What counts, precisely: words (runs of letters or digits, with inner
// apostrophes, hyphens, commas and points: "46,929", "Level-1", "ICE's") in
// the text of <main> that is rendered and visible, excluding
// - the content of a closed <details> (its <summary> counts),
// - charts' internals: in a chart frame (figure.chart) only the title and
//   subtitle count; the drawing and its legend or key, the description (kept
//   for screen readers), the data table, the source line and the embed box
//   do not,
// - tables, <nav> and <footer>, and the superscript source numbers after a
//   figure (sup.fig-more: link markers, not words),
// - anything not rendered (hidden, display: none) or visually hidden (clipped
//   to a 1 px box).
// On `/` the guided steps count as shown after the reader skips the guess.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {WALK} from "../src/components/walk.js";
import {useSite} from "./helpers/site-browser.js";

export const PAGE_BUDGET = 600;
export const WALK_BUDGET = 3000;
const PAGES = WALK.map((p) => p.path).filter((p) => p !== "/sources");

const site = useSite();

/** The visible main-text words of the open page, by the rules above. */
async function mainWords(page: Page): Promise<number> {
  // tsx compiles the counting function with esbuild's keepNames, which calls __name() in the page.
  await page.evaluate("window.__name = (f) => f");
  return page.evaluate(() => {
    const EXCLUDE = "svg, table, nav, footer, script, style, template, figure.chart > :not(.chart-title, .chart-subtitle), sup.fig-more";
    const words: string[] = [];
    const hidden = (el: Element): boolean => {
      if (el.matches(EXCLUDE)) return true;
      const details = el.parentElement?.closest("details");
      if (details && !details.open && !el.closest("summary")) return true;
      if (el instanceof HTMLElement && !el.checkVisibility()) return true;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (style.position === "absolute" && r.width <= 1 && r.height <= 1) return true;
      return false;
    };
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        words.push(...(node.textContent!.match(/[\p{L}\p{N}]+(?:[’'.,\-–][\p{L}\p{N}]+)*/gu) ?? []));
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node as Element;
      if (hidden(el)) return;
      // A closed <details>: only its summary.
      if (el instanceof HTMLDetailsElement && !el.open) {
        const summary = el.querySelector(":scope > summary");
        if (summary) visit(summary);
        return;
      }
      for (const child of el.childNodes) visit(child);
    };
    visit(document.querySelector("main")!);
    return words.length;
  });
}

test("each walk page's main text is at most 600 words, and the walk at most 3,000", async () => {
  const counts: Record<string, number> = {};
  for (const path of PAGES) {
    const {page} = await site.open(path, {width: 1280});
    await page.waitForTimeout(500);
    if (path === "/") {
      await page.getByRole("button", {name: "Skip the question"}).click();
      await page.locator(".guided").waitFor();
    }
    counts[path] = await mainWords(page);
    await page.context().close();
  }
  console.log(Object.entries(counts).map(([p, n]) => `${p}\t${n}`).join("\n"));
  for (const [path, n] of Object.entries(counts)) assert.ok(n <= PAGE_BUDGET, `${path}: ${n} words (budget ${PAGE_BUDGET})`);
  const sum = Object.values(counts).reduce((a, b) => a + b, 0);
  assert.ok(sum <= WALK_BUDGET, `the walk: ${sum} words (budget ${WALK_BUDGET})`);
});
