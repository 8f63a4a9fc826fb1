import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {monthSlider} from "./month-slider.js";
import {monthPlayer} from "./month-player.js";

const months = ["2009-01", "2009-02", "2009-03", "2009-04"];

test("play steps the slider month by month to the last, sending input events, then stops", async () => {
  const slider = monthSlider(months, {value: "2009-02"});
  const seen: string[] = [];
  slider.addEventListener("input", () => seen.push(slider.value));
  const button = monthPlayer(slider, months, {interval: 5, reducedInterval: 5});
  button.click();
  assert.equal(button.getAttribute("aria-pressed"), "true");
  assert.equal(button.textContent, "Pause");
  // Until the player stops (at most 2 s): a fixed wait failed on a busy machine, where 5 ms timers run late.
  for (let waited = 0; button.getAttribute("aria-pressed") === "true" && waited < 2000; waited += 10) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(seen, ["2009-03", "2009-04"]);
  assert.equal(button.getAttribute("aria-pressed"), "false");
  assert.equal(button.textContent, "Play");
});

test("play from the last month restarts at the first; a second press pauses", async () => {
  const slider = monthSlider(months, {value: "2009-04"});
  const button = monthPlayer(slider, months, {interval: 1000, reducedInterval: 1000});
  button.click();
  assert.equal(slider.value, "2009-01");
  button.click();
  assert.equal(button.getAttribute("aria-pressed"), "false");
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(slider.value, "2009-01");
});
