// Paint before the code: each chart's default view, drawn at build time
// (renderFrameHTML), written into the built page where the live chart will
// go, so a reader sees the chart before any chart code has loaded.
//
// The contract with the pages: an empty marker element
//   <div class="chart-paint" data-chart="SLUG"></div>
// placed immediately before the code cell that displays the chart's frame
// (data-chart="" in the embed page: the chart is the one the page's route names).
// Here the marker is removed and the frame is put into that cell, before its
// root, as an element Framework does not manage (Framework's own empty loading
// indicator gives way). The live frame removes its painted copy when it is
// drawn (chartFrame in src/components/chart-frame.ts), in the same task as it
// is put on the page, so the live chart replaces the painted one in place, with
// no moment with both (or neither) on screen. (As Framework's loading
// indicator, the paint went as soon as the cell displayed resize()'s still
// empty box, and the page jumped up and back down a frame later: a layout shift.)
// If the cell fails, Framework shows its error under the painted chart.
//
// The frame is drawn at two widths, the chart's width in a phone's layout and
// in a desktop's, and style.css shows the one that fits (`.chart-paint`);
// between the two the wider one scales down with its viewBox. Nothing in the
// painted copy takes focus, and all of it but the chart's title is hidden from
// assistive technology (renderFrameHTML): screen readers meet the title while
// the code loads, then the live chart, which replaces it, once.

/**
 * Charts that are not painted on their page: the headline's unit chart stays
 * hidden until the reader has made a guess or skipped it (the guess comes
 * before the answer), so painting it would give the answer away. Its embed is
 * still painted.
 */
export const NOT_PAINTED_ON_PAGE: ReadonlySet<string> = new Set(["one-in-four"]);

/** A chart's painted frame at one layout width. */
export interface PaintedWidth {
  /** "narrow" (phones) or "wide": the name style.css switches on. */
  layout: "narrow" | "wide";
  html: string;
}

const MARKER = /<div class="chart-paint" data-chart="([^"]*)"><\/div>\s*/g;
/** A code cell's root (Framework marks it with a comment), with the loading indicator Framework may put before it. */
const CELL_ROOT = /(<observablehq-loading><\/observablehq-loading>)?(<!--:[0-9a-f]{8}(?:-\d+)?:-->)/g;

/** The painted element that takes the place of a cell's loading indicator until the live frame removes it. */
export function paintElement(slug: string, widths: PaintedWidth[]): string {
  const inner = widths.map((w) => `<div class="chart-paint-${w.layout}">${w.html}</div>`).join("");
  return `<div class="chart-paint" data-painted="${slug}">${inner}</div>`;
}

/**
 * The page with every marker replaced by its chart's painted frame, put into
 * the next code cell. `slugFor` names the chart of a marker with an empty
 * data-chart. Throws when a marker names no chart or has no cell after it, so
 * a page edit that breaks the contract fails the build.
 */
export function injectPaint(page: string, file: string, paint: (slug: string) => string, slugFor?: string): {html: string; slugs: string[]} {
  const slugs: string[] = [];
  let out = "";
  let rest = page;
  for (;;) {
    MARKER.lastIndex = 0;
    const marker = MARKER.exec(rest);
    if (!marker) break;
    const slug = marker[1] || slugFor;
    if (!slug) throw new Error(`postbuild: ${file}: a chart-paint marker names no chart`);
    const after = rest.slice(marker.index + marker[0].length);
    CELL_ROOT.lastIndex = 0;
    const root = CELL_ROOT.exec(after);
    if (!root) throw new Error(`postbuild: ${file}: no code cell after the chart-paint marker of ${slug}`);
    out += rest.slice(0, marker.index) + after.slice(0, root.index) + paint(slug) + root[2];
    rest = after.slice(root.index + root[0].length);
    slugs.push(slug);
  }
  return {html: out + rest, slugs};
}
