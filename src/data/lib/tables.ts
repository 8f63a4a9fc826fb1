// The types of the validated data: one row of each file, each file's rows, and
// each file with line numbers for the rules. Types only, so that dataset.ts
// (which loads) and rules.ts (which checks) both read them without importing each other.
import type {Rows} from "../../lib/rows.js";
import type {Table} from "./table.js";

/** Every data file's validated rows, keyed by resource name in camelCase. */
export type Dataset = {[K in keyof Rows]: Rows[K][]};

/** Each data file as validated rows with their line numbers, for rules that name a line. */
export type Tables = {[K in keyof Rows]: Table<Rows[K]>};

// Names the loaders use for one row of each file (aliases of the package's row types).
export type Source = Rows["sources"];
export type Snapshot = Rows["snapshots"];
export type YearRemovals = Rows["removalsByYear"];
export type ReportedRemovals = Rows["removalsReported"];
export type MonthRemovals = Rows["removalsByMonth"];
export type JurisdictionCount = Rows["jurisdictions"];
export type CountyMonth = Rows["countyActivations"];
export type StateActivation = Rows["stateActivations"];
export type StateCountiesMonth = Rows["stateCountiesMonthly"];
export type PlaceActivation = Rows["placeActivations"];
export type TimelineEvent = Rows["timeline"];
export type StudyFigure = Rows["studies"];
export type Definition = Rows["definitions"];
export type Qualifier = Snapshot["qualifier"];
