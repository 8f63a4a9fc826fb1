// A guided walk through one chart: a list of steps (each step's text is in
// the page, in order, for screen readers and for reading without a mouse)
// beside a chart that follows the current step. The step changes when a step
// scrolls into view (scrollama), with the Previous and
// Next buttons, and with the left and right arrow keys anywhere in the
// section. The chart is told through `onStep`; the section announces the
// step's position ("Step 3 of 7") in a polite live region. Scrolling to a
// step respects prefers-reduced-motion.
import scrollama from "scrollama";
import {html} from "htl";
import {prefersReducedMotion} from "./month-player.js";

export interface GuidedOptions {
  /** The chart (or its frame), kept in view while the steps scroll. */
  graphic: HTMLElement;
  /** One element per step, in order. */
  steps: HTMLElement[];
  /** 0-based step to open on. */
  initial?: number;
  onStep: (index: number) => void;
  label?: string;
  /** Shown after the steps, outside the part kept in view (e.g. the chart's data table and sources). */
  after?: HTMLElement;
}

export type GuidedElement = HTMLElement & {value: number; go: (index: number, scroll?: boolean) => void; destroy: () => void};

export function clampStep(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.round(Number.isFinite(index) ? index : 0)));
}

export function guided({graphic, steps, initial = 0, onStep, label = "The figures, step by step", after}: GuidedOptions): GuidedElement {
  const count = steps.length;
  const previous = html`<button type="button" class="guided-previous">Previous</button>` as HTMLButtonElement;
  const next = html`<button type="button" class="guided-next button-primary">Next</button>` as HTMLButtonElement;
  const position = html`<span class="guided-position" aria-live="polite"></span>` as HTMLElement;
  const list = html`<ol class="guided-steps">${steps.map((s, i) => html`<li class="guided-step" data-step=${i + 1}>${s}</li>`)}</ol>` as HTMLOListElement;
  const items = [...list.querySelectorAll<HTMLLIElement>(".guided-step")];
  const root = html`<section class="guided" aria-label=${label}>
    <div class="guided-graphic">${graphic}<p class="guided-nav">${previous} ${position} ${next}</p></div>
    ${list}
    ${after ?? ""}
  </section>` as GuidedElement;
  const graphicHolder = root.querySelector<HTMLElement>(".guided-graphic")!;
  let current = -1;
  let scrollingTo: number | null = null;
  let unlock: ReturnType<typeof setTimeout> | undefined;
  const show = (index: number) => {
    const i = clampStep(index, count);
    if (i === current) return;
    current = i;
    items.forEach((item, k) => item.classList.toggle("is-active", k === i));
    items.forEach((item, k) => (k === i ? item.setAttribute("aria-current", "step") : item.removeAttribute("aria-current")));
    position.textContent = `Step ${i + 1} of ${count}`;
    previous.disabled = i === 0;
    next.disabled = i === count - 1;
    onStep(i);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const go = (index: number, scroll = true) => {
    const i = clampStep(index, count);
    show(i);
    if (!scroll) return;
    // Land the step's top just below the chart when the chart is kept in view above the steps (narrow screens), else a fifth of the way down.
    const graphicBox = graphicHolder.getBoundingClientRect();
    const stacked = getComputedStyle(graphicHolder).position === "sticky" && Math.abs(graphicBox.left - list.getBoundingClientRect().left) < 2;
    items[i].style.scrollMarginTop = `${stacked ? graphicHolder.offsetHeight + 16 : Math.round(0.2 * window.innerHeight)}px`;
    // While the page scrolls to the chosen step, the steps it passes must not take over. The lock ends
    // when a scroll ends with this step in place: the end of an earlier, interrupted scroll (a second
    // press before the first scroll landed) must not end it. The timeout covers a step that cannot
    // reach its place (near the page's end) and a browser without "scrollend".
    scrollingTo = i;
    clearTimeout(unlock);
    const release = () => {
      clearTimeout(unlock);
      scrollingTo = null;
    };
    unlock = setTimeout(release, 3000);
    const landed = () => {
      if (scrollingTo !== i) return;
      const top = items[i].getBoundingClientRect().top;
      if (Math.abs(top - parseFloat(items[i].style.scrollMarginTop)) < 4 || Math.abs(window.scrollY + window.innerHeight - document.documentElement.scrollHeight) < 4) release();
      else addEventListener("scrollend", landed, {once: true});
    };
    addEventListener("scrollend", landed, {once: true});
    items[i].scrollIntoView({behavior: prefersReducedMotion() ? "auto" : "smooth", block: "start"});
    // A step already in place does not scroll, and no "scrollend" comes.
    requestAnimationFrame(landed);
  };
  previous.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));
  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea, summary, details[open]")) return;
    if (event.key === "ArrowRight") (event.preventDefault(), go(current + 1));
    else if (event.key === "ArrowLeft") (event.preventDefault(), go(current - 1));
  });
  // Scrolling: a step becomes current when its top rises past 85% of the screen's height, as soon as
  // it is in view below the chart; steps are at least 70% of the screen tall, so only one is there at a time.
  // Button and key moves scroll the step into view, which also fires here, to the same step.
  const scroller = scrollama();
  let ready = false;
  requestAnimationFrame(() => {
    // scrollama takes any offset from 0 to 1; its types list only tenths.
    scroller.setup({step: items, offset: 0.85 as scrollama.DecimalType}).onStepEnter(({index}) => ready && scrollingTo === null && show(index));
    ready = true;
  });
  // A chart taller than most of the screen would hide the step texts scrolling under it: then it scrolls with the page.
  const tall = new ResizeObserver(() => {
    const h = root.querySelector<HTMLElement>(".guided-graphic")!.offsetHeight;
    root.classList.toggle("guided-tall", h > 0.65 * window.innerHeight);
  });
  tall.observe(root.querySelector(".guided-graphic")!);
  Object.defineProperty(root, "value", {get: () => current});
  root.go = go;
  root.destroy = () => (scroller.destroy(), tall.disconnect());
  show(clampStep(initial, count));
  return root;
}
