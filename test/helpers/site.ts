// The built site, for tests: dist/ must come from `npm run build` (npm test runs it first).
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {chartData, chartTitle, type ChartSpec} from "../../src/components/chart-spec.js";

/** The built site: dist/, or SC_DIST when a build went elsewhere (SC_OUT). */
export const DIST = process.env.SC_DIST ?? new URL("../../dist/", import.meta.url).pathname;

export function requireDist(): string {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  return DIST;
}

export function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** A loader's output as the built site serves it (dist/_file/data/<name>.<hash>.json). */
export function builtData(file: string): unknown {
  const [name] = file.split(".json");
  const dir = join(requireDist(), "_file", "data");
  const match = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!match) throw new Error(`no ${file} in ${dir}`);
  return JSON.parse(readFileSync(join(dir, match), "utf8"));
}

/** A chart's title as the built site shows it: titles may be read from the chart's data. */
export function builtTitle(spec: ChartSpec<any, any, any>): string {
  return chartTitle(spec, chartData(spec, builtData(spec.file)));
}
