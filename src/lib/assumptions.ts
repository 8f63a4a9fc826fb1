// The arithmetic behind the notebook's "what if" controls. Each function
// takes sourced counts and the reader's assumptions and returns what
// follows; the pages mark every result that rests on an assumption.
import {percentOf} from "./shares.js";

/** Which ICE categories count as a "serious" criminal record. */
export type SeriousDefinition = "l1" | "l12" | "any";

export const SERIOUS_DEFINITIONS: readonly {key: SeriousDefinition; label: string}[] = [
  {key: "l1", label: "Level 1 only"},
  {key: "l12", label: "Levels 1 and 2"},
  {key: "any", label: "Any conviction (Levels 1–3)"}
];

export interface SeriousCounts {
  removed: number;
  level1: number;
  /** Levels 2 and 3 together: the sources we found give no split for the June 2010 removals. */
  levels23: number;
}

export interface SeriousResult {
  serious: number;
  notSerious: number;
  seriousShare: number;
  notSeriousShare: number;
  /** True when the result depends on the assumed Level 3 share. */
  assumed: boolean;
}

/**
 * How many removals had a "serious" record under a definition. For "Levels 1
 * and 2" the Level 2 count is assumed: Levels 2–3 × (1 − the Level 3 share).
 */
export function seriousRecord({removed, level1, levels23}: SeriousCounts, definition: SeriousDefinition, level3Share: number): SeriousResult {
  const l3 = Math.min(100, Math.max(0, level3Share)) / 100;
  const serious = definition === "l1" ? level1 : definition === "any" ? level1 + levels23 : level1 + levels23 * (1 - l3);
  return {
    serious,
    notSerious: removed - serious,
    seriousShare: percentOf(serious, removed),
    notSeriousShare: percentOf(removed - serious, removed),
    assumed: definition === "l12"
  };
}

/** The whole range of answers for a definition as the Level 3 share runs from 0% to 100%. */
export function seriousRange(counts: SeriousCounts, definition: SeriousDefinition): [SeriousResult, SeriousResult] {
  return [seriousRecord(counts, definition, 0), seriousRecord(counts, definition, 100)];
}

export interface CountyMonth {
  month: string;
  /** Counties active at the end of the month. */
  counties: number;
}

/** County-months of activity from the first month through `last` (inclusive): Σ active counties. */
export function countyMonths(series: CountyMonth[], last: string): number {
  return series.filter((d) => d.month <= last).reduce((sum, d) => sum + d.counties, 0);
}

/** Removals per active county per month that reproduces `removed` over the months through `last`. */
export function removalRate(series: CountyMonth[], removed: number, last: string): number {
  const n = countyMonths(series, last);
  return n > 0 ? removed / n : NaN;
}

export interface ProjectionPoint {
  month: string;
  removed: number;
  nonConvicted: number;
}

/**
 * Cumulative removals if every active county had removed `rate` people a
 * month, `share` percent of them with no conviction, through `last`.
 */
export function project(series: CountyMonth[], {rate, share, last}: {rate: number; share: number; last: string}): ProjectionPoint[] {
  let removed = 0;
  return series
    .filter((d) => d.month <= last)
    .map((d) => {
      removed += rate * d.counties;
      return {month: d.month, removed, nonConvicted: (removed * share) / 100};
    });
}
