// One entry of the sources page: its anchor is the source id that figure links point to.
import {html} from "htl";
import {formatDate} from "./format.js";

export interface SourceEntryData {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string | null;
  quote: string;
  kind: "original" | "secondary";
  note: string | null;
  citedBy: {file: string; rows: number}[];
}

export function sourceEntry(s: SourceEntryData): HTMLElement {
  return html`<li class="source" id=${s.id}>
    <p class="source-head"><strong>${s.publisher}</strong>, ${s.url ? html`<a href=${s.url} rel="noopener noreferrer">“${s.title}”</a>` : html`“${s.title}”`}, ${formatDate(s.date)}.
      <span class=${`source-kind source-${s.kind}`}>${s.kind === "original" ? "Original" : "Secondary copy"}</span></p>
    <blockquote>${s.quote}</blockquote>
    ${s.note ? html`<p class="source-note">${s.note}</p>` : ""}
    <p class="source-use">Cited in ${s.citedBy.map((c, i) => html`${i ? ", " : ""}<code>${c.file}</code> (${c.rows} row${c.rows === 1 ? "" : "s"})`)}. Id: <code>${s.id}</code></p>
  </li>` as HTMLElement;
}
