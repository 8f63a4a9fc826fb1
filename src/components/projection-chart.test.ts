import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {projectionChart, projectionOutcome, markers, formatProjected, formatAbout, rateText, shareText, monthEndDate, PROJECTED_REMOVED, PROJECTED_NON_CONVICTED, type ProjectionChartData} from "./projection-chart.js";
import {projectionControls, gapWords} from "./specs/projection.js";

// Three months, 10, 20 and 30 active counties; 300 removed by the second month.
const data: ProjectionChartData = {
  start: "2010-01",
  end: "2010-03",
  series: [
    {month: "2010-01", counties: 10},
    {month: "2010-02", counties: 20},
    {month: "2010-03", counties: 30}
  ],
  june2010: {removed: {value: 300, qualifier: "exact", month: "2010-02"}, nonCriminal: {value: 75, qualifier: "exact", month: "2010-02"}},
  gao: {removed: {value: 400, qualifier: "about", month: "2010-03"}, convictedShare: {value: 74, qualifier: "about", month: "2010-03"}},
  gaoNonConvictedShare: 26,
  gaoNonConvicted: 104
};

test("projectionOutcome: cumulative rate × active counties, the share of it, and the gap to GAO", () => {
  const o = projectionOutcome(data, {rate: 10, share: 25});
  assert.deepEqual(o.points.map((p) => p.removed), [100, 300, 600]);
  assert.deepEqual(o.points.map((p) => p.nonConvicted), [25, 75, 150]);
  assert.equal(o.removed, 600);
  assert.equal(o.nonConvicted, 150);
  assert.equal(o.gapRemoved, 200);
  assert.equal(o.gapNonConvicted, 46);
  assert.equal(o.ratio, 1.5);
  const empty = projectionOutcome({...data, series: []}, {rate: 10, share: 25});
  assert.equal(empty.removed, 0);
  assert.equal(empty.gapRemoved, -400);
});

test("formats: projected counts to the hundred, GAO-derived counts hedged to the thousand, units in the words", () => {
  assert.equal(formatProjected(723372.19), "723,400");
  assert.equal(formatAbout(47580), "about 48,000");
  assert.equal(rateText(24.1), "24.1 removals per county per month");
  assert.equal(rateText(0), "0.0 removals per county per month");
  assert.equal(shareText(26.2), "26.2% with no conviction");
  assert.equal(monthEndDate("2012-02").toISOString().slice(0, 10), "2012-02-29");
  assert.equal(gapWords(540372), "about 540,000 more than");
  assert.equal(gapWords(-12000), "about 12,000 fewer than");
});

test("controls: defaults are the derived values snapped to the step; the rate runs to about four times its default", () => {
  const c = projectionControls({derivation: {removed: 46929, countyMonths: 1946, from: "2008-10", to: "2010-06", rate: 46929 / 1946, sourceIds: []}, defaultShare: (100 * 12293) / 46929});
  assert.equal(c.rate.value, 24.1);
  assert.equal(c.rate.min, 0);
  assert.equal(c.rate.max, 97);
  assert.equal(c.share.value, 26.2);
  assert.deepEqual([c.share.min, c.share.max, c.share.step], [0, 100, 0.1]);
});

test("markers: ICE's June figures, GAO's hedged count, and GAO's implied non-criminal count marked as computed", () => {
  const m = markers(data);
  assert.equal(m.length, 4);
  assert.equal(m[0].label, "300 removed by February 2010 (ICE)");
  assert.equal(m[2].label, "GAO: about 400 removed by March 2010");
  assert.equal(m[3].computed, true);
  assert.match(m[3].label, /about 26% with no conviction, about 0 \(computed\)/);
});

test("projectionChart draws two dashed projected lines, four dots (one hollow), labels and a legend naming what is assumed", () => {
  const chart = projectionChart(data, {width: 640, rate: 10, share: 25});
  assert.ok(chart.querySelector("svg"));
  const lines = chart.querySelectorAll("[aria-label=line] path");
  assert.equal(lines.length, 2);
  for (const l of lines) assert.equal(l.closest("g")!.getAttribute("stroke-dasharray"), "6,4");
  assert.equal(chart.querySelectorAll("[aria-label=dot] circle").length, 4);
  const text = chart.textContent ?? "";
  for (const s of [PROJECTED_REMOVED, PROJECTED_NON_CONVICTED, "projected (assumed): 600", "projected (assumed): 200", "GAO: about 400 removed by March 2010", "300 removed by February 2010 (ICE)"]) assert.ok(text.includes(s), `missing ${s}`);
  // The chart follows the assumptions: the end label, and the y scale (GAO's dot moves down).
  const other = projectionChart(data, {width: 640, rate: 20, share: 25});
  assert.ok((other.textContent ?? "").includes("projected (assumed): 1,200"));
  const gaoY = (c: HTMLElement) => Number(c.querySelectorAll("[aria-label=dot] circle")[2].getAttribute("cy"));
  assert.ok(gaoY(other) > gaoY(chart), `${gaoY(other)} vs ${gaoY(chart)}`);
});

test("projectionChart at phone width uses short labels; with no months or one month it still draws the sourced dots", () => {
  const narrow = projectionChart(data, {width: 320, rate: 10, share: 25});
  const labels = [...narrow.querySelectorAll("[aria-label=text] text")].map((t) => t.textContent).join(" | ");
  assert.ok(labels.includes("GAO: about 400"), labels);
  assert.ok(!labels.includes("removed by March 2010"), labels);
  const empty = projectionChart({...data, series: []}, {width: 400, rate: 10, share: 25});
  assert.equal(empty.querySelectorAll("[aria-label=dot] circle").length, 4);
  assert.equal(empty.querySelectorAll("[aria-label=line] path").length, 0);
  const one = projectionChart({...data, series: [data.series[0]], end: "2010-01"}, {width: 400, rate: 10, share: 25});
  assert.ok((one.textContent ?? "").includes("projected 100"));
});
