// Types that the loaders' JSON and the charts share: a source as a figure
// cites it, and a figure's hedge word. Both come from the data package's row
// types (rows.ts, generated from data/datapackage.json).
import type {Rows} from "../rows.js";

/** The source's own hedge word for a figure: "exact", "about", "more_than", … */
export type Qualifier = Rows["snapshots"]["qualifier"];

/** What a page needs to cite a figure: the few fields of each source it names. */
export type Citation = Pick<Rows["sources"], "id" | "publisher" | "title" | "date" | "url" | "kind">;

/** A figure as a page cites it: the value, the source's hedge word and the ids of its sources. */
export interface CitedFigure {
  value: number;
  qualifier: Qualifier;
  sourceIds: string[];
}
