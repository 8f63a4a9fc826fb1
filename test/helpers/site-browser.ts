// One built site and one Chromium per test file: registers before/after
// hooks and returns open(), which loads a page with its requests and console
// watched. Browser test files share this instead of repeating the set-up.
import {after, before} from "node:test";
import type {Browser, Page} from "playwright-core";
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
  open(path: string, options?: OpenOptions): Promise<{page: Page; log: PageLog; dialogs: string[]}>;
  /**
   * One page for many loads in turn, for a test that loads many variants of a
   * page (hostile links): each load is a new document, so nothing carries
   * over (the site keeps no storage), and a navigation costs Chromium less
   * than a fresh context. The log and dialogs are those of the last load.
   */
  session(options?: Omit<OpenOptions, "waitFor">): Promise<Session>;
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

/** A page in a fresh context, its requests and console watched (watch()) from the first byte, its dialogs recorded and dismissed. */
export async function watchedPage(site: Site, {width = 1280, height = 900, colorScheme = "light"}: {width?: number; height?: number; colorScheme?: "light" | "dark"} = {}): Promise<WatchedPage> {
  const context = await site.browser().newContext({viewport: {width, height}, colorScheme});
  const page = await context.newPage();
  const log = await watch(page, [site.origin()]);
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  return {page, log, dialogs};
}

export function useSite(): Site {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    server = await serve(requireDist());
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const site: Site = {
    origin: () => server.origin,
    browser: () => browser,
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
        close: () => page.context().close()
      };
    },
    async open(path, {waitFor, ...options} = {}) {
      return (await site.session(options)).open(path, {waitFor});
    }
  };
  return site;
}
