// The stock Framework page to compare with: copied from ../shared/baseline
// (or SC_BASELINE_DIR) into a temporary folder, installed with `npm ci` and
// built there. The copy is reused while its package-lock.json is unchanged.
import {execFileSync} from "node:child_process";
import {cpSync, existsSync, readFileSync} from "node:fs";
import {createHash} from "node:crypto";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;

export function baselineSource(): string {
  return resolve(ROOT, process.env.SC_BASELINE_DIR ?? "../shared/baseline");
}

/** Builds the baseline and returns its dist/ folder. */
export function buildBaseline({fresh = true}: {fresh?: boolean} = {}): string {
  const source = baselineSource();
  if (!existsSync(join(source, "package.json"))) throw new Error(`no baseline at ${source}: set SC_BASELINE_DIR`);
  const key = createHash("sha256").update(readFileSync(join(source, "package-lock.json"))).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `sc-bench-baseline-${key}`);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, {cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"}});
  cpSync(join(source, "src"), join(dir, "src"), {recursive: true});
  for (const f of ["package.json", "package-lock.json", "observablehq.config.js"]) if (existsSync(join(source, f))) cpSync(join(source, f), join(dir, f));
  if (!existsSync(join(dir, "node_modules"))) run("npm", ["ci", "--no-audit", "--no-fund"]);
  if (fresh || !existsSync(join(dir, "dist", "index.html"))) {
    execFileSync("rm", ["-rf", join(dir, "dist"), join(dir, "src", ".observablehq", "cache")]);
    run("npm", ["run", "build"]);
  }
  return join(dir, "dist");
}
