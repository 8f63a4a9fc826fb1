// A number in the prose, linked to its source on the sources page. Sourced
// and computed figures look different: a computed one says how it was made.
// A figure carries one link, to its first source, and no numbered markers: the
// sources page has its own numbering, and the chart or list beside the figure
// names every source. The other sources' ids ride along for tests and tools.
import {html} from "htl";

export interface FigureLinkOptions {
  sourcesHref?: string;
  /** How the figure was computed from sourced ones; marks it as derived. */
  derived?: string;
}

export function figureLink(text: string, sourceIds: string[], {sourcesHref = "./sources", derived}: FigureLinkOptions = {}): HTMLElement {
  const [first] = sourceIds;
  const more = sourceIds.length > 1 ? ` Also in ${sourceIds.length - 1} other source${sourceIds.length > 2 ? "s" : ""} on the sources page.` : "";
  const title = derived ? `Computed: ${derived}${more ? `.${more}` : ""}` : more.trim() || null;
  return html`<span class=${derived ? "fig fig-derived" : "fig"} data-sources=${sourceIds.join(" ")}><a href=${`${sourcesHref}#${first}`} title=${title}>${text}</a></span>` as HTMLElement;
}
