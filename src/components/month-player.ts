// A play/pause button that steps a month slider from its current month to the
// last (from the first, when it stands at the last), one month per tick, by
// setting the slider and sending it an input event, as a reader's move would.
// It is a native button (keyboard and screen readers for free) whose
// aria-pressed and label say whether it plays. It stops at the last month, on
// a second press, and when the reader moves the slider themselves. With
// prefers-reduced-motion it still plays only when pressed, but steps slower.
import {html} from "htl";
import type {MonthSlider} from "./month-slider.js";

export interface MonthPlayerOptions {
  /** Milliseconds per month; with reduced motion, `reducedInterval`. */
  interval?: number;
  reducedInterval?: number;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export function monthPlayer(slider: MonthSlider, months: readonly string[], {interval = 350, reducedInterval = 1500}: MonthPlayerOptions = {}): HTMLButtonElement {
  const button = html`<button type="button" class="month-player" aria-pressed="false">Play</button>` as HTMLButtonElement;
  let timer: ReturnType<typeof setInterval> | null = null;
  const show = (playing: boolean) => {
    button.setAttribute("aria-pressed", String(playing));
    button.textContent = playing ? "Pause" : "Play";
  };
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    show(false);
  };
  const step = () => {
    const i = months.indexOf(slider.value);
    if (i >= months.length - 1) return stop();
    slider.value = months[i + 1];
    slider.dispatchEvent(new Event("input", {bubbles: true}));
    if (i + 1 >= months.length - 1) stop();
  };
  button.addEventListener("click", () => {
    if (timer !== null) return stop();
    if (months.indexOf(slider.value) >= months.length - 1) {
      slider.value = months[0];
      slider.dispatchEvent(new Event("input", {bubbles: true}));
    }
    show(true);
    timer = setInterval(step, prefersReducedMotion() ? reducedInterval : interval);
  });
  // The reader takes over: any direct move of the slider pauses the play.
  const range = slider.querySelector("input[type=range]");
  for (const type of ["pointerdown", "keydown"]) range?.addEventListener(type, stop);
  return button;
}
