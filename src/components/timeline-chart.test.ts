import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {chartedEvents, eventLabel, timelineChart, type TimelineData} from "./timeline-chart.js";

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

/** Where Plot placed a text mark: its transform's translation. */
const translation = (t: Element) => (/translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute("transform") ?? "") ?? [0, NaN, NaN]).slice(1, 3).map(Number);

test("the chart draws the events up to the end of the county data, labelled with date and text, and no later ones", () => {
  assert.deepEqual(
    chartedEvents(data).map((e) => e.n),
    [1, 2, 3]
  );
  for (const width of [320, 1000]) {
    const chart = timelineChart(data, {width});
    const labels = [...chart.querySelectorAll('svg g[aria-label="text"] text')].map((t) => t.textContent ?? "");
    assert.ok(labels.some((t) => t.startsWith("Sep 28, 2010: A county")), `width ${width}: ${labels}`);
    assert.ok(labels.some((t) => t.startsWith("Sep 30, 2010: A federal")), `width ${width}`);
    assert.ok(!labels.some((t) => t.includes("The end")), "an event after the county data is drawn");
    // No numbered badges.
    assert.ok(!labels.some((t) => /^\d$/.test(t)));
  }
});

test("the axis ends where the curve and charted events end, not at a later event", () => {
  const chart = timelineChart(data, {width: 800});
  const ticks = [...chart.querySelectorAll('svg g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
  assert.ok(!ticks.some((t) => /20(1[4-9]|2\d)/.test(t ?? "")), `ticks run past 2013: ${ticks}`);
});

test("long labels wrap within the width, never cut, with the full text kept as the label's title", () => {
  const long: TimelineData = {...data, events: [{n: 1, date: "2010-09-28", precision: "day", event: "word ".repeat(40).trim(), category: "opt-out"}]};
  const chart = timelineChart(long, {width: 320});
  const label = [...chart.querySelectorAll("text")].find((t) => t.querySelector("title"))!;
  const lines = [...label.querySelectorAll("tspan")].map((t) => t.textContent ?? "");
  assert.ok(lines.length > 3, `${lines.length} lines`);
  assert.equal(lines.join(" "), eventLabel(long.events[0]));
  const [x] = translation(label);
  for (const line of lines) assert.ok(x + line.length * 6.6 <= 320, `"${line}" runs past the chart`);
  assert.equal(label.querySelector("title")?.textContent, eventLabel(long.events[0]));
});

test("labels run in date order from top to bottom and do not overlap", () => {
  for (const width of [320, 1000]) {
    const chart = timelineChart(data, {width});
    const labels = [...chart.querySelectorAll("text")].filter((t) => t.querySelector("title"));
    const tops = labels.map((t) => translation(t)[1]);
    const titles = labels.map((t) => t.querySelector("title")!.textContent);
    assert.deepEqual(titles, chartedEvents(data).map(eventLabel));
    for (let i = 1; i < tops.length; ++i) {
      const lines = labels[i - 1].querySelectorAll("tspan").length || 1;
      assert.ok(tops[i] >= tops[i - 1] + lines * 15, `width ${width}: label ${i} at ${tops[i]} overlaps the one above at ${tops[i - 1]}`);
    }
  }
});

test("the chart labels the month-end count at the votes and the end of the curve", () => {
  const text = [...timelineChart(data, {width: 1000}).querySelectorAll("svg text")].map((t) => t.textContent).join(" | ");
  assert.match(text, /150 counties at the end of September 2010/);
  assert.match(text, /300 counties by January 2013;\s*the county data end here/);
});

test("the chart handles a single event and empty data", () => {
  const one = timelineChart({curve: [data.curve[0]], events: [{...data.events[0], date: "2010-08-02"}]}, {width: 320});
  assert.ok(one.querySelector("svg text, text"));
  assert.ok(timelineChart({curve: [], events: []}, {width: 320}));
});
