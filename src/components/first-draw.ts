// Each live chart's first draw in a main-thread task of its own.
//
// Framework runs every cell that is ready in one go, and stdlib's resize()
// draws a chart from a ResizeObserver callback, so a page's charts were first
// drawn together: on /spread (a line chart, the map, the projection) in two
// tasks of about half a second each with the CPU slowed four times, as
// Lighthouse's phone profile does, during which the page could not answer a
// tap or a scroll (Lighthouse's Total Blocking Time). Yielding to the main thread before each chart's first
// draw lets the browser handle input, and paint, between charts; the chart's
// build-time painted copy (scripts/lib/paint.ts) stays on screen until the
// live one replaces it.
//
// Only the first draw yields. A chart drawn again, for a control's new value
// or a new width, draws at once: input must reach the chart within a frame.

/** Charts (by key) whose first draw has been asked for on this page. */
const asked = new Set<string>();

/** A promise that resolves in a later task: scheduler.yield() where the browser has it, else a zero timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * draw(), in a task of its own the first time `key` is drawn on this page
 * (a promise of its result), at once every later time.
 */
export function firstDrawApart<T>(key: string, draw: () => T): T | Promise<T> {
  if (asked.has(key)) return draw();
  asked.add(key);
  return yieldToMain().then(draw);
}
