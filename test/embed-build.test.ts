// What the post-build step leaves in dist/: embed.js within its budget, and
// for every chart an image (SVG and PNG), an oEmbed response and a module embed.
import assert from "node:assert/strict";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {test} from "node:test";
import {JSDOM} from "jsdom";
import {charts} from "../src/components/charts.js";
import {builtTitle, requireDist} from "./helpers/site.js";

const dist = requireDist();

test("embed.js is under 1 kB gzipped", () => {
  const size = gzipSync(readFileSync(join(dist, "embed.js"))).length;
  assert.ok(size < 1024, `embed.js is ${size} bytes gzipped`);
});

test("every chart has its default view as SVG and PNG, an oEmbed response and a module", () => {
  for (const spec of Object.values(charts)) {
    const svg = readFileSync(join(dist, `charts/${spec.slug}.svg`), "utf8");
    const doc = new JSDOM(svg, {contentType: "image/svg+xml"}).window.document;
    assert.equal(doc.querySelector("parsererror"), null, spec.slug);
    assert.equal(doc.querySelector("svg > title")?.textContent, builtTitle(spec));
    const png = readFileSync(join(dist, `charts/${spec.slug}.png`));
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG", spec.slug);
    assert.equal(png.readUInt32BE(16), 1200, `${spec.slug}: PNG width`);
    const oembed = JSON.parse(readFileSync(join(dist, `oembed/${spec.slug}.json`), "utf8"));
    assert.equal(oembed.type, "rich");
    assert.equal(oembed.title, builtTitle(spec));
    assert.ok(existsSync(join(dist, `embed/${spec.slug}.js`)), `${spec.slug}: no module embed`);
  }
});
