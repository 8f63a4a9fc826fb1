// The spread page's controls in Chromium: the map's month, the projection's
// rate and share move by keyboard, change the chart, the prose and the link;
// the link restores the view; hostile parameters are ignored; reset returns
// every control to its sourced value and clears the query.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {projection} from "../src/data/lib/projection.js";
import {projectionOutcome, formatProjected, formatAbout, rateText, shareText} from "../src/components/projection-chart.js";
import {projectionControls} from "../src/components/specs/projection.js";
import {formatCount, formatDate, formatPercent} from "../src/lib/format.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";

const data = loadDataset();
const p = projection(data);
const controls = projectionControls(p);
// The map opens on September 2010 (the month of the first opt-out votes), not on the last month.
import {MAP_OPENING_MONTH} from "../src/components/specs/spread.js";
const months = data.countyActivations.map((c) => c.month);
const lastMonth = months[months.length - 1];
const RATE = "Removals per county per month (assumed)";
const SHARE = "Share with no conviction, % (assumed)";

const site = useSite();

async function open(query = ""): Promise<{page: Page; log: PageLog; dialogs: string[]}> {
  const {page, log, dialogs} = await site.open(`/spread${query}`, {width: 1100});
  await page.waitForSelector("figure#projection svg");
  await page.waitForSelector("figure#rollout-map svg");
  return {page, log, dialogs};
}

async function description(page: Page, slug: string): Promise<string> {
  const id = await page.locator(`figure#${slug} [role=img]`).getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
}
const chartLabels = (page: Page) => page.locator("figure#projection svg [aria-label=text] text").allTextContents().then((t) => t.join(" | "));
const mapMonth = (page: Page) => page.locator("figure#rollout-map .rollout-map").getAttribute("data-month");
const query = (page: Page) => new URL(page.url()).searchParams;

/** Checks that prose, chart labels and description show the projection for (rate, share). */
async function showsProjection(page: Page, rate: number, share: number): Promise<void> {
  const o = projectionOutcome(p, {rate, share});
  const removed = formatProjected(o.removed);
  const nonConvicted = formatProjected(o.nonConvicted);
  const labels = await chartLabels(page);
  assert.ok(labels.includes(`projected (assumed): ${removed}`), `chart lacks ${removed}: ${labels}`);
  assert.ok(labels.includes(`projected (assumed): ${nonConvicted}`), `chart lacks ${nonConvicted}: ${labels}`);
  const d = await description(page, "projection");
  assert.ok(d.includes(`Assuming ${rateText(rate)} in every active county and ${shareText(share)}`), d);
  assert.ok(d.includes(`removals would have reached ${removed} by ${formatDate(p.end)}, ${nonConvicted} of them with no conviction`), d);
  const assumed = await page.locator(".projection-result .fig-assumed").allTextContents();
  for (const s of [rateText(rate), shareText(share), removed, nonConvicted]) assert.ok(assumed.includes(s), `prose lacks assumed ${s}: ${assumed}`);
  const prose = (await page.locator(".projection-result").textContent()) ?? "";
  assert.ok(/assumed/.test(prose));
}

test("defaults: the derivation is shown from data/, the sliders sit at the computed defaults, the prose and chart show the projection", async () => {
  const {page, log} = await open();
  const derivation = (await page.locator("p.derivation").textContent())!.replace(/\s+/g, " ");
  assert.ok(derivation.includes(`${formatCount(p.derivation.removed)}`), derivation);
  assert.ok(derivation.includes(`÷ ${formatCount(p.derivation.countyMonths)}`), derivation);
  assert.ok(derivation.includes(`(${formatDate(p.derivation.from)} – ${formatDate(p.derivation.to)})`), derivation);
  assert.ok(derivation.includes(`= ${p.derivation.rate.toFixed(2)}`), derivation);
  const rate = page.getByRole("slider", {name: RATE});
  const share = page.getByRole("slider", {name: SHARE});
  assert.equal(Number(await rate.inputValue()), controls.rate.value);
  assert.equal(Number(await share.inputValue()), controls.share.value);
  assert.equal(controls.share.value, 26.2);
  assert.equal(await rate.getAttribute("aria-valuetext"), rateText(controls.rate.value));
  assert.equal(await share.getAttribute("aria-valuetext"), "26.2% with no conviction");
  await showsProjection(page, controls.rate.value, controls.share.value);
  // GAO's figures keep their hedge and link to their source; the implied share and count are marked computed.
  const links = await page.locator(".projection-result .fig a").evaluateAll((as) => as.map((a) => ({text: a.textContent, href: a.getAttribute("href"), title: a.getAttribute("title")})));
  const gao = links.find((l) => l.text === `about ${formatCount(p.gao.removed.value)}`);
  assert.ok(gao && gao.href === "./sources#gao-12-708", JSON.stringify(links));
  const implied = links.find((l) => l.text === formatAbout(p.gaoNonConvicted));
  assert.ok(implied && implied.title?.startsWith("Computed"), JSON.stringify(links));
  assert.ok(links.some((l) => l.text === `about ${formatPercent(p.gaoNonConvictedShare, 0)}` && l.title?.startsWith("Computed")));
  assert.equal(await page.locator("figure#projection [aria-label=line] path").count(), 2);
  assert.equal(await page.locator("figure#projection [aria-label=dot] circle").count(), 4);
  assert.equal(await mapMonth(page), MAP_OPENING_MONTH);
  assert.equal(page.url().includes("?"), false, "a default view writes no query");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});

