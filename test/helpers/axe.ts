// Runs axe-core (from node_modules) inside a page and returns its violations.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Page} from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's source, read once per process (it is sent to every page that runs axe). */
let source: string | undefined;

export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the browser's debugging protocol, which the page's
  // Content-Security-Policy does not govern (a <script> tag would be refused);
  // once per document: a second run on the same page (after a colour scheme
  // switch) reuses it rather than sending and compiling 550 kB again.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate((source ??= readFileSync(AXE, "utf8")));
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[]}>}}).axe;
    // resultTypes: only the violations are read, so axe details no other result's elements (the same rules run, on the same elements).
    const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}, resultTypes: ["violations"]});
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" "))}));
  });
}
