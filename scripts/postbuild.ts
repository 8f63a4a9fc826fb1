// After `observable build`: what Framework does not make by itself.
// - embed.js, the host pages' sizing script (minified, checked < 1 kB gzip);
// - dist/charts/<slug>.svg and .png, each chart's default view, rendered in Node;
// - dist/oembed/<slug>.json, each chart's oEmbed response;
// - in every chart's embed page: a <title> naming the chart; in embed pages
//   and chart pages: Open Graph and Twitter tags and oEmbed discovery links.
// - in every chart page and embed page: each chart's default view, painted
//   at build time where the live chart will go (scripts/lib/paint.ts);
// - in every page: no modulepreload links (scripts/lib/module-preloads.ts
//   says why);
// URLs are absolute when SC_SITE_URL gives the deployed site's address
// (e.g. https://example.org/secure-communities/); otherwise relative.
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {gzipSync} from "node:zlib";
import {build} from "esbuild";
import {charts} from "../src/components/charts.js";
import {chartData, chartTitle, embedPath, type ChartSpec} from "../src/components/chart-spec.js";
import {embedHeight} from "../src/components/embed-heights.js";
import {scriptEmbedCode} from "../src/lib/embed-snippets.js";
import {renderChartSVG, renderFrameHTML, svgToPng} from "./lib/render-chart.js";
import {NOT_PAINTED_ON_PAGE, injectPaint, paintElement, type PaintedWidth} from "./lib/paint.js";
import {viewOptions} from "../src/components/chart-view.js";
import {headTags, withHead} from "./lib/site-head.js";
import {buildModuleEmbeds} from "./lib/module-embeds.js";
import {withoutModulePreloads} from "./lib/module-preloads.js";

const DIST = process.env.SC_OUT ?? "dist";
const SITE_URL = process.env.SC_SITE_URL ? new URL(process.env.SC_SITE_URL).href : null;
const SITE_NAME = "Secure Communities, by the numbers";
/** The preview image's width: 800 px drawn at 1.5× gives the 1200 px Open Graph asks for. */
const IMAGE_WIDTH = 800;
const IMAGE_SCALE = 1.5;
/** The largest embed.js we ship, gzipped. */
export const EMBED_JS_BUDGET = 1024;
/**
 * The widths a chart is drawn at in the two layouts it is painted for, a
 * 390 px phone and a 1280 px desktop, measured on the built site (the width
 * of a live figure.chart): on a phone a page's content is the viewport less
 * 64 px (Framework's padding), an embed's less 24 px (src/embed.css); on a
 * desktop the page's centred grid gives charts 976 px and an embed 1016 px.
 * style.css switches between them at 700 px. The page and embed tours check the
 * painted and live heights agree, so a layout change that moves these fails.
 */
const PAINT_WIDTHS = {page: {narrow: 326, wide: 976}, embed: {narrow: 366, wide: 1016}} as const;

