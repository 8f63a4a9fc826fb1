// A chart's data table as CSV, headed by the table's column labels. Loaded on
// the first click of "Download this table as CSV" (csv-link.ts), so that the
// pages and embeds, where most readers never download, don't carry d3-dsv.
import {csvFormat} from "d3-dsv";
import type {ChartTable} from "./chart-spec.js";

/** The table as CSV text, headed by the table's column labels. */
export function tableCsv<R>(table: ChartTable<R>): string {
  return csvFormat(
    table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.label, r[c.key] ?? ""]))),
    table.columns.map((c) => c.label)
  );
}

/** The table as a CSV download link's href. */
export function csvHref<R>(table: ChartTable<R>): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(tableCsv(table))}`;
}
