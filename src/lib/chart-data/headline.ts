// The shape of data/headline.json: what the headline loader (src/data/lib/headline.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, CitedFigure} from "./common.js";
import type {SnapshotCount} from "./levels.js";

/** A cited figure without its hedge word (ICE's counts here are exact), with its id and ICE's label. */
export interface HeadlineFigure extends Pick<CitedFigure, "value" | "sourceIds"> {
  id: string;
  label: string;
}

export interface HeadlineCategory {
  key: "non-criminal" | "level1" | "levels23";
  label: string;
  count: number;
  share: number;
  /** True when the count is computed (the rest), not published. */
  derived: boolean;
  sourceIds: string[];
}

export interface Headline {
  periodStart: string;
  periodEnd: string;
  published: string;
  removed: HeadlineFigure;
  nonCriminal: HeadlineFigure;
  level1: HeadlineFigure;
  categories: HeadlineCategory[];
  later: HeadlineFigure & {qualifier: string; periodEnd: string};
  /** When ICE posted the figures: the timeline event that dates the release. */
  release: {date: string; sourceIds: string[]};
  definitions: {term: string; definition: string; sourceIds: string[]}[];
  /** The published snapshots (June 2010, March 2011, March 2012), each counted from the program's start: the guided steps' later counts. */
  snapshots: SnapshotCount[];
  sources: Citation[];
}
