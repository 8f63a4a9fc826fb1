// The code a writer pastes to embed a chart, in each form we offer. Pure
// string builders: the chart frame, the gallery, the oEmbed responses and
// the tests all use them, so every snippet is the same everywhere.

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The iframe alone: its fixed height shows the whole chart at common widths
 * even where the host strips scripts; with embed.js or pym.js it fits exactly.
 */
export function embedCode(src: string, title: string, height = 560): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%;max-width:100%" scrolling="no" loading="lazy"></iframe>`;
}

/** The iframe plus our sizing script (one script serves every chart on the host page). */
export function scriptEmbedCode(src: string, title: string, height: number, scriptSrc: string): string {
  return `${embedCode(src, title, height)}\n<script async src="${attr(scriptSrc)}"></script>`;
}

/** For hosts that already run pym.js: a container and a pym.Parent pointed at the chart. */
export function pymEmbedCode(src: string, id: string, title: string): string {
  const js = (s: string) => JSON.stringify(s).replace(/</g, "\\u003c");
  return `<div id="${attr(id)}"></div>\n<script>new pym.Parent(${js(id)}, ${js(src)}, {title: ${js(title)}});</script>`;
}

/** A module embed: the chart drawn into an element of the host page, no iframe. */
export function moduleEmbedCode(moduleSrc: string, id: string, search = ""): string {
  const js = (s: string) => JSON.stringify(s).replace(/</g, "\\u003c");
  return `<div id="${attr(id)}"></div>\n<script type="module">import {render} from ${js(moduleSrc)}; render(document.getElementById(${js(id)}), {search: ${js(search)}});</script>`;
}
