// What the browser loads of our own code: esbuild bundles of src/components
// and src/lib, written to src/_bundle/ (gitignored), which Framework then
// serves as local modules. One entry per module, mirroring the source tree
// (a page imports "./_bundle/components/chart-frame.js" where Node and tsc
// import "./components/chart-frame.ts"), split into shared chunks, so a page
// loads only the modules it imports and the chunks they need. Bundling
// tree-shakes Plot and d3 down to the marks and functions our charts call;
// Framework's own node_modules bundling would ship them whole.
import {readFileSync, readdirSync, statSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import type {BuildOptions, Plugin} from "esbuild";

export const ROOT = new URL("..", import.meta.url).pathname;
export const SRC = join(ROOT, "src");
/** Where the bundles go; pages import from here. */
export const OUT = join(SRC, "_bundle");

/** The folders whose modules the browser imports. */
const BROWSER_DIRS = ["components", "lib"];

/** Libraries pages import directly, bundled once so pages and components share one copy (Observable Inputs: see components/inputs.ts). */
export const VENDOR: Record<string, string> = {
  "vendor/htl": "htl",
};

/** Modules only build-time code and tests read: the all-charts registry stays out of the browser. */
const NODE_ONLY = new Set(["components/charts.ts"]);

function* modules(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* modules(path);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") && !NODE_ONLY.has(relative(SRC, path))) yield path;
  }
}

/** The bundle paths ("components/chart-frame") that pages import, read from every .md file under src/. */
function pageImports(): Set<string> {
  const found = new Set<string>();
  const pages = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith(".") || path === OUT) return [];
      return statSync(path).isDirectory() ? pages(path) : name.endsWith(".md") ? [path] : [];
    });
  for (const page of pages(SRC)) {
    const text = readFileSync(page, "utf-8");
    for (const [, path] of text.matchAll(/_bundle\/([\w/.-]+?)\.js/g)) found.add(path);
    // A parameterized import (the embed route's specs/${file}) stands for every module of that folder.
    for (const [, dir] of text.matchAll(/_bundle\/([\w/.-]+)\/\$\{/g)) found.add(`${dir}/*`);
  }
  return found;
}

/**
 * Entry points: with `all`, every module (npm run dev, so that a page can
 * import any module at once); otherwise only the modules pages import, so
 * code that only one entry needs goes into that entry's file rather than a
 * file of its own: fewer, larger files compress better.
 */
export function entryPoints({all = false} = {}): {in: string; out: string}[] {
  const imported = all ? null : pageImports();
  const own = BROWSER_DIRS.flatMap((dir) => [...modules(join(SRC, dir))])
    .map((path) => ({in: path, out: relative(SRC, path).replace(/\.ts$/, "")}))
    .filter(({out}) => !imported || imported.has(out) || imported.has(`${out.slice(0, out.lastIndexOf("/"))}/*`));
  const vendor = Object.entries(VENDOR).map(([out, pkg]) => ({in: pkg, out}));
  return [...own, ...vendor];
}

/**
 * d3 modules that patch d3-selection when loaded (d3-transition, and d3-brush
 * and d3-zoom, which import it). Plot imports from the whole "d3" and uses
 * none of them, but their side effects keep about 30 kB of unused code in
 * every bundle; see d3WithoutTransitions. Likewise d3-dsv and d3-fetch, whose
 * top-level calls (`dsv(",")`, `dsvParse(csvParse)`) keep d3-dsv (about 1 kB
 * gzip) on every chart page, though no chart parses or fetches CSV: the CSV
 * download imports "d3-dsv" itself, on click (components/table-csv.ts).
 */
const UNUSED_SIDE_EFFECTS = new Set(["d3-transition", "d3-brush", "d3-zoom", "d3-dsv", "d3-fetch"]);

/** Resolves the bare "d3" (as Plot imports it) to d3's own modules minus UNUSED_SIDE_EFFECTS. */
const d3WithoutTransitions: Plugin = {
  name: "d3-without-transitions",
  setup(build) {
    const d3Package = join(ROOT, "node_modules/d3/package.json");
    const modules = Object.keys(JSON.parse(readFileSync(d3Package, "utf-8")).dependencies).filter((m) => !UNUSED_SIDE_EFFECTS.has(m));
    build.onResolve({filter: /^d3$/}, () => ({path: "d3", namespace: "d3-without-transitions"}));
    build.onLoad({filter: /.*/, namespace: "d3-without-transitions"}, () => ({
      contents: modules.map((m) => `export * from ${JSON.stringify(m)};`).join("\n"),
      resolveDir: dirname(d3Package),
      loader: "js"
    }));
  }
};

