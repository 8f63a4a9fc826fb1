// dist/embed/<slug>.js: one ES module per chart, exporting render(element,
// options), bundled with esbuild from the chart's own declaration file
// (src/components/specs/<file>.ts) and src/components/module-embed.ts.
import {join, resolve} from "node:path";
import {build} from "esbuild";
import type {ChartSpec} from "../../src/components/chart-spec.js";

export async function buildModuleEmbeds(dist: string, specs: ChartSpec<any, any, any>[], dataFileOf: (file: string) => string): Promise<void> {
  const root = resolve(".");
  for (const spec of specs) {
    const specsModule = join(root, `src/components/specs/${spec.file.replace(/\.json$/, "")}.ts`);
    const contents = `
import {specs} from ${JSON.stringify(specsModule)};
import {mountChart} from ${JSON.stringify(join(root, "src/components/module-embed.ts"))};
const spec = specs.find((s) => s.slug === ${JSON.stringify(spec.slug)});
if (!spec) throw new Error(${JSON.stringify(`${spec.slug} is not declared in ${spec.file}`)});
/** Draws the chart with its frame into element; options.search carries a view ("?v=1&…"). */
export function render(element, options = {}) {
  return mountChart(spec, new URL(${JSON.stringify(`../${dataFileOf(spec.file)}`)}, import.meta.url).href, new URL("../", import.meta.url).href, element, options);
}`;
    await build({
      stdin: {contents, resolveDir: root, sourcefile: `${spec.slug}.js`, loader: "js"},
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2020",
      outfile: join(dist, `embed/${spec.slug}.js`),
      logLevel: "error"
    });
  }
}
