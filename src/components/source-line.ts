// The compact source line under a chart: the first few sources by name, then
// "and N more". On a page the rest open in place (a <details>); in an embed,
// where space is the host's, "and N more" links to the sources page.
import {html} from "htl";
import type {Citation, Cited} from "./chart-spec.js";
import {formatDate, formatTitle} from "../lib/format.js";

/** Sources named before "and N more": three on a page, two in an embed. */
export const NAMED_ON_PAGE = 3;
export const NAMED_IN_EMBED = 2;

/**
 * A source in a few words. A title still in brackets is a placeholder for a
 * document whose title is not recorded yet: it never reaches a reader, the
 * publisher and date stand alone instead.
 */
export function sourceLabel(s: Citation): string {
  const title = s.title.trim().startsWith("[") ? "" : `, ${formatTitle(s.title)}`;
  const date = s.date ? ` (${formatDate(s.date)})` : "";
  return `${s.publisher}${title}${date}${s.kind === "secondary" ? " (secondary copy)" : ""}`;
}

function links(sources: Citation[], sourcesHref: string): (Node | string)[] {
  return sources.map((s, i) => html`${i ? "; " : ""}<a href=${`${sourcesHref}#${s.id}`}>${sourceLabel(s)}</a>`);
}

export interface SourceLineOptions {
  /** Path from the current page to the sources page. */
  sourcesHref: string;
  /** In an embed: fewer names, and the rest are a link to the sources page. */
  embedded?: boolean;
}

export function sourceLine(data: Cited, {sourcesHref, embedded = false}: SourceLineOptions): HTMLElement {
  const named = embedded ? NAMED_IN_EMBED : NAMED_ON_PAGE;
  const shown = data.sources.slice(0, named);
  const rest = data.sources.slice(named);
  const label = `Source${data.sources.length > 1 ? "s" : ""}: `;
  if (!rest.length) return html`<p class="chart-source">${label}${links(shown, sourcesHref)}.</p>` as HTMLElement;
  const more = `and ${rest.length} more`;
  if (embedded) {
    return html`<p class="chart-source">${label}${links(shown, sourcesHref)}; <a href=${sourcesHref}>${more}</a>.</p>` as HTMLElement;
  }
  // Links stay outside the summary: a link inside a button-like summary is nested interaction.
  return html`<div class="chart-source">${label}${links(shown, sourcesHref)};
    <details class="chart-source-more"><summary>${more}</summary>
      <ul>${rest.map((s) => html`<li><a href=${`${sourcesHref}#${s.id}`}>${sourceLabel(s)}</a></li>`)}</ul>
    </details></div>` as HTMLElement;
}

/** The source line as plain text, for images: "Sources: A; B; and 3 more." */
export function sourceText(data: Cited, named = NAMED_IN_EMBED): string {
  const shown = data.sources.slice(0, named).map(sourceLabel);
  const rest = data.sources.length - shown.length;
  return `Source${data.sources.length > 1 ? "s" : ""}: ${[...shown, ...(rest > 0 ? [`and ${rest} more`] : [])].join("; ")}.`;
}
