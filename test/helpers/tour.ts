// One load of a page that many checks share (test/page-tour and
// test/embed-tour). A page load costs Chromium about a second of CPU on this
// machine, and the same pages used to be loaded again and again, once per
// check (axe, console errors, the policy, layout, the painted charts, the word
// count); a tour loads a page once per width and runs every check on that load.
// One of the two loads holds the chart code back at first, so the page can
// be checked as it stands while the code loads, then lets it through
// (release()) and goes on with the checks of any load: a slow network, then
// the page it delivers.
//
// What a tour records from the first byte, whatever its checks:
// - console errors, uncaught exceptions, dialogs, and every request (blocked
//   if it leaves 127.0.0.1): watch() in browser.ts;
// - every Content-Security-Policy violation;
// - the height of each painted chart while it is on screen and of each live
//   chart (assertLiveReplacesPainted checks that they agree).
import type {Page, Route} from "playwright-core";
import type {PageLog} from "./browser.js";
import {watchedPage, type Site} from "./site-browser.js";

/**
 * How many pages a tour file loads at once, each in its own tab. A load
 * spends much of its time waiting (for the network to be idle for 500 ms,
 * for a frame, for the test process), and a tour file is the longest of its
 * batch: one page at a time, `npm test` waited on it with CPUs idle.
 */
export const TOURS_AT_ONCE = 4;

/** The chart code: every page's and embed's chart declarations, which import Plot. */
export const CHART_CODE = /\/_bundle\/components\/specs\//;

// Policy violations, from the first byte (a listener added later would miss the early ones).
const RECORD_VIOLATIONS = `(() => {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.effectiveDirective + " " + e.blockedURI));
})();`;

// Until the live charts have been checked: the height of each painted chart
// on screen and of each live one, every time one changes (a ResizeObserver
// on each chart frame, watched as it is added; not a check on every frame,
// which kept Chromium drawing frames for the whole visit).
const RECORD_HEIGHTS = `(() => {
  window.__painted = {};
  window.__live = {};
  window.__recording = true;
  const FRAMES = ".chart-paint[data-painted] figure.chart-painted, figure.chart[data-chart]";
  const sizes = new ResizeObserver((entries) => {
    if (!window.__recording) return;
    for (const {target} of entries) {
      if (!target.isConnected) continue;
      const height = target.getBoundingClientRect().height;
      const paint = target.closest(".chart-paint[data-painted]");
      // A chart is painted at two widths and CSS shows one: the one on screen is the one with a height.
      if (paint) {
        if (height > 0) window.__painted[paint.dataset.painted] = height;
      } else window.__live[target.dataset.chart] = height;
    }
  });
  const watched = new WeakSet();
  const watch = () => {
    for (const frame of document.querySelectorAll(FRAMES)) if (!watched.has(frame)) watched.add(frame), sizes.observe(frame);
  };
  new MutationObserver(watch).observe(document, {childList: true, subtree: true});
  watch();
})();`;

export interface TourOptions {
  width: number;
  /** The viewport's height; an embed's snippet height is measured in a 400 px tall frame. */
  height?: number;
  colorScheme: "light" | "dark";
  /**
   * Hold the chart code: its requests are never answered, so the page stands
   * as a reader sees it while the code is still loading. (Held, not refused: a
   * refused module makes its cell fail, and Framework shows the error in the
   * chart's place.)
   */
  hold?: boolean;
}

export interface Tour {
  page: Page;
  log: PageLog;
  dialogs: string[];
  /** The URLs of the chart code the page asked for and was held back. */
  held: string[];
  /**
   * Lets the held chart code load, as a slow network finally delivers it,
   * and waits until the network is idle: the live charts then replace the
   * painted ones, and the page can be checked as after any load.
   */
  release(): Promise<void>;
  /** The policy violations so far. */
  violations(): Promise<string[]>;
  /** Switches the colour scheme in place: the site's themes are CSS only, so the page need not load again. */
  scheme(colorScheme: "light" | "dark"): Promise<void>;
  close(): Promise<void>;
}

export async function tour(site: Site, path: string, {width, height = 900, colorScheme, hold = false}: TourOptions): Promise<Tour> {
  const {page, log, dialogs} = await watchedPage(site, {width, height, colorScheme});
  await page.addInitScript({content: RECORD_VIOLATIONS});
  await page.addInitScript({content: RECORD_HEIGHTS});
  const held: string[] = [];
  const waiting: Route[] = [];
  let released = false;
  const holding = (route: Route) => {
    if (released) return void route.continue();
    held.push(route.request().url());
    waiting.push(route);
  };
  if (hold) await page.route(CHART_CODE, holding);
  await page.goto(`${site.origin()}${path}`, {waitUntil: hold ? "domcontentloaded" : "networkidle"});
  await page.locator("main h1, h1.chart-title").first().waitFor();
  return {
    page,
    log,
    dialogs,
    held,
    async release() {
      if (!hold) return;
      // Answered before the route goes: Playwright settles a route still pending when it is removed.
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
      await page.unroute(CHART_CODE, holding);
      await page.waitForLoadState("networkidle");
    },
    violations: () => page.evaluate(() => (window as unknown as {__violations: string[]}).__violations),
    scheme: (scheme) => page.emulateMedia({colorScheme: scheme}),
    close: () => page.close()
  };
}

/** Loads the page, runs `checks` on it, and closes it however they end. */
export async function onTour(site: Site, path: string, options: TourOptions, checks: (visit: Tour) => Promise<void>): Promise<void> {
  const visit = await tour(site, path, options);
  try {
    await checks(visit);
  } finally {
    await visit.close();
  }
}

/** Waits until there are at least `count` live chart frames and every one holds its drawing (Framework renders charts asynchronously). */
export async function chartsDrawn(page: Page, count = 0): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const frames = [...document.querySelectorAll("figure.chart")];
      return frames.length >= n && frames.every((f) => f.querySelector("svg, canvas"));
    },
    count,
    {timeout: 30_000}
  );
}

/** The painted and live heights recorded since the first byte, by chart slug; stops the recording. */
export async function recordedHeights(page: Page): Promise<{painted: Record<string, number>; live: Record<string, number>}> {
  // A frame or two for the heights to be recorded after the last chart drew.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const w = window as unknown as {__painted: Record<string, number>; __live: Record<string, number>; __recording: boolean};
    w.__recording = false;
    return {painted: w.__painted, live: w.__live};
  });
}
