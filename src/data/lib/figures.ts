// Finding the rows a loader cites by their key, and the cited figure each
// becomes: one lookup per kind of row, each failing with a one-line DataError
// that names the file and the key it lacks.
import {fileError, rowError} from "./data-error.js";
import type {Dataset, Qualifier, Snapshot, Source, YearRemovals} from "./dataset.js";
import type {CitedFigure} from "../../lib/chart-data/common.js";

export type {CitedFigure};

/** The row of sc_snapshots.csv with this id; a loader that needs a figure the file lacks stops the build. */
export function snapshot(data: Dataset, id: string): Snapshot {
  const row = data.snapshots.find((s) => s.id === id);
  if (!row) throw fileError(data.snapshots, "id", "required figure", `no figure "${id}"`);
  return row;
}

/** The row of ice_removals_fy.csv for a fiscal year; `use` says what the year is needed for. */
export function fiscalYear(data: Dataset, fy: number, use = ""): YearRemovals {
  const row = data.removalsByYear.find((r) => r.fiscal_year === fy);
  if (!row) throw fileError(data.removalsByYear, "fiscal_year", "required fiscal year", `no row for FY${fy}${use}`);
  return row;
}

/** The row of sources.csv with this id. */
export function source(data: Dataset, id: string): Source {
  const row = data.sources.find((s) => s.id === id);
  if (!row) throw fileError(data.sources, "id", "known source id", `no source "${id}"`);
  return row;
}

/** A sourced row as the figure a page cites: its value, its hedge word and its source ids. */
export function citedFigure(row: {value: number; qualifier: Qualifier; source_ids: string[]}): CitedFigure {
  return {value: row.value, qualifier: row.qualifier, sourceIds: row.source_ids};
}

/** The source's own words for a figure, checked to appear in one of its sources' quotes. */
export function sourceWords(data: Dataset, s: Snapshot, words: string): string {
  const quotes = data.sources.filter((src) => s.source_ids.includes(src.id)).map((src) => src.quote ?? "");
  if (!quotes.some((q) => q.includes(words))) {
    throw rowError(s, "source_ids", "a quote carries its figure", `the words "${words}" for figure "${s.id}" are not in the quote of any of its sources (${s.source_ids.join(", ")})`);
  }
  return words;
}
