// The built site fetches nothing from any other host: no CDN, no web fonts,
// no analytics. Links a reader may click (<a href>) are not fetches.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {relative} from "node:path";
import {test} from "node:test";
import {requireDist, walk} from "./helpers/site.js";
import {WALK} from "../src/components/walk.js";

// XML namespace names are identifiers that are never fetched.
const NAMESPACES = /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)/;

/** Absolute URLs in a file that a browser would load on its own. */
export function externalReferences(path: string, text: string): string[] {
  let scanned = text;
  if (path.endsWith(".html")) scanned = scanned.replace(/<a\s[^>]*>/g, "");
  const urls = scanned.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi) ?? [];
  return urls.filter((u) => u.startsWith("http") && !NAMESPACES.test(u));
}

test("the fresh build produced every page of the walk", () => {
  const dist = requireDist();
  const files = [...walk(dist)].map((f) => relative(dist, f));
  for (const {path} of WALK) {
    const page = path === "/" ? "index.html" : `${path.slice(1)}.html`;
    assert.ok(files.includes(page), `missing ${page}`);
  }
  assert.ok(files.some((f) => /^_file\/data\/headline\.[0-9a-f]+\.json$/.test(f)), "headline.json was not built");
});

test("nothing in dist/ would fetch from another host", () => {
  const dist = requireDist();
  const offenders: string[] = [];
  for (const path of walk(dist)) {
    if (!/\.(html|js|css)$/.test(path)) continue;
    for (const url of externalReferences(path, readFileSync(path, "utf-8"))) offenders.push(`${relative(dist, path)}: ${url}`);
  }
  assert.deepEqual(offenders, []);
});

test("no page links a font host, a CDN or analytics", () => {
  const dist = requireDist();
  for (const path of walk(dist)) {
    if (!path.endsWith(".html")) continue;
    const html = readFileSync(path, "utf-8");
    assert.doesNotMatch(html, /fonts\.googleapis|fonts\.gstatic|jsdelivr|unpkg|googletagmanager|google-analytics|plausible/i, relative(dist, path));
  }
});

test("the external-reference scan catches what it should", () => {
  assert.deepEqual(externalReferences("a.js", 'import "https://cdn.jsdelivr.net/npm/d3"'), ["https://cdn.jsdelivr.net/npm/d3"]);
  assert.deepEqual(externalReferences("a.html", '<link rel="stylesheet" href="https://fonts.googleapis.com/css2">'), ["https://fonts.googleapis.com/css2"]);
  assert.deepEqual(externalReferences("a.html", '<a href="https://www.gao.gov/products/gao-12-708">GAO</a>'), []);
  assert.deepEqual(externalReferences("a.js", 'createElementNS("http://www.w3.org/2000/svg", "svg")'), []);
});

// A page with no icon makes every browser ask for /favicon.ico, which the site
// does not have: a 404 and a console error on every page a reader opens. (The
// browser tests cannot see it: a browser asks for an origin's icon once.)
test("every page names its icon, so no browser asks for a missing /favicon.ico", () => {
  const dist = requireDist();
  const pages = [...walk(dist)].filter((p) => p.endsWith(".html"));
  assert.ok(pages.length > 20);
  for (const path of pages) assert.match(readFileSync(path, "utf8"), /<link rel="icon" href="[^"]+">/, `${relative(dist, path)} names no icon`);
});
