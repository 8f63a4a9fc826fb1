import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {periodEndDate, placeLabels, shareLabel, shareSnapshotsChart, type ShareMark} from "./share-snapshots.js";

const rows: ShareMark[] = [
  {id: "a", source: "ICE", periodEnd: "2010-06-30", share: 26.19, basis: "counts", qualifier: "exact", words: null, flag: null},
  {id: "b", source: "Paper", periodEnd: "2010-07-31", share: 25, basis: "words", qualifier: "about", words: "a quarter", flag: null},
  {id: "c", source: "Auditor", periodEnd: "2012-03", share: 26, basis: "complement", qualifier: "about", words: null, flag: "An approximate end."}
];

const dots = (el: Element) => [...el.querySelectorAll("svg circle")].filter((c) => !c.closest(".share-legend"));

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

test("placeLabels puts overlapping labels in different lanes and lets distant ones share a lane", () => {
  const placed = placeLabels([{x: 100, width: 80}, {x: 120, width: 80}, {x: 400, width: 80}], 3, 0, 600);
  assert.notEqual(placed[0].lane, placed[1].lane);
  assert.equal(placed[2].lane, 0);
  // Clamped inside the plot.
  assert.equal(placeLabels([{x: 5, width: 80}], 1, 0, 600)[0].x, 40);
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
  // Zero-based y axis.
  assert.ok([...chart.querySelectorAll("svg g[aria-label='y-axis tick label'] text")].some((t) => t.textContent === "0%"));
});

test("labels never overprint one another at phone width, even for snapshots a month apart", () => {
  const crowded: ShareMark[] = ["2010-04", "2010-06-30", "2010-07-31", "2011-03-31", "2011-05", "2012-03"].map((end, i) => ({
    ...rows[i % 3],
    id: `r${i}`,
    source: `Source number ${i}`,
    periodEnd: end,
    share: 25 + i
  }));
  const chart = shareSnapshotsChart(crowded, {width: 320});
  const boxes = [...chart.querySelectorAll("svg g[aria-label=text] text")].map((t) => {
    const [, x, y] = /translate\(([\d.]+),([\d.]+)\)/.exec(t.getAttribute("transform") ?? "")!.map(Number);
    const width = Math.max(...[...t.querySelectorAll("tspan")].map((s) => s.textContent!.length)) * 6.4;
    return {x, y, width};
  });
  assert.equal(boxes.length, 6);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.abs(a.y - b.y) < 40) assert.ok(Math.abs(a.x - b.x) >= (a.width + b.width) / 2, `labels ${i} and ${j} overlap`);
    }
});

test("a single snapshot and no snapshots both render", () => {
  assert.equal(dots(shareSnapshotsChart([rows[0]], {width: 320})).length, 1);
  const none = shareSnapshotsChart([], {width: 320});
  assert.ok(none.querySelector("svg"));
  assert.equal(dots(none).length, 0);
});
