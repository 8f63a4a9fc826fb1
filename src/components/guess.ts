// "Guess first": the reader commits to an answer before the page shows it.
// The control's value is {guess, revealed}; it can be skipped, and every
// part works by keyboard and is announced to screen readers.
import {html} from "htl";
import {formatCount, formatPercent} from "../lib/format.js";
import {rangeInput} from "./range.js";
import {percentOf} from "../lib/shares.js";

export interface GuessValue {
  /** The reader's guess, or null when they skipped. */
  guess: number | null;
  revealed: boolean;
}

export interface GuessOptions {
  /** The whole the guess is out of (people removed). */
  total: number;
  /** When the count ends, in words (from the data), e.g. "June 30, 2010". */
  periodEnd: string;
  /** A guess from a shared link: shown revealed. */
  initial?: number | null;
}

export type GuessElement = HTMLElement & {value: GuessValue};

export function guessFirst({total, periodEnd, initial = null}: GuessOptions): GuessElement {
  const slider = rangeInput([0, total], {
    label: "Your guess",
    value: initial ?? Math.round(total / 2),
    step: 1,
    valueText: (v) => `${formatCount(v)} people, ${formatPercent(percentOf(v, total))} of ${formatCount(total)}`
  });
  const reveal = html`<button type="button" class="button-primary">Show the answer</button>` as HTMLButtonElement;
  const skip = html`<button type="button">Skip the question</button>` as HTMLButtonElement;
  // A group, not a form: Inputs' range is itself a form, and forms do not nest.
  const root = html`<div class="guess" role="group" aria-labelledby="guess-question">
    <p id="guess-question" class="guess-question">Out of <strong>${formatCount(total)}</strong> people removed through Secure Communities by ${periodEnd}, how many do you think had no criminal conviction?</p>
    ${slider}
    <p class="guess-buttons">${reveal} ${skip}</p>
  </div>` as GuessElement;
  let current: GuessValue = {guess: initial, revealed: initial !== null};
  // Setting the value (a reset, a test) updates the slider and the look too.
  Object.defineProperty(root, "value", {
    get: () => current,
    set: (value: GuessValue) => {
      current = value;
      if (value.guess !== null) slider.value = value.guess;
      root.classList.toggle("guess-revealed", value.revealed);
    }
  });
  root.value = current;
  const set = (value: GuessValue) => {
    root.value = value;
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };
  // The slider's own input events must not reach the page as a new value until the reader commits.
  slider.addEventListener("input", (event) => {
    event.stopPropagation();
    if (root.value.revealed && root.value.guess !== null) set({guess: slider.value, revealed: true});
  });
  reveal.addEventListener("click", () => set({guess: slider.value, revealed: true}));
  // Enter in the number box commits the guess too.
  slider.addEventListener("submit", (event) => {
    event.preventDefault();
    set({guess: slider.value, revealed: true});
  });
  skip.addEventListener("click", () => set({guess: null, revealed: true}));
  return root;
}

