// The "Download this table as CSV" link under every chart. Its file is written
// on the first click, from the table the frame shows at that moment: the CSV
// code (table-csv.ts, with d3-dsv) loads then, not with the page.
import {html} from "htl";
import type {ChartTable} from "./chart-spec.js";

/** The table each link downloads; replaced when the frame's view changes. */
const tables = new WeakMap<HTMLAnchorElement, ChartTable<any>>();

/** Until the CSV is written, the link points at its chart, so that it stays a focusable link. */
const placeholder = (a: HTMLAnchorElement) => `#${a.download.replace(/\.csv$/, "")}`;

/** Writes the link's CSV into its href (a data: URL), once per table. */
export async function writeCsv(a: HTMLAnchorElement): Promise<void> {
  const {csvHref} = await import("./table-csv.js");
  a.href = csvHref(tables.get(a)!);
}

export function csvLink<R>(slug: string, table: ChartTable<R>): HTMLAnchorElement {
  const a = html`<a download=${`${slug}.csv`}>Download this table as CSV</a>` as HTMLAnchorElement;
  a.setAttribute("href", placeholder(a));
  tables.set(a, table);
  a.addEventListener("click", async (event) => {
    if (a.getAttribute("href")!.startsWith("data:")) return; // already written: the browser downloads it
    event.preventDefault();
    await writeCsv(a);
    a.click();
  });
  return a;
}

/** After the frame's table changes: the link forgets its file, and the next click writes the new table. */
export function setCsvTable<R>(a: HTMLAnchorElement, table: ChartTable<R>): void {
  tables.set(a, table);
  a.setAttribute("href", placeholder(a));
}
