// The embed gallery's entries, in the walk's order: each chart's title and
// description worked out from the same data its own loader prints, so the
// gallery page can list every chart without loading any chart's code.
// It reads the chart declarations (the registry), so it belongs with the
// embeds, above the components, not with the data loaders (src/data), which
// stay below them (test/layers.test.ts).
import {emit} from "../data/lib/emit.js";
import type {Dataset} from "../data/lib/dataset.js";
import {headline} from "../data/lib/headline.js";
import {levels} from "../data/lib/levels.js";
import {spread} from "../data/lib/spread.js";
import {projection} from "../data/lib/projection.js";
import {context} from "../data/lib/context.js";
import {optOut} from "../data/lib/opt-out.js";
import {studies} from "../data/lib/studies.js";
import {charts} from "../components/charts.js";
import {chartData, chartTitle, embedPath} from "../components/chart-spec.js";
import {embedHeight} from "../components/embed-heights.js";
import type {Gallery} from "../lib/chart-data/gallery.js";

/** Each loader file's builder, in the order of the walk through the pages. */
const FILES: [string, (data: Dataset) => unknown][] = [
  ["headline.json", headline],
  ["levels.json", levels],
  ["spread.json", (data) => spread(data)],
  ["projection.json", projection],
  ["context.json", context],
  ["opt-out.json", optOut],
  ["studies.json", studies]
];

/** The width the description is worked out for: the chart images' (scripts/postbuild.ts). */
const IMAGE_WIDTH = 800;

export function gallery(data: Dataset): Gallery {
  const specs = Object.values(charts);
  const missing = specs.filter((s) => !FILES.some(([file]) => file === s.file));
  if (missing.length) throw new Error(`gallery: no builder for ${missing.map((s) => s.file).join(", ")}`);
  return FILES.flatMap(([file, build]) => {
    const contents = build(data);
    return specs
      .filter((spec) => spec.file === file)
      .map((spec) => {
        const d = chartData(spec, contents);
        return {
          slug: spec.slug,
          title: chartTitle(spec, d),
          description: spec.describe(d, {width: IMAGE_WIDTH}),
          page: spec.page,
          embedPath: embedPath(spec),
          height: embedHeight(spec.slug)
        };
      });
  });
}

emit(gallery);
