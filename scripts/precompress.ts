// After `observable build`: writes a gzip (.gz) and a brotli (.br) copy
// beside every text file in the output folder, so a static host can send
// them as they are (Content-Encoding) instead of compressing on each request.
// See README "Publishing".
import {readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {brotliCompressSync, constants, gzipSync} from "node:zlib";

const TEXT = /\.(html|js|css|json|csv|svg|txt|md)$/;
/** Smaller files gain nothing worth a second request path. */
const MIN_BYTES = 256;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const out = process.argv[2] ?? process.env.SC_OUT ?? "dist";
let count = 0;
for (const path of files(out)) {
  if (!TEXT.test(path)) continue;
  const body = readFileSync(path);
  if (body.length < MIN_BYTES) continue;
  writeFileSync(`${path}.gz`, gzipSync(body, {level: 9}));
  writeFileSync(`${path}.br`, brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length}}));
  ++count;
}
console.log(`precompressed ${count} files in ${out}/ (.gz and .br)`);
