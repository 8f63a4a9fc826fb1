// After `observable build`: writes a gzip (.gz) and a brotli (.br) copy
// beside every text file in the output folder, so a static host can send
// them as they are (Content-Encoding) instead of compressing on each request.
// See README "Publishing".
//
// Brotli at its highest quality is slow (about 10 s of CPU for the whole
// site), so the files are compressed with zlib's asynchronous functions,
// which run on libuv's thread pool: every CPU works at once, for the same bytes.
import {readFile, writeFile} from "node:fs/promises";
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {brotliCompress as brotliCallback, constants, gzip as gzipCallback} from "node:zlib";

const brotliCompress = promisify(brotliCallback);
const gzip = promisify(gzipCallback);

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
const texts = [...files(out)].filter((path) => TEXT.test(path));
const done = await Promise.all(
  texts.map(async (path) => {
    const body = await readFile(path);
    if (body.length < MIN_BYTES) return 0;
    const [gz, br] = await Promise.all([gzip(body, {level: 9}), brotliCompress(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length}})]);
    await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
    return 1;
  })
);
const count = done.reduce((a: number, b) => a + b, 0);
console.log(`precompressed ${count} files in ${out}/ (.gz and .br)`);
