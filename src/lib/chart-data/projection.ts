// The shape of data/projection.json: what the projection loader (src/data/lib/projection.ts) prints
// and the charts and pages read. Types only, so both layers can import them.
import type {Citation, CitedFigure} from "./common.js";
import type {CountyMonth} from "../assumptions.js";

export interface ProjectionFigure extends CitedFigure {
  id: string;
  periodStart: string | null;
  periodEnd: string;
  /** YYYY-MM of the period's end: where the figure sits on the chart. */
  month: string;
  population: string;
}

export interface Projection {
  /** First and last month of the series, YYYY-MM: the county dataset's first month to the end of GAO's count. */
  start: string;
  end: string;
  /** Active counties at each month's end (the county dataset), start to end. */
  series: CountyMonth[];
  countySourceIds: string[];
  june2010: {removed: ProjectionFigure; nonCriminal: ProjectionFigure};
  gao: {removed: ProjectionFigure; convictedShare: ProjectionFigure};
  /** The default rate: June 2010 removals ÷ county-months from `start` through June 2010. */
  derivation: {removed: number; countyMonths: number; from: string; to: string; rate: number; sourceIds: string[]};
  /** The default share with no conviction: non-criminal ÷ removed × 100 (June 2010). */
  defaultShare: number;
  /** GAO's share without a conviction: 100 − the convicted share (computed; it keeps GAO's hedge). */
  gaoNonConvictedShare: number;
  /** GAO's removals × that share: the non-criminal count GAO's figures imply (computed). */
  gaoNonConvicted: number;
  /** What GAO's count implies per county-month: over the whole series, and after the June 2010 snapshot. */
  check: {
    countyMonths: number;
    gaoRate: number;
    laterRemovals: number;
    laterCountyMonths: number;
    laterRate: number;
  };
  sources: Citation[];
}
