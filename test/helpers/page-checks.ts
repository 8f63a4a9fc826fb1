// The checks a tour runs on a loaded page (test/helpers/tour.ts): each takes
// the open page, asserts, and names the page in its messages. They were each
// a test file of their own, which loaded the pages again for every check.
import assert from "node:assert/strict";
import type {TestContext} from "node:test";
import type {Page} from "playwright-core";
import {charts} from "../../src/components/charts.js";
import type {ChartSpec} from "../../src/components/chart-spec.js";
import {axeViolations} from "./axe.js";
import {builtTitle} from "./site.js";
import {chartsDrawn, recordedHeights, type Tour} from "./tour.js";

/** Nothing the page did went wrong: no console error or exception, no request off 127.0.0.1, no dialog, no failed cell. */
export async function assertCleanLoad(tour: Tour, origin: string, what: string): Promise<void> {
  assert.deepEqual(tour.log.errors, [], `${what}: console errors`);
  assert.deepEqual(tour.log.external, [], `${what}: requests off 127.0.0.1`);
  assert.ok(tour.log.requests.every((u) => u.startsWith(origin) || u.startsWith("data:")), `${what}: a request to another origin`);
  assert.deepEqual(tour.dialogs, [], `${what}: a dialog opened`);
  assert.equal(await tour.page.locator(".observablehq--error").count(), 0, `${what}: a cell failed`);
}

/** The page rendered under its Content-Security-Policy with no violation (scripts/csp.ts writes the policy). */
export async function assertNoPolicyViolation(tour: Tour, what: string): Promise<void> {
  assert.deepEqual(await tour.violations(), [], `${what}: policy violations`);
  assert.deepEqual(tour.log.errors.filter((e) => /Content Security Policy/i.test(e)), [], `${what}: policy errors in the console`);
}

