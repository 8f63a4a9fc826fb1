// The root rules for sources and the figures that cite them:
//  1. A figure's quote carries the figure: each count or percentage in data/
//     is found, in some common written form ("46,929", "46929", "26.2 percent",
//     "26.2%", "a quarter", "47,000", "32 million"), in the quote of at least
//     one source its row cites, or the row says how it was obtained instead
//     (a note that starts "Derived:" or "From table:"; or a whole file that is
//     counted from a dataset, listed in FILES_FROM_TABLES). A row whose note
//     starts "Quote not found:" is an open gap, named as such: the source's own
//     words were looked for and not found, and the note says what the figure
//     rests on. quoteGaps() lists those rows so they stay visible.
//  2. A source's title is a real title or a plain name, never a bracketed
//     description ("[title not recorded]").
//  3. A quote is the source's words, not our table of its figures: a passage
//     with no words, or written in table notation ("1,340,000 / 146,000",
//     "~15,000", ">111,000"), is a paraphrase and belongs in `summary`.
// Pure functions over parsed rows: dataset.ts calls checkQuoteRules() after
// every file has passed its schema.
import {DataError, type Located} from "./table.js";

/** A figure column and the column that names its sources. */
export interface FigureColumn {
  value: string;
  sourceIds: string;
}

/** Which columns of which data files hold counts or percentages, and where their sources are named. */
export const FIGURE_COLUMNS: Readonly<Record<string, readonly FigureColumn[]>> = {
  "sc_snapshots.csv": [{value: "value", sourceIds: "source_ids"}],
  "ice_removals_fy.csv": [
    {value: "total_removals", sourceIds: "total_source_ids"},
    {value: "convicted_removals", sourceIds: "split_source_ids"},
    {value: "non_convicted_removals", sourceIds: "split_source_ids"},
    {value: "level1", sourceIds: "level_source_ids"},
    {value: "level2", sourceIds: "level_source_ids"},
    {value: "level3", sourceIds: "level_source_ids"},
    {value: "lag_excluded_total", sourceIds: "lag_source_ids"}
  ],
  "ice_removals_fy_reported.csv": [{value: "value", sourceIds: "source_ids"}],
  "ice_removals_monthly.csv": [
    {value: "total_removals", sourceIds: "source_ids"},
    {value: "convicted_removals", sourceIds: "source_ids"},
    {value: "non_convicted_removals", sourceIds: "source_ids"}
  ],
  "sc_jurisdictions_reported.csv": [
    {value: "value", sourceIds: "source_ids"},
    {value: "states", sourceIds: "source_ids"}
  ],
  "sc_county_activations_monthly.csv": [
    {value: "counties_newly_activated", sourceIds: "source_ids"},
    {value: "cumulative_counties_activated", sourceIds: "source_ids"}
  ],
  "sc_state_activations.csv": [
    {value: "counties", sourceIds: "source_ids"},
    {value: "counties_with_activation_date", sourceIds: "source_ids"}
  ],
  "studies.csv": [{value: "value", sourceIds: "source_ids"}]
};

/**
 * Files whose every figure is read cell by cell from a source's data table or
 * counted from a dataset, so no passage of words can carry it. Each says how.
 */
export const FILES_FROM_TABLES: Readonly<Record<string, string>> = {
  "ice_removals_monthly.csv": "read cell by cell from ICE's table “ICE Total Removals Through August 25th, 2012”, one row per month",
  "sc_county_activations_monthly.csv": "counted from the county activation dataset: counties whose activation date falls in each month, and their running total",
  "sc_state_activations.csv": "counted from the county activation dataset: county FIPS codes per state, and those with an activation date"
};

/** The note markers by which a row says how a figure that no quote carries was obtained. */
export const DERIVATION_MARKERS = ["Derived:", "From table:"] as const;

/** The note marker of an open gap: the source's own words for the figure were not found. */
export const GAP_MARKER = "Quote not found:";

/** How the row says its figures were obtained ("Derived: …" or "From table: …" in its note), or null. */
export function derivation(note: string | null | undefined, markers: readonly string[] = DERIVATION_MARKERS): string | null {
  if (!note) return null;
  for (const marker of markers) {
    const at = note.indexOf(marker);
    if (at === 0 || (at > 0 && /[\s.;]/.test(note[at - 1]))) {
      const how = note.slice(at + marker.length).trim();
      if (how) return `${marker} ${how}`;
    }
  }
  return null;
}

