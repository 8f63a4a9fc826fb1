// Observable Framework configuration. See README "Offline by design" for why
// every import resolves from node_modules and nothing from a CDN.

import {existsSync} from "node:fs";
import {WALK} from "./src/components/walk.js";

/** A link from one page path to another that works on any host and in any folder. */
function relativeLink(from: string, to: string): string {
  const depth = from.split("/").length - 2;
  const prefix = depth > 0 ? "../".repeat(depth) : "./";
  return to === "/" ? prefix : `${prefix}${to.slice(1)}`;
}

function header({path}: {path: string}): string {
  const current = path === "/index" ? "/" : path;
  const items = WALK.map((page, i) => {
    const here = page.path === current;
    return `<li><a href="${relativeLink(path, page.path)}"${here ? ' aria-current="page"' : ""}><span class="step">${i + 1}</span> <span class="walk-name">${page.name}</span></a></li>`;
  }).join("");
  return `<a class="site-title" href="${relativeLink(path, "/")}">Secure Communities, by the numbers</a>
<nav class="walk" aria-label="Pages of the walk-through"><ol>${items}</ol></nav>`;
}

export default {
  title: "Secure Communities, by the numbers",
  root: "src",
  // SC_OUT lets parallel work build into its own folder without touching dist/.
  output: process.env.SC_OUT ?? "dist",
  // No Google Fonts: an empty list removes Framework's default font stylesheet.
  globalStylesheets: [],
  style: "style.css",
  search: false,
  // .ts loaders run with the project's own tsx, no global install needed.
  interpreters: {".ts": ["node", "--import", "tsx"]},
  // Our own header navigation replaces Framework's sidebar, whose toggle
  // checkbox sits outside any landmark (axe's "region" rule).
  sidebar: false,
  header,
  footer: "Every figure links to its source. Built with Observable Framework; this site loads nothing from other hosts.",
  // The site has no icon: an empty one keeps every browser from asking for
  // /favicon.ico and logging a 404 on every page.
  // Framework 1.13's page template has no lang attribute, disables pinch zoom
  // and leaves its pager unnamed; fix those before anything reads the page.
  head: `<link rel="icon" href="data:,">
<script>
document.documentElement.lang = "en";
document.addEventListener("DOMContentLoaded", () => {
  const viewport = document.querySelector('meta[name="viewport"]');
  if (viewport) viewport.setAttribute("content", "width=device-width, initial-scale=1");
  const pager = document.querySelector("#observablehq-footer nav");
  if (pager && !pager.hasAttribute("aria-label")) pager.setAttribute("aria-label", "Previous and next page");
});
</script>`,
  // Every chart has an embed page, /embed/<file>/<slug>, read from the chart declarations.
  async *dynamicPaths() {
    const {charts} = await import("./src/components/charts.js");
    const {embedPath} = await import("./src/components/chart-spec.js");
    for (const spec of Object.values(charts)) yield `/${embedPath(spec)}`;
  },
  // Pages of the walk that exist, as Markdown or as a page loader (sources.md.ts)
  // (a page being written does not break the build; test/build.test.ts checks
  // that every page of the walk was built).
  pages: WALK.filter((page) => page.path !== "/" && [".md", ".md.ts"].some((ext) => existsSync(`src${page.path}${ext}`))),
  linkify: false
};
