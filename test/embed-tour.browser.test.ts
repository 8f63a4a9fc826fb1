// Every chart's embed page, loaded twice (test/helpers/tour.ts) in a 400 px
// tall frame, as a host's iframe shows it, with every check that needs
// nothing but a plain load run on that load:
// - at 390 px, light, its chart code held at first: the chart is painted at
//   build time, hidden from assistive technology but for its title, and axe
//   passes; then, the code let through: it stands alone and travels (its
//   <title> names the chart, the title sits at the top, it credits the
//   notebook, its source line is compact); no console error, no request off
//   127.0.0.1, no policy violation; the live chart takes its painted one's
//   place at the same height; the snippet's fixed height holds the whole
//   chart; axe passes in light, then switched to dark;
// - at 1280 px, dark, loaded at full speed: the same load checks (the
//   painted chart at this width included), the snippet's height, and axe in
//   both schemes.
// Loading in one scheme and switching to the other is the same page: the
// themes are CSS only, and the two widths load in opposite schemes.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {charts} from "../src/components/charts.js";
import {embedPath, type ChartSpec} from "../src/components/chart-spec.js";
import {EMBED_HEIGHTS} from "../src/components/embed-heights.js";
import {NAMED_IN_EMBED} from "../src/components/source-line.js";
import {contentHeight} from "../scripts/lib/measure-embed.js";
import {assertAxeClean, assertPaintedWhileHeld, axeInBothSchemes, loadChecks} from "./helpers/page-checks.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";
import {onTour, TOURS_AT_ONCE, type Tour} from "./helpers/tour.js";

const site = useSite();
const specs = Object.values(charts) as ChartSpec<any, any, any>[];
/** An embed is shown in a frame this tall when its snippet's height is measured (scripts/lib/measure-embed.ts). */
const FRAME_HEIGHT = 400;

async function assertSnippetHolds(visit: Tour, spec: ChartSpec<any, any, any>, width: number): Promise<void> {
  const stored = EMBED_HEIGHTS[spec.slug];
  assert.ok(stored, `${spec.slug} has no measured height: run npm run measure-embeds`);
  const measured = await contentHeight(visit.page);
  assert.ok(measured <= stored, `${spec.slug} at ${width}px is ${measured}px tall, over its snippet's ${stored}px: run npm run measure-embeds`);
}

describe("every embed", {concurrency: TOURS_AT_ONCE}, () => {
  for (const spec of specs) {
    const path = `/${embedPath(spec)}`;
    describe(path, () => {
      test("at 390 px, light, its chart code held, then let through, then dark", (t) =>
        onTour(site, path, {width: 390, height: FRAME_HEIGHT, colorScheme: "light", hold: true}, async (visit) => {
          const {page} = visit;
          const held = `${path} at 390px while the chart code loads`;
          await t.test("while the chart code loads: the chart is painted, hidden from assistive technology but for its title", () => assertPaintedWhileHeld(page, [spec.slug], held));
          await t.test("while the chart code loads: axe passes", () => assertAxeClean(page, held));
          await visit.release();
          const at = `${path} at 390px`;
          await loadChecks(t, visit, {slugs: [spec.slug], origin: site.origin(), what: at});
          await t.test("it is named after its chart, starts with its title and credits the notebook", async () => {
            assert.equal(await page.title(), `${builtTitle(spec)} | Secure Communities, by the numbers`);
            const top = await page.locator("h1.chart-title").evaluate((h) => h.getBoundingClientRect().top);
            assert.ok(top < 24, `${spec.slug}: ${top}px above the title`);
            assert.match((await page.locator(".chart-credit a").getAttribute("href"))!, new RegExp(`#${spec.slug}$`));
            const source = (await page.locator(".chart-source").textContent())!;
            assert.ok(!source.includes("["), `${spec.slug}: a bracketed placeholder in the source line: ${source}`);
            assert.ok((await page.locator(".chart-source a[href*='sources#']").count()) <= NAMED_IN_EMBED, `${spec.slug}: more than ${NAMED_IN_EMBED} sources named`);
          });
          await t.test("the snippet's fixed height holds the whole chart", () => assertSnippetHolds(visit, spec, 390));
          await axeInBothSchemes(t, visit, {loaded: "light", what: at});
        }));

      test("at 1280 px, dark, then light", (t) =>
        onTour(site, path, {width: 1280, height: FRAME_HEIGHT, colorScheme: "dark"}, async (visit) => {
          const at = `${path} at 1280px`;
          await loadChecks(t, visit, {slugs: [spec.slug], origin: site.origin(), what: at});
          await t.test("the snippet's fixed height holds the whole chart", () => assertSnippetHolds(visit, spec, 1280));
          await axeInBothSchemes(t, visit, {loaded: "dark", what: at});
        }));

    });
  }
});
