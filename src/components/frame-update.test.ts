import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {chartFrame} from "./chart-frame.js";
import type {ChartSpec, Cited, RenderOptions} from "./chart-spec.js";
import {refreshFrame, updateFrame} from "./frame-update.js";
import {writeCsv} from "./csv-link.js";

interface Demo extends Cited {
  rows: {year: number; n: number}[];
}
interface DemoOptions extends RenderOptions {
  year?: number;
}

const spec: ChartSpec<Demo, DemoOptions, Demo["rows"][number]> = {
  slug: "demo-update",
  title: "A demo",
  page: "index",
  file: "demo.json",
  unit: "people",
  period: () => "2009–2010",
  subtitle: (_d, {year}) => `People in ${year ?? 2010}`,
  render: (_d, {year}) => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.dataset.year = String(year ?? 2010);
    return svg as unknown as HTMLElement;
  },
  update: (chart, _d, {year}) => {
    chart.dataset.year = String(year ?? 2010);
  },
  describe: (_d, {year}) => `The year ${year ?? 2010}.`,
  table: (d, {year}) => ({columns: [{key: "year", label: "Year"}, {key: "n", label: "People"}], rows: d.rows.filter((r) => r.year === (year ?? 2010))}),
  view: {
    params: () => ({year: {kind: "number", default: 2010, min: 2009, max: 2010, step: 1}}),
    options: (v) => ({year: Number(v.year)}),
    values: (o) => ({year: o.year})
  }
};

const data: Demo = {
  rows: [
    {year: 2009, n: 5},
    {year: 2010, n: 7}
  ],
  sources: [{id: "a-source", publisher: "ICE", title: "Report", date: "2010-08-09", url: null, kind: "original"}]
};

// updateFrame defers the table and embed code to the next frame; the DOM shim has no frames, so run them at once.
globalThis.requestAnimationFrame ??= (f: FrameRequestCallback) => (f(0), 0);

const embedCode = (frame: Element) => frame.querySelector<HTMLTextAreaElement>(`#${spec.slug}-embed`)!.value;

test("refreshFrame rewrites the subtitle, description, table and the embed code for the new view", () => {
  const frame = chartFrame(spec, data, {width: 300, year: 2010});
  assert.ok(!embedCode(frame).includes("year="), "the default view carries no parameter");
  refreshFrame(frame, spec, data, {width: 300, year: 2009});
  assert.equal(frame.querySelector(".chart-subtitle")!.textContent, "People in 2009");
  assert.equal(frame.querySelector(`#${spec.slug}-desc`)!.textContent, "The year 2009.");
  assert.deepEqual([...frame.querySelectorAll("details.chart-data tbody tr")].map((tr) => tr.textContent), ["20095"]);
  assert.match(embedCode(frame), /year=2009/);
});

test("after a refresh the CSV link forgets its old file and writes the table now shown", async () => {
  const frame = chartFrame(spec, data, {width: 300, year: 2010});
  const link = frame.querySelector<HTMLAnchorElement>("details.chart-data a[download]")!;
  await writeCsv(link);
  assert.match(decodeURIComponent(link.getAttribute("href")!), /2010,7/);
  refreshFrame(frame, spec, data, {width: 300, year: 2009});
  assert.equal(link.getAttribute("href"), `#${spec.slug}`);
  await writeCsv(link);
  const csv = decodeURIComponent(link.getAttribute("href")!);
  assert.match(csv, /2009,5/);
  assert.doesNotMatch(csv, /2010,7/);
});

test("an embedded frame has no share box, and refreshing it adds none", () => {
  const frame = chartFrame(spec, data, {width: 300, year: 2010, embedded: true});
  refreshFrame(frame, spec, data, {width: 300, year: 2009});
  assert.equal(frame.querySelector("details.chart-share"), null);
});

test("updateFrame moves the chart through the declaration's update, and refuses a chart without one", async () => {
  const frame = chartFrame(spec, data, {width: 300, year: 2010});
  updateFrame(frame, spec, data, {width: 300, year: 2009});
  assert.equal(frame.querySelector<HTMLElement>("[role=img]")!.dataset.year, "2009");
  assert.match(embedCode(frame), /year=2009/);
  const {update: _, ...still} = spec;
  assert.throws(() => updateFrame(frame, still, data, {width: 300}), /cannot be updated in place/);
});
