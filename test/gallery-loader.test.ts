// The embed gallery's build-time entries (src/embed/gallery.json.ts): one per
// chart, titled and described as the chart itself is for the data its own
// loader printed into the built site, so the gallery needs no chart code.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {test} from "node:test";
import {charts} from "../src/components/charts.js";
import {chartData, embedPath} from "../src/components/chart-spec.js";
import {EMBED_HEIGHTS} from "../src/components/embed-heights.js";
import type {Gallery} from "../src/lib/chart-data/gallery.js";
import {builtData, builtTitle, requireDist} from "./helpers/site.js";

const out = spawnSync(process.execPath, ["--import", "tsx", "src/embed/gallery.json.ts"], {encoding: "utf-8"});
const gallery: Gallery = JSON.parse(out.stdout || "[]");

test("the loader runs and lists every chart once", () => {
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(gallery.map((e) => e.slug).sort(), Object.keys(charts).sort());
});

test("each entry's title, description, embed path and height are its chart's, for the built site's data", () => {
  requireDist();
  for (const entry of gallery) {
    const spec = charts[entry.slug];
    assert.equal(entry.title, builtTitle(spec), entry.slug);
    assert.equal(entry.description, spec.describe(chartData(spec, builtData(spec.file)), {width: 800}), entry.slug);
    assert.equal(entry.embedPath, embedPath(spec));
    assert.equal(entry.page, spec.page);
    assert.equal(entry.height, EMBED_HEIGHTS[entry.slug], entry.slug);
  }
});

test("the entries follow the walk: the front page's chart first, each page's charts together", () => {
  assert.equal(gallery[0].page, "index");
  const pages = gallery.map((e) => e.page).filter((p, i, all) => p !== all[i - 1]);
  assert.equal(new Set(pages).size, pages.length, `a page's charts are split: ${pages.join(", ")}`);
});
