// How tall an embed page's content is at a given width: the height its
// iframe needs to show the whole chart with the data table closed.
import type {Browser, Page} from "playwright-core";

/** Widths a post's column commonly has, phone to desktop. */
export const COMMON_WIDTHS = [320, 390, 600, 800, 1280] as const;

export async function measureEmbedHeight(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({viewport: {width, height: 400}});
  const page = await context.newPage();
  try {
    await page.goto(url, {waitUntil: "networkidle"});
    return await contentHeight(page);
  } finally {
    await context.close();
  }
}

/** How tall the open embed page's content is, once its chart has drawn and its fonts are loaded. */
export async function contentHeight(page: Page): Promise<number> {
  await page.waitForSelector("figure.chart svg", {state: "attached", timeout: 20_000});
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom)));
}

/** The snippet's height from the measured ones: the tallest, plus room for a line of text more, to the next 10 px. */
export function snippetHeight(measured: number[]): number {
  return Math.ceil((Math.max(...measured) + 24) / 10) * 10;
}
