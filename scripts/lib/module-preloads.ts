// Removes the <link rel="modulepreload"> tags Framework writes into the head
// of every built page, one per script file the page will import (37 to 42 on
// the chart pages).
//
// Why: a page's text and its build-time painted charts (paint.ts) need no
// script at all, so nothing should compete with the HTML and the stylesheet
// before the first paint. The preloads do: on a slow link the reader's
// bandwidth goes to some 40 script files (Plot, d3, the map's geometry)
// while the stylesheet waits, and the first paint waits with it. Lighthouse
// shows the same thing: its simulated (Lantern) timing charges to the first
// and largest paint every request that had finished before that paint in the
// observed trace, and served locally the preloads all finish first, so their
// download over simulated slow 4G was counted against LCP (on /spread, FCP
// 3.3 s and LCP 4.9 s with them, 2.0 s and 2.1 s without, in one run).
//
// Without the preloads, each module is fetched when the page's code imports
// it: Framework's client by the page's inline module script as soon as the
// HTML is parsed, the chart code by the cells that need it. The live charts
// arrive a little later, over a painted copy of themselves.
// Framework's own three (client, runtime, stdlib) go too: the client is
// imported by the inline script anyway, and keeping the three measured no
// better than dropping them.

const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\n?/gi;

/** The page without its modulepreload links, and how many it had. */
export function withoutModulePreloads(html: string): {html: string; removed: number} {
  let removed = 0;
  const out = html.replace(MODULE_PRELOAD, () => {
    removed += 1;
    return "";
  });
  return {html: out, removed};
}
