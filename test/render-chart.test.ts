// The painted copy's compaction (scripts/lib/render-chart.ts): a run of plain
// squares becomes one path drawing the same squares; anything else stays.
import "./helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {mergeRects, relativeOutline} from "../scripts/lib/render-chart.js";

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

test("a rounded outline is rewritten with relative steps, repeated points dropped, and draws the same points", () => {
  const d = "M648,492L652,492L652,491L653,492L653,492L649,493ZM10,20L10,25L7,25Z";
  const out = relativeOutline(d);
  assert.equal(out, "M648,492h4v-1l1,1l-4,1ZM10,20v5h-3Z");
  // Replaying the relative steps gives back every distinct point of the original.
  const points: string[] = [];
  let [x, y] = [0, 0];
  for (const [, c, a, b] of out.matchAll(/([MhvlZ])(-?\d+)?(?:,(-?\d+))?/g)) {
    if (c === "M") [x, y] = [Number(a), Number(b)];
    else if (c === "h") x += Number(a);
    else if (c === "v") y += Number(a);
    else if (c === "l") [x, y] = [x + Number(a), y + Number(b)];
    if (c !== "Z") points.push(`${x},${y}`);
  }
  assert.deepEqual(points, ["648,492", "652,492", "652,491", "653,492", "649,493", "10,20", "10,25", "7,25"]);
  // Curves and decimals are not outlines of whole pixels: left alone.
  for (const other of ["M0,0C1,1,2,2,3,3", "M0.5,1L2,3", "M0,0A5,5,0,1,1,1,1"]) assert.equal(relativeOutline(other), other);
});