/** Whether a row's note says how its figures were obtained, or names them an open gap (see the markers above). */
export function declaresHow(note: unknown): boolean {
  return typeof note === "string" && derivation(note, [...DERIVATION_MARKERS, GAP_MARKER]) !== null;
}

/** Shares that writers give in words; each percentage maps to its usual phrasings. */
const SHARE_WORDS: Readonly<Record<number, readonly string[]>> = {
  10: ["one in 10", "one in ten", "a tenth", "one-tenth"],
  20: ["a fifth", "one-fifth", "one fifth", "one in five"],
  25: ["a quarter", "one-quarter", "one quarter", "a fourth", "one in four"],
  30: ["three out of 10", "three out of ten", "three in 10", "three in ten"],
  33: ["a third", "one-third", "one third", "one in three"],
  50: ["half", "one in two"],
  75: ["three-quarters", "three quarters", "three in four"]
};

/** Counts that writers give in words. */
const COUNT_WORDS: Readonly<Record<number, readonly string[]>> = {
  250000: ["a quarter of a million", "quarter-million", "quarter million"],
  500000: ["half a million", "half-million"]
};

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** 46929 → "46,929". */
function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A number written in full: "1340000" → ["1340000", "1,340,000"]; "22.7" → ["22.7"]. */
function numerals(value: number): string[] {
  const [whole, fraction] = String(value).split(".");
  const forms = new Set([whole, withCommas(whole)].map((w) => (fraction ? `${w}.${fraction}` : w)));
  return [...forms];
}

/** Large round numbers in words: 32000000 → "32 million", 2300000 → "2.3 million", 47000 → "47 thousand". */
function scaled(value: number): string[] {
  const forms: string[] = [];
  for (const [size, word] of [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]] as const) {
    if (value >= size && Number.isInteger(value / (size / 100))) {
      forms.push(`${+(value / size).toFixed(2)} ${word}`);
      break;
    }
  }
  return forms;
}

