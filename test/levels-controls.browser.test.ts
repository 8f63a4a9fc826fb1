// The levels page's controls in Chromium: "what counts as criminal" (a choice
// and a slider) and "which snapshot" (a choice) work by keyboard, change their
// chart, the live prose and the link; the link restores the view; hostile
// parameters are ignored; reset returns to the sourced view and clears the query.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {formatCount, formatPercent} from "../src/lib/format.js";
import type {PageLog} from "./helpers/browser.js";
import {useSite} from "./helpers/site-browser.js";

// Every expected number is computed here from data/, independently of the loader and the page.
const data = loadDataset();
const v = (id: string) => data.snapshots.find((s) => s.id === id)!.value;
const removed = v("jun2010-removed");
const nonCriminal = v("jun2010-non-criminal");
const level1 = v("jun2010-level1");
const levels23 = removed - nonCriminal - level1;
const bookedShare = (100 * v("feb2011-booked-level3")) / (v("feb2011-booked-level2") + v("feb2011-booked-level3"));
const defaultL3 = Math.round(bookedShare * 10) / 10;
const fy2013 = data.removalsByYear.find((r) => r.fiscal_year === 2013)!;
const fyL3 = Math.round(((100 * fy2013.level3!) / (fy2013.level2! + fy2013.level3!)) * 10) / 10;
/** People with no serious record under "Levels 1 and 2" when l3 percent of Levels 2–3 are Level 3. */
const l12 = (l3: number) => nonCriminal + levels23 * (l3 / 100);
const marDeported = v("mar2011-deported");
const marConvicted = v("mar2011-convicted-deported");
const gaoRemoved = v("gao-2012-removed");
const gaoConvictedShare = v("gao-2012-convicted-share");

const SLIDER = "Assumed share of Level 3 among Levels 2–3 (%)";

const site = useSite();

async function open(query = ""): Promise<{page: Page; log: PageLog; dialogs: string[]}> {
  const {page, log, dialogs} = await site.open(`/levels${query}`, {width: 1100});
  await page.waitForSelector("figure#serious-record-range svg");
  await page.waitForSelector("figure#snapshot-units svg");
  return {page, log, dialogs};
}

const radio = (page: Page, name: string) => page.getByRole("radio", {name, exact: true});
const slider = (page: Page) => page.getByRole("slider", {name: SLIDER});
// The assumed share's dot, on the "Levels 1 and 2" range.
const dotX = (page: Page) => page.locator("figure#serious-record-range svg .assumed-marker circle").getAttribute("cx");
// The chart element (Plot's figure with its legend, or its svg): what chartFrame marks role=img.
const chartText = (page: Page, slug: string) => page.locator(`figure#${slug} [role=img]`).textContent();
const description = async (page: Page, slug: string) => {
  const id = await page.locator(`figure#${slug} [role=img]`).getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
};
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const result = (page: Page) => page.locator(".serious-result").textContent().then((t) => t ?? "");
const snapshotProse = (page: Page) => page.locator(".snapshot-figures").textContent().then((t) => t ?? "");

