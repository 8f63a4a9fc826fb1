// Renders a declared chart in Node: Plot and htl draw into a jsdom document,
// then chartImageSVG (the same code as the browser's "Download SVG") makes a
// standalone SVG with title, subtitle, legend and source line, and resvg turns
// it into a PNG. General on purpose: any chart, any options, any width.
import {Resvg} from "@resvg/resvg-js";
import {chartTitle, type ChartSpec, type Cited, type RenderOptions} from "../../src/components/chart-spec.js";
import {chartImageSVG} from "../../src/components/chart-image.js";
import {sourceText} from "../../src/components/source-line.js";
import {chartFrame, type FrameOptions} from "../../src/components/chart-frame.js";
import {installDocument} from "./node-document.js";

export interface RenderChartOptions extends Partial<RenderOptions> {
  width: number;
  /** A credit line under the source line. */
  credit?: string;
}

/** The chart's view drawn with these options, as a standalone SVG document. */
export function renderChartSVG<D extends Cited, O extends RenderOptions>(spec: ChartSpec<D, O>, data: D, options: RenderChartOptions): string {
  installDocument();
  const o = {...options} as unknown as O;
  const chart = spec.render(data, o);
  // Attached, as in the page, for renderers that look at their parent.
  document.body.append(chart);
  try {
    return chartImageSVG({title: chartTitle(spec, data), subtitle: spec.subtitle(data, o), source: sourceText(data), credit: options.credit}, chart, options.width);
  } finally {
    chart.remove();
  }
}

/** An SVG document as a PNG, at `scale` times its size, with the machine's fonts. */
export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: {mode: "zoom", value: scale},
    background: "#ffffff",
    // Generic families resolve to a font every Linux has when the stack's first choices are missing.
    font: {loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans"}
  });
  return resvg.render().asPng();
}

/** A path longer than this (characters) is an outline, drawn to whole pixels when painted. */
const LONG_PATH = 400;
/** Elements a keyboard can reach. */
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

/**
 * The chart's whole frame (title, subtitle, chart, description, downloads,
 * data table, source line, share box or credit) drawn with these options, as
 * static HTML to paint in the page before the chart code runs. It is the very
 * markup the browser's chartFrame makes, so it takes the same room; but its
 * ids are prefixed with `paintId` (the live frame keeps its own), it is not a
 * `figure.chart` (tests and scripts that look for the live chart don't find
 * it), nothing in it can take focus, and all of it but the title is hidden
 * from assistive technology.
 */
/**
 * An outline of straight lines in whole pixels (M, L and Z, as d3.geoPath and
 * Plot's lines write them, once rounded), rewritten with each step relative
 * to the last point (h, v or l), repeated points dropped: the same shape in
 * about half the bytes. Any other path is returned as it is.
 */
export function relativeOutline(d: string): string {
  if (!/^(?:[ML]-?\d+,-?\d+|Z)+$/.test(d)) return d;
  let out = "";
  let [x, y, x0, y0] = [0, 0, 0, 0];
  for (const [, command, a, b] of d.matchAll(/([MLZ])(?:(-?\d+),(-?\d+))?/g)) {
    if (command === "Z") {
      out += "Z";
      [x, y] = [x0, y0];
      continue;
    }
    const [nx, ny] = [Number(a), Number(b)];
    if (command === "M") {
      out += `M${nx},${ny}`;
      [x0, y0] = [nx, ny];
    } else if (nx === x && ny === y) {
      continue;
    } else if (ny === y) {
      out += `h${nx - x}`;
    } else if (nx === x) {
      out += `v${ny - y}`;
    } else {
      out += `l${nx - x},${ny - y}`;
    }
    [x, y] = [nx, ny];
  }
  return out;
}

/** At least this many plain rects in a row are merged into one path (a bar chart's few bars stay rects). */
const MERGED_RECTS = 20;
const PLAIN_RECT = new Set(["x", "y", "width", "height"]);