test("the rate slider moves by keyboard and changes the chart, the prose and the link; the link restores it", async () => {
  const {page, log} = await open();
  const rate = page.getByRole("slider", {name: RATE});
  const before = await chartLabels(page);
  await rate.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("PageUp");
  const value = Number(await rate.inputValue());
  assert.ok(value > controls.rate.value, `${value}`);
  await page.waitForFunction((v) => new URL(location.href).searchParams.get("rate") === v, String(value));
  assert.notEqual(await chartLabels(page), before);
  assert.equal(await rate.getAttribute("aria-valuetext"), rateText(value));
  await showsProjection(page, value, controls.share.value);
  assert.equal(query(page).get("v"), "1");
  const url = page.url();
  assert.deepEqual(log.errors, []);
  await page.close();
  const again = await open(new URL(url).search);
  assert.equal(Number(await again.page.getByRole("slider", {name: RATE}).inputValue()), value);
  await showsProjection(again.page, value, controls.share.value);
  await again.page.close();
});

test("the share slider moves by keyboard and changes the chart, the prose and the link; the link restores it", async () => {
  const {page, log} = await open();
  const share = page.getByRole("slider", {name: SHARE});
  await share.focus();
  for (let i = 0; i < 3; ++i) await page.keyboard.press("ArrowLeft");
  const value = Number(await share.inputValue());
  assert.equal(value, 25.9);
  await page.waitForFunction(() => new URL(location.href).searchParams.get("nc") === "25.9");
  assert.equal(await share.getAttribute("aria-valuetext"), "25.9% with no conviction");
  await showsProjection(page, controls.rate.value, value);
  const url = page.url();
  assert.deepEqual(log.errors, []);
  await page.close();
  const again = await open(new URL(url).search);
  assert.equal(Number(await again.page.getByRole("slider", {name: SHARE}).inputValue()), 25.9);
  await showsProjection(again.page, controls.rate.value, 25.9);
  await again.page.close();
});

test("the month slider joins the link: keyboard moves write month=YYYY-MM, and the link restores the map", async () => {
  const {page, log} = await open();
  const range = page.locator(".month-slider input[type=range]");
  await range.focus();
  for (let i = 0; i < 5; ++i) await page.keyboard.press("ArrowLeft");
  const target = months[months.indexOf(MAP_OPENING_MONTH) - 5];
  await page.waitForFunction((m) => new URL(location.href).searchParams.get("month") === m, target);
  assert.equal(await mapMonth(page), target);
  const url = page.url();
  assert.deepEqual(log.errors, []);
  await page.close();
  const again = await open(new URL(url).search);
  assert.equal(await mapMonth(again.page), target);
  assert.equal(await again.page.locator(".month-slider input[type=range]").getAttribute("aria-valuetext"), formatDate(target));
  assert.ok((await description(again.page, "rollout-map")).includes(`At the end of ${formatDate(target)}`));
  await again.page.close();
});

test("a shared link with all three restores them, and reset returns every control to its sourced value and clears the query", async () => {
  const {page, log} = await open(`?month=2010-06&rate=6.1&nc=30&v=1`);
  assert.equal(await mapMonth(page), "2010-06");
  assert.equal(Number(await page.getByRole("slider", {name: RATE}).inputValue()), 6.1);
  assert.equal(Number(await page.getByRole("slider", {name: SHARE}).inputValue()), 30);
  await showsProjection(page, 6.1, 30);
  await page.getByRole("button", {name: "Reset to sourced values"}).click();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await mapMonth(page), MAP_OPENING_MONTH);
  assert.equal(Number(await page.getByRole("slider", {name: RATE}).inputValue()), controls.rate.value);
  assert.equal(Number(await page.getByRole("slider", {name: SHARE}).inputValue()), controls.share.value);
  await showsProjection(page, controls.rate.value, controls.share.value);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("hostile parameters are ignored: defaults shown, no script runs, no errors; out-of-range values are clamped", async () => {
  const hostile = ["<img src=x onerror=alert(1)>", "NaN", "1e309", "-1", "", "x".repeat(5000), "javascript:alert(1)", "2010-13"];
  // A very long value goes in one parameter at a time: four of them would pass the server's header limit.
  const queries = hostile.flatMap((value) =>
    value.length > 100
      ? ["month", "rate", "nc", "v"].map((name) => ({value, q: `?${new URLSearchParams({[name]: value})}`}))
      : [{value, q: `?${new URLSearchParams({month: value, rate: value, nc: value, v: value})}`}]
  );
  const session = await site.session({width: 1100});
  for (const {value, q} of queries) {
    const {page, log, dialogs} = await session.open(`/spread${q}`, {waitFor: "figure#rollout-map svg"});
    await page.waitForSelector("figure#projection svg");
    const rate = Number(await page.getByRole("slider", {name: RATE}).inputValue());
    const share = Number(await page.getByRole("slider", {name: SHARE}).inputValue());
    // "-1" is a valid number below the range: clamped to 0.
    assert.equal(rate, value === "-1" ? 0 : controls.rate.value, `rate for ${value.slice(0, 20)}`);
    assert.equal(share, value === "-1" ? 0 : controls.share.value, `share for ${value.slice(0, 20)}`);
    assert.equal(await mapMonth(page), MAP_OPENING_MONTH, `month for ${value.slice(0, 20)}`);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
  }
  const {page} = await session.open(`/spread?month=2030-01&rate=999&nc=250`, {waitFor: "figure#rollout-map svg"});
  await page.waitForSelector("figure#projection svg");
  assert.equal(await mapMonth(page), lastMonth);
  assert.equal(Number(await page.getByRole("slider", {name: RATE}).inputValue()), controls.rate.max);
  assert.equal(Number(await page.getByRole("slider", {name: SHARE}).inputValue()), 100);
  await session.open(`/spread?month=1999-01`, {waitFor: "figure#rollout-map svg"});
  assert.equal(await mapMonth(page), months[0]);
  await session.close();
});
