// The JavaScript a built page loads, computed from the files in dist/ alone:
// the page's module scripts, its modulepreload links (the build removes
// Framework's), the static imports and import() calls of its inline script,
// then every relative import inside those files, to the end. No browser needed, so `npm test` can guard the budget cheaply;
// `npm run bench` measures the same in Chromium.
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {gzipSync} from "node:zlib";

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

const HTML_REFS = [
  /<script[^>]*\ssrc="([^"]+\.js)"/g,
  /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
  // import {define} from "./_observablehq/client.….js" (or a bare import), in the page's inline module script.
  /\bimport\s*(?:\{[^}]*\}\s*from\s*)?"([^"]+\.js)"/g,
  /import\(\s*"([^"]+\.js)"\s*\)/g
];
// Static imports and re-exports with a relative path, minified or not. An
// import() inside a module loads later, on demand, and is not counted.
const JS_REFS = [/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g];

function refs(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1])).filter((r) => !/^[a-z]+:/i.test(r) && !r.startsWith("/"));
}

/** Every JavaScript file (absolute paths) that `page` (an .html file under dist) loads. */
export function pageScripts(page: string): string[] {
  const seen = new Set<string>();
  const queue = refs(readFileSync(page, "utf-8"), HTML_REFS).map((r) => join(dirname(page), r));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const r of refs(readFileSync(file, "utf-8"), JS_REFS)) queue.push(join(dirname(file), r));
  }
  return [...seen].sort();
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file), {level: 9}).length));
  return size;
}

/** Raw and gzip bytes (each file compressed on its own, as a server sends it) of a page's JavaScript. */
export function pageWeight(page: string): Weight {
  const files = pageScripts(page);
  return {files: files.length, raw: files.reduce((s, f) => s + readFileSync(f).length, 0), gzip: files.reduce((s, f) => s + gzipSize(f), 0)};
}

/** Site path of a built page: dist/levels.html → /levels, dist/index.html → /. */
export function pagePath(dist: string, page: string): string {
  const path = "/" + relative(dist, page).replace(/\.html$/, "");
  return path === "/index" ? "/" : path;
}

// As a command: `node --import tsx bench/page-weight.ts [dist]` prints every page's weight.
if (import.meta.url === `file://${process.argv[1]}`) {
  const {walk} = await import("../test/helpers/site.js");
  const dist = process.argv[2] ?? "dist";
  for (const page of [...walk(dist)].filter((f) => f.endsWith(".html")).sort()) {
    const w = pageWeight(page);
    console.log(`${pagePath(dist, page)}\t${w.files} files\t${(w.raw / 1000).toFixed(1)} kB\t${(w.gzip / 1000).toFixed(1)} kB gzip`);
  }
}