/** Replaces each run of MERGED_RECTS or more sibling rects that have only x, y, width and height (and no children) with one path drawing them all. */
export function mergeRects(parent: Element): void {
  const plain = (el: Element | null) => el?.tagName.toLowerCase() === "rect" && !el.firstChild && [...el.attributes].every((a) => PLAIN_RECT.has(a.name));
  let run: Element[] = [];
  const flush = () => {
    if (run.length >= MERGED_RECTS) {
      const d = run.map((r) => {
        const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(r.getAttribute(a) ?? 0));
        return `M${x},${y}h${w}v${h}h${-w}z`;
      });
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", d.join(""));
      run[0].before(path);
      for (const r of run) r.remove();
    }
    run = [];
  };
  for (const child of [...parent.children]) {
    if (plain(child)) run.push(child);
    else flush();
  }
  flush();
}

export function renderFrameHTML<D extends Cited, O extends RenderOptions>(spec: ChartSpec<D, O>, data: D, options: O & FrameOptions & {paintId?: string}): string {
  installDocument();
  const frame = chartFrame(spec, data, options);
  document.body.append(frame);
  try {
    frame.className = "chart-painted";
    frame.removeAttribute("data-chart");
    const all = [frame, ...frame.querySelectorAll("*")];
    // The live frame's ids stay its own: the frame's are dropped, and the
    // chart's internal ones (patterns, clip paths) renamed with their references.
    frame.removeAttribute("id");
    const renamed = new Map<string, string>();
    for (const el of all) {
      for (const name of ["for", "aria-labelledby", "aria-describedby", "aria-controls"]) el.removeAttribute(name);
      if (el.id) renamed.set(el.id, `${options.paintId ?? "paint"}-${el.id}`), (el.id = renamed.get(el.id)!);
    }
    for (const el of all) {
      for (const attr of [...el.attributes]) {
        const value = attr.value.replace(/url\(#([^)]+)\)/g, (m, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : m));
        const href = /^#(.+)$/.exec(value)?.[1];
        const next = href && renamed.has(href) ? `#${renamed.get(href)}` : value;
        if (next !== attr.value) attr.value = next;
      }
    }
    // Fewer digits in paths, which nobody sees in a placeholder shown for a
    // moment: long outlines (the map's states) to whole pixels, which halves
    // the map's weight again; small shapes (dots, symbols) to a tenth.
    for (const path of frame.querySelectorAll("path[d]")) {
      const d = path.getAttribute("d")!;
      path.setAttribute("d", d.length > LONG_PATH ? relativeOutline(d.replace(/(\d+\.\d+)/g, (x) => String(Math.round(Number(x))))) : d.replace(/(\d+\.\d)\d+/g, "$1"));
    }
    // A run of plain squares (a unit chart's hundreds of them, coloured by
    // their group) becomes one path: the same squares, in a fifth of the bytes.
    for (const group of new Set([...frame.querySelectorAll("svg rect")].map((r) => r.parentElement!))) mergeRects(group);
    // Collapsed panels (the data table, the embed code) show only their summary: their content is not needed to paint.
    for (const details of frame.querySelectorAll("details:not([open])")) {
      for (const child of [...details.childNodes]) if (!(child instanceof window.HTMLElement && child.tagName === "SUMMARY")) child.remove();
    }
    for (const el of frame.querySelectorAll(FOCUSABLE)) el.setAttribute("tabindex", "-1");
    for (const el of frame.querySelectorAll("button, input, select, textarea")) el.setAttribute("disabled", "");
    // Data URLs (the CSV download) are long and useless before the code runs.
    for (const a of frame.querySelectorAll<HTMLAnchorElement>("a[href^='data:']")) a.setAttribute("href", "#");
    // Screen readers meet the title, which gives the page its heading while the
    // code loads, and nothing else: the live frame brings the rest once, in its place.
    for (const child of frame.children) if (!child.classList.contains("chart-title")) child.setAttribute("aria-hidden", "true"), child.setAttribute("inert", "");
    return frame.outerHTML;
  } finally {
    frame.remove();
  }
}
