// The layout on phones and on a wide screen: no page wider than a 320px
// screen, chart text at least 12px, a one-line navigation on phones, a centred
// text column at 1280px, chart descriptions for screen readers only, and no
// superscript source markers.
import assert from "node:assert/strict";
import {test} from "node:test";
import {WALK} from "../src/components/walk.js";
import {useSite} from "./helpers/site-browser.js";

const site = useSite();
const charted = "main figure.chart svg";

for (const {path} of WALK) {
  test(`${path}: fits a 320px screen, and its chart text is at least 12px at 390px`, async () => {
    const narrow = await site.open(path, {width: 320});
    await narrow.page.waitForTimeout(300);
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 320, `${path} is ${overflow}px wide at 320px`);
    await narrow.page.context().close();

    const {page} = await site.open(path, {width: 390});
    await page.waitForTimeout(300);
    const small = await page.$$eval(`${charted} text, main figure.chart [class*="-swatch"]`, (els) =>
      els.filter((e) => (e.textContent ?? "").trim() && parseFloat(getComputedStyle(e).fontSize) < 12).map((e) => `${e.textContent} (${getComputedStyle(e).fontSize})`)
    );
    assert.deepEqual(small.slice(0, 5), [], `${path}: chart text under 12px`);
    assert.equal(await page.locator("main sup").count(), 0, `${path}: superscript markers`);
    await page.context().close();
  });
}

test("on phones the navigation is one line; each step keeps its page name for screen readers", async () => {
  const {page} = await site.open("/levels", {width: 390});
  const nav = page.locator("nav.walk ol");
  const box = (await nav.boundingBox())!;
  assert.ok(box.height <= 32, `navigation is ${box.height}px tall`);
  assert.ok(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= 390), "navigation runs off the screen");
  const names = await page.getByRole("navigation", {name: "Pages of the walk-through"}).getByRole("link").allInnerTexts();
  assert.equal(names.length, WALK.length);
  for (const {name} of WALK) assert.ok(await page.getByRole("link", {name: new RegExp(name)}).count(), `no link named ${name}`);
  await page.context().close();
});

test("at 1280px the text column is centred and charts use the width beside it", async () => {
  const {page} = await site.open("/levels", {width: 1280});
  await page.waitForTimeout(300);
  const p = (await page.locator("main > p").first().boundingBox())!;
  const centre = p.x + p.width / 2;
  assert.ok(Math.abs(centre - 640) < 24, `text column centred at ${centre}px`);
  const chart = (await page.locator("main figure.chart").first().boundingBox())!;
  assert.ok(chart.width > p.width + 200, `chart ${chart.width}px vs text ${p.width}px`);
  await page.context().close();
});

test("chart descriptions are read by screen readers but not shown twice on screen", async () => {
  const {page} = await site.open("/context", {width: 1280});
  await page.waitForSelector(charted);
  const descriptions = await page.$$eval("main figure.chart .chart-description", (ps) =>
    ps.map((p) => ({text: (p.textContent ?? "").length, box: p.getBoundingClientRect().width * p.getBoundingClientRect().height, id: p.id}))
  );
  assert.ok(descriptions.length > 0);
  for (const d of descriptions) {
    assert.ok(d.text > 40, `${d.id} is empty`);
    assert.ok(d.box <= 1, `${d.id} is visible on screen`);
    assert.equal(await page.locator(`[aria-describedby="${d.id}"]`).count(), 1);
  }
  await page.context().close();
});
