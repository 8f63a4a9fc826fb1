// In an embed, the view's assumptions in one line, each value marked as
// assumed as on the page (.fig-assumed), because the embed has no controls
// or prose around it to say which numbers are the reader's choice.
import {html} from "htl";
import type {ChartSpec, RenderOptions} from "./chart-spec.js";
import {assumedFigure} from "./figure-link.js";

export function viewAssumptions<D, O extends RenderOptions>(spec: Pick<ChartSpec<any, O>, "view">, data: D, options: O): HTMLElement | null {
  const assumed = spec.view?.assumed?.(options, data);
  if (!assumed?.length) return null;
  return html`<p class="chart-assumed">Assumed in this view: ${assumed.map(
    (a, i) => html`${i ? "; " : ""}${assumedFigure(a.value)} ${a.what}`
  )}.</p>` as HTMLElement;
}