/**
 * Parts of d3 that Plot's lookup tables reference by name, so bundlers keep
 * them all, though our charts name none: the color schemes (our charts give
 * their colors as a range), the map projections (the map is drawn with
 * Plot's "identity" projection over pre-projected shapes) and d3's axes,
 * which Plot only uses for "ramp" legends of continuous colors (ours are
 * swatches or drawn by us). Each listed
 * export is replaced by a stand-in that throws, naming the export, if
 * anything ever uses it: to use one, remove it from this list. About 10 kB
 * gzip off every page with a chart.
 */
const OMITTED: Record<string, (name: string) => boolean> = {
  "d3-scale-chromatic": (name) => !["schemeObservable10", "schemeTableau10", "schemeCategory10"].includes(name),
  "d3-axis": () => true,
  "d3-geo": (name) => /^geo(Albers|AlbersUsa|AzimuthalEqualArea|AzimuthalEquidistant|ConicConformal|ConicEqualArea|ConicEquidistant|EqualEarth|Equirectangular|Gnomonic|Mercator|NaturalEarth1|Orthographic|Stereographic|TransverseMercator)(Raw)?$/.test(name)
};

/**
 * d3-scale-chromatic ships as one file whose schemes are built by top-level
 * calls (`var scheme = ramp(...)`), which a bundler must keep even when
 * nothing reads them. Wrapping each such initializer in a pure IIFE lets
 * esbuild drop the schemes nobody uses.
 */
