import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {periodEndDate, shareLabel, shareSnapshotsChart, type ShareMark} from "./share-snapshots.js";

const rows: ShareMark[] = [
  {id: "a", source: "ICE", periodEnd: "2010-06-30", share: 26.19, basis: "counts", qualifier: "exact", words: null, flag: null},
  {id: "b", source: "Paper", periodEnd: "2010-07-31", share: 25, basis: "words", qualifier: "about", words: "a quarter", flag: null},
  {id: "c", source: "Auditor", periodEnd: "2012-03", share: 26, basis: "complement", qualifier: "about", words: null, flag: "An approximate end."}
];

const dots = (el: Element) => [...el.querySelectorAll("svg circle")].filter((c) => !c.closest(".chart-legend"));

test("shareLabel: computed shares as exact percents, approximate ones in the source's words or with their hedge", () => {
  assert.equal(shareLabel(rows[0]), "26.2%");
  assert.equal(shareLabel(rows[1]), "“a quarter”");
  assert.equal(shareLabel(rows[2]), "about 26%");
});

test("periodEndDate: a month means its last day", () => {
  assert.equal(periodEndDate("2011-05").toISOString().slice(0, 10), "2011-05-31");
  assert.equal(periodEndDate("2010-06-30").toISOString().slice(0, 10), "2010-06-30");
  assert.equal(periodEndDate("2012-02").toISOString().slice(0, 10), "2012-02-29");
});

test("filled dots for shares computed from counts, hollow for approximate ones, one label each", () => {
  const chart = shareSnapshotsChart(rows, {width: 640});
  const circles = dots(chart);
  assert.equal(circles.length, 3);
  assert.equal(circles.filter((c) => c.getAttribute("fill") === "none" || c.closest("g")?.getAttribute("fill") === "none").length, 2);
  const text = [...chart.querySelectorAll("svg text")].map((t) => t.textContent).join(" | ");
  for (const s of ["26.2%", "“a quarter”", "about 26%", "ICE", "Paper", "to March 2012 *"]) assert.ok(text.includes(s), `labels lack ${s}: ${text}`);
  // The flagged row's caveat is printed under the chart.
  assert.match(chart.querySelector(".share-flag")!.textContent!, /Auditor: An approximate end\./);
  // Zero-based share axis.
  assert.ok([...chart.querySelectorAll("svg g[aria-label='x-axis tick label'] text")].some((t) => t.textContent === "0%"));
  // The legend keys the two dots the chart draws: filled and hollow, in the chart's colour.
  const keys = [...chart.querySelectorAll(".chart-legend circle")].map((c) => c.getAttribute("fill"));
  assert.deepEqual(keys, [circles.find((c) => (c.getAttribute("fill") ?? c.closest("g")?.getAttribute("fill")) !== "none")!.closest("g")!.getAttribute("fill"), "none"]);
});

test("labels read in date order down the page and never overprint, at phone width, even for snapshots a month apart", () => {
  const crowded: ShareMark[] = ["2011-05", "2010-04", "2010-06-30", "2010-07-31", "2011-03-31", "2012-03"].map((end, i) => ({
    ...rows[i % 3],
    id: `r${i}`,
    source: `Source number ${i}, a long name that has to wrap`,
    words: i === 1 ? "an average of twenty-six percent, in words" : rows[i % 3].words,
    periodEnd: end,
    share: 25 + i
  }));
  const chart = shareSnapshotsChart(crowded, {width: 320});
  const boxes = [...chart.querySelectorAll("svg g[aria-label=text] text")].map((t) => {
    const [, x, y] = /translate\(([\d.]+),([\d.]+)\)/.exec(t.getAttribute("transform") ?? "")!.map(Number);
    const tspans = [...t.querySelectorAll("tspan")].map((s) => s.textContent!);
    return {x, y, bottom: y + tspans.length * 15, right: x + Math.max(...tspans.map((l) => l.length)) * 6.6, text: tspans.join(" ")};
  });
  assert.equal(boxes.length, 6);
  assert.deepEqual(
    boxes.map((b) => /Source number (\d)/.exec(b.text)![1]),
    ["1", "2", "3", "4", "0", "5"],
    "labels in date order"
  );
  for (const [i, b] of boxes.entries()) {
    assert.ok(b.right <= 320, `label ${i} runs past the chart: ${b.text}`);
    if (i > 0) assert.ok(b.y >= boxes[i - 1].bottom, `label ${i} overlaps the one above`);
  }
});

test("a single snapshot and no snapshots both render", () => {
  assert.equal(dots(shareSnapshotsChart([rows[0]], {width: 320})).length, 1);
  const none = shareSnapshotsChart([], {width: 320});
  assert.ok(none.querySelector("svg"));
  assert.equal(dots(none).length, 0);
});
