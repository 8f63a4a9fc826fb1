// Updates a drawn chart frame in place when a control changes, so that a
// slider stays within one frame of its input (npm run bench measures it)
// and the frame's words stay true to the chart: the subtitle, the
// screen-reader description, the data table and its CSV link, and on a page
// the "Embed this view" code, which carries the view now shown.
import {chartTitle, type ChartSpec, type Cited, type RenderOptions} from "./chart-spec.js";
import {dataTable} from "./chart-frame.js";
import {setCsvTable} from "./csv-link.js";
import {shareBox} from "./share-box.js";

/**
 * The frame's words for new options. With `deferTable`, the table (closed most
 * of the time, and not what the reader watches) is rebuilt after the chart has painted.
 */
export function refreshFrame<D extends Cited, O extends RenderOptions>(frame: Element, spec: ChartSpec<D, O>, data: D, options: O, {deferTable = false} = {}): void {
  const subtitle = frame.querySelector(".chart-subtitle");
  if (subtitle) subtitle.textContent = spec.subtitle(data, options);
  const description = frame.querySelector(`#${spec.slug}-desc`);
  if (description) description.textContent = spec.describe(data, options);
  const rebuildTable = () => {
    const table = spec.table(data, options);
    frame.querySelector("details.chart-data table")?.replaceWith(dataTable(table, chartTitle(spec, data)));
    const download = frame.querySelector<HTMLAnchorElement>("details.chart-data a[download]");
    if (download) setCsvTable(download, table);
    // chartFrame records the page's root (data-root) where it draws a share box.
    const share = frame.querySelector<HTMLDetailsElement>("details.chart-share");
    const root = frame.getAttribute("data-root");
    if (share && root !== null) {
      const next = shareBox(spec, data, options, root);
      (next as HTMLDetailsElement).open = share.open;
      share.replaceWith(next);
    }
  };
  if (deferTable) requestAnimationFrame(rebuildTable);
  else rebuildTable();
}

/** The chart itself through its declaration's update(), then the frame's words (for charts that declare `update`: the map, the guided headline). */
export function updateFrame<D extends Cited, O extends RenderOptions>(frame: HTMLElement, spec: ChartSpec<D, O>, data: D, options: O): void {
  const chart = frame.querySelector<HTMLElement>("[role=img]");
  if (!spec.update || !chart) throw new Error(`chart "${spec.slug}" cannot be updated in place`);
  spec.update(chart, data, options);
  refreshFrame(frame, spec, data, options, {deferTable: true});
}
