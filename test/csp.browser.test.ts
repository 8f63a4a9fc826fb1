// The privacy promise, enforced by the browser: every built page and embed
// carries a Content-Security-Policy that allows only its own origin (and its
// own inline scripts, by hash). Chromium renders every page with no policy
// violation (the walk's pages and the embeds in their tours,
// test/page-tour and test/embed-tour; the rest here), and refuses a request
// to another host injected into a page.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {after, before, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import {inlineScripts, policyFor} from "../scripts/csp.js";
import {launch, watch} from "./helpers/browser.js";
import {serve, type StaticServer} from "./helpers/server.js";
import {requireDist, walk} from "./helpers/site.js";
import {charts} from "../src/components/charts.js";
import {embedPath} from "../src/components/chart-spec.js";
import {WALK} from "../src/components/walk.js";

const DIST = requireDist();
const pages = [...walk(DIST)].filter((f) => f.endsWith(".html")).map((f) => relative(DIST, f));
/** The pages a tour loads and checks for policy violations, as files of dist/. */
const toured = new Set([...WALK.map((p) => (p.path === "/" ? "index.html" : `${p.path.slice(1)}.html`)), ...Object.values(charts).map((s) => `${embedPath(s)}.html`)]);

test("every page and embed carries one policy, whose hashes are those of its inline scripts", () => {
  assert.ok(pages.length >= 7 + 14, `${pages.length} pages`);
  for (const path of pages) {
    const html = readFileSync(`${DIST}/${path}`, "utf-8");
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    assert.equal(metas.length, 1, path);
    assert.ok(html.indexOf(metas[0][0]) < html.indexOf("<script"), `${path}: the policy comes before the first script`);
    const policy = metas[0][1];
    assert.equal(policy, policyFor(html.replace(metas[0][0], "")), path);
    assert.match(policy, /default-src 'none'; script-src 'self' 'sha256-/);
    assert.doesNotMatch(policy, /script-src[^;]*'unsafe-(inline|eval)'/);
    assert.match(policy, /script-src-attr 'unsafe-hashes'( 'sha256-[^']+'){32};/);
    assert.ok(inlineScripts(html).length >= 1, path);
    for (const directive of ["img-src 'self'", "font-src 'self'", "connect-src 'self'", "style-src 'self' 'unsafe-inline'"]) assert.ok(policy.includes(directive), `${path}: ${directive}`);
  }
});

let server: StaticServer;
let browser: Browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with every policy violation recorded from the first byte. */
async function open(path: string): Promise<{page: Page; violations: () => Promise<string[]>; errors: string[]}> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {violations: string[]}).violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const log = await watch(page, [server.origin]);
  await page.goto(`${server.origin}/${path.replace(/\.html$/, "")}`, {waitUntil: "networkidle"});
  return {page, errors: log.errors, violations: () => page.evaluate(() => (window as unknown as {violations: string[]}).violations)};
}

test("every page no tour visits renders under its policy with no violation", async () => {
  for (const t of toured) assert.ok(pages.includes(t), `${t} is toured but not built`);
  const rest = pages.filter((p) => !toured.has(p));
  assert.ok(rest.includes("embeds.html"), rest.join(", "));
  for (const path of rest) {
    const {page, violations, errors} = await open(path);
    await page.waitForSelector("#observablehq-main, main, body > *");
    assert.deepEqual(await violations(), [], path);
    assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), [], path);
    // The page's cells ran: Framework's inline module script was allowed.
    assert.ok(await page.evaluate(() => document.querySelectorAll(".observablehq--error").length === 0), `${path}: a cell failed`);
    await page.close();
  }
});

test("a request to another host, injected into a page, is refused by the browser", async () => {
  const {page, violations} = await open("index.html");
  const outcome = await page.evaluate(async () => {
    try {
      await fetch("https://example.com/track.json");
      return "fetched";
    } catch {
      return "refused";
    }
  });
  assert.equal(outcome, "refused");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.com/pixel.gif";
    document.body.append(img);
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  await page.waitForFunction(() => (window as unknown as {violations: string[]}).violations.length >= 3);
  const seen = await violations();
  assert.ok(seen.includes("connect-src https://example.com/track.json"), seen.join("; "));
  assert.ok(seen.includes("img-src https://example.com/pixel.gif"), seen.join("; "));
  assert.ok(seen.some((v) => v.startsWith("script-src-elem inline")), seen.join("; "));
  assert.equal(await page.evaluate(() => (window as unknown as {injected?: boolean}).injected), undefined);
  await page.close();
});
