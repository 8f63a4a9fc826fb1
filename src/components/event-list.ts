// A dated list of events: each with its date in words (as exact as the data
// says it is), its category, its text, its quote and a link to each source.
import {html} from "htl";
import {formatDate} from "../lib/format.js";
import {EVENT_COLOR} from "./palette.js";

export type EventCategory = "program" | "opt-out" | "federal" | "study";

export interface ListedEvent {
  date: string;
  precision: string;
  event: string;
  category: EventCategory;
  sources: {id: string; publisher: string}[];
  quote: string | null;
  /** The event's place among the chart's key events, if it is one (the chart labels it by date and text, not by number). */
  n: number | null;
}

/** Each category's name, colour and marker shape (Plot symbol names). Events are grey (palette.ts): shape and label tell them apart. */
export const EVENT_CATEGORIES: Record<EventCategory, {label: string; color: string; symbol: string}> = {
  "opt-out": {label: "Opt-out fight", color: EVENT_COLOR, symbol: "circle"},
  federal: {label: "Federal policy", color: EVENT_COLOR, symbol: "square"},
  program: {label: "Program rollout", color: EVENT_COLOR, symbol: "diamond"},
  study: {label: "Study or data release", color: EVENT_COLOR, symbol: "triangle"}
};

/** A date in words, as exact as its precision: "September 28, 2010", "November 2010", "about November 8, 2010". */
export function formatEventDate(iso: string, precision: string): string {
  const words = formatDate(iso);
  return precision === "approximate" ? `about ${words}` : words;
}

/** A date as a point in time: a partial date sits mid-month (or mid-year). */
export function eventTime(iso: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Date(`${iso}T00:00:00Z`);
  if (/^\d{4}-\d{2}$/.test(iso)) return new Date(`${iso}-15T00:00:00Z`);
  return new Date(`${iso}-07-01T00:00:00Z`);
}

export interface EventListOptions {
  sourcesHref?: string;
}

export function eventList(events: ListedEvent[], {sourcesHref = "./sources"}: EventListOptions = {}): HTMLElement {
  return html`<ol class="event-list">${events.map((e) => {
    const c = EVENT_CATEGORIES[e.category];
    return html`<li class="event" data-category=${e.category}>
      <p class="event-head"><time datetime=${e.date}>${formatEventDate(e.date, e.precision)}</time> <span class="event-category" style=${`border-color: ${c.color}`}>${c.label}</span></p>
      <p class="event-text">${e.event}.</p>
      ${e.quote ? html`<blockquote class="event-quote">“${e.quote}”</blockquote>` : ""}
      <p class="event-sources">Source${e.sources.length > 1 ? "s" : ""}: ${e.sources.map(
        (s, i) => html`${i ? "; " : ""}<a href=${`${sourcesHref}#${s.id}`}>${s.publisher}</a>`
      )}</p>
    </li>`;
  })}</ol>` as HTMLElement;
}
