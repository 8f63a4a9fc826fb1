// The "What ICE counted" page: ICE's categories defined, the share of
// Secure Communities removals with no conviction in each published snapshot
// (share-snapshots.ts), the Level 2 / Level 3 split of bookings, Oct 2008 –
// Feb 2011 (bookings.ts), the "what counts as criminal" control (serious.ts)
// and the "which snapshot" control (snapshot-counts.ts). The sources we found
// give no Level 2 / Level 3 split of the June 2010 removals.
import type {LevelsPage} from "../../lib/chart-data/levels.js";
import {fileError} from "./data-error.js";
import type {Dataset} from "./dataset.js";
import {citedFigure, snapshot, sourceWords} from "./figures.js";
import {june2010} from "./june2010.js";
import {shareSnapshots} from "./share-snapshots.js";
import {bookings} from "./bookings.js";
import {seriousData} from "./serious.js";
import {snapshotCounts} from "./snapshot-counts.js";

/** Everything the levels page reads, with each chart's data computed once. */
export function levels(data: Dataset): LevelsPage {
  const june = june2010(data);
  const booked = bookings(data);
  const thompson = snapshot(data, "gao-2012-not-convicted-share-thompson");
  const gaoConvicted = snapshot(data, "gao-2012-convicted-share");
  const level1 = snapshot(data, "jun2010-level1");
  const level1Words = sourceWords(data, level1, "had committed or were charged with");
  const terms = ["non-criminal", "Level 1", "Level 2", "Level 3"];
  return {
    june2010: {...june.counts, nonCriminalShare: june.breakdown.nonCriminalShare, sourceIds: june.sourceIds},
    gaoWords: {value: thompson.value, qualifier: thompson.qualifier, words: sourceWords(data, thompson, "over one-quarter"), sourceIds: thompson.source_ids},
    gaoConvicted: citedFigure(gaoConvicted),
    // AP's description of the 2010 Level 1, linked to the sources whose quotes hold those words.
    level1Words: {words: level1Words, sourceIds: level1.source_ids.filter((id) => data.sources.find((s) => s.id === id)?.quote?.includes(level1Words))},
    definitions: terms.map((term) => {
      const d = data.definitions.find((x) => x.term === term);
      if (!d) throw fileError(data.definitions, "term", "required term", `no term "${term}"`);
      return {term: d.term, definition: d.definition, sourceIds: d.source_ids};
    }),
    shares: shareSnapshots(data),
    bookings: booked,
    serious: seriousData(data, june, booked),
    snapshots: snapshotCounts(data)
  };
}
