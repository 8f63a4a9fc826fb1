// `npm run bundle`: writes src/_bundle/ once (npm run build runs it first).
import {rmSync} from "node:fs";
import {build} from "esbuild";
import {OUT, buildOptions} from "./bundle-config.js";

rmSync(OUT, {recursive: true, force: true});
await build(buildOptions({minify: true}));
