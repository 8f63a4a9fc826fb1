// How figures are written, in one place: pages, chart labels, descriptions,
// tables and embeds all format through these functions, so "46,929" and
// "26.2%" read the same everywhere.
import {format} from "d3-format";
import {utcFormat, utcParse} from "d3-time-format";

export type Qualifier = "exact" | "about" | "approximately" | "more_than" | "over" | "nearly";

const count = format(",");

/** A count of people or things: 46929 → "46,929". */
export function formatCount(n: number): string {
  return count(n);
}

const thousands = format(",~");

/** A short axis tick for narrow charts: 0 → "0", 20000 → "20k", 1500 → "1.5k", 800 → "800" (never "0k"). */
export function formatTick(n: number): string {
  return Math.abs(n) >= 1000 ? `${thousands(n / 1000)}k` : String(n);
}

/** A share already in percent: 26.19 → "26.2%". One decimal unless told otherwise. */
export function formatPercent(p: number, digits = 1): string {
  return `${format(`.${digits}f`)(p)}%`;
}

/** The source's own hedge, in words: "about", "more than", "nearly", "over", or "". */
export function formatQualifier(q: Qualifier | null | undefined): string {
  switch (q) {
    case "about":
      return "about";
    case "approximately":
      return "approximately";
    case "more_than":
      return "more than";
    case "over":
      return "over";
    case "nearly":
      return "nearly";
    default:
      return "";
  }
}

/** A figure as the source states it: "about 183,000", "26%" or "more than 111,000". */
export function formatFigure(value: number, qualifier: Qualifier | null = "exact", unit = "persons"): string {
  const number = unit === "percent" ? formatPercent(value, Number.isInteger(value) ? 0 : 1) : formatCount(value);
  const q = formatQualifier(qualifier);
  return q ? `${q} ${number}` : number;
}

const day = utcFormat("%B %-d, %Y");
const month = utcFormat("%B %Y");
const parseDay = utcParse("%Y-%m-%d");
const parseMonth = utcParse("%Y-%m");

/** An ISO date, possibly partial, in words: "2010-08-09" → "August 9, 2010"; "2010-06" → "June 2010"; "2010" → "2010". */
export function formatDate(iso: string | null): string {
  if (iso === null) return "date not recorded";
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return day(parseDay(iso)!);
  if (/^\d{4}-\d{2}$/.test(iso)) return month(parseMonth(iso)!);
  return iso;
}

/** A period between two ISO dates: "October 27, 2008 – June 30, 2010". */
export function formatPeriod(start: string | null, end: string): string {
  return start ? `${formatDate(start)} – ${formatDate(end)}` : `to ${formatDate(end)}`;
}

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
/**
 * A plain name for a document whose title is not recorded (data/README.md):
 * it says what kind of document it is and ends with its date, as in
 * "ICE press release, Oct 6, 2010" or "Gilroy Dispatch article on …, Nov 10, 2010".
 */
const PLAIN_NAME = new RegExp(
  `\\b(?:article|press release|report|reports|posting|blog post|coverage|letters?|testimony)\\b.*, (?:(?:${MONTH}(?:-${MONTH})? (?:\\d{1,2}, )?)?\\d{4}(?: and \\d{4})?|date not recorded)$`
);

/** Whether a source's title is our plain name for it rather than the document's own title. */
export function isPlainName(title: string): boolean {
  return PLAIN_NAME.test(title);
}

/** A source's title: the document's own title in quotation marks; our plain name for an untitled one without them. */
export function formatTitle(title: string): string {
  return isPlainName(title) ? title : `“${title}”`;
}
