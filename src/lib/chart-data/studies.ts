// The shape of data/studies.json: what the studies loader (src/data/lib/studies.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, Qualifier} from "./common.js";

/** The studies, in page order (the loader's STUDY_GROUPS says which rows belong to each). */
export type StudyKey = "warren" | "gao" | "trac-2014" | "treyger" | "miles-cox" | "trac-2017-2019" | "icirr";

export interface StudyFigureOut {
  id: string;
  figure: string;
  value: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  population: string;
  period: string | null;
  sourceIds: string[];
  note: string | null;
}

export interface StudyGroup {
  key: StudyKey;
  name: string;
  /** The study's full name as data/studies.csv gives it (first row). */
  study: string;
  /** The study's main source and its publication date (ISO, partial allowed). */
  source: string;
  date: string | null;
  sourceIds: string[];
  figures: StudyFigureOut[];
}

export interface PercentRow {
  id: string;
  study: StudyKey;
  studyName: string;
  studyShort: string;
  figure: string;
  population: string;
  period: string | null;
  value: number;
  qualifier: Qualifier;
  /** "sc": the figure describes people in Secure Communities; "wider": all ICE removals, all court respondents, or the like. */
  scope: "sc" | "wider";
  sourceIds: string[];
}

export interface MonthlyRow {
  id: string;
  /** Who counted: TRAC's count of ICE records, or ICE's own claim. */
  counter: "TRAC" | "ICE (claim)";
  /** First and last month covered (YYYY-MM). */
  start: string;
  end: string;
  months: number;
  /** The figure as the source gives it: a monthly count, a monthly average, or a total over the period. */
  published: number;
  publishedUnit: "persons" | "persons per month";
  qualifier: Qualifier;
  /** Persons per month; computed (published ÷ months) when the source gives a total. */
  perMonth: number;
  derived: boolean;
  sourceIds: string[];
}

export interface StudiesData {
  groups: StudyGroup[];
  /** Every figure of data/studies.csv by id, and the supporting sc_snapshots.csv rows under their own ids. */
  figures: Record<string, StudyFigureOut>;
  percentages: {rows: PercentRow[]; sources: Citation[]};
  monthly: {rows: MonthlyRow[]; sources: Citation[]};
  /** The Warren report's sample size as each outlet reported it: the sources disagree. */
  warrenSample: {id: string; value: number; reportedBy: string; sourceIds: string[]}[];
  /** ICE's own FY2013 Level 1 count (threat levels, all ICE removals), to set beside TRAC's 12 percent. */
  iceFy2013: {level1: number; total: number; level1Share: number; sourceIds: string[]};
  sources: Citation[];
}
