// Renders a declared chart in Node: Plot and htl draw into a jsdom document,
// then chartImageSVG (the same code as the browser's "Download SVG") makes a
// standalone SVG with title, subtitle, legend and source line, and resvg turns
// it into a PNG. General on purpose: any chart, any options, any width.
import {JSDOM} from "jsdom";
import {Resvg} from "@resvg/resvg-js";
import {chartTitle, type ChartSpec, type Cited, type RenderOptions} from "../../src/components/chart-spec.js";
import {chartImageSVG} from "../../src/components/chart-image.js";
import {sourceText} from "../../src/components/source-line.js";

let installed = false;

/** jsdom as the global window and document, once: chart modules draw with the global document. */
export function installDocument(): void {
  if (installed) return;
  installed = true;
  const {window} = new JSDOM("<!doctype html><html><body></body></html>", {pretendToBeVisual: true});
  Object.assign(globalThis, {window, document: window.document, navigator: window.navigator});
  for (const name of ["HTMLElement", "SVGElement", "SVGSVGElement", "Element", "Node", "NodeList", "HTMLCollection", "DocumentFragment", "Event", "CustomEvent", "getComputedStyle", "XMLSerializer"]) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
}

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
