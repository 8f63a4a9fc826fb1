// The frame every chart is shown in, on its page and in its embed: title,
// subtitle, the chart, a text description, the data as a table (collapsed),
// a CSV download and a source line linking to the sources page.
import {html} from "htl";
import {csvFormat} from "d3";
import {embedPath, type ChartSpec, type ChartTable, type Cited, type RenderOptions} from "./chart-spec.js";
import {formatDate, formatTitle} from "../lib/format.js";

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

/** An absolute URL for a site-relative path, from where the page is; relative in Node tests. */
function absolute(path: string): string {
  try {
    return new URL(path, document.baseURI).href;
  } catch {
    return path;
  }
}

/** The iframe code a writer pastes into a post. Sized for the chart; readers can resize. */
export function embedCode(src: string, title: string, height = 560): string {
  const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

function cell(format: ((v: never) => string) | undefined, value: unknown): string {
  if (value === null || value === undefined) return "—";
  return format ? format(value as never) : String(value);
}

/** The chart's data as an accessible HTML table. */
export function dataTable<R>(table: ChartTable<R>, caption: string): HTMLTableElement {
  return html`<table class="chart-table">
    <caption>${caption}</caption>
    <thead><tr>${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
    <tbody>${table.rows.map(
      (r) => html`<tr>${table.columns.map((c) => html`<td>${cell(c.format, r[c.key])}</td>`)}</tr>`
    )}</tbody>
  </table>` as HTMLTableElement;
}

/** The table as CSV text, headed by the table's column labels. */
export function tableCsv<R>(table: ChartTable<R>): string {
  return csvFormat(
    table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.label, r[c.key] ?? ""]))),
    table.columns.map((c) => c.label)
  );
}

export function sourceLine(data: Cited, sourcesHref: string): HTMLElement {
  return html`<p class="chart-source">Source${data.sources.length > 1 ? "s" : ""}: ${data.sources.map(
    (s, i) => html`${i ? "; " : ""}<a href="${`${sourcesHref}#${s.id}`}">${s.publisher}, ${formatTitle(s.title)} (${formatDate(s.date)})</a>${
      s.kind === "secondary" ? " (secondary copy)" : ""
    }`
  )}.</p>` as HTMLElement;
}

/** On a page: the chart's own address and the code to embed it. */
function shareBox(spec: ChartSpec<any, any>, rootHref: string): HTMLElement {
  const src = absolute(`${rootHref}${embedPath(spec)}`);
  const code = embedCode(src, spec.title);
  const id = `${spec.slug}-embed`;
  // A listener, not an onfocus attribute: the page's Content-Security-Policy
  // refuses inline handlers (htl briefly writes the attribute before binding it).
  const textarea = html`<textarea id=${id} readonly rows="3">${code}</textarea>` as HTMLTextAreaElement;
  textarea.addEventListener("focus", () => textarea.select());
  return html`<details class="chart-share">
    <summary>Link and embed</summary>
    <p><a href=${`#${spec.slug}`}>Link to this chart</a> · <a href=${src}>Open the chart on its own</a></p>
    <label for=${id}>Embed code (paste into your post)</label>
    ${textarea}
  </details>` as HTMLElement;
}

/** In an embed: where the chart comes from. */
function notebookLink(spec: ChartSpec<any, any>, rootHref: string): HTMLElement {
  return html`<p class="chart-notebook"><a href=${`${rootHref}${spec.page === "index" ? "" : spec.page}#${spec.slug}`}>Secure Communities, by the numbers</a>: see the full walk-through.</p>` as HTMLElement;
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
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(table))}`;
  const heading = document.createElement(`h${level}`);
  heading.className = "chart-title";
  heading.id = titleId;
  heading.textContent = spec.title;
  const frame = html`<figure class="chart" id=${spec.slug} data-chart=${spec.slug}>
    ${heading}
    <p class="chart-subtitle">${spec.subtitle(data, options)}</p>
    ${chart}
    <p class="chart-description" id=${descId}>${spec.describe(data, options)}</p>
    <details class="chart-data">
      <summary>Data table</summary>
      ${dataTable(table, spec.title)}
      <p><a download=${`${spec.slug}.csv`} href=${csv}>Download this table as CSV</a></p>
    </details>
    ${sourceLine(data, sourcesHref)}
    ${embedded ? notebookLink(spec, rootHref) : shareBox(spec, rootHref)}
  </figure>` as HTMLElement;
  if (embedded) for (const a of frame.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")) (a.target = "_blank"), (a.rel = "noopener");
  return frame;
}
