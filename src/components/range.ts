// An accessible slider: Observable Inputs' range, whose label names only its
// number box, given an accessible name on the range itself and a spoken value
// with its unit (aria-valuetext), updated as it moves.
import * as Inputs from "@observablehq/inputs";

export interface RangeOptions {
  label: string;
  value: number;
  step?: number;
  /** The value in words for screen readers and the visible readout, e.g. 26.2 → "26.2% with no conviction". */
  valueText: (value: number) => string;
  /** Shown under the slider: what the default is and where it comes from. */
  note?: string;
}

export type RangeElement = HTMLFormElement & {value: number};

export function rangeInput([min, max]: [number, number], {label, value, step, valueText, note}: RangeOptions): RangeElement {
  const form = Inputs.range([min, max], {label, value, step}) as RangeElement;
  const range = form.querySelector<HTMLInputElement>("input[type=range]")!;
  const number = form.querySelector<HTMLInputElement>("input[type=number]")!;
  range.setAttribute("aria-label", label);
  number.setAttribute("aria-label", `${label} (number)`);
  const update = () => range.setAttribute("aria-valuetext", valueText(form.value));
  update();
  form.addEventListener("input", update);
  if (note) {
    const p = document.createElement("p");
    p.className = "control-note";
    p.textContent = note;
    form.append(p);
  }
  return form;
}

/** Moves a control to a value as a reader would, so dependants update. */
export function setInput(form: HTMLFormElement & {value: unknown}, value: unknown): void {
  form.value = value;
  form.dispatchEvent(new Event("input", {bubbles: true}));
}