export async function assertAxeClean(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

/**
 * Paint before the code (scripts/lib/paint.ts), while the chart code is held:
 * every chart the page paints is there, drawn, titled, and all of it but its
 * title hidden from assistive technology, with nothing focusable; no live
 * chart drew; no id is used twice.
 */
export async function assertPaintedWhileHeld(page: Page, slugs: string[], what: string): Promise<void> {
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
  assert.deepEqual(painted.map((p) => p.slug).sort(), [...slugs].sort(), `${what}: painted charts`);
  assert.equal(await page.locator("figure.chart").count(), 0, `${what}: a live chart drew although its code was held`);
  for (const p of painted) {
    const spec = charts[p.slug!] as ChartSpec<any, any, any>;
    assert.equal(p.title, builtTitle(spec), `${what} ${p.slug}: painted title`);
    assert.ok(p.svg > 3, `${what} ${p.slug}: no visible chart drawing in the painted frame`);
    assert.ok(p.hidden, `${what} ${p.slug}: more than the title of the painted frame is exposed to assistive technology`);
    assert.equal(p.focusable, 0, `${what} ${p.slug}: focusable elements in the painted frame`);
  }
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${what}: duplicate ids`);
}

/**
 * Text before the code: with the chart code held, the page shows its title
 * and its whole lede, figures and links included (Framework shows a
 * placeholder for an inline expression until its inputs resolve: a lede that
 * waited on chart code would keep it).
 */
export async function assertTextWithoutChartCode(tour: Tour, {expectChartCode}: {expectChartCode: boolean}, what: string): Promise<void> {
  const {page} = tour;
  const lede = page.locator("main .lede").first();
  await lede.waitFor();
  await page.waitForFunction(() => !document.querySelector("main .lede observablehq-loading"), null, {timeout: 5000}).catch(() => undefined);
  assert.ok((await page.locator("main h1").first().textContent())?.trim(), `${what}: no title`);
  assert.equal(await page.locator("main .lede observablehq-loading").count(), 0, `${what}: the lede waits for chart code`);
  assert.equal(await page.locator("main .lede .observablehq--error").count(), 0, `${what}: the lede failed without chart code`);
  assert.ok(((await lede.textContent()) ?? "").trim().length > 40, `${what}: empty lede`);
  if (expectChartCode) assert.ok(tour.held.length > 0, `${what}: no chart code was requested, so holding it proves nothing`);
}

/** Once the code has run, each live chart has taken its painted one's place (none left beside it) in a box of the same height, so nothing below moves. */
export async function assertLiveReplacesPainted(page: Page, slugs: string[], what: string): Promise<void> {
  await chartsDrawn(page, slugs.length);
  assert.equal(await page.locator(".chart-paint").count(), 0, `${what}: a painted chart stayed beside the live one`);
  const {painted, live} = await recordedHeights(page);
  for (const slug of slugs) {
    assert.ok(painted[slug] > 0, `${what}: ${slug} was never painted on screen`);
    assert.ok(Math.abs(painted[slug] - live[slug]) <= 4, `${what}: ${slug} is ${painted[slug]} px high painted and ${live[slug]} px live`);
  }
}

const CHART_TEXT = "main figure.chart svg text, main figure.chart [class*=\"-swatch\"]";

/** On a phone, chart text is at least 12 px, and no superscript source markers are left in the text. */
export async function assertReadableOnPhone(page: Page, what: string): Promise<void> {
  const small = await page.$$eval(CHART_TEXT, (els) =>
    els.filter((e) => (e.textContent ?? "").trim() && parseFloat(getComputedStyle(e).fontSize) < 12).map((e) => `${e.textContent} (${getComputedStyle(e).fontSize})`)
  );
  assert.deepEqual(small.slice(0, 5), [], `${what}: chart text under 12px`);
  assert.equal(await page.locator("main sup").count(), 0, `${what}: superscript markers`);
}

/** Resized to a `width` px screen, the page is no wider than it (the charts redraw for the width first). */
export async function assertFitsWidth(page: Page, width: number, what: string): Promise<void> {
  const {height} = page.viewportSize()!;
  await page.setViewportSize({width, height});
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= width, `${what}: ${overflow}px wide at ${width}px`);
}

/** On a phone the walk's navigation is one line, and each step keeps its page name for screen readers. */
export async function assertPhoneNavigation(page: Page, names: string[], what: string): Promise<void> {
  const nav = page.locator("nav.walk ol");
  const box = (await nav.boundingBox())!;
  assert.ok(box.height <= 32, `${what}: navigation is ${box.height}px tall`);
  assert.ok(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= 390), `${what}: navigation runs off the screen`);
  const links = await page.getByRole("navigation", {name: "Pages of the walk-through"}).getByRole("link").allInnerTexts();
  assert.equal(links.length, names.length, what);
  for (const name of names) assert.ok(await page.getByRole("link", {name: new RegExp(name)}).count(), `${what}: no link named ${name}`);
}

/** At 1280 px the text column is centred and the first chart uses the width beside it. */
export async function assertWideLayout(page: Page, what: string): Promise<void> {
  const p = (await page.locator("main > p").first().boundingBox())!;
  const centre = p.x + p.width / 2;
  assert.ok(Math.abs(centre - 640) < 24, `${what}: text column centred at ${centre}px`);
  const chart = (await page.locator("main figure.chart").first().boundingBox())!;
  assert.ok(chart.width > p.width + 200, `${what}: chart ${chart.width}px vs text ${p.width}px`);
}

/** Chart descriptions are read by screen readers (each is some chart's aria-describedby) but not shown twice on screen. */
export async function assertDescriptionsForScreenReaders(page: Page, what: string): Promise<void> {
  const descriptions = await page.$$eval("main figure.chart .chart-description", (ps) =>
    ps.map((p) => ({text: (p.textContent ?? "").length, box: p.getBoundingClientRect().width * p.getBoundingClientRect().height, id: p.id}))
  );
  assert.ok(descriptions.length > 0, `${what}: no chart descriptions`);
  for (const d of descriptions) {
    assert.ok(d.text > 40, `${what}: ${d.id} is empty`);
    assert.ok(d.box <= 1, `${what}: ${d.id} is visible on screen`);
    assert.equal(await page.locator(`[aria-describedby="${d.id}"]`).count(), 1, `${what}: ${d.id} describes no chart, or several`);
  }
}

/**
 * The visible main-text words of the open page (test/page-tour's word
 * budget): words (runs of letters or digits, with inner apostrophes,
 * hyphens, commas and points: "46,929", "Level-1", "ICE's") in the text of
 * <main> that is rendered and visible, excluding
 * - the content of a closed <details> (its <summary> counts),
 * - charts' internals: in a chart frame (figure.chart) only the title and
 *   subtitle count; the drawing and its legend or key, the description (kept
 *   for screen readers), the data table, the source line and the embed box
 *   do not,
 * - tables, <nav> and <footer>, and the superscript source numbers after a
 *   figure (sup.fig-more: link markers, not words),
 * - anything not rendered (hidden, display: none) or visually hidden (clipped
 *   to a 1 px box).
 */
export async function mainWords(page: Page): Promise<number> {
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

/**
 * The checks every plain load gets, as subtests of `t`: the live charts
 * (`slugs`, those the page paints) took their painted ones' places at the
 * same height; no console error, request off 127.0.0.1 or failed cell; no
 * policy violation.
 */
export async function loadChecks(t: TestContext, visit: Tour, {slugs, origin, what}: {slugs: string[]; origin: string; what: string}): Promise<void> {
  await t.test("every live chart takes its painted chart's place, at the same height", () => assertLiveReplacesPainted(visit.page, slugs, what));
  await t.test("no console error, no request off 127.0.0.1, no failed cell", () => assertCleanLoad(visit, origin, what));
  await t.test("no Content-Security-Policy violation", () => assertNoPolicyViolation(visit, what));
}

/**
 * axe in both colour schemes, as subtests of `t`: in the scheme the page was
 * loaded in, then switched in place to the other (the site's themes are CSS
 * only, so the page need not load again). The page is left in the second.
 */
export async function axeInBothSchemes(t: TestContext, visit: Tour, {loaded, what}: {loaded: "light" | "dark"; what: string}): Promise<void> {
  const other = loaded === "light" ? "dark" : "light";
  await t.test(`axe passes in ${loaded} mode`, () => assertAxeClean(visit.page, `${what}, ${loaded}`));
  await visit.scheme(other);
  await t.test(`axe passes in ${other} mode`, () => assertAxeClean(visit.page, `${what}, ${other}`));
}
