// Serves the built dist/ on 127.0.0.1 at a free port, as any static host
// would: clean URLs (/sources → /sources.html), no caching surprises.
import {createReadStream} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import sirv from "sirv";

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send the CORS header a host of module embeds needs (README: "Module embeds"). */
  cors?: boolean;
  /** Extra files by URL path, e.g. {"/pym.v1.min.js": "node_modules/pym.js/dist/pym.v1.min.js"}. */
  files?: Record<string, string>;
}

export async function serve(dir: string, {cors = false, files = {}}: ServeOptions = {}): Promise<StaticServer> {
  const handler = sirv(dir, {extensions: ["html"], dev: false, etag: true});
  const server: Server = createServer((req, res) => {
    if (cors) res.setHeader("Access-Control-Allow-Origin", "*");
    const mapped = files[new URL(req.url ?? "/", "http://x").pathname];
    if (mapped) {
      res.setHeader("Content-Type", "text/javascript; charset=utf-8");
      createReadStream(mapped).pipe(res);
      return;
    }
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
