// `npm run dev`: esbuild rebuilds src/_bundle/ whenever a component or shared
// module changes, and Framework's preview server, run beside it, reloads the
// page when the bundle it imports changes. A page written by a page loader
// (src/sources.md.ts) is rerun when data/ or any module under src/ changes.
import {spawn} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {context} from "esbuild";
import {OUT, ROOT, SRC, buildOptions} from "./bundle-config.js";
import {rerunPageLoaders} from "./lib/rerun-page-loaders.js";

rmSync(OUT, {recursive: true, force: true});
// Unminified in development, so stack traces and the debugger stay readable.
const bundler = await context(buildOptions({minify: false, allEntries: true}));
await bundler.rebuild();
await bundler.watch();

const preview = spawn("npx", ["observable", "preview", "--host", "127.0.0.1", "--port", process.env.PORT ?? "3000", "--no-open"], {
  cwd: ROOT,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"}
});
const stopWatching = rerunPageLoaders(ROOT, SRC, [join(ROOT, "data"), SRC]);
const stop = () => (stopWatching(), void bundler.dispose().then(() => preview.kill()));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
preview.on("exit", (code) => (stopWatching(), void bundler.dispose().then(() => process.exit(code ?? 0))));
