// Each chart's embed page travels: a long source list is shortened, images
// and the CSV download are valid files, oEmbed discovery leads to a working
// response, and axe passes on the gallery and on an embed in a linked view.
// (What every embed page does at its default view, its title, credit, source
// line, snippet height, painted chart and axe, is checked in
// test/embed-tour.browser.test.ts, on one load per width.)
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {JSDOM} from "jsdom";
import {charts} from "../src/components/charts.js";
import {embedPath} from "../src/components/chart-spec.js";
import {NAMED_ON_PAGE} from "../src/components/source-line.js";
import {axeViolations} from "./helpers/axe.js";
import {useSite} from "./helpers/site-browser.js";
import {builtTitle} from "./helpers/site.js";

const site = useSite();
const specs = Object.values(charts);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG's width and height from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): {width: number; height: number} {
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "not a PNG");
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return res.text();
}

test("a long source list is two names and a link in an embed, three and the rest in place on the page", async () => {
  const rollout = charts["county-rollout"];
  const {page} = await site.open(`/${embedPath(rollout)}`, {waitFor: "figure.chart svg"});
  const more = page.locator(".chart-source a", {hasText: /^and \d+ more$/});
  assert.equal(await more.count(), 1);
  assert.match((await more.getAttribute("href"))!, /sources$/);
  await page.close();
  const onPage = await site.open(`/${rollout.page}`, {waitFor: `#${rollout.slug} svg`});
  const line = onPage.page.locator(`#${rollout.slug} .chart-source`);
  assert.equal(await line.locator("a:not(details a)").count(), NAMED_ON_PAGE);
  const summary = line.locator("details.chart-source-more > summary");
  const n = Number(/and (\d+) more/.exec((await summary.textContent())!)![1]);
  await summary.click();
  assert.equal(await line.locator("details.chart-source-more li a").count(), n);
  assert.ok(!(await line.textContent())!.includes("["));
  await onPage.page.close();
});

test("Download PNG, Download SVG and the CSV are valid files of the view shown", async () => {
  const spec = charts["serious-record-range"];
  const {page, log} = await site.open(`/${embedPath(spec)}?v=1&def=l12&l3=40`, {waitFor: "figure.chart svg"});
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Download PNG"}).click()]);
  assert.equal(png.suggestedFilename(), `${spec.slug}.png`);
  const {width, height} = pngSize(readFileSync((await png.path())!));
  assert.ok(width >= 640 && height >= 300, `PNG ${width}×${height}`);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Download SVG"}).click()]);
  const text = readFileSync((await svg.path())!, "utf8");
  const doc = new JSDOM(text, {contentType: "image/svg+xml"}).window.document;
  assert.equal(doc.querySelector("parsererror"), null);
  assert.equal(doc.querySelector("title")?.textContent, builtTitle(spec));
  // The image wraps long lines into several <text> elements: read them as one run of words.
  const words = Array.from(doc.querySelectorAll("text"), (t) => t.textContent).join(" ").replace(/\s+/g, " ");
  assert.ok(words.includes("Levels 1 and 2"), "the SVG does not show the view's definition");
  assert.ok(/Sources?: /.test(text), "the SVG has no source line");
  await page.locator("details.chart-data > summary").click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", {name: "Download this table as CSV"}).click()]);
  const firstLine = readFileSync((await csv.path())!, "utf8").split("\n")[0];
  assert.equal(firstLine, "What counts as serious,No serious record if 0% of Levels 2–3 were Level 3,… if 40.0% were (assumed),… if 100% were,People with no serious record at 40.0%,Depends on the assumption");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await page.close();
});

test("oEmbed discovery: from an embed page and a chart page to a rich response with a working iframe and thumbnail", async () => {
  for (const path of [`/${embedPath(charts["projection"])}`, "/levels"]) {
    const pageUrl = `${site.origin()}${path}`;
    const html = new JSDOM(await fetchText(pageUrl)).window.document;
    const link = html.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    assert.ok(link, `${path}: no oEmbed discovery link`);
    const oembedUrl = new URL(link.getAttribute("href")!, pageUrl).href;
    const o = JSON.parse(await fetchText(oembedUrl));
    assert.equal(o.version, "1.0");
    assert.equal(o.type, "rich");
    assert.equal(o.provider_name, "Secure Communities, by the numbers");
    assert.ok(o.width > 0 && o.height > 0);
    const spec = specs.find((s) => builtTitle(s) === o.title);
    assert.ok(spec, `${path}: oEmbed title ${o.title} is no chart's`);
    const snippet = new JSDOM(o.html).window.document;
    const iframe = snippet.querySelector("iframe")!;
    assert.equal(new URL(iframe.getAttribute("src")!, oembedUrl).pathname, `/${embedPath(spec)}`);
    assert.equal(Number(iframe.getAttribute("height")), o.height);
    await fetchText(new URL(iframe.getAttribute("src")!, oembedUrl).href);
    const thumb = Buffer.from(await (await fetch(new URL(o.thumbnail_url, oembedUrl))).arrayBuffer());
    assert.deepEqual(pngSize(thumb), {width: o.thumbnail_width, height: o.thumbnail_height});
    // The preview for social media points at the same picture.
    const ogImage = html.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    assert.ok(pngSize(Buffer.from(await (await fetch(new URL(ogImage, pageUrl))).arrayBuffer())).width >= 1200);
    for (const p of ["og:title", "og:description"]) assert.ok(html.querySelector(`meta[property="${p}"]`)?.getAttribute("content"), `${path}: no ${p}`);
    assert.equal(html.querySelector('meta[name="twitter:card"]')?.getAttribute("content"), "summary_large_image");
  }
});

// The embeds at their default view are checked in test/embed-tour; here, the gallery and an embed in a view set by its link.
for (const width of [390, 1280]) {
  // Loaded in one scheme and switched to the other: the themes are CSS only.
  const [first, second] = width === 390 ? (["light", "dark"] as const) : (["dark", "light"] as const);
  test(`axe passes on the gallery and a linked view at ${width}px, ${first} then ${second}`, async () => {
    for (const path of [`/${embedPath(charts["projection"])}?v=1&rate=30`, "/embeds"]) {
      const {page} = await site.open(path, {width, colorScheme: first, waitFor: "figure.chart svg, .embed-gallery"});
      for (const scheme of [first, second]) {
        await page.emulateMedia({colorScheme: scheme});
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${path} at ${width}px, ${scheme}: ${JSON.stringify(violations, null, 1)}`);
      }
      await page.close();
    }
  });
}