test("the default view: ICE's line, the bookings split, June 2010, with sourced numbers and no query", async () => {
  const {page, log} = await open();
  assert.equal(await radio(page, "Any conviction (Levels 1–3)").isChecked(), true);
  assert.equal(Number(await slider(page).inputValue()), defaultL3);
  assert.equal(await radio(page, "June 2010").isChecked(), true);
  const text = await result(page);
  assert.ok(text.includes(formatCount(nonCriminal)) && text.includes(formatPercent((100 * nonCriminal) / removed)), text);
  assert.equal(await page.locator(".serious-result .fig-assumed").count(), 0, "sourced numbers are marked as assumed");
  // The whole range for "Levels 1 and 2".
  assert.ok(text.includes(formatPercent((100 * nonCriminal) / removed)) && text.includes(formatPercent((100 * (removed - level1)) / removed)));
  // The default's source is named and its value linked and marked as computed.
  const note = (await page.locator(".control-note").allTextContents()).join(" ");
  assert.match(note, /booked/);
  assert.match(note, /fiscal year 2013/);
  const defaultLink = page.locator(".control-note .fig-derived a", {hasText: formatPercent(defaultL3)});
  assert.match((await defaultLink.getAttribute("href"))!, /sources#deportationnation-2011-03/);
  assert.ok((await page.locator(".control-note .fig-derived a", {hasText: formatPercent(fyL3)}).getAttribute("href"))!.endsWith("#ice-fy2013-removals"));
  const described = await description(page, "serious-record-range");
  for (const n of [formatCount(nonCriminal), formatPercent((100 * nonCriminal) / removed), formatPercent((100 * (removed - level1)) / removed)]) assert.ok(described.includes(n), `description lacks ${n}`);
  assert.equal(new URL(page.url()).search, "");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});

test("the definition and the slider work by keyboard, and move the chart, the prose and the link", async () => {
  const {page, log} = await open();
  // The chosen definition's row label is bold.
  const heavy = async () => (await page.locator("figure#serious-record-range svg g[aria-label=text][font-weight=bold] text").allTextContents()).join("|");
  const heavyBefore = await heavy();
  await radio(page, "Any conviction (Levels 1–3)").focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("def") === "l12");
  assert.equal(await radio(page, "Levels 1 and 2").isChecked(), true);
  assert.notEqual(await heavy(), heavyBefore, "the bold label did not follow the definition");
  // At the default assumption the result is assumed, and marked so.
  let text = await result(page);
  assert.ok(text.includes(formatCount(Math.round(l12(defaultL3)))), text);
  assert.match(text, /assumed/);
  assert.ok((await page.locator(".serious-result .fig-assumed").count()) >= 2);
  // The result names the split it borrows: at the default, the bookings split.
  assert.match(text, /split of Secure Communities bookings/);

  const range = slider(page);
  const xBefore = await dotX(page);
  // The dot moves in place: the same element, not a redrawn chart.
  await page.locator("figure#serious-record-range svg .assumed-marker circle").evaluate((c) => c.setAttribute("data-before", ""));
  const valueTextBefore = await range.getAttribute("aria-valuetext");
  await range.focus();
  for (let i = 0; i < 3; ++i) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("PageUp");
  const l3 = Number(await range.inputValue());
  assert.ok(l3 > defaultL3, `the slider did not move: ${l3}`);
  await page.waitForFunction((want) => new URL(location.href).searchParams.get("l3") === want, String(l3));
  assert.notEqual(await range.getAttribute("aria-valuetext"), valueTextBefore);
  assert.ok(Number(await dotX(page)) > Number(xBefore), "the dot did not move right");
  assert.equal(await page.locator("figure#serious-record-range svg .assumed-marker circle[data-before]").count(), 1, "the chart was redrawn");
  assert.ok((await chartText(page, "serious-record-range"))!.includes(`assumed: ${formatPercent((100 * l12(l3)) / removed)}`));
  text = await result(page);
  assert.ok(text.includes(formatCount(Math.round(l12(l3)))), `prose lacks ${formatCount(Math.round(l12(l3)))}: ${text}`);
  assert.ok(text.includes(formatPercent(l3)));
  // Moved off every sourced split, the result says no source gives it.
  assert.match(text, /no source gives it/);
  assert.ok((await description(page, "serious-record-range")).includes(formatPercent((100 * l12(l3)) / removed)));

  // "Level 1 only": computed from sourced counts, not assumed.
  await radio(page, "Levels 1 and 2").focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("def") === "l1");
  const computed = page.locator(".serious-result .fig-derived a", {hasText: formatCount(removed - level1)});
  assert.match((await computed.getAttribute("title"))!, /^Computed/);
  assert.equal(await page.locator(".serious-result .fig-assumed").count(), 0);
  assert.match((await page.locator(".control-note").allTextContents()).join(" "), /only matters for “Levels 1 and 2”/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("the FY2013 button sets the slider to the FY2013 all-ICE split", async () => {
  const {page} = await open("?def=l12&v=1");
  // The alternative split sits in the notes on the assumed split.
  await page.locator("summary", {hasText: "the assumed split"}).click();
  await page.getByRole("button", {name: "Use the FY2013 all-ICE split"}).click();
  await page.waitForFunction((want) => new URL(location.href).searchParams.get("l3") === want, String(fyL3));
  assert.equal(Number(await slider(page).inputValue()), fyL3);
  assert.ok((await result(page)).includes(formatCount(Math.round(l12(fyL3)))));
  await page.close();
});

test("the snapshot choice works by keyboard; counts, share, squares and link follow", async () => {
  const {page, log} = await open();
  const legendBefore = await chartText(page, "snapshot-units");
  assert.ok(legendBefore!.includes(formatCount(nonCriminal)));
  await radio(page, "June 2010").focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("snap") === "2011-03");
  let prose = await snapshotProse(page);
  for (const n of [formatCount(marDeported), formatCount(marConvicted), formatCount(marDeported - marConvicted), formatPercent((100 * (marDeported - marConvicted)) / marDeported)]) {
    assert.ok(prose.includes(n), `snapshot prose lacks ${n}`);
  }
  const legend = await chartText(page, "snapshot-units");
  assert.ok(legend!.includes(formatCount(marDeported - marConvicted)), legend!);
  assert.match(await page.locator("figure#snapshot-units .chart-subtitle").textContent() ?? "", /One square = 100 people/);

  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("snap") === "2012-03");
  prose = await snapshotProse(page);
  const convicted = Math.round((gaoRemoved * gaoConvictedShare) / 100 / 1000) * 1000;
  for (const n of [`about ${formatCount(gaoRemoved)}`, `about ${formatCount(convicted)}`, `about ${formatCount(gaoRemoved - convicted)}`, `about ${100 - gaoConvictedShare}%`, `about ${gaoConvictedShare}%`]) {
    assert.ok(prose.includes(n), `snapshot prose lacks ${n}`);
  }
  // Counts derived from GAO's approximate share are marked as computed.
  assert.match((await page.locator(".snapshot-figures .fig-derived a", {hasText: `about ${formatCount(convicted)}`}).first().getAttribute("title"))!, /^Computed/);
  // The same unit as everywhere else: 100 people a square, in whole squares.
  assert.match(await page.locator("figure#snapshot-units .chart-subtitle").textContent() ?? "", /One square = 100 people/);
  assert.equal(await page.locator("figure#snapshot-units rect").count(), Math.round(gaoRemoved / 100));
  assert.ok((await chartText(page, "snapshot-units"))!.includes(`about ${formatCount(gaoRemoved - convicted)}`));
  assert.match(await description(page, "snapshot-units"), /about 183,000/);
  // The image download is of the snapshot shown now, with its own subtitle, not the one first drawn.
  const subtitle = (await page.locator("figure#snapshot-units .chart-subtitle").textContent())!;
  assert.match(subtitle, /March 2012/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("figure#snapshot-units").getByRole("button", {name: "Download SVG"}).click()]);
  const svg = readFileSync((await download.path())!, "utf-8");
  assert.ok(svg.includes("March 2012 (GAO)"), "the downloaded SVG lacks the March 2012 subtitle");
  assert.ok(!svg.includes("June 30, 2010"), "the downloaded SVG still carries the June 2010 subtitle");
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("a shared link restores the view, and reset returns to the sourced values and clears the query", async () => {
  const {page, log} = await open("?def=l12&l3=40&snap=2012-03&v=1");
  assert.equal(await radio(page, "Levels 1 and 2").isChecked(), true);
  assert.equal(Number(await slider(page).inputValue()), 40);
  assert.equal(await radio(page, "March 2012").isChecked(), true);
  assert.ok((await result(page)).includes(formatCount(Math.round(l12(40)))));
  assert.ok((await chartText(page, "serious-record-range"))!.includes(`assumed: ${formatPercent((100 * l12(40)) / removed)}`));
  assert.match(await snapshotProse(page), /about 183,000/);
  await page.getByRole("button", {name: "Reset to sourced values"}).click();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await radio(page, "Any conviction (Levels 1–3)").isChecked(), true);
  assert.equal(Number(await slider(page).inputValue()), defaultL3);
  assert.equal(await radio(page, "June 2010").isChecked(), true);
  assert.ok((await snapshotProse(page)).includes(formatCount(removed)));
  assert.equal(await page.locator(".serious-result .fig-assumed").count(), 0);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("hostile parameters are ignored: defaults shown, no script runs, no errors", async () => {
  const hostile = ["<img src=x onerror=alert(1)>", "NaN", "1e309", "-1", "", "x".repeat(5000), "javascript:alert(1)", "Infinity", "0x10"];
  const session = await site.session({width: 1100});
  for (const value of hostile) {
    // Three 5,000-character values stay under the server's header limit; `v` joins the short ones.
    const q = `?${new URLSearchParams({def: value, l3: value, snap: value, ...(value.length < 100 ? {v: value} : {})})}`;
    const {page, log, dialogs} = await session.open(`/levels${q}`, {waitFor: "figure#serious-record-range svg"});
    await page.waitForSelector("figure#snapshot-units svg");
    assert.equal(await radio(page, "Any conviction (Levels 1–3)").isChecked(), true, `def for ${value.slice(0, 20)}`);
    // A plain negative number is a valid number out of range: it is clamped to 0%.
    assert.equal(Number(await slider(page).inputValue()), value === "-1" ? 0 : defaultL3, `l3 for ${value.slice(0, 20)}`);
    assert.equal(await radio(page, "June 2010").isChecked(), true, `snap for ${value.slice(0, 20)}`);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.ok(!decodeURIComponent(page.url()).includes("<img"), "the hostile value stayed in the link");
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
  }
  // Out of range: clamped to 100%.
  const {page} = await session.open("/levels?l3=150&def=l12", {waitFor: "figure#serious-record-range svg"});
  await page.waitForSelector("figure#snapshot-units svg");
  assert.equal(Number(await slider(page).inputValue()), 100);
  assert.ok((await result(page)).includes(formatCount(removed - level1)));
  await session.close();
});
