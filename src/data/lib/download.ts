// The "Download the data" files: each file of data/, validated by
// loadDataset(), printed back as CSV with one added last column, `citation`,
// naming the row's sources as "Publisher, Title (date) URL", joined by " | ".
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import {readPackage, sourceIdFields, type Resource} from "./data-package.js";
import {DEFAULT_DATA_DIR, loadDataset, resources, type Dataset, type Source} from "./dataset.js";
import {DataError} from "./data-error.js";
import {linkToPassage} from "../../lib/text-fragment.js";

/** The package's resources with their Dataset key and file stem: "sc_snapshots.csv" → "sc_snapshots". */
export function datasetKeys(dir = DEFAULT_DATA_DIR): {key: keyof Dataset; stem: string; resource: Resource}[] {
  return resources(readPackage(dir)).map(({key, resource}) => ({key, stem: resource.path.replace(/\.csv$/, ""), resource}));
}

/** One source as a citation line: "Publisher, Title (date) URL", the URL landing on the quoted passage. */
export function citationText(s: Pick<Source, "publisher" | "title" | "date" | "url" | "quote">): string {
  return `${s.publisher}, ${s.title} (${s.date ?? "date not recorded"})${s.url ? ` ${linkToPassage(s.url, s.quote)}` : ""}`;
}

/** The source ids a row names, in column order, without duplicates; a source's own row names itself. */
export function rowSourceIds(key: keyof Dataset, resource: Resource, row: Record<string, unknown>, columns = sourceIdFields(resource)): string[] {
  if (key === "sources") return [row.id as string];
  return [...new Set(columns.flatMap((c) => (row[c] as string[] | null) ?? []))];
}

/** data/<stem>.csv, validated, as CSV text with the citation column added. */
export function downloadCsv(stem: string, dir = DEFAULT_DATA_DIR, data: Dataset = loadDataset(dir)): string {
  const keys = datasetKeys(dir);
  const entry = keys.find((e) => e.stem === stem);
  if (!entry) throw new Error(`no data file data/${stem}.csv (known: ${keys.map((e) => e.stem).join(", ")})`);
  const text = readFileSync(join(dir, entry.resource.path), "utf-8").replace(/\r\n/g, "\n");
  const raw = csvParse(text);
  const parsed = data[entry.key] as unknown as Record<string, unknown>[];
  if (parsed.length !== raw.length) throw new Error(`data/${entry.resource.path}: ${raw.length} rows read but ${parsed.length} validated`);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  // Each source's citation is made once: a file of 2,652 rows cites the same
  // one or two sources on every row, and linkToPassage is the costly part.
  const citations = new Map<string, string>();
  const citation = (id: string) => citations.get(id) ?? citations.set(id, citationText(byId.get(id)!)).get(id)!;
  const columns = sourceIdFields(entry.resource);
  // The citation is added to the rows just parsed, not to copies of them.
  raw.forEach((r, i) => (r.citation = rowSourceIds(entry.key, entry.resource, parsed[i], columns).map(citation).join(" | ")));
  return `${csvFormat(raw, [...raw.columns, "citation"])}\n`;
}

/** The loader's whole job: print the file, or fail the build with one message. */
export function printDownload(stem: string | undefined): void {
  try {
    if (!stem) throw new Error("missing --file argument");
    process.stdout.write(downloadCsv(stem));
  } catch (error) {
    process.stderr.write(`${error instanceof DataError ? "Data error" : "Download error"}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
