// The browser bundles leave out the Plot code our charts never run up front:
// the tip mark and pointer interaction go only to the pages whose charts call
// Plot.tip or Plot.pointer*, and the ramp legend to none (scripts/bundle-config.ts).
import "./helpers/dom.js";
import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {after, test} from "node:test";
import {build, type Metafile} from "esbuild";
import {ROOT, buildOptions} from "../scripts/bundle-config.js";

const dir = mkdtempSync(join(tmpdir(), "sc-split-"));
after(() => rmSync(dir, {recursive: true, force: true}));

const BARS = 'import * as Plot from "@observablehq/plot";\nexport const bars = (tip?: boolean) => Plot.plot({marks: [Plot.barY([1, 2], {y: (d: number) => d, tip})]});\n';
const TIPS = 'import * as Plot from "@observablehq/plot";\nexport const tips = () => Plot.plot({marks: [Plot.tip([1], Plot.pointerX({x: (d: number) => d}))]});\n';
writeFileSync(join(dir, "bars.ts"), BARS);
writeFileSync(join(dir, "tips.ts"), TIPS);

async function bundle(entries: string[], splitting: boolean) {
  return build({
    ...buildOptions({minify: false}),
    entryPoints: entries.map((e) => join(dir, e)),
    outdir: join(dir, "out"),
    splitting,
    nodePaths: [join(ROOT, "node_modules")],
    metafile: true,
    write: !splitting,
    logLevel: "silent"
  });
}

/** Every source file in `entry`'s output and the chunks it imports statically. */
function loadedInputs(meta: Metafile, entry: string): string[] {
  const outputs = meta.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o].entryPoint?.endsWith(entry))!;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const out = queue.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of outputs[out].imports) if (i.kind === "import-statement" && outputs[i.path]) queue.push(i.path);
  }
  return [...seen].flatMap((o) => Object.keys(outputs[o].inputs));
}

const TIP_CODE = /plot\/src\/(marks\/tip|interactions\/pointer)\.js$/;

test("a chart without a tip loads no tip code; a chart with one does; no chart loads the ramp legend", async () => {
  const {metafile} = await bundle(["bars.ts", "tips.ts"], true);
  const bars = loadedInputs(metafile, "bars.ts");
  const tips = loadedInputs(metafile, "tips.ts");
  assert.ok(bars.some((i) => i.endsWith("plot/src/plot.js")), "the bars entry bundles Plot");
  assert.deepEqual(bars.filter((i) => TIP_CODE.test(i)), []);
  assert.equal(tips.filter((i) => TIP_CODE.test(i)).length, 2);
  assert.deepEqual([...bars, ...tips].filter((i) => /legends\/ramp\.js$/.test(i)), []);
});

test("an implicit tip in a bundled chart throws, naming the list to edit", async () => {
  await bundle(["bars.ts"], false);
  const {bars} = await import(pathToFileURL(join(dir, "out/bars.js")).href);
  assert.ok(bars(false), "a chart without a tip draws");
  assert.throws(() => bars(true), /implicit tip .*UNUSED_BY_CORE in scripts\/bundle-config\.ts/);
});
