// The sources page's data: every source with its quote, and where the
// notebook uses it (which data file, how many figures).
import * as aq from "arquero";
import {readPackage, sourceIdFields, type DataPackage} from "./data-package.js";
import {DEFAULT_DATA_DIR, resources, type Dataset, type Source} from "./dataset.js";

/** A source as readers see it: maintainers' working notes and our paraphrase (note, summary) stay in data/. */
export interface SourceEntry extends Omit<Source, "note" | "summary"> {
  /** Data files that cite this source, with the number of rows citing it. */
  citedBy: {file: string; rows: number}[];
}

export function sourceList(data: Dataset, pkg: DataPackage = readPackage(DEFAULT_DATA_DIR)): SourceEntry[] {
  // One row per (file, source id) citation, counted with arquero.
  const citations = resources(pkg)
    .filter(({key}) => key !== "sources")
    .flatMap(({key, resource}) => {
      const idColumns = sourceIdFields(resource);
      return (data[key] as unknown as Record<string, string[] | null>[]).flatMap((row) =>
        [...new Set(idColumns.flatMap((c) => row[c] ?? []))].map((id) => ({id, file: `data/${resource.path}`}))
      );
    });
  const counts = aq.from(citations).groupby("id", "file").count({as: "rows"}).orderby("id", "file").objects() as {id: string; file: string; rows: number}[];
  return [...data.sources]
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id))
    .map(({note: _note, summary: _summary, ...s}) => ({...s, citedBy: counts.filter((c) => c.id === s.id).map(({file, rows}) => ({file, rows}))}));
}
