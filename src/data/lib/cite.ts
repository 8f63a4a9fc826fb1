// What a page needs to cite a figure: the few fields of each source it names.
import {fileError} from "./data-error.js";
import type {Dataset} from "./dataset.js";
import type {Citation} from "../../lib/chart-data/common.js";

export type {Citation};

/** The sources named by ids, in order of first mention, without duplicates. */
export function citations(data: Dataset, ids: Iterable<string>): Citation[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].map((id) => {
    const s = byId.get(id);
    if (!s) throw fileError(data.sources, "id", "known source id", `no source "${id}"`);
    return {id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, kind: s.kind};
  });
}

/** Source ids from several lists, each once, in order of first mention. */
export function uniqueIds(...lists: Iterable<string>[]): string[] {
  return [...new Set(lists.flatMap((l) => [...l]))];
}
