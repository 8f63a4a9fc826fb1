// The frame every chart is shown in, on its page and in its embed: title,
// subtitle, the chart, a text description, the data as a table (collapsed),
// a CSV download and a compact source line linking to the sources page;
// on a page, "Link and embed"; in an embed, a one-line credit instead.
import {html} from "htl";
import {chartTitle, type ChartSpec, type ChartTable, type Cited, type RenderOptions} from "./chart-spec.js";
import {sourceLine, sourceText} from "./source-line.js";
import {chartDownloads} from "./chart-downloads.js";
import {csvLink} from "./csv-link.js";
import {shareBox} from "./share-box.js";
import {embedCredit} from "./embed-credit.js";
import {viewAssumptions} from "./view-assumptions.js";
import {firstDrawApart} from "./first-draw.js";

// Data tables are collapsed on screen; open them all for print.
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>("details.chart-data")) d.open = true;
  });
}

export interface FrameOptions {
  /** Path from the current page to the sources page. */
  sourcesHref?: string;
  /** Heading level of the title (2 on pages, 1 in embeds). */
  level?: 1 | 2 | 3;
  /** In an embed: links open in a new tab, and the embed code is replaced by a link to the notebook. */
  embedded?: boolean;
  /** Path from the current page to the site root (for embed and notebook links). */
  rootHref?: string;
}

export {embedCode} from "../lib/embed-snippets.js";

function cell(format: ((v: never) => string) | undefined, value: unknown): string {
  if (value === null || value === undefined) return "—";
  return format ? format(value as never) : String(value);
}

/** An element with text in it. */
function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

/**
 * The chart's data as an accessible HTML table. Built with createElement, not
 * htl: htl parses a template (innerHTML) per call, and a call per row and per
 * cell (a state or a month a row) showed among the longest calls of a page's
 * first draw in a CPU profile of /spread.
 */
export function dataTable<R>(table: ChartTable<R>, caption: string): HTMLTableElement {
  const element = document.createElement("table");
  element.className = "chart-table";
  element.append(textElement("caption", caption));
  const head = element.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  for (const c of table.columns) head.appendChild(textElement("th", c.label)).setAttribute("scope", "col");
  const body = element.appendChild(document.createElement("tbody"));
  for (const r of table.rows) {
    const row = body.appendChild(document.createElement("tr"));
    for (const c of table.columns) row.appendChild(textElement("td", cell(c.format, r[c.key])));
  }
  return element;
}

/**
 * The live frame takes the place of the chart's build-time paint
 * (scripts/lib/paint.ts): the paint goes in the same task as the frame is put
 * on the page, so the page never shows neither and does not jump.
 */
function removePaint(slug: string): void {
  if (typeof document !== "undefined") document.querySelector(`.chart-paint[data-painted="${slug}"]`)?.remove();
}

export function chartFrame<D extends Cited, O extends RenderOptions>(
  spec: ChartSpec<D, O>,
  data: D,
  options: O & FrameOptions
): HTMLElement {
  const {sourcesHref = "./sources", level = 2, embedded = false, rootHref = "./"} = options;
  const titleId = `${spec.slug}-title`;
  const descId = `${spec.slug}-desc`;
  const chart = spec.render(data, options);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-labelledby", titleId);
  chart.setAttribute("aria-describedby", descId);
  const table = spec.table(data, options);
  const subtitle = spec.subtitle(data, options);
  // Read again when an image is downloaded: a control may have changed it in place since (frame-update.ts).
  const subtitleLine = html`<p class="chart-subtitle">${subtitle}</p>` as HTMLElement;
  const heading = document.createElement(`h${level}`);
  heading.className = "chart-title";
  heading.id = titleId;
  const title = chartTitle(spec, data);
  heading.textContent = title;
  const frame = html`<figure class="chart" id=${spec.slug} data-chart=${spec.slug} data-root=${embedded ? null : rootHref}>
    ${heading}
    ${subtitleLine}
    ${embedded ? viewAssumptions(spec, data, options) : null}
    ${chart}
    <p class="chart-description visually-hidden" id=${descId}>${spec.describe(data, options)}</p>
    ${chartDownloads(spec.slug, chart, () => ({title, subtitle: subtitleLine.textContent ?? "", source: sourceText(data), credit: "Secure Communities, by the numbers"}), options.width)}
    <details class="chart-data">
      <summary>Data table</summary>
      ${dataTable(table, title)}
      <p>${csvLink(spec.slug, table)}</p>
    </details>
    ${sourceLine(data, {sourcesHref, embedded})}
    ${embedded ? embedCredit(spec, rootHref) : shareBox(spec, data, options, rootHref)}
  </figure>` as HTMLElement;
  if (embedded) for (const a of frame.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")) (a.target = "_blank"), (a.rel = "noopener");
  removePaint(spec.slug);
  return frame;
}

/**
 * chartFrame() as a page's resize() cell calls it: the chart's first draw on
 * the page in a task of its own (first-draw.ts says why), every later draw at
 * once. resize() awaits the promise; the painted copy stays until then. The
 * options are read when the chart is drawn, so a control moved while the
 * first draw waited is drawn as it is then.
 */
export function liveChartFrame<D extends Cited, O extends RenderOptions>(
  spec: ChartSpec<D, O>,
  data: D,
  options: () => O & FrameOptions
): HTMLElement | Promise<HTMLElement> {
  return firstDrawApart(spec.slug, () => chartFrame(spec, data, options()));
}
