// Updates a drawn chart frame's words for new options, in place: the
// subtitle, the screen-reader description, the data table and its CSV link.
// For controls that move a mark in place (serious-range.ts's moveAssumed)
// instead of redrawing the chart, so the frame's text stays true to it.
import {chartTitle, type ChartSpec, type Cited, type RenderOptions} from "./chart-spec.js";
import {csvHref, dataTable} from "./chart-frame.js";

export function refreshFrame<D extends Cited, O extends RenderOptions>(frame: Element, spec: ChartSpec<D, O>, data: D, options: O): void {
  const subtitle = frame.querySelector(".chart-subtitle");
  if (subtitle) subtitle.textContent = spec.subtitle(data, options);
  const description = frame.querySelector(`#${spec.slug}-desc`);
  if (description) description.textContent = spec.describe(data, options);
  const table = spec.table(data, options);
  frame.querySelector("details.chart-data table")?.replaceWith(dataTable(table, chartTitle(spec, data)));
  const download = frame.querySelector<HTMLAnchorElement>("details.chart-data a[download]");
  if (download) download.href = csvHref(table);
}
