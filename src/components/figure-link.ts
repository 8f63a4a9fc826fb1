// A number in the prose, linked to its source on the sources page. Sourced
// and computed figures look different: a computed one says how it was made.
import {html} from "htl";

export interface FigureLinkOptions {
  sourcesHref?: string;
  /** How the figure was computed from sourced ones; marks it as derived. */
  derived?: string;
}

export function figureLink(text: string, sourceIds: string[], {sourcesHref = "./sources", derived}: FigureLinkOptions = {}): HTMLElement {
  const [first, ...rest] = sourceIds;
  // Further sources as superscript links: "46,929 ²,³".
  const more = rest.length
    ? html`<sup class="fig-more">${rest.map((id, i) => html`${i ? "," : ""}<a href=${`${sourcesHref}#${id}`} aria-label=${`source ${i + 2}`}>${i + 2}</a>`)}</sup>`
    : "";
  if (derived) {
    return html`<span class="fig fig-derived"><a href=${`${sourcesHref}#${first}`} title=${`Computed: ${derived}`}>${text}</a>${more}</span>` as HTMLElement;
  }
  return html`<span class="fig"><a href=${`${sourcesHref}#${first}`}>${text}</a>${more}</span>` as HTMLElement;
}