/** Every common written form of a figure, longest first. */
export function figureForms(value: number, percent: boolean): string[] {
  const forms: string[] = [];
  if (percent) {
    for (const n of numerals(value)) forms.push(`${n} percent`, `${n} per cent`, `${n}-percent`, `${n}%`, `${n} %`);
    forms.push(...(SHARE_WORDS[value] ?? []));
  } else {
    forms.push(...numerals(value), ...scaled(value), ...(COUNT_WORDS[value] ?? []));
    if (Number.isInteger(value) && value < SMALL.length) forms.push(SMALL[value]);
  }
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a quote carries a figure in one of its written forms. A numeral must
 * stand alone: "2" is not found in "2012", nor "46,92" in "46,929".
 */
export function quoteCarries(quote: string, value: number, percent: boolean): boolean {
  return carries(searchable(quote), value, percent);
}

/** A quote as figures are looked for in it. */
function searchable(quote: string): string {
  // Curly and typographic variants that copies of the same words use.
  // A stray space after a thousands comma ("71, 197") is a typo in the copy, not two numbers.
  return quote
    .replace(/[\u2010-\u2013]/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/(\d), (\d{3})(?!\d)/g, "$1,$2");
}

/**
 * One written form of a figure, as a pattern compiled when first needed.
 * Digits and punctuation have no other case, so a text that does not hold
 * the form's opening before its first letter as it is ("46,929", "26.2 ")
 * cannot match, and its pattern is not compiled: most never are, and each
 * costs a loader process (and each of the sweep's) about a twentieth of a
 * millisecond to compile, some 1,500 of them.
 */
class FormPattern {
  private readonly opening: string;
  private compiled: RegExp | undefined;

  constructor(private readonly form: string) {
    this.opening = /^[^\p{L}]*/u.exec(form)![0];
  }

  test(text: string): boolean {
    if (!text.includes(this.opening)) return false;
    if (!this.compiled) {
      const startsWithDigit = /^\d/.test(this.form);
      const before = startsWithDigit ? "(?<![\\d.,]|\\d[.,])" : "(?<![\\p{L}\\d])";
      const after = /[\d%]$/.test(this.form) ? "(?![\\d%]|[.,]\\d)" : "(?![\\p{L}\\d])";
      this.compiled = new RegExp(`${before}${escape(this.form)}${after}`, "iu");
    }
    return this.compiled.test(text);
  }
}

/**
 * The patterns of a figure's written forms, made once per figure: the rules
 * run on every build and, in the data-failures sweep, some 6,000 times, each
 * time asking the same quotes about the same figures.
 */
const figurePatterns = new Map<string, FormPattern[]>();
function patternsOf(value: number, percent: boolean): FormPattern[] {
  const key = `${value} ${percent}`;
  let patterns = figurePatterns.get(key);
  if (!patterns) figurePatterns.set(key, (patterns = figureForms(value, percent).map((form) => new FormPattern(form))));
  return patterns;
}

/** Whether a searchable quote carries the figure in one of its written forms. */
function carries(text: string, value: number, percent: boolean): boolean {
  return patternsOf(value, percent).some((p) => p.test(text));
}

/** A source as the rules see it. */
export interface QuotedSource {
  id: string;
  title: string;
  quote: string | null;
}

/** A parsed data file: its name inside data/, its path for messages, and its rows. */
export interface FigureTable {
  name: string;
  file: string;
  rows: readonly Located<Record<string, unknown>>[];
}

/** Why a quote passage reads as our table notation rather than the source's words, or null when it reads as words. */
export function tableNotation(passage: string): string | null {
  if (/\d\s+\/\s+[~≈>]?\d/.test(passage)) return "it lists figures separated by ' / '";
  if (/(^|[\s(])[~≈><]\s*\d/.test(passage)) return "it marks a figure with '~', '>' or '<'";
  if (!/\p{L}/u.test(passage)) return "it has no words";
  return null;
}

/** Every quote passage written as a table of figures, as errors in file order. */
export function quoteFailures(file: string, sources: readonly Located<QuotedSource>[]): DataError[] {
  return sources.flatMap(({row, line}) => {
    for (const passage of (row.quote ?? "").split(" || ")) {
      const why = passage ? tableNotation(passage) : null;
      if (why) return [new DataError(file, line, "quote", "a quote is the source's words", `source "${row.id}" has the passage ${JSON.stringify(passage.slice(0, 60))}, which reads as a table, not a quote (${why}); put paraphrases in summary`)];
    }
    return [];
  });
}

/** Every bracketed title, as errors in file order. */
export function titleFailures(file: string, sources: readonly Located<QuotedSource>[]): DataError[] {
  return sources
    .filter(({row}) => row.title.startsWith("["))
    .map(({row, line}) => new DataError(file, line, "title", "no title in brackets", `source "${row.id}" has the placeholder title ${JSON.stringify(row.title.slice(0, 80))}; give the real title or name the document plainly (publisher, kind and date)`));
}

/** Every figure of a file that no quote of its cited sources carries and whose row does not say how it was obtained. */
export function figureFailures(table: FigureTable, sources: readonly QuotedSource[]): DataError[] {
  const columns = FIGURE_COLUMNS[table.name];
  if (!columns || FILES_FROM_TABLES[table.name]) return [];
  const quotes = new Map(sources.map((s) => [s.id, searchable(s.quote ?? "")]));
  const failures: DataError[] = [];
  for (const {row, line} of table.rows) {
    if (declaresHow(row.note)) continue;
    const percent = row.unit === "percent";
    for (const column of columns) {
      const value = row[column.value];
      if (typeof value !== "number") continue;
      const ids = (row[column.sourceIds] as string[] | null) ?? [];
      if (ids.some((id) => carries(quotes.get(id) ?? "", value, percent))) continue;
      const figure = percent ? `${value} percent` : numerals(value).at(-1)!;
      failures.push(new DataError(table.file, line, column.value, "a figure's quote carries the figure", `${figure} not found in the quote of ${ids.join(", ") || "any source (no source named)"}`));
    }
  }
  return failures;
}

/** The rows that declare an open gap ("Quote not found: …"), as "file:line: note", for maintainers' lists and tests. */
export function quoteGaps(tables: readonly FigureTable[]): string[] {
  return tables.flatMap((t) =>
    t.rows.filter(({row}) => derivation(row.note as string | null | undefined, [GAP_MARKER])).map(({row, line}) => `${t.file}:${line}: ${row.note}`)
  );
}

/** Every failure of the root rules: titles, then quotes, then each figure file in turn. */
export function quoteRuleFailures(sources: {file: string; rows: readonly Located<QuotedSource>[]}, tables: readonly FigureTable[]): DataError[] {
  const all = sources.rows.map((r) => r.row);
  return [...titleFailures(sources.file, sources.rows), ...quoteFailures(sources.file, sources.rows), ...tables.flatMap((t) => figureFailures(t, all))];
}

/** Throws the first failure of the root rules, so a build stops with one line naming file, line, column and rule. */
export function checkQuoteRules(sources: {file: string; rows: readonly Located<QuotedSource>[]}, tables: readonly FigureTable[]): void {
  const [first] = quoteRuleFailures(sources, tables);
  if (first) throw first;
}
