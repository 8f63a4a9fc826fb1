import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {guessFirst, type GuessValue} from "./guess.js";
import {setInput} from "./range.js";

function parts(root: HTMLElement) {
  const slider = root.querySelector("form") as HTMLFormElement & {value: number};
  const [reveal, skip] = [...root.querySelectorAll("button")];
  return {slider, reveal, skip, range: root.querySelector<HTMLInputElement>("input[type=range]")!};
}

test("the question starts unanswered, with a labelled slider", () => {
  const root = guessFirst({total: 1000, periodEnd: "some day"});
  assert.deepEqual(root.value, {guess: null, revealed: false});
  const {range} = parts(root);
  assert.equal(range.getAttribute("aria-label"), "Your guess");
  assert.equal(range.getAttribute("aria-valuetext"), "500 people, 50.0% of 1,000");
  assert.match(root.textContent!, /Out of 1,000 people removed through Secure Communities by some day/);
});

test("moving the slider does not reveal; the button does, with the guess", () => {
  const root = guessFirst({total: 1000, periodEnd: "some day"});
  const events: GuessValue[] = [];
  root.addEventListener("input", () => events.push(root.value));
  const {slider, reveal, range} = parts(root);
  setInput(slider, 250);
  assert.equal(events.length, 0);
  assert.equal(range.getAttribute("aria-valuetext"), "250 people, 25.0% of 1,000");
  reveal.click();
  assert.deepEqual(events.at(-1), {guess: 250, revealed: true});
});

test("skipping reveals with no guess", () => {
  const root = guessFirst({total: 1000, periodEnd: "some day"});
  parts(root).skip.click();
  assert.deepEqual(root.value, {guess: null, revealed: true});
});

test("a guess from a link starts revealed", () => {
  const root = guessFirst({total: 1000, periodEnd: "some day", initial: 300});
  assert.deepEqual(root.value, {guess: 300, revealed: true});
  assert.equal(parts(root).slider.value, 300);
});
