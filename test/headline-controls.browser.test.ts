// The headline page's controls in Chromium: the guess and the unit size work
// by keyboard, change the chart and the link; the link restores the view;
// hostile parameters are ignored; reset returns to the sourced view.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {formatCount} from "../src/lib/format.js";
import {useSite} from "./helpers/site-browser.js";

const data = loadDataset();
const total = data.snapshots.find((s) => s.id === "jun2010-removed")!.value;
const nonCriminal = data.snapshots.find((s) => s.id === "jun2010-non-criminal")!.value;

const site = useSite();
const open = (query = "") => site.open(`/${query}`, {width: 1000, waitFor: "figure#one-in-four svg"});

const patternWidth = (page: Page) => page.locator("figure#one-in-four svg pattern").first().getAttribute("width").then(Number);

test("the guess works by keyboard and is shown beside the answer, in the chart and in the link", async () => {
  const {page, log} = await open();
  const range = page.getByRole("slider", {name: "Your guess"});
  assert.equal(await page.locator(".guess-answer").count(), 0, "the answer panel shows before the guess");
  await range.focus();
  const before = await range.getAttribute("aria-valuetext");
  for (let i = 0; i < 5; ++i) await page.keyboard.press("PageDown");
  const after = await range.getAttribute("aria-valuetext");
  assert.notEqual(after, before);
  const guess = Number(await range.inputValue());
  await page.getByRole("button", {name: "Show the answer"}).focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(".guess-answer");
  const answer = await page.locator(".guess-answer").textContent();
  assert.ok(answer!.includes(formatCount(guess)), "the answer panel lacks the guess");
  assert.ok(answer!.includes(formatCount(nonCriminal)), "the answer panel lacks ICE's figure");
  assert.ok((await page.locator("figure#one-in-four").textContent())!.includes(`Your guess: ${formatCount(guess)}`));
  assert.equal(new URL(page.url()).searchParams.get("g"), String(guess));
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("skipping shows the answer without a guess", async () => {
  const {page} = await open();
  await page.getByRole("button", {name: "Skip the question"}).click();
  await page.waitForSelector(".guess-answer");
  assert.ok((await page.locator(".guess-answer").textContent())!.includes(formatCount(nonCriminal)));
  assert.equal(new URL(page.url()).searchParams.get("g"), null);
  await page.context().close();
});

test("the unit size changes by keyboard, redraws the squares and enters the link", async () => {
  const {page} = await open();
  const before = await patternWidth(page);
  await page.getByRole("radio", {name: "100 people"}).focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("unit") === "10");
  const after = await patternWidth(page);
  assert.ok(after < before, `squares did not shrink: ${before} → ${after}`);
  await page.context().close();
});

test("a shared link restores the view, and reset returns to the sourced view", async () => {
  const {page, log} = await open(`?g=20000&unit=10&v=1`);
  await page.waitForSelector(".guess-answer");
  assert.ok((await page.locator(".guess-answer").textContent())!.includes("20,000"));
  assert.equal(await page.getByRole("radio", {name: "10 people"}).isChecked(), true);
  await page.getByRole("button", {name: "Reset to sourced values"}).click();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await page.getByRole("radio", {name: "100 people"}).isChecked(), true);
  assert.equal(await page.locator(".guess-answer").count(), 0);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("hostile parameters are ignored: defaults shown, no script runs, no errors", async () => {
  const hostile = ["<img src=x onerror=alert(1)>", "NaN", "1e309", "-1", "", "x".repeat(5000), "javascript:alert(1)"];
  for (const value of hostile) {
    const q = `?${new URLSearchParams({g: value, unit: value, v: value})}`;
    const {page, log, dialogs} = await open(q);
    assert.equal(await page.locator(".guess-answer").count(), 0, `guess revealed for ${value.slice(0, 20)}`);
    assert.equal(await page.getByRole("radio", {name: "100 people"}).isChecked(), true);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
    await page.context().close();
  }
  // Out of range: clamped to the largest possible guess.
  const {page} = await open(`?g=999999999`);
  await page.waitForSelector(".guess-answer");
  assert.ok((await page.locator(".guess-answer").textContent())!.includes(formatCount(total)));
  await page.context().close();
});
