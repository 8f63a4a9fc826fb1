// The headline page in Chromium: the guess comes first (the guided steps and
// their chart stay hidden until the reader commits or skips); the steps move
// by button, arrow key and scroll; the chart's description follows the step;
// the guess and the step stay in the link; hostile parameters are ignored.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {loadDataset} from "../src/data/lib/dataset.js";
import {formatCount} from "../src/lib/format.js";
import {HEADLINE_STEPS} from "../src/components/specs/headline.js";
import {wholeSquares} from "../src/components/unit-chart.js";
import {useSite} from "./helpers/site-browser.js";

const data = loadDataset();
const value = (id: string) => data.snapshots.find((s) => s.id === id)!.value;
const total = value("jun2010-removed");
const nonCriminal = value("jun2010-non-criminal");
const level1 = value("jun2010-level1");

const site = useSite();
const open = (query = "", width = 1000) => site.open(`/${query}`, {width, waitFor: ".guess"});

const description = async (page: Page) => {
  const id = await page.locator("figure#one-in-four [role=img]").getAttribute("aria-describedby");
  return (await page.locator(`#${id}`).textContent()) ?? "";
};
const currentStep = (page: Page) => page.locator(".guided-step[aria-current=step]").getAttribute("data-step").then(Number);
const stepInLink = (page: Page, n: number) => page.waitForFunction((n) => (new URL(location.href).searchParams.get("step") ?? "1") === String(n), n);

test("the lede and the page hold no answer, and the steps and chart stay hidden until the reader commits a guess by keyboard", async () => {
  const {page, log} = await open();
  assert.equal(await page.locator(".guided").isVisible(), false, "the guided steps show before the guess");
  assert.equal(await page.locator("figure#one-in-four svg").count() > 0 && (await page.locator("figure#one-in-four").isVisible()), false, "the chart shows before the guess");
  const visible = await page.locator("main").innerText();
  for (const answer of [formatCount(nonCriminal), "quarter", "one in four", "26.2%"]) assert.ok(!visible.includes(answer), `the page shows “${answer}” before the guess`);
  const range = page.getByRole("slider", {name: "Your guess"});
  await range.focus();
  for (let i = 0; i < 5; ++i) await page.keyboard.press("PageDown");
  const guess = Number(await range.inputValue());
  await page.getByRole("button", {name: "Show the answer"}).focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(".guess-answer");
  const answer = await page.locator(".guess-answer").textContent();
  assert.ok(answer!.includes(formatCount(guess)) && answer!.includes(formatCount(nonCriminal)));
  await page.locator("figure#one-in-four svg").waitFor();
  assert.equal(await page.locator(".guided").isVisible(), true);
  assert.equal(new URL(page.url()).searchParams.get("g"), String(guess));
  // Every step's text is in the page, in order.
  assert.equal(await page.locator(".guided-step").count(), HEADLINE_STEPS.length);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("skipping shows the answer and the steps without a guess in the link", async () => {
  const {page} = await open();
  await page.getByRole("button", {name: "Skip the question"}).click();
  await page.waitForSelector(".guess-answer");
  assert.ok((await page.locator(".guess-answer").textContent())!.includes(formatCount(nonCriminal)));
  // The steps show once their code has drawn them: waited for, not read at once (a busy machine is slower).
  await page.locator(".guided").waitFor({state: "visible"});
  assert.equal(new URL(page.url()).searchParams.get("g"), null);
  await page.close();
});

test("Next, Previous and the arrow keys move the steps; the chart, its description and the link follow", async () => {
  const {page, log} = await open("?g=20000&v=1");
  await page.locator("figure#one-in-four svg").waitFor();
  assert.equal(await currentStep(page), 1);
  assert.equal(await page.locator("figure#one-in-four rect").count(), Math.round(total / 100));
  assert.ok((await description(page)).includes(formatCount(total)));
  await page.getByRole("button", {name: "Next"}).click();
  await stepInLink(page, 2);
  assert.ok((await description(page)).includes(`${formatCount(nonCriminal)} (`), await description(page));
  await page.getByRole("button", {name: "Next"}).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await stepInLink(page, 4);
  assert.equal(await currentStep(page), 4);
  const d = await description(page);
  assert.ok(d.includes("the sources we found give no Level 2 / Level 3 split"), d);
  const squares = wholeSquares([nonCriminal, level1, total - nonCriminal - level1], 100);
  const perBlock = await page.locator("figure#one-in-four .unit-block").evaluateAll((gs) => gs.map((g) => g.querySelectorAll("rect").length));
  assert.deepEqual(perBlock, squares);
  assert.deepEqual(squares, [123, 98, 248]);
  const labels = await page.locator("figure#one-in-four text.unit-label").allTextContents();
  assert.ok(labels.some((l) => l.startsWith("Level 1")), labels.join(" | "));
  await page.keyboard.press("ArrowLeft");
  await stepInLink(page, 3);
  await page.getByRole("button", {name: "Previous"}).click();
  await stepInLink(page, 2);
  assert.equal(await page.locator(".guided-position").textContent(), `Step 2 of ${HEADLINE_STEPS.length}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("scrolling a step into view makes it the current step", async () => {
  const {page} = await open("?g=20000&v=1", 1280);
  await page.locator("figure#one-in-four svg").waitFor();
  await page.locator('.guided-step[data-step="5"]').evaluate((el) => el.scrollIntoView({block: "center"}));
  await stepInLink(page, 5);
  assert.ok((await description(page)).includes("From the program's start to"), await description(page));
  await page.close();
});

test("a link opens at its step; a step out of range is clamped; the steps have no motion under reduced motion", async () => {
  const {page} = await open("?g=20000&step=4&v=1");
  await page.locator("figure#one-in-four svg").waitFor();
  await page.waitForFunction(() => document.querySelector(".guided-step[aria-current=step]")?.getAttribute("data-step") === "4");
  await page.close();
  const far = await open("?g=20000&step=999&v=1");
  await far.page.waitForFunction((n) => document.querySelector(".guided-step[aria-current=step]")?.getAttribute("data-step") === String(n), HEADLINE_STEPS.length);
  await far.page.emulateMedia({reducedMotion: "reduce"});
  const durations = await far.page.locator(".guided-step, .unit-block").evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
  assert.ok(durations.every((d) => d === "0s"), durations.join(", "));
  await far.page.close();
});

test("hostile parameters are ignored: no guess, steps hidden, no script runs, no errors", async () => {
  const hostile = ["<img src=x onerror=alert(1)>", "NaN", "1e309", "-1", "", "x".repeat(5000), "javascript:alert(1)"];
  const session = await site.session({width: 1000});
  for (const value of hostile) {
    const q = `?${new URLSearchParams({g: value, step: value, v: value})}`;
    const {page, log, dialogs} = await session.open(`/${q}`, {waitFor: ".guess"});
    assert.equal(await page.locator(".guess-answer").count(), 0, `guess revealed for ${value.slice(0, 20)}`);
    assert.equal(await page.locator(".guided").isVisible(), false);
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
  }
  // Out of range: clamped to the largest possible guess.
  const {page} = await session.open(`/?g=999999999`, {waitFor: ".guess"});
  await page.waitForSelector(".guess-answer");
  assert.ok((await page.locator(".guess-answer").textContent())!.includes(formatCount(total)));
  await session.close();
});
