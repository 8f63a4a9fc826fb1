// A legend that draws the marks its chart draws (a filled dot, an open ring,
// a diamond, a line, dashed or not), where Plot's colour legend can only draw filled squares.
// Each swatch is a small SVG beside its label, which is also what the chart
// image (chart-image.ts) reads as a legend. Keys carry the class "chart-swatch"
// like Plot's own swatches, so the checks on legends (text size, print) find them.
import {html, svg} from "htl";

export type LegendMark =
  | {mark: "dot" | "diamond"; fill: string; stroke?: string; strokeWidth?: number; label: string}
  | {mark: "line"; stroke: string; dash?: string; width?: number; label: string};

// The swatches need no aria-hidden of their own: the whole legend is hidden from screen readers.
function swatch(item: LegendMark): SVGSVGElement {
  if (item.mark === "line")
    return svg`<svg width="28" height="14"><line x1="1" y1="7" x2="27" y2="7" stroke=${item.stroke} stroke-width=${item.width ?? 2} stroke-dasharray=${item.dash ?? "none"}></line></svg>` as SVGSVGElement;
  const width = item.strokeWidth ?? 0;
  const paint = {fill: item.fill, stroke: item.stroke ?? "none", "stroke-width": width};
  return (
    item.mark === "diamond"
      ? svg`<svg width="16" height="16"><path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" ${paint}></path></svg>`
      : svg`<svg width="16" height="16"><circle cx="8" cy="8" r=${6 - width / 2} ${paint}></circle></svg>`
  ) as SVGSVGElement;
}

/** The legend row: hidden from screen readers, since the description and the table say the same. */
export function chartLegend(items: LegendMark[]): HTMLElement {
  return html`<div class="chart-legend" aria-hidden="true">${items.map((item) => html`<span class="chart-legend-key chart-swatch">${swatch(item)}${item.label}</span>`)}</div>` as HTMLElement;
}
