// Launches Debian's Chromium through playwright-core (never a downloaded
// browser) and records what a page does: console errors, page errors, and
// every request, so a test can assert none left 127.0.0.1.
import {chromium, type Browser, type Page} from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  });
}

export interface PageLog {
  errors: string[];
  requests: string[];
  external: string[];
}

/** Records console errors, uncaught exceptions and requests; blocks any request to another host. */
export async function watch(page: Page, allowedOrigins: string[]): Promise<PageLog> {
  const log: PageLog = {errors: [], requests: [], external: []};
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    log.requests.push(url);
    const allowed = url.startsWith("data:") || url.startsWith("blob:") || allowedOrigins.some((o) => url.startsWith(`${o}/`) || url === o);
    if (allowed) return route.continue();
    log.external.push(url);
    return route.abort();
  });
  return log;
}
