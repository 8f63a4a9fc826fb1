// A number in the prose, linked to its source on the sources page. Sourced
// and computed figures look different: a computed one says how it was made.
// A figure carries one link, to its first source, and no numbered markers: the
// sources page has its own numbering, and the chart or list beside the figure
// names every source. The other sources' ids ride along for tests and tools.
import {html} from "htl";
import {formatFigure, type Qualifier} from "../lib/format.js";

export interface FigureLinkOptions {
  sourcesHref?: string;
  /** How the figure was computed from sourced ones; marks it as derived. */
  derived?: string;
}

export function figureLink(text: string, sourceIds: string[], {sourcesHref = "./sources", derived}: FigureLinkOptions = {}): HTMLElement {
  const [first] = sourceIds;
  const more = sourceIds.length > 1 ? ` Also in ${sourceIds.length - 1} other source${sourceIds.length > 2 ? "s" : ""} on the sources page.` : "";
  const title = derived ? `Computed: ${derived}${more ? `.${more}` : ""}` : more.trim() || null;
  // Built with createElement, not htl: a page writes dozens of figures, and
  // htl parses a template (innerHTML) for each, on the main thread as the page loads.
  const span = document.createElement("span");
  span.className = derived ? "fig fig-derived" : "fig";
  span.dataset.sources = sourceIds.join(" ");
  const a = span.appendChild(document.createElement("a"));
  a.href = `${sourcesHref}#${first}`;
  if (title !== null) a.title = title;
  a.textContent = text;
  return span;
}

/** What a page cites: a value, the source's hedge word, its sources and, when it is computed, how. */
export interface LinkableFigure {
  value: number;
  qualifier?: Qualifier | null;
  sourceIds: string[];
  how?: string | null;
}

/**
 * The one way a page writes a cited figure: the value in the source's own
 * hedge ("about 111,000", "26%"), linked to its source, marked as computed
 * when the figure says how it was computed.
 */
export function linkedFigure(f: LinkableFigure, unit: "persons" | "percent" = "persons", {sourcesHref}: Pick<FigureLinkOptions, "sourcesHref"> = {}): HTMLElement {
  return figureLink(formatFigure(f.value, f.qualifier ?? "exact", unit), f.sourceIds, {sourcesHref, derived: f.how ?? undefined});
}

/** A value that rests on the reader's assumption, not on a source: styled apart and never linked. */
export function assumedFigure(text: string): HTMLElement {
  return html`<span class="fig-assumed">${text}</span>` as HTMLElement;
}
