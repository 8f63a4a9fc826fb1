// The arithmetic behind every derived figure. Derived numbers (26.2%, the
// 24,805 in Levels 2–3, 28.8%) are never typed into data/: they are computed
// here, from the sourced counts, at build time and in the reader's browser.

/** part as a percentage of whole; NaN when whole is not positive. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : NaN;
}

/** What is left of a whole once its listed parts are taken out; throws if the parts exceed it. */
export function remainder(whole: number, ...parts: number[]): number {
  const rest = parts.reduce((r, p) => r - p, whole);
  if (rest < 0) throw new RangeError(`parts (${parts.join(" + ")}) exceed the whole (${whole})`);
  return rest;
}

/**
 * A part derived from an approximate whole and an approximate share, rounded
 * to `precision` (the nearest 1,000, say): an "about" figure supports no more.
 */
export function approximatePart(whole: number, sharePercent: number, precision: number): number {
  return Math.round((whole * sharePercent) / 100 / precision) * precision;
}

export interface LevelCounts {
  /** People removed through the program in the period. */
  removed: number;
  /** Of whom ICE counted as "non-criminal": no criminal conviction. */
  nonCriminal: number;
  /** Of whom ICE counted as Level 1: people who had "committed or were charged with" the most serious crimes (AP). */
  level1: number;
}

export interface LevelBreakdown extends LevelCounts {
  /** Levels 2 and 3 together: the rest. ICE's release gives no split between them. */
  levels23: number;
  nonCriminalShare: number;
  level1Share: number;
  levels23Share: number;
}

/** Splits a snapshot of removals into ICE's three published groups, with shares in percent. */
export function levelBreakdown({removed, nonCriminal, level1}: LevelCounts): LevelBreakdown {
  const levels23 = remainder(removed, nonCriminal, level1);
  return {
    removed,
    nonCriminal,
    level1,
    levels23,
    nonCriminalShare: percentOf(nonCriminal, removed),
    level1Share: percentOf(level1, removed),
    levels23Share: percentOf(levels23, removed)
  };
}
