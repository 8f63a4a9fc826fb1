import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {assumedFigure, figureLink, linkedFigure} from "./figure-link.js";

test("figureLink links to the first source, with no numbered marker; the other sources ride along", () => {
  const el = figureLink("46,929", ["ice-a", "ap-b", "post-c"]);
  const a = el.querySelector("a")!;
  assert.equal(a.getAttribute("href"), "./sources#ice-a");
  assert.equal(el.textContent, "46,929");
  assert.equal(el.dataset.sources, "ice-a ap-b post-c");
  assert.equal(a.getAttribute("title"), "Also in 2 other sources on the sources page.");
  assert.equal(el.className, "fig");
});

test("a computed figure says how it was made", () => {
  const el = figureLink("26.2%", ["ice-a"], {derived: "12,293 ÷ 46,929", sourcesHref: "../sources"});
  assert.equal(el.className, "fig fig-derived");
  assert.equal(el.querySelector("a")!.getAttribute("title"), "Computed: 12,293 ÷ 46,929");
  assert.equal(el.querySelector("a")!.getAttribute("href"), "../sources#ice-a");
});

test("linkedFigure writes the value in the source's hedge and unit, and marks a computed one", () => {
  assert.equal(linkedFigure({value: 111000, qualifier: "about", sourceIds: ["gao"]}).textContent, "about 111,000");
  assert.equal(linkedFigure({value: 46929, sourceIds: ["ice"]}).textContent, "46,929");
  assert.equal(linkedFigure({value: 26, qualifier: "about", sourceIds: ["gao"]}, "percent").textContent, "about 26%");
  assert.equal(linkedFigure({value: 26.19, qualifier: "exact", sourceIds: ["ice"]}, "percent").textContent, "26.2%");
  const sourced = linkedFigure({value: 5, qualifier: "exact", sourceIds: ["a"], how: null});
  assert.equal(sourced.className, "fig");
  const computed = linkedFigure({value: 26.2, qualifier: "exact", sourceIds: ["a"], how: "12,293 ÷ 46,929"}, "percent");
  assert.equal(computed.className, "fig fig-derived");
  assert.equal(computed.querySelector("a")!.getAttribute("title"), "Computed: 12,293 ÷ 46,929");
});

test("assumedFigure marks the reader's assumption and links nowhere", () => {
  const el = assumedFigure("60.0%");
  assert.equal(el.className, "fig-assumed");
  assert.equal(el.textContent, "60.0%");
  assert.equal(el.querySelector("a"), null);
});
