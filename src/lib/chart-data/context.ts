// The shape of data/context.json: what the context loader (src/data/lib/context.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, CitedFigure, Qualifier} from "./common.js";

export interface YearBar {
  fiscalYear: number;
  total: number;
  /** Removals of people with a recorded criminal conviction; null before ICE published the split. */
  convicted: number | null;
  /** Removals with no recorded conviction (ICE's "non-criminal"); null before the split. */
  notConvicted: number | null;
  /** True when notConvicted is computed (total − convicted), not published. */
  notConvictedComputed: boolean;
  /** convicted ÷ total in percent, computed; null before the split. */
  convictedShare: number | null;
  /** ICE's total without the "lag" carried from the previous year, where published. */
  lagExcludedTotal: number | null;
  /** Whether ICE's count for the year includes returns. */
  includesReturns: boolean;
  totalSourceIds: string[];
  splitSourceIds: string[];
}

export interface ReportedTotal {
  value: number;
  qualifier: Qualifier;
  /** A short name for the document that gives the figure. */
  label: string;
  sourceIds: string[];
  /** True for the figure the bars draw (the one in ice_removals_fy.csv). */
  inSeries: boolean;
}

export interface RemovalsByYear {
  years: YearBar[];
  /** The first fiscal year whose counts include returns, read from ICE's own words. */
  returnsFrom: number;
  returnsSourceIds: string[];
  /** The fiscal year whose total published sources disagree on, with each total. */
  conflict: {
    fiscalYear: number;
    totals: ReportedTotal[];
    /** ICE's monthly removals for that fiscal year, added up (null if the monthly table lacks any of its 12 months). */
    monthlySum: number | null;
    monthlySourceIds: string[];
  };
  sources: Citation[];
}

export interface MonthPoint {
  /** YYYY-MM */
  month: string;
  fiscalYear: number;
  total: number;
  convicted: number;
  notConvicted: number;
  /** True when ICE's data stop before the month ends. */
  partial: boolean;
  /** For a partial month, the ISO day the data run through. */
  through: string | null;
}

export interface RemovalsByMonth {
  months: MonthPoint[];
  /** The period of the headline Secure Communities figure, to shade. */
  headline: {start: string; end: string; removed: number; sourceIds: string[]};
  sourceIds: string[];
  sources: Citation[];
}

export interface ProgramShareRow {
  id: string;
  fiscalYear: number;
  share: number;
  qualifier: Qualifier;
  sourceIds: string[];
  population: string;
  /** All ICE removals that fiscal year, from ice_removals_fy.csv. */
  allRemovals: number;
  allRemovalsSourceIds: string[];
  /** share × allRemovals rounded to the nearest 1,000: a rough computed count, only where asked for. */
  roughCount: number | null;
}

export interface ProgramShare {
  shares: ProgramShareRow[];
  sources: Citation[];
}

/** A cited figure (value, hedge word, source ids): the one shape every loader uses. */
export type Figure = CitedFigure;

export interface ContextProse {
  /** The headline figure: people removed through Secure Communities. */
  /** The program's period: the day it starts is the first county activation (county data) when the source gives only the month. */
  removed: Figure & {start: string; end: string; startSourceIds: string[]};
  /** All ICE removals in the calendar months that cover the headline period, summed from the monthly table. */
  window: {first: string; last: string; months: number; total: number; tenth: number; daysBefore: number; sourceIds: string[]};
  /** All ICE removals in the fiscal years that overlap the headline period, summed. */
  fiscalYears: {years: number[]; total: number; start: string; end: string; daysBefore: number; monthsAfter: number; sourceIds: string[]};
  /** ICE's and DHS OIS's counts of criminal removals for the same years. */
  criminalCounts: {fiscalYear: number; ois: Figure; ice: Figure}[];
  /** DHS testimony's criminal shares and the same share computed from ICE's counts. */
  testimonyShares: {fiscalYear: number; stated: Figure; computed: number; computedSourceIds: string[]}[];
  /** A misprinted total and the figure it misprints. */
  typo: {fiscalYear: number; printed: Figure; correct: Figure};
}

export interface Context {
  byYear: RemovalsByYear;
  byMonth: RemovalsByMonth;
  programShare: ProgramShare;
  prose: ContextProse;
}
