// One way down through the layers: data/ → loaders (src/data/lib) → shared
// pure modules (src/lib) ← components (src/components) → pages. A module may
// import only from the layers its own layer is allowed to see; this test
// reads every import (static, re-export and dynamic) of every TypeScript file
// with TypeScript's own pre-processor and fails on any that points the wrong way.
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {test} from "node:test";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** For each layer, the project folders its modules must not import from. */
const FORBIDDEN: Record<string, string[]> = {
  "src/data": ["src/components"],
  "src/components": ["src/data"],
  "src/lib": ["src/data", "src/components"]
};

/** Every .ts file under a folder, at any depth. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The project-relative paths a file imports (relative specifiers only; packages are outside the layers). */
export function localImports(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)));
}

/** The imports of `file` (with its text) that break the layer rules, as "file → target". */
export function wrongWay(file: string, text: string): string[] {
  const layer = Object.keys(FORBIDDEN).find((l) => file.startsWith(`${l}/`));
  if (!layer) return [];
  return localImports(file, text)
    .filter((target) => FORBIDDEN[layer].some((f) => target === f || target.startsWith(`${f}/`)))
    .map((target) => `${file} → ${target}`);
}

test("no import runs the wrong way between src/data (the loaders), src/lib and src/components", () => {
  const files = Object.keys(FORBIDDEN).flatMap(tsFiles);
  assert.ok(files.some((f) => f.startsWith("src/components/specs/")), "the scan reaches src/components/specs");
  const wrong = files.flatMap((f) => wrongWay(f, readFileSync(join(ROOT, f), "utf-8")));
  assert.deepEqual(wrong, []);
});

test("the check sees each kind of wrong-way import", () => {
  assert.deepEqual(wrongWay("src/components/specs/x.ts", 'import type {A} from "../../data/lib/levels.js";'), ["src/components/specs/x.ts → src/data/lib/levels.js"]);
  assert.deepEqual(wrongWay("src/data/lib/x.ts", 'export {b} from "../../components/palette.js";'), ["src/data/lib/x.ts → src/components/palette.js"]);
  // A data loader too: a loader that needs the chart declarations belongs with the pages (src/embed/gallery.json.ts).
  assert.deepEqual(wrongWay("src/data/x.json.ts", 'import {charts} from "../components/charts.js";'), ["src/data/x.json.ts → src/components/charts.js"]);
  assert.deepEqual(wrongWay("src/lib/x.ts", 'const m = await import("../data/lib/table.js");'), ["src/lib/x.ts → src/data/lib/table.js"]);
  assert.deepEqual(wrongWay("src/components/x.ts", 'import {a} from "../lib/shares.js";\nimport * as Plot from "@observablehq/plot";'), []);
});
