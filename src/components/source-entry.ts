// One entry of the sources page: its anchor is the source id that figure links point to.
// Readers see what the source says (its verbatim quote) and where it is used;
// maintainers' working notes and our paraphrases stay in data/.
import {html} from "htl";
import type {Rows} from "../lib/rows.js";
import {formatDate, formatTitle} from "../lib/format.js";
import {linkToPassage} from "../lib/text-fragment.js";

/** A source as data/sources.csv declares it (never its summary or note), and where it is cited. */
export type SourceEntryData = Pick<Rows["sources"], "id" | "publisher" | "title" | "date" | "url" | "quote" | "kind"> & {
  citedBy: {file: string; rows: number}[];
};

export function sourceEntry(s: SourceEntryData): HTMLElement {
  return html`<li class="source" id=${s.id}>
    <p class="source-head"><strong>${s.publisher}</strong>, ${s.url ? html`<a href=${linkToPassage(s.url, s.quote)} rel="noopener noreferrer">${formatTitle(s.title)}</a>` : html`${formatTitle(s.title)}`}, ${formatDate(s.date)}.
      <span class=${`source-kind source-${s.kind}`}>${s.kind === "original" ? "Original" : "Secondary copy"}</span></p>
    ${s.quote ? s.quote.split(" || ").map((q) => html`<blockquote>${q}</blockquote>`) : html`<p class="source-note">No verbatim passage from this source is recorded.</p>`}
    <p class="source-use">Cited in ${s.citedBy.map((c, i) => html`${i ? ", " : ""}<code>${c.file}</code> (${c.rows} row${c.rows === 1 ? "" : "s"})`)}. Id: <code>${s.id}</code></p>
  </li>` as HTMLElement;
}
