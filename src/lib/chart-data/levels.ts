// The shape of data/levels.json: what the levels loader (src/data/lib/levels.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, CitedFigure, Qualifier} from "./common.js";

/** How a snapshot's share is known. */
export type ShareBasis =
  /** computed by us from two published counts: exact. */
  | "counts"
  /** the source stated the share itself, in approximate words. */
  | "words"
  /** computed by us as 100 minus a share the source stated approximately. */
  | "complement";

export interface ShareSnapshot {
  /** The snapshot's figure id in data/sc_snapshots.csv (the share's row, or its count's row). */
  id: string;
  /** Who published it, short: "ICE (via AP)", "Washington Post". */
  source: string;
  periodStart: string | null;
  periodEnd: string;
  /** Share of people removed with no criminal conviction, in percent. */
  share: number;
  basis: ShareBasis;
  /** The source's qualifier for the share ("exact" for shares computed from counts). */
  qualifier: Qualifier;
  /** The source's own words for the share, checked against the source's quote; null when computed from counts. */
  words: string | null;
  /** How the share was obtained, in words (for the table and the figure link). */
  how: string;
  /** People removed: the denominator, when the same source published it. */
  removed: number | null;
  removedQualifier: Qualifier | null;
  /** Whom the figure describes, as data/ words it. */
  population: string;
  /** A conflict or caveat the reader must see, or null. */
  flag: string | null;
  sourceIds: string[];
}

export interface ShareSnapshots {
  rows: ShareSnapshot[];
  sources: Citation[];
}

export interface Booking {
  key: "non-criminal" | "level1" | "level2" | "level3";
  label: string;
  /** People booked into ICE custody; null where the source gave no figure (Level 1). */
  count: number | null;
  sourceIds: string[];
}

export interface Bookings {
  periodStart: string | null;
  periodEnd: string;
  population: string;
  rows: Booking[];
  level2: number;
  level3: number;
  /** Level 3 as a share of Levels 2 and 3 booked, in percent: computed, 49,019 / (24,884 + 49,019). */
  level3ShareOfLevels23: number;
  sourceIds: string[];
  sources: Citation[];
}

export interface LevelsPage {
  /** The June 2010 snapshot, for the prose: counts, and the Levels 2–3 remainder (computed). */
  june2010: June2010Counts & {nonCriminalShare: number};
  /** Rep. Thompson's wording of the GAO result ("over one-quarter"), beside our 100 − 74. */
  gaoWords: {value: number; qualifier: Qualifier; words: string; sourceIds: string[]};
  /** AP's words for the 2010 Level 1 ("had committed or were charged with"), and the sources whose quotes hold them. */
  level1Words: {words: string; sourceIds: string[]};
  /** GAO's own figure: the share of those removed who had a conviction (the GAO snapshot's share is 100 minus it). */
  gaoConvicted: {value: number; qualifier: Qualifier; sourceIds: string[]};
  definitions: {term: string; definition: string; sourceIds: string[]}[];
  shares: ShareSnapshots;
  bookings: Bookings;
  /** "What counts as criminal": June 2010 counts and the cited Level 2 / Level 3 splits. */
  serious: SeriousData;
  /** "Which snapshot": removed, with and without a conviction, at three dates. */
  snapshots: SnapshotCounts;
}

/** A Level 2 / Level 3 split a reader can borrow as the assumed share of Level 3 among Levels 2–3. */
export interface LevelSplit {
  /** What the split counts, in a few words. */
  label: string;
  periodStart: string | null;
  periodEnd: string;
  population: string;
  level2: number;
  level3: number;
  /** Level 3 as a share of Levels 2 and 3, in percent: computed. */
  level3Share: number;
  sourceIds: string[];
}

/** ICE's June 2010 counts, with their period and sources (one shape for the prose and the arithmetic). */
export interface June2010Counts {
  periodStart: string;
  periodEnd: string;
  removed: number;
  nonCriminal: number;
  level1: number;
  /** Levels 2 and 3 together: computed as the rest. */
  levels23: number;
  sourceIds: string[];
}

/** The June 2010 counts the "serious record" arithmetic needs, and the cited splits for its assumption. */
export interface SeriousData extends June2010Counts {
  /** The default assumption: Secure Communities bookings, Oct 2008 – Feb 2011. */
  bookings: LevelSplit;
  /** The alternative: all ICE removals in FY2013 (ICE threat levels; not only Secure Communities). */
  fy2013: LevelSplit;
  /**
   * The removals split the sources do give, for Oct 2008 – Feb 2011: non-criminal and
   * "convicted of misdemeanors" out of all deported. Not by ICE level, and no Level 1
   * count, so it cannot set the Level 3 share; it is shown beside the assumption.
   */
  removalsFeb2011: RemovalsByConviction;
  sources: Citation[];
}

/** A figure of a snapshot: sourced (how = null) or computed (how says how). */
export interface SnapshotFigure extends CitedFigure {
  how: string | null;
  sourceIds: string[];
}

export interface SnapshotCount {
  /** The month the snapshot ends, YYYY-MM: the `snap` link parameter. */
  key: string;
  /** Who published it, short. */
  source: string;
  periodStart: string | null;
  periodEnd: string;
  /** The source's verb: "removed" or "deported". */
  verb: string;
  population: string;
  removed: SnapshotFigure;
  convicted: SnapshotFigure;
  notConvicted: SnapshotFigure;
  /** Share of those removed with no criminal conviction, in percent. */
  notConvictedShare: SnapshotFigure;
  /** Share with a conviction, in percent. */
  convictedShare: SnapshotFigure;
  sourceIds: string[];
}

export interface SnapshotCounts {
  rows: SnapshotCount[];
  sources: Citation[];
}

export interface RemovalsByConviction {
  periodStart: string | null;
  periodEnd: string;
  published: string | null;
  removed: number;
  nonCriminal: number;
  misdemeanor: number;
  /** Everyone else removed: convicted of more than misdemeanors (computed). */
  moreThanMisdemeanor: number;
  /** (non-criminal + misdemeanor) ÷ removed, in percent: computed from sourced counts. */
  noneOrMisdemeanorShare: number;
  nonCriminalShare: number;
  sourceIds: string[];
}
