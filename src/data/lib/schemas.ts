// The schema of every file in data/: its columns, their types and its key.
// data/README.md documents the same columns for people; tests check the two agree.
import type {TableSchema} from "./table.js";

export const QUALIFIERS = ["exact", "about", "approximately", "more_than", "over", "nearly"] as const;
const precision = ["day", "month", "year", "approximate"] as const;

export const sources: TableSchema = {
  file: "sources.csv",
  key: "id",
  columns: [
    {name: "id", type: "id"},
    {name: "publisher", type: "text"},
    {name: "title", type: "text"},
    // Some sources were read without a recorded publication date; those stay empty, never guessed.
    {name: "date", type: "date", optional: true},
    {name: "url", type: "url", optional: true},
    // Required for every source that a number cites (dataset.ts checks); a source
    // cited only for a dated event may have no verbatim passage recorded.
    {name: "quote", type: "text", optional: true},
    // A paraphrase of what the source says, for maintainers and summaries; never shown as a quote.
    {name: "summary", type: "text", optional: true},
    {name: "kind", type: "enum", values: ["original", "secondary"]},
    {name: "note", type: "text", optional: true}
  ]
};

export const snapshots: TableSchema = {
  file: "sc_snapshots.csv",
  key: "id",
  columns: [
    {name: "id", type: "id"},
    {name: "metric", type: "text"},
    {name: "ice_label", type: "text"},
    {name: "value", type: "number"},
    {name: "qualifier", type: "enum", values: QUALIFIERS},
    {name: "unit", type: "text"},
    {name: "period_start", type: "date", optional: true},
    {name: "period_end", type: "date"},
    {name: "published", type: "date", optional: true},
    {name: "population", type: "text"},
    {name: "source_ids", type: "source-ids"},
    {name: "note", type: "text", optional: true}
  ]
};

export const removalsByYear: TableSchema = {
  file: "ice_removals_fy.csv",
  key: "fiscal_year",
  columns: [
    {name: "fiscal_year", type: "year"},
    {name: "total_removals", type: "count"},
    {name: "convicted_removals", type: "count", optional: true},
    {name: "non_convicted_removals", type: "count", optional: true},
    {name: "level1", type: "count", optional: true},
    {name: "level2", type: "count", optional: true},
    {name: "level3", type: "count", optional: true},
    {name: "lag_excluded_total", type: "count", optional: true},
    {name: "total_source_ids", type: "source-ids"},
    {name: "split_source_ids", type: "source-ids", optional: true},
    {name: "level_source_ids", type: "source-ids", optional: true},
    {name: "lag_source_ids", type: "source-ids", optional: true},
    {name: "note", type: "text", optional: true}
  ]
};

export const removalsReported: TableSchema = {
  file: "ice_removals_fy_reported.csv",
  columns: [
    {name: "fiscal_year", type: "year"},
    {name: "metric", type: "enum", values: ["total_removals", "convicted_removals", "level1_share_of_convicted", "level2_share_of_convicted", "convicted_share"]},
    {name: "value", type: "number"},
    {name: "qualifier", type: "enum", values: QUALIFIERS},
    {name: "unit", type: "text"},
    {name: "source_ids", type: "source-ids"},
    {name: "note", type: "text", optional: true}
  ]
};

export const removalsByMonth: TableSchema = {
  file: "ice_removals_monthly.csv",
  key: "month",
  columns: [
    {name: "month", type: "month"},
    {name: "fiscal_year", type: "year"},
    {name: "total_removals", type: "count"},
    {name: "convicted_removals", type: "count"},
    {name: "non_convicted_removals", type: "count"},
    {name: "source_ids", type: "source-ids"},
    {name: "note", type: "text", optional: true}
  ]
};

export const jurisdictions: TableSchema = {
  file: "sc_jurisdictions_reported.csv",
  columns: [
    {name: "as_of", type: "date"},
    {name: "date_precision", type: "enum", values: precision},
    {name: "value", type: "count"},
    {name: "qualifier", type: "enum", values: QUALIFIERS},
    {name: "states", type: "count", optional: true},
    {name: "unit", type: "enum", values: ["jurisdictions", "counties", "locations"]},
    {name: "source_ids", type: "source-ids"},
    {name: "note", type: "text", optional: true}
  ]
};

export const countyActivations: TableSchema = {
  file: "sc_county_activations_monthly.csv",
  key: "month",
  columns: [
    {name: "month", type: "month"},
    {name: "counties_newly_activated", type: "count"},
    {name: "cumulative_counties_activated", type: "count"},
    {name: "source_ids", type: "source-ids"}
  ]
};

export const stateActivations: TableSchema = {
  file: "sc_state_activations.csv",
  key: "state_fips",
  columns: [
    {name: "state_fips", type: "fips"},
    {name: "counties", type: "count"},
    {name: "counties_with_activation_date", type: "count"},
    {name: "first_county_activated", type: "date"},
    {name: "last_county_activated", type: "date"},
    {name: "source_ids", type: "source-ids"}
  ]
};

/** Counties active per state at each month's end; the state-and-month pair is unique (dataset.ts checks it). */
export const stateCountiesMonthly: TableSchema = {
  file: "sc_state_counties_active_monthly.csv",
  columns: [
    {name: "state_fips", type: "fips"},
    {name: "month", type: "month"},
    {name: "counties_active", type: "count"},
    {name: "counties_with_date", type: "count"},
    {name: "source_ids", type: "source-ids"}
  ]
};

export const placeActivations: TableSchema = {
  file: "sc_place_activations.csv",
  key: "fips",
  columns: [
    {name: "place", type: "text"},
    {name: "state", type: "text"},
    {name: "fips", type: "fips"},
    {name: "activated", type: "date"},
    {name: "source_ids", type: "source-ids"},
    {name: "reported", type: "date", optional: true},
    {name: "reported_source_ids", type: "source-ids", optional: true},
    {name: "reported_text", type: "text", optional: true},
    {name: "note", type: "text", optional: true}
  ]
};

export const timeline: TableSchema = {
  file: "sc_timeline.csv",
  columns: [
    {name: "date", type: "date"},
    {name: "date_precision", type: "enum", values: precision},
    {name: "event", type: "text"},
    {name: "category", type: "enum", values: ["program", "opt-out", "federal", "study"]},
    {name: "source_ids", type: "source-ids"},
    {name: "quote", type: "text", optional: true},
    {name: "note", type: "text", optional: true}
  ]
};

export const studies: TableSchema = {
  file: "studies.csv",
  key: "id",
  columns: [
    {name: "id", type: "id"},
    {name: "study", type: "text"},
    {name: "figure", type: "text"},
    {name: "value", type: "number", optional: true},
    {name: "qualifier", type: "enum", values: QUALIFIERS, optional: true},
    {name: "unit", type: "text", optional: true},
    {name: "population", type: "text"},
    {name: "period", type: "text", optional: true},
    {name: "source_ids", type: "source-ids"},
    {name: "note", type: "text", optional: true}
  ]
};

export const definitions: TableSchema = {
  file: "definitions.csv",
  key: "term",
  columns: [
    {name: "term", type: "text"},
    {name: "definition", type: "text"},
    {name: "source_ids", type: "source-ids"}
  ]
};

/** Every data file, in the order data/README.md lists them. */
export const allSchemas = [
  sources,
  snapshots,
  removalsByYear,
  removalsReported,
  removalsByMonth,
  jurisdictions,
  countyActivations,
  stateActivations,
  stateCountiesMonthly,
  placeActivations,
  timeline,
  studies,
  definitions
] as const;
