// Generated from data/datapackage.json by scripts/row-types.ts (`npm run row-types`).
// Do not edit: change the package and rerun.

/** A validated row of each resource, keyed by the resource's name in camelCase. */
export interface Rows {
  /** data/sources.csv: One row per source document */
  sources: {
    id: string;
    publisher: string;
    title: string;
    date: string | null;
    url: string | null;
    quote: string | null;
    summary: string | null;
    kind: "original" | "secondary";
    note: string | null;
  };
  /** data/sc_snapshots.csv: Published Secure Communities program statistics, one figure per row */
  snapshots: {
    id: string;
    metric: string;
    ice_label: string;
    value: number;
    qualifier: "exact" | "about" | "approximately" | "more_than" | "over" | "nearly";
    unit: string;
    period_start: string | null;
    period_end: string;
    published: string | null;
    population: string;
    source_ids: string[];
    note: string | null;
  };
  /** data/ice_removals_fy.csv: All ICE removals by fiscal year, FY2003–FY2014 */
  removalsByYear: {
    fiscal_year: number;
    total_removals: number;
    convicted_removals: number | null;
    non_convicted_removals: number | null;
    level1: number | null;
    level2: number | null;
    level3: number | null;
    lag_excluded_total: number | null;
    total_source_ids: string[];
    split_source_ids: string[] | null;
    level_source_ids: string[] | null;
    lag_source_ids: string[] | null;
    note: string | null;
  };
  /** data/ice_removals_fy_reported.csv: Alternative or conflicting fiscal-year figures */
  removalsReported: {
    fiscal_year: number;
    metric: "total_removals" | "convicted_removals" | "level1_share_of_convicted" | "level2_share_of_convicted" | "convicted_share";
    value: number;
    qualifier: "exact" | "about" | "approximately" | "more_than" | "over" | "nearly";
    unit: string;
    source_ids: string[];
    note: string | null;
  };
  /** data/ice_removals_monthly.csv: All ICE removals by month, Oct 2006 – Aug 2012 */
  removalsByMonth: {
    month: string;
    fiscal_year: number;
    total_removals: number;
    convicted_removals: number;
    non_convicted_removals: number;
    source_ids: string[];
    note: string | null;
  };
  /** data/sc_jurisdictions_reported.csv: ICE- and press-reported counts of activated jurisdictions */
  jurisdictions: {
    as_of: string;
    date_precision: "day" | "month" | "year" | "approximate";
    value: number;
    qualifier: "exact" | "about" | "approximately" | "more_than" | "over" | "nearly";
    states: number | null;
    unit: "jurisdictions" | "counties" | "locations";
    source_ids: string[];
    note: string | null;
  };
  /** data/sc_county_activations_monthly.csv: Counties newly activated in Secure Communities, by month */
  countyActivations: {
    month: string;
    counties_newly_activated: number;
    cumulative_counties_activated: number;
    source_ids: string[];
  };
  /** data/sc_state_activations.csv: Secure Communities activation by state */
  stateActivations: {
    state_fips: string;
    counties: number;
    counties_with_activation_date: number;
    first_county_activated: string;
    last_county_activated: string;
    source_ids: string[];
  };
  /** data/sc_state_counties_active_monthly.csv: Counties where Secure Communities was active, by state and month */
  stateCountiesMonthly: {
    state_fips: string;
    month: string;
    counties_active: number;
    counties_with_date: number;
    source_ids: string[];
  };
  /** data/sc_place_activations.csv: Activation dates of places named in the notebook */
  placeActivations: {
    place: string;
    state: string;
    fips: string;
    activated: string;
    source_ids: string[];
    reported: string | null;
    reported_source_ids: string[] | null;
    reported_text: string | null;
    note: string | null;
  };
  /** data/sc_timeline.csv: Dated events */
  timeline: {
    date: string;
    date_precision: "day" | "month" | "year" | "approximate";
    event: string;
    category: "program" | "opt-out" | "federal" | "study";
    source_ids: string[];
    quote: string | null;
    note: string | null;
  };
  /** data/studies.csv: Figures from later studies */
  studies: {
    id: string;
    study: string;
    figure: string;
    value: number | null;
    qualifier: "exact" | "about" | "approximately" | "more_than" | "over" | "nearly" | null;
    unit: string | null;
    population: string;
    period: string | null;
    source_ids: string[];
    note: string | null;
  };
  /** data/definitions.csv: ICE's terms, defined in sources' own words */
  definitions: {
    term: string;
    definition: string;
    source_ids: string[];
  };
}