/** A site path ("charts/x.png") as seen from a built file ("embed/levels/x.html"): absolute with SC_SITE_URL. */
function url(path: string, fromFile: string): string {
  if (SITE_URL) return new URL(path, SITE_URL).href;
  const rel = relative(join(fromFile, ".."), path) + (path.endsWith("/") ? "/" : "");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** The loader output Framework wrote for a data file, e.g. levels.json → _file/data/levels.<hash>.json. */
export function builtDataFile(file: string): string {
  const dir = join(DIST, "_file/data");
  const base = file.replace(/\.json$/, "");
  const name = readdirSync(dir).find((n) => new RegExp(`^${base}\\.[0-9a-f]{8}\\.json$`).test(n));
  if (!name) throw new Error(`postbuild: no built data file for ${file} in ${dir}`);
  return `_file/data/${name}`;
}

async function writeEmbedJs(): Promise<void> {
  const out = await build({entryPoints: ["scripts/lib/embed-host.ts"], bundle: true, minify: true, format: "iife", target: "es2019", write: false});
  const code = out.outputFiles[0].contents;
  const gz = gzipSync(code).length;
  if (gz > EMBED_JS_BUDGET) throw new Error(`postbuild: embed.js is ${gz} bytes gzipped, over its ${EMBED_JS_BUDGET}-byte budget`);
  writeFileSync(join(DIST, "embed.js"), code);
}

function pageFile(spec: ChartSpec): string {
  return `${spec.page}.html`;
}

const specs = Object.values(charts) as ChartSpec<any, any, any>[];

await writeEmbedJs();
mkdirSync(join(DIST, "charts"), {recursive: true});
mkdirSync(join(DIST, "oembed"), {recursive: true});

const described = new Map<string, string>();
// Titles may be worked out from the data (they state the chart's finding).
const titled = new Map<string, string>();
for (const spec of specs) {
  const dataFile = builtDataFile(spec.file);
  const data = chartData(spec, JSON.parse(readFileSync(join(DIST, dataFile), "utf8")));
  const specTitle = chartTitle(spec, data);
  titled.set(spec.slug, specTitle);
  const svg = renderChartSVG(spec, data, {width: IMAGE_WIDTH, credit: `${SITE_NAME}${SITE_URL ? `: ${new URL(embedPath(spec), SITE_URL).href}` : ""}`});
  const png = svgToPng(svg, IMAGE_SCALE);
  writeFileSync(join(DIST, `charts/${spec.slug}.svg`), svg);
  writeFileSync(join(DIST, `charts/${spec.slug}.png`), png);
  const pngHeight = png.readUInt32BE(20);
  const description = spec.describe(data, {width: IMAGE_WIDTH});
  described.set(spec.slug, description);

  // The oEmbed response (https://oembed.com, type "rich").
  const oembedFile = `oembed/${spec.slug}.json`;
  const height = embedHeight(spec.slug);
  const oembed = {
    version: "1.0",
    type: "rich",
    title: specTitle,
    provider_name: SITE_NAME,
    provider_url: url("./", oembedFile),
    html: scriptEmbedCode(url(embedPath(spec), oembedFile), specTitle, height, url("embed.js", oembedFile)),
    width: IMAGE_WIDTH,
    height,
    thumbnail_url: url(`charts/${spec.slug}.png`, oembedFile),
    thumbnail_width: IMAGE_WIDTH * IMAGE_SCALE,
    thumbnail_height: pngHeight
  };
  writeFileSync(join(DIST, oembedFile), `${JSON.stringify(oembed, null, 2)}\n`);

  // The embed page: named after its chart, with its preview and discovery link.
  const embedFile = `${embedPath(spec)}.html`;
  const page = readFileSync(join(DIST, embedFile), "utf8");
  const title = `${specTitle} | ${SITE_NAME}`;
  const tags = headTags({
    title: specTitle,
    description,
    image: url(`charts/${spec.slug}.png`, embedFile),
    imageAlt: `${specTitle}: ${spec.subtitle(data, {width: IMAGE_WIDTH})}`,
    url: SITE_URL ? new URL(embedPath(spec), SITE_URL).href : undefined,
    oembed: [{href: url(oembedFile, embedFile), title: specTitle}]
  });
  writeFileSync(join(DIST, embedFile), withHead(page, tags, title));
}

// Paint before the code: each chart's default view in its page and its embed.
const bySlugSpec = new Map(specs.map((s) => [s.slug, s]));
const dataOf = new Map<string, unknown>();
function painted(slug: string, where: "page" | "embed", file: string): string {
  const spec = bySlugSpec.get(slug);
  if (!spec) throw new Error(`postbuild: ${file}: a chart-paint marker names an unknown chart "${slug}"`);
  if (!dataOf.has(spec.file)) dataOf.set(spec.file, JSON.parse(readFileSync(join(DIST, builtDataFile(spec.file)), "utf8")));
  const data = chartData(spec, dataOf.get(spec.file));
  const frame = where === "embed" ? {level: 1 as const, embedded: true, sourcesHref: "../../sources", rootHref: "../../"} : {};
  const widths: PaintedWidth[] = (["narrow", "wide"] as const).map((layout) => ({
    layout,
    html: renderFrameHTML(spec, data, {...viewOptions(spec, data, ""), ...frame, width: PAINT_WIDTHS[where][layout], paintId: `paint-${layout}`})
  }));
  return paintElement(slug, widths);
}
let paintedCount = 0;
for (const spec of specs) {
  const file = `${embedPath(spec)}.html`;
  const {html, slugs} = injectPaint(readFileSync(join(DIST, file), "utf8"), file, (slug) => painted(slug, "embed", file), spec.slug);
  if (slugs.length !== 1) throw new Error(`postbuild: ${file}: expected one chart-paint marker, found ${slugs.length}`);
  writeFileSync(join(DIST, file), html);
  paintedCount += 1;
}
for (const file of new Set(specs.map(pageFile))) {
  const {html, slugs} = injectPaint(readFileSync(join(DIST, file), "utf8"), file, (slug) => painted(slug, "page", file));
  const unpainted = slugs.filter((s) => NOT_PAINTED_ON_PAGE.has(s));
  if (unpainted.length) throw new Error(`postbuild: ${file}: ${unpainted.join(", ")} must not be painted on its page (NOT_PAINTED_ON_PAGE)`);
  const missing = specs.filter((s) => pageFile(s) === file && !NOT_PAINTED_ON_PAGE.has(s.slug) && !slugs.includes(s.slug));
  if (missing.length) throw new Error(`postbuild: ${file}: no chart-paint marker for ${missing.map((s) => s.slug).join(", ")}`);
  writeFileSync(join(DIST, file), html);
  paintedCount += slugs.length;
}

// Chart pages: the first chart is the preview; every chart on the page is discoverable.
for (const file of new Set(specs.map(pageFile))) {
  const onPage = specs.filter((s) => pageFile(s) === file);
  const first = onPage[0];
  const page = readFileSync(join(DIST, file), "utf8");
  const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? SITE_NAME;
  const tags = headTags({
    title: title.replace(/&amp;/g, "&"),
    description: described.get(first.slug)!,
    image: url(`charts/${first.slug}.png`, file),
    imageAlt: titled.get(first.slug)!,
    url: SITE_URL ? new URL(file === "index.html" ? "./" : file.replace(/\.html$/, ""), SITE_URL).href : undefined,
    oembed: onPage.map((s) => ({href: url(`oembed/${s.slug}.json`, file), title: titled.get(s.slug)!}))
  });
  writeFileSync(join(DIST, file), withHead(page, tags));
}

// Pages with no chart of their own (sources, the gallery) preview the headline chart.
const lead = specs[0];
for (const file of readdirSync(DIST).filter((f) => f.endsWith(".html"))) {
  const page = readFileSync(join(DIST, file), "utf8");
  if (page.includes('property="og:image"')) continue;
  const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? SITE_NAME;
  const tags = headTags({
    title: title.replace(/&amp;/g, "&"),
    description: described.get(lead.slug)!,
    image: url(`charts/${lead.slug}.png`, file),
    imageAlt: titled.get(lead.slug)!,
    url: SITE_URL ? new URL(file.replace(/\.html$/, ""), SITE_URL).href : undefined,
    oembed: []
  });
  writeFileSync(join(DIST, file), withHead(page, tags));
}

await buildModuleEmbeds(DIST, specs, builtDataFile);

// Every page: its scripts load when its code imports them, not before the first paint.
let preloadsRemoved = 0;
for (const file of readdirSync(DIST, {recursive: true, encoding: "utf8"}).filter((f) => f.endsWith(".html"))) {
  const {html, removed} = withoutModulePreloads(readFileSync(join(DIST, file), "utf8"));
  if (removed) writeFileSync(join(DIST, file), html);
  preloadsRemoved += removed;
}
console.log(`postbuild: embed.js, ${specs.length} charts as SVG, PNG, oEmbed and module; ${paintedCount} charts painted in pages and embeds; ${preloadsRemoved} modulepreload links removed`);
