// One built site and one Chromium per test file: registers before/after
// hooks and returns open(), which loads a page with its requests and console
// watched. Browser test files share this instead of repeating the set-up.
//
// Every page of a test file opens in ONE browser context, each in a new tab
// with its own viewport and colour scheme, and is closed after its test; a
// tab on the site (a 404, which runs no script) stays open meanwhile. That
// way Chromium gives each new tab the site's renderer process, already
// started, instead of starting one per page: an embed's load costs about
// 0.7 s of CPU instead of 1.3 s (measured on a tour's load), and the run
// loads about 170 pages. Nothing carries from one page to the next: each tab
// is a new document with its own globals and sessionStorage; watch() turns
// the tab's HTTP cache off, so each load requests everything; and the site stores
// nothing else (no cookies, no localStorage), which the after() hook checks
// on the shared context, so a page that began to store something would fail
// its file instead of leaking into the next test.
import assert from "node:assert/strict";
import {after, before} from "node:test";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {launch, watch, type PageLog} from "./browser.js";
import {serve, type StaticServer} from "./server.js";
import {requireDist} from "./site.js";

export interface OpenOptions {
  width?: number;
  colorScheme?: "light" | "dark";
  /** A selector to wait for after load, e.g. the page's charts. */
  waitFor?: string;
}

export interface Site {
  origin(): string;
  /** The browser itself, for a test that sets up its own context (request routing, a custom viewport). */
  browser(): Browser;
  /** The context every page of this test file opens in (see the top of this file). */
  context(): Promise<BrowserContext>;
  open(path: string, options?: OpenOptions): Promise<{page: Page; log: PageLog; dialogs: string[]}>;
  /**
   * One page for many loads in turn, for a test that loads many variants of a
   * page (hostile links): each load is a new document, so nothing carries
   * over (the site keeps no storage), and a navigation costs Chromium less
   * than a new tab. The log and dialogs are those of the last load.
   */
  session(options?: Omit<OpenOptions, "waitFor">): Promise<Session>;
  /**
   * One load of a page shared by the tests of a file that only read it
   * (they query the page, never click, type, resize or navigate; a test that
   * does opens its own): loaded on first use for these options, closed after
   * the file. Do not close it. Its log is that of the one load.
   */
  shared(path: string, options?: Omit<OpenOptions, "waitFor">): Promise<WatchedPage>;
}

export interface Session {
  open(path: string, options?: {waitFor?: string}): Promise<{page: Page; log: PageLog; dialogs: string[]}>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  log: PageLog;
  dialogs: string[];
}

/** A new tab in the file's context, at the given size and colour scheme, its requests and console watched (watch()) from the first byte, its dialogs recorded and dismissed. Close it with page.close(). */
export async function watchedPage(site: Site, {width = 1280, height = 900, colorScheme = "light"}: {width?: number; height?: number; colorScheme?: "light" | "dark"} = {}): Promise<WatchedPage> {
  const page = await (await site.context()).newPage();
  pollEvery(page, 50);
  await page.setViewportSize({width, height});
  await page.emulateMedia({colorScheme});
  const log = await watch(page, [site.origin()]);
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  return {page, log, dialogs};
}

/**
 * The page's waitForFunction checks its condition every `ms` milliseconds
 * unless a test asks otherwise, instead of on every animation frame,
 * Playwright's default: polling on every frame keeps Chromium drawing frames
 * for the whole wait (about 0.08 s of CPU per second per tab, measured, and a
 * test run waits for minutes in all), where a timer costs next to nothing.
 */
function pollEvery(page: Page, ms: number): void {
  const waitForFunction = page.waitForFunction.bind(page);
  page.waitForFunction = ((fn: Parameters<Page["waitForFunction"]>[0], arg?: unknown, options: {polling?: number | "raf"; timeout?: number} = {}) =>
    waitForFunction(fn, arg, {polling: ms, ...options})) as Page["waitForFunction"];
}

export function useSite(): Site {
  let server: StaticServer;
  let browser: Browser;
  let context: Promise<BrowserContext> | undefined;
  const shared = new Map<string, Promise<WatchedPage>>();
  before(async () => {
    server = await serve(requireDist());
    browser = await launch();
  });
  after(async () => {
    try {
      if (context) {
        const {cookies, origins} = await (await context).storageState();
        assert.deepEqual({cookies, origins}, {cookies: [], origins: []}, "the site stored something in the browser: the pages of a test file no longer start alike");
      }
    } finally {
      await browser?.close();
      await server?.close();
    }
  });
  const site: Site = {
    origin: () => server.origin,
    browser: () => browser,
    context: () =>
      (context ??= (async () => {
        const created = await browser.newContext();
        // The tab that keeps the site's renderer process alive between tests (see the top of this file).
        await (await created.newPage()).goto(`${server.origin}/_renderer-keeper`);
        return created;
      })()),
    async session(options = {}) {
      const watched = await watchedPage(site, options);
      const {page, log, dialogs} = watched;
      return {
        async open(path, {waitFor} = {}) {
          for (const list of [log.errors, log.requests, log.external, dialogs]) list.length = 0;
          await page.goto(`${server.origin}${path}`, {waitUntil: "networkidle"});
          if (waitFor) await page.waitForSelector(waitFor);
          return watched;
        },
        close: () => page.close()
      };
    },
    shared(path, {width = 1280, colorScheme = "light"} = {}) {
      const key = `${path} ${width} ${colorScheme}`;
      if (!shared.has(key)) shared.set(key, site.open(path, {width, colorScheme}));
      return shared.get(key)!;
    },
    async open(path, {waitFor, ...options} = {}) {
      return (await site.session(options)).open(path, {waitFor});
    }
  };
  return site;
}
