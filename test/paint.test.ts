// The page contract of scripts/lib/paint.ts: a marker before a chart's cell
// becomes the chart's painted frame inside that cell, in place of Framework's loading
// indicator just before the cell's root; a broken contract fails the build.
import assert from "node:assert/strict";
import {test} from "node:test";
import {injectPaint, paintElement} from "../scripts/lib/paint.js";

const paint = (slug: string) => paintElement(slug, [{layout: "narrow", html: `<figure class="chart-painted">${slug}</figure>`}]);

test("a marker's chart is painted into the next cell, just before its root", () => {
  const page =
    `<p>Prose <observablehq-loading></observablehq-loading><!--:aaaaaaaa:--></p>\n` +
    `<div class="chart-paint" data-chart="one"></div>\n` +
    `<div class="observablehq observablehq--block"><!--:bbbbbbbb:--></div>\n` +
    `<div class="chart-paint" data-chart="two"></div>\n` +
    `<div class="observablehq observablehq--block"><observablehq-loading></observablehq-loading><!--:cccccccc-1:--></div>`;
  const {html, slugs} = injectPaint(page, "page.html", paint);
  assert.deepEqual(slugs, ["one", "two"]);
  assert.ok(!html.includes('data-chart="'), "a marker is left in the page");
  assert.ok(html.includes(`<p>Prose <observablehq-loading></observablehq-loading><!--:aaaaaaaa:--></p>`), "a cell before the marker changed");
  assert.ok(html.includes(`<div class="observablehq observablehq--block">${paint("one")}<!--:bbbbbbbb:--></div>`));
  // Framework's own (empty) indicator gives way: a root has one loading element before it.
  assert.ok(html.includes(`<div class="observablehq observablehq--block">${paint("two")}<!--:cccccccc-1:--></div>`));
});

test("the embed page's marker names its chart through the route", () => {
  const {html, slugs} = injectPaint(`<div class="chart-paint" data-chart=""></div><div class="observablehq observablehq--block"><!--:dddddddd:--></div>`, "embed.html", paint, "three");
  assert.deepEqual(slugs, ["three"]);
  assert.ok(html.includes('data-painted="three"'));
});

test("a marker with no chart or no cell after it fails the build", () => {
  assert.throws(() => injectPaint(`<div class="chart-paint" data-chart=""></div><div><!--:dddddddd:--></div>`, "p.html", paint), /p\.html: a chart-paint marker names no chart/);
  assert.throws(() => injectPaint(`<div class="chart-paint" data-chart="four"></div><p>no cell</p>`, "p.html", paint), /p\.html: no code cell after the chart-paint marker of four/);
});
