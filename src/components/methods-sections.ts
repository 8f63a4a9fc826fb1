// The "methods" half of the sources page: what the figures count, where the
// sources disagree, why reports said "by August", and the downloads. Drawn
// once, at build time, by the page loader (src/sources.md.ts), which writes
// the markup into the page; the same functions are what the tests read.
import {html} from "htl";
import type {Download, Methods} from "../lib/chart-data/methods.js";
import {formatCount, formatDate} from "../lib/format.js";
import {figureLink} from "./figure-link.js";

/** A figure or date linked to its sources on this page; the page says so when none is recorded. */
export function cite(text: string, ids: string[]): Node {
  return ids.length ? figureLink(text, ids, {sourcesHref: ""}) : (html`${text} <span class="no-source">(source not recorded)</span>` as Node);
}

/** The anchor of a defined term: "Level 1" → "term-level-1". */
export const termId = (term: string): string => `term-${term.toLowerCase().replace(/\s+/g, "-")}`;

export function definitionList(methods: Pick<Methods, "definitions">): HTMLElement {
  return html`<dl class="definitions">${methods.definitions.map((d) => html`<div id=${termId(d.term)}><dt>${d.term}</dt><dd>${d.definition} ${cite("Source", d.sourceIds)}</dd></div>`)}</dl>` as HTMLElement;
}

export function conflictList(methods: Pick<Methods, "conflicts">): HTMLElement {
  return html`<div class="conflicts">${methods.conflicts.map((c) => html`<section class="conflict" id=${`conflict-${c.key}`} aria-labelledby=${`conflict-${c.key}-title`}>
  <h3 id=${`conflict-${c.key}-title`}>${c.title}</h3>
  <p>${c.question}</p>
  <table class="chart-table conflict-table">
    <caption class="visually-hidden">${c.title}: what each source says</caption>
    <thead><tr><th scope="col">Source</th><th scope="col">Says</th><th scope="col">Used here</th></tr></thead>
    <tbody>${c.items.map((i) => html`<tr><td>${i.label}</td><td>${cite(i.text, i.sourceIds)}</td><td>${i.used ? "yes" : "no"}</td></tr>`)}</tbody>
  </table>
  <p class="conflict-handling"><strong>How we handle it:</strong> ${c.handling}</p>
</section>`)}</div>` as HTMLElement;
}

/** Why "by August": the period ICE's figures cover, the day they were posted, and the days between. */
export function byAugustParagraph(methods: Pick<Methods, "byAugust">): HTMLElement {
  const a = methods.byAugust;
  return html`<p>News reports in ${formatDate(a.posted.slice(0, 7))} said the figures showed who had been deported “by August”. But ICE's figures cover ${cite(formatDate(a.periodStart), a.periodSourceIds)} to ${cite(formatDate(a.periodEnd), a.periodSourceIds)}. ICE posted them on ${cite(formatDate(a.posted), a.postedSourceIds)}, ${figureLink(`${formatCount(a.days)} days`, a.periodSourceIds, {sourcesHref: "", derived: `from ${formatDate(a.periodEnd)} to ${formatDate(a.posted)}`})} after the period ended. The figures were <em>published</em> in August; they count no one deported after ${formatDate(a.periodEnd)}.</p>` as HTMLElement;
}

/**
 * Every downloadable CSV with its description, row count and columns.
 * `href` gives each file's link: on the built page, a static
 * `./data/download/<name>` link, which is what makes Framework build the file.
 */
export function downloadList(methods: Pick<Methods, "downloads">, href: (d: Download) => string): HTMLElement {
  return html`<ul class="downloads">${methods.downloads.map(
    (d) => html`<li><a href=${href(d)} download=${d.name}>${d.name}</a>: ${d.description}. ${formatCount(d.rows)} rows. <span class="download-columns">Columns: ${d.columns.map((c, i) => html`${i ? ", " : ""}<code>${c}</code>`)}, <code>citation</code>.</span></li>`
  )}</ul>` as HTMLElement;
}
