// The sources page, written at build time: a Framework page loader (run with
// tsx) that validates data/ as the data loaders do, draws the page's lists
// with the same components the tests read (sourceEntry, figureLink and the
// methods sections), in jsdom, and prints the page's Markdown with their HTML
// in it. Why a page loader rather than code cells: the page has nothing to
// compute in the reader's browser, and drawn by code cells it appeared piece by
// piece (the whole list of sources last), shifting as it loaded. Written into
// the HTML, it shows complete before any script runs and ships no page code.
// Why not a post-build step: the page loader is the page in `npm run dev` too
// (scripts/dev.ts reruns it when data/ or the code it draws with changes), so
// there is one way the page is made. A download link is a static
// `<a href="./data/download/…" download>`, which is what makes Framework build
// the file it names.
import {installDocument} from "../scripts/lib/node-document.js";
import {emitText} from "./data/lib/emit.js";
import {methods} from "./data/lib/methods.js";
import {sourceList} from "./data/lib/source-list.js";
import {byAugustParagraph, conflictList, definitionList, downloadList} from "./components/methods-sections.js";
import {sourceCount, sourceEntries} from "./components/source-entry.js";
import {stepLabel} from "./components/walk.js";

installDocument();

/**
 * A drawn element as a Markdown HTML block: one block (no blank line inside,
 * which would end it early), with "$" written as an entity so that Framework
 * never reads a source's words as a `${…}` expression. It sits in a plain div,
 * as a code cell's output did: the layout grid (style.css, `#observablehq-main > *`)
 * gives the div the text column, and the element keeps its own width within
 * it, so the page looks exactly as it did when code cells drew it.
 */
function block(element: Node): string {
  const markup = (element as Element).outerHTML;
  return `<div>${markup.replace(/\n\s*\n/g, "\n").replace(/\$/g, "&#36;")}</div>`;
}

emitText((data) => {
  const m = methods(data);
  const sources = sourceList(data);
  return `---
title: Sources and methods
toc: false
---

<p class="kicker">${stepLabel("/sources")}</p>

# Sources and methods

<p class="lede">What each figure counts, where the sources disagree and how this notebook handles it, the data to download, and every source with the words that carry its figures.</p>

## What the figures count

${block(definitionList(m))}

## Where sources disagree

Where two sources give different figures for the same thing, this notebook shows both and says which one its charts use.

${block(conflictList(m))}

## Why “by August”

${block(byAugustParagraph(m))}

## Download the data

<p class="download-package">The whole data set in one file: <a href="./data/datapackage.zip" download="secure-communities-data.zip">secure-communities-data.zip</a>, a Frictionless Data Package (the open standard described at datapackage.org). It holds every CSV as we keep it (without the citation column), the <code>README.md</code> that explains each file, and <code>datapackage.json</code>, which declares each column's type and rules, each file's key and the links from <code>source_ids</code> to <code>sources.csv</code>, so that Frictionless tools in Python, R, JavaScript or Julia read the data as this notebook does.</p>

Every file of the notebook's data, as CSV. Each file is checked against its rules before it is published, and carries one extra last column, <code>citation</code>, naming the sources of each row as “Publisher, Title (date) URL”, several joined by “ | ”.

${block(downloadList(m, (d) => `./data/download/${d.name}`))}

## Sources

Every figure in this notebook comes from one of the sources below. Each entry gives the publisher,
the title, the date, a link, and the words of the source that carry the figure. A **secondary copy**
is a news story, blog post or repost quoting the original document; an **original** is the
publisher's own document or data set.

${block(sourceCount(sources))}

${block(sourceEntries(sources))}
`;
});
