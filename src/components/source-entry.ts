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

/**
 * One source's entry. Its link is marked rel="external" (it leaves the site),
 * which is also what keeps Framework's build, which writes this page's HTML
 * (src/sources.md.ts), from re-encoding the link: it would turn the text
 * fragment's "%2C" into "%252C", which no page matches, and add target="_blank".
 */
export function sourceEntry(s: SourceEntryData): HTMLElement {
  return html`<li class="source" id=${s.id}>
    <p class="source-head"><strong>${s.publisher}</strong>, ${s.url ? html`<a href=${linkToPassage(s.url, s.quote)} rel="external noopener noreferrer">${formatTitle(s.title)}</a>` : html`${formatTitle(s.title)}`}, ${formatDate(s.date)}.
      <span class=${`source-kind source-${s.kind}`}>${s.kind === "original" ? "Original" : "Secondary copy"}</span></p>
    ${s.quote ? s.quote.split(" || ").map((q) => html`<blockquote>${q}</blockquote>`) : html`<p class="source-note">No verbatim passage from this source is recorded.</p>`}
    <p class="source-use">Cited in ${s.citedBy.map((c, i) => html`${i ? ", " : ""}<code>${c.file}</code> (${c.rows} row${c.rows === 1 ? "" : "s"})`)}. Id: <code>${s.id}</code></p>
  </li>` as HTMLElement;
}

/** How many sources the page lists, and how many are originals and secondary copies. */
export function sourceCount(sources: Pick<SourceEntryData, "kind">[]): HTMLElement {
  const count = (kind: SourceEntryData["kind"]) => sources.filter((s) => s.kind === kind).length;
  return html`<p>${sources.length} sources: ${count("original")} originals and ${count("secondary")} secondary copies.</p>` as HTMLElement;
}

/** Every source, in the loader's order (by date), each entry anchored at its id. */
export function sourceEntries(sources: SourceEntryData[]): HTMLElement {
  return html`<ol class="source-list">${sources.map((s) => sourceEntry(s))}</ol>` as HTMLElement;
}
