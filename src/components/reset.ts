// "Reset to sourced values": puts every control of a page back to its
// default, the sourced figure, and lets the page redraw as after any input.
import {html} from "htl";

export interface Resettable {
  input: HTMLElement & {value: unknown};
  value: unknown;
}

export function resetButton(controls: Resettable[], label = "Reset to sourced values"): HTMLButtonElement {
  const button = html`<button type="button" class="reset">${label}</button>` as HTMLButtonElement;
  button.addEventListener("click", () => {
    for (const {input, value} of controls) {
      input.value = value;
      input.dispatchEvent(new Event("input", {bubbles: true}));
    }
  });
  return button;
}
