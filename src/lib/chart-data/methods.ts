// The shape of data/methods.json: what the methods loader (src/data/lib/methods.ts) prints
// and the sources page draws (src/components/methods-sections.ts). Types only, so both layers can import them.

/** One side of a conflict: a figure or a date, as one source gives it. */
export interface ConflictItem {
  /** Who says it. */
  label: string;
  /** The figure or date in words, formatted from data. */
  text: string;
  /** Sources; empty when the data records none (the page says so). */
  sourceIds: string[];
  /** Whether the notebook's charts and totals use this value. */
  used: boolean;
}

export interface Conflict {
  key: string;
  title: string;
  /** What is in dispute, in a sentence. */
  question: string;
  items: ConflictItem[];
  /** How the notebook handles it. */
  handling: string;
}

export interface Download {
  /** File stem: "studies" for data/studies.csv. */
  file: string;
  name: string;
  description: string;
  rows: number;
  columns: string[];
}

export interface Methods {
  definitions: {term: string; definition: string; sourceIds: string[]}[];
  conflicts: Conflict[];
  byAugust: {
    posted: string;
    postedSourceIds: string[];
    /** What the timeline says happened that day. */
    event: string;
    periodStart: string;
    periodEnd: string;
    periodSourceIds: string[];
    /** Days from the end of the period to the day ICE posted the figures. */
    days: number;
  };
  downloads: Download[];
}
