import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {monthSlider, monthIndex} from "./month-slider.js";

const months = ["2010-05", "2010-06", "2010-07"];

test("monthIndex falls back to the last month for missing or unknown values", () => {
  assert.equal(monthIndex(months, "2010-06"), 1);
  assert.equal(monthIndex(months, "2010-13"), 2);
  assert.equal(monthIndex(months, "June"), 2);
  assert.equal(monthIndex(months, null), 2);
  assert.equal(monthIndex(months, undefined), 2);
});

test("the slider's value is a YYYY-MM month; it shows and announces the month in words", () => {
  const s = monthSlider(months, {value: "2010-06"});
  assert.equal(s.value, "2010-06");
  const range = s.querySelector<HTMLInputElement>("input[type=range]")!;
  assert.equal(range.getAttribute("aria-label"), "Month");
  assert.equal(range.getAttribute("aria-valuetext"), "June 2010");
  assert.equal(range.step, "1");
  assert.equal(range.min, "0");
  assert.equal(range.max, "2");
  assert.equal(s.querySelector("output")!.textContent, "June 2010");
  const label = s.querySelector("label")!;
  assert.equal(label.textContent, "Month");
  assert.equal(label.htmlFor, range.id);
  // The index box is hidden: the reader sees the month, not a number.
  assert.equal(s.querySelector<HTMLInputElement>("input[type=number]")!.hidden, true);
});

test("moving the range updates value, output and aria-valuetext, and the input event reaches the wrapper", () => {
  const s = monthSlider(months, {value: "2010-06"});
  const range = s.querySelector<HTMLInputElement>("input[type=range]")!;
  let seen = "";
  s.addEventListener("input", () => (seen = s.value));
  range.value = "0";
  range.dispatchEvent(new window.Event("input", {bubbles: true}));
  assert.equal(s.value, "2010-05");
  assert.equal(seen, "2010-05");
  assert.equal(range.getAttribute("aria-valuetext"), "May 2010");
  assert.equal(s.querySelector("output")!.textContent, "May 2010");
});

test("invalid initial values fall back to the last month; setting value moves the slider", () => {
  assert.equal(monthSlider(months, {value: "1999-01"}).value, "2010-07");
  assert.equal(monthSlider(months).value, "2010-07");
  const s = monthSlider(months);
  s.value = "2010-05";
  assert.equal(s.value, "2010-05");
  assert.equal(s.querySelector("output")!.textContent, "May 2010");
  s.value = "nonsense";
  assert.equal(s.value, "2010-07");
});

test("a single month works; no months is an error", () => {
  assert.equal(monthSlider(["2013-01"]).value, "2013-01");
  assert.throws(() => monthSlider([]), RangeError);
});
