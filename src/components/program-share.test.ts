import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {SECONDARY_COLOR} from "./palette.js";
import {programShare, roughLabel, shareLabel, type ShareInput} from "./program-share.js";

const rows: ShareInput[] = [
  {fiscalYear: 2009, share: 4, qualifier: "about", allRemovals: 389834, roughCount: null},
  {fiscalYear: 2011, share: 20, qualifier: "about", allRemovals: 396906, roughCount: 79000}
];

const widths = (chart: Element, fill: string) =>
  [...chart.querySelectorAll('g[aria-label="bar"]')].filter((g) => g.getAttribute("fill") === fill).flatMap((g) => [...g.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width"))));

test("shareLabel keeps the source's qualifier; roughLabel says the count is computed and rough", () => {
  assert.equal(shareLabel(rows[0]), "about 4%");
  assert.equal(shareLabel({share: 22.5, qualifier: "exact"}), "22.5%");
  assert.equal(roughLabel(rows[0]), "");
  assert.equal(roughLabel(rows[1]), "roughly 79,000 removals (computed, rough: about 20% × 396,906)");
  assert.equal(roughLabel(rows[1], true), "≈ 79,000 (computed, rough)");
});

test("programShare draws each share on a 0–100% scale, labelled in the source's words", () => {
  const chart = programShare(rows, {width: 640});
  const [a, b] = widths(chart, SECONDARY_COLOR);
  assert.ok(Math.abs(b / a - 5) < 0.01, `about 20% should be five times as long as about 4% (${a}, ${b})`);
  const whole = [...chart.querySelectorAll('g[aria-label="bar"][fill-opacity="0.1"] rect')].map((r) => Number(r.getAttribute("width")));
  assert.equal(whole.length, 2);
  assert.ok(Math.abs(whole[0] / a - 25) < 0.01, "the faint bar stands for 100%");
  const text = chart.textContent ?? "";
  assert.match(text, /about 4%/);
  assert.match(text, /about 20%/);
  assert.match(text, /computed, rough/);
  assert.equal((text.match(/computed, rough/g) ?? []).length, 1, "only the row with a rough count carries one");
});

test("programShare handles a single row and empty data", () => {
  const one = programShare([rows[0]], {width: 320});
  assert.equal(widths(one, SECONDARY_COLOR).length, 1);
  assert.doesNotMatch(one.textContent ?? "", /rough/);
  const none = programShare([], {width: 320});
  assert.equal(none.querySelectorAll('g[aria-label="bar"] rect').length, 0);
});
