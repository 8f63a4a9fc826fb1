import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Citation} from "./chart-spec.js";
import {sourceLabel, sourceLine, sourceText} from "./source-line.js";

const source = (i: number, title = `Report ${i}`): Citation => ({id: `s${i}`, publisher: `Pub ${i}`, title, date: "2010-08-09", url: null, kind: "original"});
const many = {sources: [1, 2, 3, 4, 5, 6].map((i) => source(i))};

test("on a page: three sources named, the other three open in place", () => {
  const line = sourceLine(many, {sourcesHref: "./sources"});
  assert.equal([...line.querySelectorAll("a")].filter((a) => !a.closest("details")).length, 3);
  assert.equal(line.querySelector("details summary")!.textContent, "and 3 more");
  assert.deepEqual([...line.querySelectorAll("details li a")].map((a) => a.getAttribute("href")), ["./sources#s4", "./sources#s5", "./sources#s6"]);
});

test("in an embed: two sources named, then a link to the sources page", () => {
  const line = sourceLine(many, {sourcesHref: "../../sources", embedded: true});
  const links = [...line.querySelectorAll("a")];
  assert.equal(links.length, 3);
  assert.equal(links[2].textContent, "and 4 more");
  assert.equal(links[2].getAttribute("href"), "../../sources");
  assert.equal(line.querySelector("details"), null);
});

test("a short list is named in full, with no 'more'", () => {
  const line = sourceLine({sources: [source(1), source(2)]}, {sourcesHref: "./sources", embedded: true});
  assert.doesNotMatch(line.textContent!, /more/);
  assert.equal(line.querySelectorAll("a").length, 2);
});

test("a bracketed placeholder title never reaches the reader", () => {
  assert.match(sourceLabel(source(1, "[ICE release, title not recorded]")), /^Pub 1 \([^)]+\)$/);
  const text = sourceText({sources: [source(1, "[placeholder]"), source(2, " [another]")]});
  assert.doesNotMatch(text, /\[/);
  assert.doesNotMatch(sourceLine({sources: [source(1, "[placeholder]")]}, {sourcesHref: "./sources"}).textContent!, /\[/);
});

test("the image's source line names two and counts the rest", () => {
  assert.match(sourceText(many), /^Sources: Pub 1, “Report 1” \([^)]+\); Pub 2, “Report 2” \([^)]+\); and 4 more\.$/);
});
