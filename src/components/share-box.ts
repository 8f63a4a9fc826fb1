// "Link and embed" under a chart on a page: the chart's address, and
// "Embed this view", code whose URL carries the controls as they are now.
import {html} from "htl";
import {chartTitle, embedPath, type ChartSpec, type RenderOptions} from "./chart-spec.js";
import {viewSearch} from "./chart-view.js";
import {embedHeight} from "./embed-heights.js";
import {pymEmbedCode, scriptEmbedCode} from "../lib/embed-snippets.js";

/** An absolute URL for a site-relative path, from where the page is; relative in Node tests. */
export function absolute(path: string): string {
  try {
    return new URL(path, document.baseURI).href;
  } catch {
    return path;
  }
}

/** The embed page's address showing the view drawn with these options. */
export function embedUrl(spec: ChartSpec<any, any>, data: unknown, options: RenderOptions, rootHref: string): string {
  return absolute(`${rootHref}${embedPath(spec)}${viewSearch(spec, data, options)}`);
}

function codeBox(id: string, label: string, code: string): HTMLElement {
  return html`<div class="chart-code">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows="3" onfocus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}>${code}</textarea>
  </div>` as HTMLElement;
}

export function shareBox(spec: ChartSpec<any, any>, data: unknown, options: RenderOptions, rootHref: string): HTMLElement {
  const src = embedUrl(spec, data, options, rootHref);
  const custom = src.includes("?");
  return html`<details class="chart-share">
    <summary>Link and embed</summary>
    <p><a href=${`#${spec.slug}`}>Link to this chart</a> · <a href=${src}>Open ${custom ? "this view" : "the chart"} on its own</a></p>
    <p class="chart-share-note">Embed this view${custom ? ", with the settings chosen above" : ""}: the chart sizes itself to your post; without scripts it keeps a height that fits.</p>
    ${codeBox(`${spec.slug}-embed`, "Embed code (paste into your post)", scriptEmbedCode(src, chartTitle(spec, data), embedHeight(spec.slug), absolute(`${rootHref}embed.js`)))}
    ${codeBox(`${spec.slug}-embed-pym`, "For pages that use pym.js", pymEmbedCode(src, `sc-${spec.slug}`, chartTitle(spec, data)))}
    ${codeBox(`${spec.slug}-oembed`, "oEmbed URL", absolute(`${rootHref}oembed/${spec.slug}.json`))}
  </details>` as HTMLElement;
}
