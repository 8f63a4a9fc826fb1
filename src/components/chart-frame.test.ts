import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {chartFrame} from "./chart-frame.js";
import {tableCsv} from "./table-csv.js";
import {writeCsv} from "./csv-link.js";
import type {ChartSpec, Cited} from "./chart-spec.js";

interface Demo extends Cited {
  rows: {year: number; n: number | null}[];
}

const spec: ChartSpec<Demo, {width: number}, Demo["rows"][number]> = {
  slug: "demo-chart",
  title: "A demo",
  page: "index",
  file: "demo.json",
  unit: "people",
  period: () => "2009–2010",
  subtitle: () => "People, 2009–2010",
  render: (d, {width}) => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", String(width));
    svg.dataset.n = String(d.rows.length);
    return svg;
  },
  describe: (d) => `Two years, ${d.rows.length} rows.`,
  table: (d) => ({columns: [{key: "year", label: "Year"}, {key: "n", label: "People", format: (v: number) => v.toFixed(0)}], rows: d.rows})
};

const data: Demo = {
  rows: [
    {year: 2009, n: 1},
    {year: 2010, n: null}
  ],
  sources: [
    {id: "a-source", publisher: "ICE", title: "Report", date: "2010-08-09", url: null, kind: "original"},
    {id: "b-source", publisher: "AP", title: "Story", date: "2010-08", url: null, kind: "secondary"}
  ]
};

test("chartFrame gives the chart a title, description, table and source line", () => {
  const frame = chartFrame(spec, data, {width: 500});
  assert.equal(frame.id, "demo-chart");
  assert.equal(frame.querySelector("h2")!.textContent, "A demo");
  const chart = frame.querySelector("svg")!;
  assert.equal(chart.getAttribute("role"), "img");
  assert.equal(frame.querySelector(`#${chart.getAttribute("aria-labelledby")}`)!.textContent, "A demo");
  assert.equal(frame.querySelector(`#${chart.getAttribute("aria-describedby")}`)!.textContent, "Two years, 2 rows.");
  const cells = [...frame.querySelectorAll("table tbody td")].map((td) => td.textContent);
  assert.deepEqual(cells, ["2009", "1", "2010", "—"]);
  assert.equal(frame.querySelector("details")!.open, false);
  const links = [...frame.querySelectorAll(".chart-source a")].map((a) => a.getAttribute("href"));
  assert.deepEqual(links, ["./sources#a-source", "./sources#b-source"]);
  assert.match(frame.querySelector(".chart-source")!.textContent!, /AP, “Story” \(August 2010\) \(secondary copy\)/);
});

test("chartFrame uses the heading level and sources path it is given (embeds)", () => {
  const frame = chartFrame(spec, data, {width: 300, level: 1, sourcesHref: "../sources"});
  assert.ok(frame.querySelector("h1"));
  assert.equal(frame.querySelector(".chart-source a")!.getAttribute("href"), "../sources#a-source");
});

test("the CSV download holds the table with its column labels, written when first asked for", async () => {
  assert.equal(tableCsv(spec.table(data, {width: 1})), "Year,People\n2009,1\n2010,");
  const frame = chartFrame(spec, data, {width: 500});
  const link = frame.querySelector<HTMLAnchorElement>("a[download]")!;
  assert.equal(link.getAttribute("href"), `#${spec.slug}`, "the CSV is not written before it is asked for");
  await writeCsv(link);
  const href = link.getAttribute("href")!;
  assert.equal(decodeURIComponent(href.split(",").slice(1).join(",")), "Year,People\n2009,1\n2010,");
});
