// Updates a drawn chart frame in place when a control changes: the chart
// itself through its spec's update(), then the subtitle, the description
// and the data table, so that all four keep saying the same thing. A slider
// that calls this instead of drawing the frame again stays within one frame
// of its input (bench/sliders.ts measures it).
import type {ChartSpec, Cited, RenderOptions} from "./chart-spec.js";
import {dataTable, tableCsv} from "./chart-frame.js";

export function updateFrame<D extends Cited, O extends RenderOptions>(frame: HTMLElement, spec: ChartSpec<D, O>, data: D, options: O): void {
  const chart = frame.querySelector<HTMLElement>("[role=img]");
  if (!spec.update || !chart) throw new Error(`chart "${spec.slug}" cannot be updated in place`);
  spec.update(chart, data, options);
  const subtitle = frame.querySelector(".chart-subtitle");
  if (subtitle) subtitle.textContent = spec.subtitle(data, options);
  const description = frame.querySelector(`#${spec.slug}-desc`);
  if (description) description.textContent = spec.describe(data, options);
  // The table is closed most of the time and not what the reader watches: rebuild it after the chart has painted.
  requestAnimationFrame(() => {
    const details = frame.querySelector("details.chart-data");
    const old = details?.querySelector("table");
    if (!details || !old) return;
    const table = spec.table(data, options);
    old.replaceWith(dataTable(table, spec.title));
    const link = details.querySelector<HTMLAnchorElement>("a[download]");
    if (link) link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(table))}`;
  });
}
