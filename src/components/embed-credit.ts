// The one-line credit under an embedded chart: where it comes from, linking
// back to the chart's place in the notebook.
import {html} from "htl";
import type {ChartSpec} from "./chart-spec.js";

export function embedCredit(spec: Pick<ChartSpec, "page" | "slug">, rootHref: string): HTMLElement {
  const href = `${rootHref}${spec.page === "index" ? "" : spec.page}#${spec.slug}`;
  return html`<p class="chart-credit">Chart: <a href=${href}>Secure Communities, by the numbers</a>, every figure sourced.</p>` as HTMLElement;
}
