// The sources page is written at build time (src/sources.md.ts): the built
// HTML, read with no script run at all, already holds every source entry with
// its id and verbatim quote, every definition, every conflict, the "by August"
// paragraph and a download link for every data file, each link pointing at a
// file the build wrote.
import assert from "node:assert/strict";
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {test} from "node:test";
import {JSDOM} from "jsdom";
import {loadDataset} from "../src/data/lib/dataset.js";
import {methods} from "../src/data/lib/methods.js";
import {sourceList} from "../src/data/lib/source-list.js";
import {termId} from "../src/components/methods-sections.js";
import {linkToPassage} from "../src/lib/text-fragment.js";
import {requireDist} from "./helpers/site.js";
import {pageScripts} from "../bench/page-weight.js";

const data = loadDataset();
const m = methods(data);
const dist = requireDist();
// JSDOM runs no script unless asked (runScripts): this is the page before any code.
const {document} = new JSDOM(readFileSync(join(dist, "sources.html"), "utf8")).window;
const main = document.querySelector("main")!;

test("every source is in the built page, in order, with its id, link and verbatim quote", () => {
  const entries = sourceList(data);
  const items = [...main.querySelectorAll("ol.source-list > li.source")];
  assert.deepEqual(
    items.map((li) => li.id),
    entries.map((s) => s.id)
  );
  for (const s of entries) {
    const li = document.getElementById(s.id)!;
    const quotes = [...li.querySelectorAll("blockquote")].map((q) => q.textContent!.trim());
    assert.deepEqual(quotes, s.quote ? s.quote.split(" || ") : [], s.id);
    if (s.url) assert.equal(li.querySelector(".source-head a")!.getAttribute("href"), linkToPassage(s.url, s.quote), s.id);
    assert.ok(li.querySelector(".source-use")!.textContent!.includes(`Id: ${s.id}`), s.id);
  }
  assert.match(main.textContent!, new RegExp(`${entries.length} sources: `));
});

test("every definition and conflict is in the built page, its figures linked to entries on it", () => {
  for (const d of m.definitions) {
    const div = document.getElementById(termId(d.term))!;
    assert.ok(div, `no definition of ${d.term}`);
    assert.equal(div.querySelector("dt")!.textContent, d.term);
    assert.ok(div.querySelector("dd")!.textContent!.startsWith(d.definition), d.term);
  }
  for (const c of m.conflicts) {
    const section = document.getElementById(`conflict-${c.key}`)!;
    assert.ok(section, `no conflict ${c.key}`);
    assert.equal(section.querySelector("h3")!.textContent, c.title);
    assert.equal(section.querySelectorAll("tbody tr").length, c.items.length, c.key);
    assert.ok(section.querySelector(".conflict-handling")!.textContent!.includes(c.handling), c.key);
  }
  const links = [...main.querySelectorAll<HTMLAnchorElement>(".fig a")];
  assert.ok(links.length > m.definitions.length, "too few figure links");
  for (const a of links) {
    const id = a.getAttribute("href")!.replace(/^#/, "");
    assert.ok(document.getElementById(id)?.matches("li.source"), `${a.getAttribute("href")} names no source entry`);
  }
  assert.match(main.textContent!, new RegExp(`${m.byAugust.days} days`), "no “by August” paragraph");
});

test("every data file has a download link to a file the build wrote", () => {
  const links = [...main.querySelectorAll<HTMLAnchorElement>("a[download]")];
  assert.deepEqual(links.map((a) => a.getAttribute("download")).slice(1), m.downloads.map((d) => d.name));
  for (const a of links) {
    const href = a.getAttribute("href")!;
    assert.match(href, /^\.\/_file\//, `${href}: not a built file`);
    assert.ok(existsSync(join(dist, href)), `${href} is not in the build`);
  }
});

test("the page runs no code of its own: only Framework's client", () => {
  // Every script the page loads (the build removes the modulepreload links, so read the imports).
  const modules = pageScripts(join(dist, "sources.html")).map((file) => relative(dist, file));
  assert.ok(modules.some((file) => file.startsWith("_observablehq/client.")), "the page loads no Framework client: the check reads nothing");
  assert.deepEqual(
    modules.filter((file) => !file.startsWith("_observablehq/")),
    []
  );
});
