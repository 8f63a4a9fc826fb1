// A chart drawn straight into an element of a host page on another origin,
// with no iframe: what dist/embed/<slug>.js (built by scripts/lib/module-embeds.ts)
// exports as render(element, options). It fetches its data from our origin,
// so the host needs our CORS headers on the data (README: "Module embeds").
import type {ChartSpec} from "./chart-spec.js";
import {chartData} from "./chart-spec.js";
import {chartFrame} from "./chart-frame.js";
import {viewOptions} from "./chart-view.js";

export interface ModuleEmbedOptions {
  /** The view, as the query string of a page or embed link ("?v=1&l3=40"). */
  search?: string;
  /** The title's heading level in the host page (default 2). */
  level?: 1 | 2 | 3;
}

/** Fetches the chart's data, draws the chart with its frame into `element`, and redraws it when the element's width changes. */
export async function mountChart(spec: ChartSpec<any, any>, dataUrl: string, siteRoot: string, element: HTMLElement, options: ModuleEmbedOptions = {}): Promise<HTMLElement> {
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`${spec.slug}: data request failed (${response.status})`);
  const data = chartData(spec, await response.json());
  const view = viewOptions(spec, data, options.search ?? "");
  let width = -1;
  const draw = () => {
    const w = Math.floor(element.clientWidth || 640);
    if (w === width) return;
    width = w;
    element.replaceChildren(chartFrame(spec, data, {...view, width: w, level: options.level ?? 2, embedded: true, sourcesHref: `${siteRoot}sources`, rootHref: siteRoot}));
  };
  draw();
  new ResizeObserver(draw).observe(element);
  return element.firstElementChild as HTMLElement;
}
