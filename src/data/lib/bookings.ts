// The levels page's bookings chart: people booked into ICE custody through
// Secure Communities by ICE category, the only sourced Level 2 / Level 3 split.
import * as aq from "arquero";
import {op} from "arquero";
import type {Booking, Bookings} from "../../lib/chart-data/levels.js";
import type {Dataset} from "./dataset.js";
import {snapshot} from "./figures.js";
import {citations, uniqueIds as unique} from "./cite.js";

/** People booked into ICE custody through Secure Communities, Oct 2008 – Feb 2011, by ICE category. */
export function bookings(data: Dataset): Bookings {
  const nonCriminal = snapshot(data, "feb2011-booked-non-criminal");
  const level2 = snapshot(data, "feb2011-booked-level2");
  const level3 = snapshot(data, "feb2011-booked-level3");
  const sourceIds = unique(nonCriminal.source_ids, level2.source_ids, level3.source_ids);
  const rows: Booking[] = [
    {key: "non-criminal", label: "Non-criminal", count: nonCriminal.value, sourceIds: nonCriminal.source_ids},
    {key: "level1", label: "Level 1", count: null, sourceIds: []},
    {key: "level2", label: "Level 2", count: level2.value, sourceIds: level2.source_ids},
    {key: "level3", label: "Level 3", count: level3.value, sourceIds: level3.source_ids}
  ];
  const levels = aq
    .from([level2, level3].map((s) => ({id: s.id, value: s.value})))
    .derive({share: (d: {value: number}) => (100 * d.value) / op.sum(d.value)})
    .objects() as {id: string; value: number; share: number}[];
  return {
    periodStart: nonCriminal.period_start,
    periodEnd: nonCriminal.period_end,
    population: "people booked into ICE custody through Secure Communities (bookings, not removals)",
    rows,
    level2: level2.value,
    level3: level3.value,
    level3ShareOfLevels23: levels.find((d) => d.id === level3.id)!.share,
    sourceIds,
    sources: citations(data, sourceIds)
  };
}
