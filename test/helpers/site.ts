// The built site, for tests: dist/ must come from `npm run build` (npm test runs it first).
import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";

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
