// One cold load of a page in a fresh browser context (empty cache): the bytes
// of every response by kind, raw and gzip (as a server compressing at level 9
// would send them), the request count, and when the first chart appeared.
import {gzipSync} from "node:zlib";
import type {Browser} from "playwright-core";

export type Kind = "js" | "css" | "data" | "other";
export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}
export interface Load {
  bytes: Record<Kind, Bytes>;
  requests: number;
  /** ms from navigation start to the first chart in the DOM; NaN when the page has none. */
  firstChart: number;
}

function kind(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return "js";
  if (/\.css$/.test(path)) return "css";
  if (/\.(json|csv|tsv|arrow|parquet)$/.test(path)) return "data";
  return "other";
}

// A chart is a Plot figure or SVG (Plot classes them "plot-…"), or any SVG in a <figure>.
const FIRST_CHART = `(() => {
  const selector = 'svg[class^="plot"], figure[class^="plot"], main figure svg';
  const observer = new MutationObserver(() => {
    if (window.__firstChart === undefined && document.querySelector(selector)) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {subtree: true, childList: true});
})();`;

export async function coldLoad(browser: Browser, url: string, width: number, {hasChart = true} = {}): Promise<Load> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  try {
    const page = await context.newPage();
    await page.addInitScript({content: FIRST_CHART});
    const bodies: Promise<void>[] = [];
    const bytes: Record<Kind, Bytes> = {js: zero(), css: zero(), data: zero(), other: zero()};
    let requests = 0;
    page.on("request", () => ++requests);
    page.on("response", (response) => {
      bodies.push(
        response.body().then(
          (body) => {
            const b = bytes[kind(response.url())];
            b.raw += body.length;
            b.gzip += gzipSync(body, {level: 9}).length;
            b.files += 1;
          },
          () => undefined
        )
      );
    });
    await page.goto(url, {waitUntil: "networkidle"});
    let firstChart = NaN;
    if (hasChart) {
      await page.waitForFunction(() => (window as any).__firstChart !== undefined, null, {timeout: 20_000});
      firstChart = await page.evaluate(() => (window as any).__firstChart as number);
    }
    await Promise.all(bodies);
    return {bytes, requests, firstChart};
  } finally {
    await context.close();
  }
}

function zero(): Bytes {
  return {raw: 0, gzip: 0, files: 0};
}
