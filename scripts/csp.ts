// Adds a Content-Security-Policy <meta> to every HTML file of the built site
// (run after `observable build`, as part of `npm run build`). The site is
// static, so the policy travels in the page itself: scripts, styles, images,
// fonts and connections from the site's own origin only.
//
// The least inline allowance Framework 1.13 needs: its pages carry inline
// <script> elements (the page's compiled cells and a small set-up script),
// allowed by their SHA-256 hashes, computed here from each file's own bytes,
// so no other inline script can run. Event-handler attributes are refused
// except htl's placeholders: htl (used by Observable Inputs) builds elements
// from a template whose handler attributes hold "::0", "::1", … until it
// replaces them with listeners, and the browser checks them on the way in.
// 'unsafe-hashes' with the hashes of exactly those texts (which are not even
// valid JavaScript) lets that pass and nothing else. Styles keep 'unsafe-inline': Plot and
// Inputs write <style> elements and style attributes at run time, which no
// hash can name; a style cannot load anything from another host under
// img-src ('self', data: and blob:) and font-src 'self'.
import {createHash} from "node:crypto";
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

/** The inline scripts of an HTML text (those without src), as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes)).map(([, , body]) => body);
}

/** How many template arguments htl's handler placeholders can number, "::0" to "::31". */
export const HTL_PLACEHOLDERS = 32;

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The policy for one page: its own origin, plus the hashes of its inline scripts. */
export function policyFor(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(hash))];
  return [
    "default-src 'none'",
    `script-src 'self'${hashes.map((h) => ` ${h}`).join("")}`,
    `script-src-attr 'unsafe-hashes'${Array.from({length: HTL_PLACEHOLDERS}, (_, i) => ` ${hash(`::${i}`)}`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    // data: and blob: for images only: "Download PNG" draws the chart's SVG through an Image.
    "img-src 'self' data: blob:",
    // The embed gallery previews each chart in an iframe of our own.
    "frame-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join("; ");
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i;

/** The page with its policy as the first element after <meta charset>, replacing any earlier one. */
export function withPolicy(html: string): string {
  const page = html.replace(META, "");
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(page)}">\n`;
  const charset = /<meta charset="[^"]*">\n?/i.exec(page);
  if (!charset) throw new Error("no <meta charset> to place the policy after");
  const at = charset.index + charset[0].length;
  return page.slice(0, at) + (charset[0].endsWith("\n") ? "" : "\n") + tag + page.slice(at);
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (path.endsWith(".html")) yield path;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? "dist";
  let n = 0;
  for (const file of htmlFiles(dist)) {
    writeFileSync(file, withPolicy(readFileSync(file, "utf-8")));
    ++n;
  }
  process.stdout.write(`Content-Security-Policy added to ${n} pages in ${dist}/\n`);
}
