// Paint before the code (scripts/lib/paint.ts): every chart of every page and
// embed is in the built HTML, drawn at build time, so it shows while the chart
// code is still loading; all of it but its title hidden from assistive
// technology, holding no focusable element or duplicate id, passing axe.
// Once the code has run, the live chart has taken its place (no painted copy
// left) in a box of the same height, so nothing below it moves.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {charts} from "../src/components/charts.js";
import {embedPath, type ChartSpec} from "../src/components/chart-spec.js";
import {axeViolations} from "./helpers/axe.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";
import {NOT_PAINTED_ON_PAGE} from "../scripts/lib/paint.js";

const site = useSite();

const specs = Object.values(charts) as ChartSpec<any, any, any>[];
const pages = [...new Set(specs.map((s) => s.page))].map((name) => ({
  path: name === "index" ? "/" : `/${name}`,
  slugs: specs.filter((s) => s.page === name && !NOT_PAINTED_ON_PAGE.has(s.slug)).map((s) => s.slug)
}));
const targets = [...pages, ...specs.map((s) => ({path: `/${embedPath(s)}`, slugs: [s.slug]}))];

// The chart code: every page's and embed's chart declarations, which import Plot.
const CHART_CODE = /\/_bundle\/components\/specs\//;

// Records, every frame, the height of each painted chart on screen and of each live one.
const RECORD_HEIGHTS = `(() => {
  window.__painted = {};
  window.__live = {};
  const tick = () => {
    for (const p of document.querySelectorAll(".chart-paint[data-painted]")) {
      const frame = [...p.querySelectorAll("figure.chart-painted")].find((f) => f.getBoundingClientRect().height > 0);
      if (frame) window.__painted[p.dataset.painted] = frame.getBoundingClientRect().height;
    }
    for (const f of document.querySelectorAll("figure.chart[data-chart]")) window.__live[f.dataset.chart] = f.getBoundingClientRect().height;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function open(path: string, width: number, {block}: {block: boolean}): Promise<{page: Page; close: () => Promise<void>}> {
  const context = await site.browser().newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  // Held, not refused: a refused module makes its cell fail, and Framework
  // shows the error in the chart's place; a held one is chart code still loading.
  if (block) await page.route(CHART_CODE, () => undefined);
  else await page.addInitScript({content: RECORD_HEIGHTS});
  await page.goto(`${site.origin()}${path}`, {waitUntil: block ? "domcontentloaded" : "load"});
  if (block) await page.locator("main h1").first().waitFor();
  return {page, close: () => context.close()};
}

test("every chart of every page and embed is painted while its chart code is still loading", async () => {
  for (const {path, slugs} of targets) {
    const {page, close} = await open(path, 390, {block: true});
    try {
      const painted = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".chart-paint")].map((p) => {
          const frame = [...p.querySelectorAll("figure.chart-painted")].find((f) => f.getBoundingClientRect().height > 0);
          const svg = [...(frame?.querySelectorAll("svg") ?? [])].find((s) => s.getBoundingClientRect().width > 100 && s.getBoundingClientRect().height > 50);
          return {
            slug: p.dataset.painted,
            hidden: [...(frame?.children ?? [])].every((c) => c.classList.contains("chart-title") || (c.getAttribute("aria-hidden") === "true" && c.hasAttribute("inert"))),
            title: frame?.querySelector(".chart-title")?.textContent,
            svg: svg ? svg.querySelectorAll("path, rect, circle, text, line").length : 0,
            focusable: [...p.querySelectorAll("a[href], button, input, select, textarea, summary")].filter((e) => e.getAttribute("tabindex") !== "-1").length
          };
        })
      );
      assert.deepEqual(painted.map((p) => p.slug).sort(), [...slugs].sort(), `${path}: painted charts`);
      assert.equal(await page.locator("figure.chart").count(), 0, `${path}: a live chart drew although its code was blocked`);
      for (const p of painted) {
        const spec = charts[p.slug!];
        assert.equal(p.title, builtTitle(spec), `${path} ${p.slug}: painted title`);
        assert.ok(p.svg > 3, `${path} ${p.slug}: no visible chart drawing in the painted frame`);
        assert.ok(p.hidden, `${path} ${p.slug}: more than the title of the painted frame is exposed to assistive technology`);
        assert.equal(p.focusable, 0, `${path} ${p.slug}: focusable elements in the painted frame`);
      }
      const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
      assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${path}: duplicate ids`);
      // The page as it stands while the chart code loads passes axe, painted charts included.
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path} while the chart code loads: ${JSON.stringify(violations, null, 1)}`);
    } finally {
      await close();
    }
  }
});

test("the live chart replaces the painted one in a box of the same height", async () => {
  for (const width of [390, 1280]) {
    for (const {path, slugs} of targets) {
      // Embeds at phone width only: they share one page template.
      if (width !== 390 && path.startsWith("/embed/")) continue;
      const {page, close} = await open(path, width, {block: false});
      try {
        await page.waitForFunction((n) => document.querySelectorAll("figure.chart[data-chart] svg").length >= n, slugs.length, {timeout: 30_000});
        // A frame or two for the heights to be recorded after the last chart drew.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.equal(await page.locator(".chart-paint").count(), 0, `${path} at ${width}px: a painted chart stayed beside the live one`);
        const {painted, live} = await page.evaluate(() => ({painted: (window as any).__painted, live: (window as any).__live}));
        for (const slug of slugs) {
          assert.ok(painted[slug] > 0, `${path} at ${width}px: ${slug} was never painted on screen`);
          assert.ok(Math.abs(painted[slug] - live[slug]) <= 4, `${path} at ${width}px: ${slug} is ${painted[slug]} px high painted and ${live[slug]} px live`);
        }
      } finally {
        await close();
      }
    }
  }
});
