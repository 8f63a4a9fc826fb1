// Lighthouse 12.2.3 with its default mobile profile (simulated slow 4G and
// CPU), run on the system Chromium with the same no-network flags as the
// tests: the performance score and first contentful paint of one page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {CHROMIUM} from "../test/helpers/browser.js";

export interface LighthouseResult {
  score: number;
  fcp: number;
}

export async function withLighthouse<T>(fn: (run: (url: string) => Promise<LighthouseResult>) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  });
  try {
    return await fn(async (url) => {
      const result = await lighthouse(url, {port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"]});
      const lhr = result!.lhr;
      return {score: Math.round((lhr.categories.performance.score ?? NaN) * 100), fcp: lhr.audits["first-contentful-paint"].numericValue ?? NaN};
    });
  } finally {
    await chrome.kill();
  }
}