const pureSchemes: Plugin = {
  name: "pure-schemes",
  setup(build) {
    build.onLoad({filter: /d3-scale-chromatic[\\/]dist[\\/][^\\/]+\.mjs$/}, ({path}) => ({
      contents: readFileSync(path, "utf-8").replace(/^var ([\w$]+) = ([^;]*\([^;]*);$/gm, "var $1 = /* @__PURE__ */ (() => $2)();"),
      loader: "js"
    }));
  }
};

/**
 * Plot modules that Plot's core imports for options our charts never set,
 * by importer: the implicit tip (`tip: true` on a mark, which needs the tip
 * mark and the pointer interaction) and the ramp legend of a continuous
 * color scale. Charts that draw a tip name Plot.tip and Plot.pointerX
 * themselves, so the tip code goes only to the pages with such a chart
 * rather than into the Plot core every chart page loads (about 3 kB gzip).
 * Each stand-in throws, naming the option and this list, if it is ever used.
 */
const UNUSED_BY_CORE: {importer: RegExp; path: string; names: string[]; what: string}[] = [
  {importer: /@observablehq[\\/]plot[\\/]src[\\/]plot\.js$/, path: "./marks/tip.js", names: ["tip"], what: "an implicit tip (tip: true on a mark)"},
  {importer: /@observablehq[\\/]plot[\\/]src[\\/]plot\.js$/, path: "./interactions/pointer.js", names: ["pointer", "pointerX", "pointerY"], what: "an implicit tip (tip: true on a mark)"},
  {importer: /@observablehq[\\/]plot[\\/]src[\\/]legends\.js$/, path: "./legends/ramp.js", names: ["legendRamp"], what: "a ramp legend (a continuous color scale with legend: true)"}
];

/** Serves the imports of UNUSED_BY_CORE, from those importers only, as stand-ins that throw. */
const omitUnusedByCore: Plugin = {
  name: "omit-unused-by-core",
  setup(build) {
    build.onResolve({filter: /^\.\/(marks\/tip|interactions\/pointer|legends\/ramp)\.js$/}, ({path, importer}) => {
      const i = UNUSED_BY_CORE.findIndex((u) => u.path === path && u.importer.test(importer));
      return i < 0 ? undefined : {path: String(i), namespace: "omit-unused-by-core"};
    });
    build.onLoad({filter: /.*/, namespace: "omit-unused-by-core"}, ({path}) => {
      const {names, what} = UNUSED_BY_CORE[Number(path)];
      const message = JSON.stringify(`${what} is not in the browser bundle (see UNUSED_BY_CORE in scripts/bundle-config.ts)`);
      return {contents: names.map((name) => `export function ${name}() { throw new Error(${message}); }`).join("\n"), loader: "js"};
    });
  }
};

/**
 * Plot's own index re-exports the tip mark and the pointer interaction, so
 * every chart page would load them (about 3 kB gzip), though only the charts
 * that call Plot.tip or Plot.pointer* draw a tip. Bundled, Plot's index is
 * served without them, and a module whose source names Plot.tip or
 * Plot.pointer gets Plot's index plus the two: esbuild then puts the tip code
 * only in the files of the pages that have such a chart. Node, tsc and the
 * tests import Plot whole, unchanged.
 */
const TIP_EXPORTS = /^export \{[^}]*\} from "\.\/(marks\/tip|interactions\/pointer)\.js";$/gm;
const tipsOnlyWhereUsed: Plugin = {
  name: "tips-only-where-used",
  setup(build) {
    build.onResolve({filter: /^@observablehq\/plot$/}, async ({importer, resolveDir, kind, pluginData}) => {
      if (pluginData === "real" || !/\.ts$/.test(importer) || !/\bPlot\.(tip|pointer\w*)\(/.test(readFileSync(importer, "utf-8"))) return undefined;
      const real = await build.resolve("@observablehq/plot", {kind, resolveDir, pluginData: "real"});
      return {path: real.path, namespace: "plot-with-tips"};
    });
    build.onLoad({filter: /.*/, namespace: "plot-with-tips"}, ({path}) => ({
      contents: [`export * from ${JSON.stringify(path)};`, ...readFileSync(path, "utf-8").match(TIP_EXPORTS)!].join("\n"),
      resolveDir: dirname(path),
      loader: "js"
    }));
    build.onLoad({filter: /@observablehq[\\/]plot[\\/]src[\\/]index\.js$/}, ({path}) => {
      const source = readFileSync(path, "utf-8");
      if ((source.match(TIP_EXPORTS) ?? []).length !== 2) throw new Error(`${path}: expected Plot's index to re-export the tip and the pointer (see tipsOnlyWhereUsed in scripts/bundle-config.ts)`);
      return {contents: source.replace(TIP_EXPORTS, ""), loader: "js"};
    });
  }
};

/** Serves each module of OMITTED as itself with the omitted exports shadowed by stand-ins. */
const omitUnusedExports: Plugin = {
  name: "omit-unused-exports",
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(OMITTED).join("|")})$`);
    build.onResolve({filter}, (args) => (args.pluginData === "real" ? undefined : {path: args.path, namespace: "omit-unused-exports"}));
    build.onLoad({filter: /.*/, namespace: "omit-unused-exports"}, async ({path}) => {
      const real = await build.resolve(path, {kind: "import-statement", resolveDir: ROOT, pluginData: "real"});
      const names = Object.keys(await import(path)).filter(OMITTED[path]);
      // A module's own exports take precedence over the names `export *` brings in.
      const contents = [
        `export * from ${JSON.stringify(real.path)};`,
        `const omitted = (name) => new Proxy(function () {}, {get() { throw new Error(name + " is not in the browser bundle (see OMITTED in scripts/bundle-config.ts)"); }, apply() { throw new Error(name + " is not in the browser bundle (see OMITTED in scripts/bundle-config.ts)"); }});`,
        ...names.map((name) => `export const ${name} = /* @__PURE__ */ omitted(${JSON.stringify(name)});`)
      ].join("\n");
      return {contents, loader: "js", resolveDir: ROOT};
    });
  }
};

export function buildOptions({minify, allEntries = false}: {minify: boolean; allEntries?: boolean}): BuildOptions {
  return {
    entryPoints: entryPoints({all: allEntries}),
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify,
    chunkNames: "chunks/[name]-[hash]",
    // Framework hashes every file it copies; these names only need to be stable between builds.
    entryNames: "[dir]/[name]",
    legalComments: "none",
    plugins: [d3WithoutTransitions, omitUnusedExports, omitUnusedByCore, tipsOnlyWhereUsed, pureSchemes],
    logLevel: "warning"
  };
}
