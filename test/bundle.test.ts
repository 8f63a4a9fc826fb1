// What the browser bundles rely on: pages import only our bundles (never a
// package, which Framework would ship whole, nor the all-charts registry),
// and each chart is declared in specs/<its loader file>.ts, the module its
// embed route imports.
import assert from "node:assert/strict";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {test} from "node:test";
import "./helpers/dom.js";
import {charts} from "../src/components/charts.js";
import {VENDOR} from "../scripts/bundle-config.js";

const SRC = new URL("../src/", import.meta.url).pathname;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".") || name === "_bundle") return [];
    return statSync(path).isDirectory() ? pages(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** Import sources in a page's code that are not our bundles. */
export function foreignImports(markdown: string): string[] {
  const sources = [...markdown.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  return sources.filter((s) => !/^(\.\.?\/)+_bundle\//.test(s) || /\/charts\.js$/.test(s));
}

test("pages and embeds import only our bundles, and not the all-charts registry", () => {
  const offenders = pages(SRC).flatMap((page) => foreignImports(readFileSync(page, "utf-8")).map((s) => `${relative(SRC, page)}: ${s}`));
  assert.deepEqual(offenders, []);
});

test("the import scan catches packages and the registry", () => {
  assert.deepEqual(foreignImports('import * as Plot from "@observablehq/plot";\nimport {charts} from "./_bundle/components/charts.js";\nimport {a} from "./_bundle/lib/format.js";'), ["@observablehq/plot", "./_bundle/components/charts.js"]);
  assert.deepEqual(foreignImports("const m = import(`../../_bundle/components/specs/${observable.params.file}.js`);"), []);
  assert.deepEqual(foreignImports('import {html} from "htl";'), ["htl"]);
});

test("every chart is declared in specs/<its file>.ts, which its embed imports", async () => {
  for (const spec of Object.values(charts)) {
    const module = await import(`../src/components/specs/${spec.file.replace(/\.json$/, "")}.js`);
    assert.ok(module.specs.includes(spec), `${spec.slug} is not in specs/${spec.file.replace(/\.json$/, "")}.ts`);
  }
});

/** The names a page imports from each of our bundles: [bundle path under _bundle/, name]. */
export function bundleImports(markdown: string): [string, string][] {
  return [...markdown.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*["'](?:\.\.?\/)+_bundle\/([^"']+)\.js["']/g)].flatMap(([, names, path]) =>
    names
      .split(",")
      .map((n) => n.trim().split(/\s+as\s+/)[0])
      .filter(Boolean)
      .map((name): [string, string] => [path, name])
  );
}

test("the import scan reads each name a page takes from a bundle", () => {
  assert.deepEqual(bundleImports('import {a, b as c} from "./_bundle/lib/format.js";\nimport {d} from "../_bundle/components/x.js";'), [
    ["lib/format", "a"],
    ["lib/format", "b"],
    ["components/x", "d"]
  ]);
});

// A page that imports a name its bundle no longer exports fails only in the
// browser, at run time; this finds it from the sources.
test("every name a page imports from a bundle is exported by the module it is built from", async () => {
  const missing: string[] = [];
  for (const page of pages(SRC)) {
    for (const [path, name] of bundleImports(readFileSync(page, "utf-8"))) {
      const module = await import(VENDOR[path] ?? `../src/${path}.js`);
      if (!(name in module)) missing.push(`${relative(SRC, page)}: ${name} from ${path}`);
    }
  }
  assert.deepEqual(missing, []);
});
