// ICE's June 30, 2010 snapshot of removals through Secure Communities (the
// AP's "about a quarter"), split into its three published groups. Computed
// once here; the headline, the levels page and its "what counts as criminal"
// control all start from it.
import {fileError, rowError} from "./data-error.js";
import {snapshot} from "./figures.js";
import {uniqueIds} from "./cite.js";
import type {Dataset, Snapshot, TimelineEvent} from "./dataset.js";
import {levelBreakdown, type LevelBreakdown} from "../../lib/shares.js";

export interface June2010 {
  removed: Snapshot;
  nonCriminal: Snapshot;
  level1: Snapshot;
  /** The counts in each group, Levels 2–3 computed as what is left. */
  breakdown: LevelBreakdown;
  /** The period and the four counts, as the levels page and its control print them. */
  counts: {periodStart: string; periodEnd: string; removed: number; nonCriminal: number; level1: number; levels23: number};
  /** The sources of the three published counts. */
  sourceIds: string[];
}

export function june2010(data: Dataset): June2010 {
  const removed = snapshot(data, "jun2010-removed");
  const nonCriminal = snapshot(data, "jun2010-non-criminal");
  const level1 = snapshot(data, "jun2010-level1");
  const breakdown = levelBreakdown({removed: removed.value, nonCriminal: nonCriminal.value, level1: level1.value});
  if (removed.period_start === null) throw rowError(removed, "period_start", "required value", `"${removed.id}" needs the start of its period`);
  return {
    removed,
    nonCriminal,
    level1,
    breakdown,
    counts: {
      periodStart: removed.period_start,
      periodEnd: removed.period_end,
      removed: breakdown.removed,
      nonCriminal: breakdown.nonCriminal,
      level1: breakdown.level1,
      levels23: breakdown.levels23
    },
    sourceIds: uniqueIds(removed.source_ids, nonCriminal.source_ids, level1.source_ids)
  };
}

/** The timeline event that dates ICE's posting of the June 2010 figures: the day `removed` was published. */
export function june2010Release(data: Dataset, removed: Snapshot): TimelineEvent {
  const release = data.timeline.find((e) => e.date === removed.published);
  if (!release) throw fileError(data.timeline, "date", "required event", `no event on ${removed.published}, the day the June 2010 figures were published`);
  return release;
}
