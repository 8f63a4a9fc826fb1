// The headline figures: ICE's June 30, 2010 snapshot of removals through
// Secure Communities, split into its three published groups.
import type {HeadlineFigure, HeadlineCategory, Headline} from "../../lib/chart-data/headline.js";
export type {HeadlineFigure, HeadlineCategory, Headline};
import {snapshot} from "./figures.js";
import * as aq from "arquero";
import {op} from "arquero";
import type {Dataset, Snapshot} from "./dataset.js";
import {citations, type Citation} from "./cite.js";
import {snapshotCounts} from "./snapshot-counts.js";
import {june2010, june2010Release} from "./june2010.js";

const asFigure = (s: Snapshot): HeadlineFigure => ({id: s.id, value: s.value, label: s.ice_label, sourceIds: s.source_ids});

export function headline(data: Dataset): Headline {
  const {removed, nonCriminal, level1, breakdown: b, sourceIds} = june2010(data);
  const later = snapshot(data, "jul2010-not-convicted-share");
  const release = june2010Release(data, removed);
  const categories = aq
    .from([
      {key: "non-criminal", label: "Non-criminal (no conviction)", count: b.nonCriminal, derived: false, sourceIds: nonCriminal.source_ids},
      {key: "level1", label: "Level 1", count: b.level1, derived: false, sourceIds: level1.source_ids},
      {key: "levels23", label: "Levels 2–3", count: b.levels23, derived: true, sourceIds}
    ])
    .derive({share: (d: {count: number}) => (100 * d.count) / op.sum(d.count)})
    .objects() as HeadlineCategory[];
  const snapshots = snapshotCounts(data);
  const terms = ["non-criminal", "Level 1", "Level 2", "Level 3"];
  const definitions = data.definitions
    .filter((d) => terms.includes(d.term))
    .map((d) => ({term: d.term, definition: d.definition, sourceIds: d.source_ids}));
  return {
    periodStart: removed.period_start!,
    periodEnd: removed.period_end,
    published: removed.published!,
    removed: asFigure(removed),
    nonCriminal: asFigure(nonCriminal),
    level1: asFigure(level1),
    categories,
    later: {...asFigure(later), qualifier: later.qualifier, periodEnd: later.period_end},
    release: {date: release.date, sourceIds: release.source_ids},
    definitions,
    snapshots: snapshots.rows,
    // The chart's own sources: the three published counts it draws, and the later snapshots its steps show.
    sources: citations(data, [...[removed, nonCriminal, level1].flatMap((s) => s.source_ids), ...snapshots.rows.flatMap((r) => r.sourceIds)])
  };
}
