// ICE's June 30, 2010 snapshot of removals through Secure Communities (the
// AP's "about a quarter"), split into its three published groups. Computed
// once here; the headline, the levels page and its "what counts as criminal"
// control all start from it.
import {snapshot} from "./figures.js";
import {uniqueIds} from "./cite.js";
import type {Dataset, Snapshot} from "./dataset.js";
import {levelBreakdown, type LevelBreakdown} from "../../lib/shares.js";

export interface June2010 {
  removed: Snapshot;
  nonCriminal: Snapshot;
  level1: Snapshot;
  /** The counts in each group, Levels 2–3 computed as what is left. */
  breakdown: LevelBreakdown;
  /** The sources of the three published counts. */
  sourceIds: string[];
}

export function june2010(data: Dataset): June2010 {
  const removed = snapshot(data, "jun2010-removed");
  const nonCriminal = snapshot(data, "jun2010-non-criminal");
  const level1 = snapshot(data, "jun2010-level1");
  return {
    removed,
    nonCriminal,
    level1,
    breakdown: levelBreakdown({removed: removed.value, nonCriminal: nonCriminal.value, level1: level1.value}),
    sourceIds: uniqueIds(removed.source_ids, nonCriminal.source_ids, level1.source_ids)
  };
}
