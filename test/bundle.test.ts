// What the browser bundles rely on: pages import only our bundles (never a
// package, which Framework would ship whole, nor the all-charts registry),
// and each chart is declared in specs/<its loader file>.ts, the module its
// embed route imports.
import assert from "node:assert/strict";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {test} from "node:test";
import {charts} from "../src/components/charts.js";

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
