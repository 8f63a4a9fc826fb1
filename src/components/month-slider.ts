// A month slider for the rollout: Observable Inputs' range over month indices
// (step 1, so arrow keys move one month), labelled "Month", with the month in
// words beside it and announced to screen readers (aria-valuetext). Its value
// is the month string "YYYY-MM", so a page can mirror it into the URL.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {formatDate} from "../lib/format.js";

export interface MonthSliderOptions {
  /** The initial month, YYYY-MM. Missing or unknown values fall back to the last month. */
  value?: string | null;
  label?: string;
}

let counter = 0;

/** The index of `value` in `months`, or the last index when it is missing or not a month of the list. */
export function monthIndex(months: readonly string[], value: string | null | undefined): number {
  const i = typeof value === "string" ? months.indexOf(value) : -1;
  return i >= 0 ? i : months.length - 1;
}

export interface MonthSlider extends HTMLElement {
  value: string;
}

export function monthSlider(months: readonly string[], {value, label = "Month"}: MonthSliderOptions = {}): MonthSlider {
  if (months.length === 0) throw new RangeError("monthSlider needs at least one month");
  const form = Inputs.range([0, months.length - 1], {step: 1, value: monthIndex(months, value), label}) as HTMLFormElement & {value: number};
  const range = form.querySelector<HTMLInputElement>("input[type=range]")!;
  const number = form.querySelector<HTMLInputElement>("input[type=number]")!;
  const id = `month-slider-${++counter}`;
  range.id = id;
  range.setAttribute("aria-label", label);
  // The number box would show an index, not a month: hide it, and let the
  // visible label name the range input instead.
  number.hidden = true;
  number.style.display = "none";
  number.tabIndex = -1;
  const labelEl = form.querySelector("label");
  if (labelEl) labelEl.htmlFor = id;
  const output = html`<output class="month-slider-value" for=${id}></output>` as HTMLOutputElement;
  range.after(output);
  const root = html`<div class="month-slider">${form}</div>` as MonthSlider;
  const current = () => months[Math.max(0, Math.min(months.length - 1, Math.round(form.value)))];
  const sync = () => {
    const words = formatDate(current());
    output.value = words;
    output.textContent = words;
    range.setAttribute("aria-valuetext", words);
  };
  // The form's own listener updates its value first; the month follows before
  // the event reaches the wrapper (and Framework's view()).
  form.addEventListener("input", sync);
  Object.defineProperty(root, "value", {
    get: current,
    set(v: string) {
      form.value = monthIndex(months, v);
      sync();
    }
  });
  sync();
  return root;
}
