// Launches Debian's Chromium through playwright-core (never a downloaded
// browser) and records what a page does: console errors, page errors, and
// every request, so a test can assert none left 127.0.0.1.
//
// `npm test` (scripts/test.ts) starts ONE Chromium for the whole run and
// passes its address in SC_BROWSER_WS; launch() then connects to it instead
// of starting a Chromium per test file (a launch costs about a second of CPU).
// A connection's close() closes only the contexts it opened and disconnects,
// so test files share the browser without seeing each other's pages. Run
// alone (`node --import tsx --test test/x.browser.test.ts`), launch() starts
// a Chromium of its own as before.
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type Browser, type BrowserServer, type LaunchOptions, type Page} from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The environment variable naming the shared Chromium's WebSocket address. */
export const SHARED_BROWSER_ENV = "SC_BROWSER_WS";

/**
 * No host but 127.0.0.1 resolves in the tests' Chromium, so a page cannot
 * reach any other (watch() still records every request, and a test fails on
 * any that was meant for another host).
 */
const ONLY_LOCAL_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

const OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM,
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", ONLY_LOCAL_HOSTS]
};

/** A browser for one test file: a connection to the run's shared Chromium, or a Chromium of its own. */
export function launch(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  return shared ? chromium.connect(shared).then(withLocalDownloads) : chromium.launch(OPTIONS);
}

/**
 * Over a connection a download has no local file, so download.path() throws;
 * tests read downloads from disk, so each page's downloads get a path() that
 * saves the file first (into one temporary folder per process).
 */
function withLocalDownloads(browser: Browser): Browser {
  let folder: string | undefined;
  const local = (page: Page) =>
    page.on("download", (download) => {
      download.path = async () => {
        const file = join((folder ??= mkdtempSync(join(tmpdir(), "sc-downloads-"))), `${Date.now()}-${download.suggestedFilename()}`);
        await download.saveAs(file);
        return file;
      };
    });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on("page", local);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    local(page);
    return page;
  };
  return browser;
}

/** The run's one Chromium, which test files reach by launch() once its wsEndpoint() is in SC_BROWSER_WS. */
export function launchShared(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

export interface PageLog {
  errors: string[];
  requests: string[];
  external: string[];
}

/**
 * Records console errors, uncaught exceptions and every request the page
 * makes, and which of them were for another host (the browser cannot reach
 * one: ONLY_LOCAL_HOSTS). Requests are read from the page's request events,
 * not intercepted: interception made every request a round trip through
 * this process (about 0.17 s of CPU per page load, measured). The page's
 * HTTP cache is off, so every request is made, and seen, on every load.
 */
export async function watch(page: Page, allowedOrigins: string[]): Promise<PageLog> {
  const log: PageLog = {errors: [], requests: [], external: []};
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("request", (request) => {
    const url = request.url();
    log.requests.push(url);
    const allowed = url.startsWith("data:") || url.startsWith("blob:") || allowedOrigins.some((o) => url.startsWith(`${o}/`) || url === o);
    if (!allowed) log.external.push(url);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", {cacheDisabled: true});
  return log;
}
