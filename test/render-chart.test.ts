// The painted copy's compaction (scripts/lib/render-chart.ts): a run of plain
// squares becomes one path drawing the same squares; anything else stays.
import "./helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {mergeRects} from "../scripts/lib/render-chart.js";

const SVG = "http://www.w3.org/2000/svg";
function group(n: number, extra: (r: Element, i: number) => void = () => {}): Element {
  const g = document.createElementNS(SVG, "g");
  for (let i = 0; i < n; ++i) {
    const r = document.createElementNS(SVG, "rect");
    for (const [name, value] of [["x", i * 10], ["y", 5], ["width", 9], ["height", 9]]) r.setAttribute(String(name), String(value));
    extra(r, i);
    g.append(r);
  }
  return g;
}

test("a run of 20 or more plain rects becomes one path with a square per rect, in order", () => {
  const g = group(25);
  mergeRects(g);
  assert.equal(g.querySelectorAll("rect").length, 0);
  const paths = g.querySelectorAll("path");
  assert.equal(paths.length, 1);
  const squares = paths[0].getAttribute("d")!.match(/M[^M]+/g)!;
  assert.equal(squares.length, 25);
  assert.equal(squares[0], "M0,5h9v9h-9z");
  assert.equal(squares[24], "M240,5h9v9h-9z");
});

test("short runs, rects with other attributes or children, and what comes between runs stay as they are", () => {
  const few = group(19);
  mergeRects(few);
  assert.equal(few.querySelectorAll("rect").length, 19);
  const styled = group(30, (r, i) => i === 10 && r.setAttribute("fill", "red"));
  mergeRects(styled);
  // 10 plain, one filled, 19 plain: no run reaches 20.
  assert.equal(styled.querySelectorAll("rect").length, 30);
  const titled = group(40, (r, i) => i === 20 && r.append(document.createElementNS(SVG, "title")));
  mergeRects(titled);
  assert.deepEqual([...titled.children].map((c) => c.tagName.toLowerCase()), ["path", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect", "rect"]);
});
