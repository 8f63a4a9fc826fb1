// The build drops Framework's modulepreload links (scripts/lib/module-preloads.ts
// says why): the page's scripts load when its code imports them.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {withoutModulePreloads} from "../scripts/lib/module-preloads.js";
import {requireDist, walk} from "./helpers/site.js";

const HEAD = `<head>
<meta charset="utf-8">
<link rel="preload" as="style" href="./_import/style.css">
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<link rel="modulepreload" href="./_observablehq/client.js">
<link rel="modulepreload" href="./_import/_bundle/chunks/chunk-A.js">
<LINK REL=modulepreload HREF="../../_import/b.js">
<link rel="alternate" type="application/json+oembed" href="oembed/x.json" title="X">
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
</head>`;

test("every modulepreload link goes, and nothing else", () => {
  const {html, removed} = withoutModulePreloads(HEAD);
  assert.equal(removed, 3);
  assert.doesNotMatch(html, /modulepreload/i);
  assert.equal(html, HEAD.split("\n").filter((line) => !/modulepreload/i.test(line)).join("\n"));
});

test("a page without preloads is unchanged", () => {
  const page = "<head><link rel=\"stylesheet\" href=\"a.css\"></head><body>modulepreload, in the text</body>";
  assert.deepEqual(withoutModulePreloads(page), {html: page, removed: 0});
});

test("no built page or embed preloads a module", () => {
  const dist = requireDist();
  const pages = [...walk(dist)].filter((f) => f.endsWith(".html"));
  assert.ok(pages.length > 7, "too few pages built");
  const preloading = pages.filter((page) => /<link\b[^>]*modulepreload/i.test(readFileSync(page, "utf8")));
  assert.deepEqual(preloading, []);
});
