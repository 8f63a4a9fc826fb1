// Every page of the walk, loaded twice (test/helpers/tour.ts), with every
// check that needs nothing but a plain load run on that load:
// - at 1280 px, in light, its chart code held at first: every chart is
//   painted at build time (scripts/lib/paint.ts), the title and the whole
//   lede show, and axe passes on the page as it stands while the code loads;
//   then, the code let through: it renders every chart with no console
//   error, no request off 127.0.0.1 and no policy violation; each live chart
//   takes its painted one's place at the same height; axe passes in light,
//   then switched to dark; the text column is centred with the charts beside
//   it; chart descriptions are for screen readers only; its main text counts
//   towards the word budget;
// - at 390 px, in dark, loaded at full speed: the same load checks and axe
//   in both schemes, chart text of at least 12 px, a one-line navigation,
//   and, resized to 320 px, no page wider than the screen.
// Each check is a subtest named for what it checks, so one failing does not
// hide the others.
//
// Loading in one scheme and switching to the other is the same page: the
// site's themes are CSS only (no script reads the colour scheme), and the
// two widths load in opposite schemes, so each scheme is also loaded fresh.
//
// The word budget: the walk is short enough to finish. The main text of each
// walk page as a reader first sees it (notes and tables closed) is at most
// 600 words, and the six pages together at most 3,000 (mainWords in
// test/helpers/page-checks.ts says what counts). On `/` the guided steps
// count as shown after the reader skips the guess.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {charts} from "../src/components/charts.js";
import type {ChartSpec} from "../src/components/chart-spec.js";
import {WALK} from "../src/components/walk.js";
import {NOT_PAINTED_ON_PAGE} from "../scripts/lib/paint.js";
import {
  assertAxeClean,
  assertDescriptionsForScreenReaders,
  axeInBothSchemes,
  assertFitsWidth,
  assertPaintedWhileHeld,
  assertPhoneNavigation,
  assertReadableOnPhone,
  assertTextWithoutChartCode,
  assertWideLayout,
  loadChecks,
  mainWords
} from "./helpers/page-checks.js";
import {useSite} from "./helpers/site-browser.js";
import {chartsDrawn, onTour, TOURS_AT_ONCE} from "./helpers/tour.js";

export const PAGE_BUDGET = 600;
export const WALK_BUDGET = 3000;

const site = useSite();
const specs = Object.values(charts) as ChartSpec<any, any, any>[];
const pageName = (path: string) => (path === "/" ? "index" : path.slice(1));
/** The charts a page paints at build time. */
const paintedOn = (path: string) => specs.filter((s) => s.page === pageName(path) && !NOT_PAINTED_ON_PAGE.has(s.slug)).map((s) => s.slug);
const counted = WALK.map((p) => p.path).filter((p) => p !== "/sources");
const words: Record<string, number> = {};

describe("every page", {concurrency: TOURS_AT_ONCE}, () => {
  for (const {path} of WALK) {
    const slugs = paintedOn(path);
    const hasCharts = specs.some((s) => s.page === pageName(path));
    describe(path, () => {
      test("at 1280 px, light, its chart code held, then let through, then dark", (t) =>
        onTour(site, path, {width: 1280, colorScheme: "light", hold: true}, async (visit) => {
          const {page} = visit;
          const held = `${path} at 1280px while the chart code loads`;
          await t.test("while the chart code loads: every chart is painted, hidden from assistive technology but for its title", () => assertPaintedWhileHeld(page, slugs, held));
          await t.test("while the chart code loads: the title and the whole lede show", () => assertTextWithoutChartCode(visit, {expectChartCode: hasCharts}, held));
          await t.test("while the chart code loads: axe passes", () => assertAxeClean(page, held));
          await visit.release();
          const at = `${path} at 1280px`;
          await loadChecks(t, visit, {slugs, origin: site.origin(), what: at});
          if (hasCharts && path !== "/") {
            await t.test("the text column is centred and charts use the width beside it", () => assertWideLayout(page, at));
            await t.test("chart descriptions are read by screen readers but not shown twice on screen", () => assertDescriptionsForScreenReaders(page, at));
          }
          await axeInBothSchemes(t, visit, {loaded: "light", what: at});
          if (counted.includes(path)) {
            await t.test("its main text counts towards the word budget", async () => {
              if (path === "/") {
                await page.getByRole("button", {name: "Skip the question"}).click();
                await page.locator(".guided").waitFor();
                await chartsDrawn(page);
              }
              words[path] = await mainWords(page);
            });
          }
        }));

      test("at 390 px, dark, then light, then resized to 320 px", (t) =>
        onTour(site, path, {width: 390, colorScheme: "dark"}, async (visit) => {
          const {page} = visit;
          const at = `${path} at 390px`;
          await loadChecks(t, visit, {slugs, origin: site.origin(), what: at});
          await axeInBothSchemes(t, visit, {loaded: "dark", what: at});
          await t.test("chart text is at least 12px, and no superscript markers", () => assertReadableOnPhone(page, at));
          const names = WALK.map((p) => p.name);
          await t.test("the navigation is one line, each step named for screen readers", () => assertPhoneNavigation(page, names, at));
          await t.test("it fits a 320px screen", () => assertFitsWidth(page, 320, path));
        }));
    });
  }
});

describe("the walk", () => {
  test("each walk page's main text is at most 600 words, and the walk at most 3,000", () => {
    console.log(Object.entries(words).map(([p, n]) => `${p}\t${n}`).join("\n"));
    assert.deepEqual(Object.keys(words).sort(), [...counted].sort(), "pages whose words were not counted (their 1280 px tour failed)");
    for (const [path, n] of Object.entries(words)) assert.ok(n <= PAGE_BUDGET, `${path}: ${n} words (budget ${PAGE_BUDGET})`);
    const sum = Object.values(words).reduce((a, b) => a + b, 0);
    assert.ok(sum <= WALK_BUDGET, `the walk: ${sum} words (budget ${WALK_BUDGET})`);
  });
});
