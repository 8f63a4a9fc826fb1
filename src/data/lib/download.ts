// The "Download the data" files: each file of data/, validated by
// loadDataset(), printed back as CSV with one added last column, `citation`,
// naming the row's sources as "Publisher, Title (date) URL", joined by " | ".
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3";
import {DEFAULT_DATA_DIR, loadDataset, type Dataset, type Source} from "./dataset.js";
import * as schemas from "./schemas.js";
import {DataError, type TableSchema} from "./table.js";
import {linkToPassage} from "../../lib/text-fragment.js";

/** Dataset keys by data file stem: "studies" → "studies", "sc_snapshots" → "snapshots". */
export function datasetKeys(): {key: keyof Dataset; stem: string; schema: TableSchema}[] {
  return (Object.entries(schemas) as [string, unknown][])
    .filter(([name, s]) => name !== "allSchemas" && typeof s === "object" && s !== null && "file" in s)
    .map(([name, s]) => ({key: name as keyof Dataset, stem: (s as TableSchema).file.replace(/\.csv$/, ""), schema: s as TableSchema}));
}

/** One source as a citation line: "Publisher, Title (date) URL", the URL landing on the quoted passage. */
export function citationText(s: Pick<Source, "publisher" | "title" | "date" | "url" | "quote">): string {
  return `${s.publisher}, ${s.title} (${s.date ?? "date not recorded"})${s.url ? ` ${linkToPassage(s.url, s.quote)}` : ""}`;
}

/** The source ids a row names, in column order, without duplicates; a source's own row names itself. */
export function rowSourceIds(key: keyof Dataset, schema: TableSchema, row: Record<string, unknown>): string[] {
  if (key === "sources") return [row.id as string];
  const columns = schema.columns.filter((c) => c.type === "source-ids").map((c) => c.name);
  return [...new Set(columns.flatMap((c) => (row[c] as string[] | null) ?? []))];
}

/** data/<stem>.csv, validated, as CSV text with the citation column added. */
export function downloadCsv(stem: string, dir = DEFAULT_DATA_DIR, data: Dataset = loadDataset(dir)): string {
  const entry = datasetKeys().find((e) => e.stem === stem);
  if (!entry) throw new Error(`no data file data/${stem}.csv (known: ${datasetKeys().map((e) => e.stem).join(", ")})`);
  const text = readFileSync(join(dir, entry.schema.file), "utf-8").replace(/\r\n/g, "\n");
  const raw = csvParse(text);
  const parsed = data[entry.key] as unknown as Record<string, unknown>[];
  if (parsed.length !== raw.length) throw new Error(`data/${entry.schema.file}: ${raw.length} rows read but ${parsed.length} validated`);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const rows = raw.map((r, i) => ({
    ...r,
    citation: rowSourceIds(entry.key, entry.schema, parsed[i])
      .map((id) => citationText(byId.get(id)!))
      .join(" | ")
  }));
  return `${csvFormat(rows as Record<string, string>[], [...raw.columns, "citation"])}\n`;
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
