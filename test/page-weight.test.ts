// The cheap guard of the weight budget: no built page or embed loads more
// gzip JavaScript than its budget (bench/budgets.ts), computed from dist/
// alone. `npm run bench` measures the same and more in Chromium.
import assert from "node:assert/strict";
import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {jsBudget} from "../bench/budgets.js";
import {pagePath, pageScripts, pageWeight} from "../bench/page-weight.js";
import {requireDist, walk} from "./helpers/site.js";

test("no page or embed loads more gzip JavaScript than its budget", () => {
  const dist = requireDist();
  const over: string[] = [];
  const pages = [...walk(dist)].filter((f) => f.endsWith(".html"));
  assert.ok(pages.length > 7, "too few pages built");
  for (const page of pages) {
    const path = pagePath(dist, page);
    const {gzip} = pageWeight(page);
    if (gzip > jsBudget(path)) over.push(`${path}: ${gzip} B gzip > ${jsBudget(path)} B`);
  }
  assert.deepEqual(over, []);
});

test("a page's scripts include what its modules import, statically, to the end", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-weight-"));
  mkdirSync(join(dir, "_import"));
  writeFileSync(join(dir, "page.html"), '<link rel="modulepreload" href="./_import/a.js"><script type="module">import("./_import/b.js")</script>');
  writeFileSync(join(dir, "_import/a.js"), 'import{x}from"./c.js";export const a=x;');
  writeFileSync(join(dir, "_import/b.js"), 'export*from"./c.js";const later=()=>import("./lazy.js");');
  writeFileSync(join(dir, "_import/c.js"), "export const x=1;");
  writeFileSync(join(dir, "_import/lazy.js"), "export const y=2;");
  assert.deepEqual(pageScripts(join(dir, "page.html")).map((f) => f.slice(dir.length)), ["/_import/a.js", "/_import/b.js", "/_import/c.js"]);
});
