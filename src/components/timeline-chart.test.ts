import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {assignLanes, timelineChart, type TimelineData} from "./timeline-chart.js";

const data: TimelineData = {
  curve: [
    {month: "2010-08", monthEnd: "2010-08-31", counties: 100},
    {month: "2010-09", monthEnd: "2010-09-30", counties: 150},
    {month: "2013-01", monthEnd: "2013-01-31", counties: 300}
  ],
  events: [
    {n: 1, date: "2010-09-28", precision: "day", event: "A county votes to opt out", category: "opt-out"},
    {n: 2, date: "2010-09-28", precision: "day", event: "Another county votes", category: "opt-out"},
    {n: 3, date: "2010-09-30", precision: "day", event: "A federal reply", category: "federal"},
    {n: 4, date: "2021-01-20", precision: "day", event: "The end", category: "federal"}
  ],
  atVotes: {month: "2010-09", counties: 150}
};

const marks = (el: Element, mark: string) => el.querySelectorAll(`svg g[aria-label="${mark}"] > *`);

test("assignLanes puts markers closer than the gap in separate lanes and reuses freed lanes", () => {
  assert.deepEqual(assignLanes([0, 5, 10, 40, 41], 20), [0, 1, 2, 0, 1]);
  assert.deepEqual(assignLanes([0, 20, 40], 20), [0, 0, 0]);
  assert.deepEqual(assignLanes([], 20), []);
});

test("timelineChart draws one numbered marker per key event, in lanes, with rules and the curve", () => {
  for (const width of [320, 1000]) {
    const chart = timelineChart(data, {width});
    const dots = [...chart.querySelectorAll('svg g[aria-label="dot"] path')].filter((p) => p.querySelector("title"));
    assert.equal(dots.length, 4, `width ${width}`);
    // The two Sept 28 markers cannot share a lane: different vertical positions.
    const ys = dots.slice(0, 2).map((d) => d.getAttribute("transform"));
    assert.notEqual(ys[0], ys[1]);
    assert.equal(marks(chart, "rule").length, 4 + 1); // one ruleX per event, plus ruleY at zero
    assert.equal(chart.querySelectorAll('svg g[aria-label="area"] path').length, 1);
    assert.equal(chart.querySelectorAll('svg g[aria-label="line"] path').length, 1);
    const numbers = [...chart.querySelectorAll('svg g[aria-label="text"] text')].map((t) => t.textContent);
    for (const n of ["1", "2", "3", "4"]) assert.ok(numbers.includes(n), `marker ${n}`);
  }
});

test("timelineChart labels the month-end count and the end of the curve, and keys every marker", () => {
  const wide = timelineChart(data, {width: 1000});
  const text = [...wide.querySelectorAll("svg text")].map((t) => t.textContent).join(" | ");
  assert.match(text, /150 counties at the end of September 2010/);
  assert.match(text, /300 counties by January 2013; the county data end here/);
  const key = [...wide.querySelectorAll(".timeline-key li")].map((li) => li.textContent!.replace(/\s+/g, " ").trim());
  assert.deepEqual(key, ["1 September 28, 2010: A county votes to opt out", "2 September 28, 2010: Another county votes", "3 September 30, 2010: A federal reply", "4 January 20, 2021: The end"]);
  // The legend names the categories drawn, and only those.
  const legend = wide.textContent ?? "";
  assert.match(legend, /Opt-out fight/);
  assert.match(legend, /Federal policy/);
  assert.doesNotMatch(legend, /Program rollout/);
  // Narrow: numbers only on the curve labels.
  const narrow = timelineChart(data, {width: 320});
  const narrowText = [...narrow.querySelectorAll("svg text")].map((t) => t.textContent);
  assert.ok(narrowText.includes("150"));
  assert.ok(!narrowText.some((t) => /counties at the end/.test(t ?? "")));
});

test("timelineChart does not draw the curve past its last month", () => {
  const chart = timelineChart(data, {width: 800});
  const d = chart.querySelector('svg g[aria-label="line"] path')!.getAttribute("d")!;
  const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
  const ruleXs = [...chart.querySelectorAll('svg g[aria-label="rule"] line')].map((l) => Number(l.getAttribute("x1")));
  assert.ok(Math.max(...xs) < Math.max(...ruleXs), "the line must stop before the 2021 event");
});

test("timelineChart handles a single event and empty data", () => {
  const one = timelineChart({curve: [data.curve[0]], events: [data.events[0]]}, {width: 320});
  assert.equal([...one.querySelectorAll('svg g[aria-label="dot"] path')].filter((p) => p.querySelector("title")).length, 1);
  const none = timelineChart({curve: [], events: []}, {width: 320});
  assert.ok(none.querySelector("svg"));
  assert.equal(none.querySelectorAll(".timeline-key li").length, 0);
});
