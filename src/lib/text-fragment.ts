// A source link that lands on the passage: the URL plus a text fragment
// (#:~:text=start,end) built from the source's verbatim quote, so a browser
// that supports text fragments scrolls to and highlights the sentence that
// holds the figure; others simply open the page. Spec: URL Fragment Text
// Directives (WICG), where "-", "," and "&" in a term must be percent-encoded.

/** Words at each end of a long passage: enough to be unique on a page, short enough to survive small layout differences. */
const EDGE_WORDS = 5;

/** Percent-encodes one term of a text directive: encodeURIComponent, plus the directive's own syntax characters. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** Trims punctuation and quote marks off the ends of a term, so it starts and ends on a word. */
function trimTerm(words: string[]): string {
  return words
    .join(" ")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[^\p{L}\p{N}]+$/u, "");
}

/**
 * The run of the quote a fragment should find: the first passage (passages are
 * joined by " || "), and within it the longest stretch without an elision
 * ("…"), since the page has words where the quote has an ellipsis.
 */
export function fragmentPassage(quote: string): string {
  const first = quote.split(" || ")[0];
  const runs = first.split(/\s*(?:…|\.\.\.)\s*/).map((s) => s.trim());
  return runs.reduce((best, run) => (run.length > best.length ? run : best), "");
}

/** The start and end terms of the directive for a quote, or null when the quote gives no words to look for. */
export function fragmentTerms(quote: string | null | undefined): {start: string; end: string | null} | null {
  if (!quote) return null;
  const words = fragmentPassage(quote).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length <= 2 * EDGE_WORDS) {
    const start = trimTerm(words);
    return start ? {start, end: null} : null;
  }
  const start = trimTerm(words.slice(0, EDGE_WORDS));
  const end = trimTerm(words.slice(-EDGE_WORDS));
  if (!start) return null;
  return {start, end: end || null};
}

/** The source URL with a text fragment for its quote; the URL unchanged when there is no quote or no URL. */
export function linkToPassage(url: string, quote: string | null | undefined): string;
export function linkToPassage(url: string | null, quote: string | null | undefined): string | null;
export function linkToPassage(url: string | null, quote: string | null | undefined): string | null {
  if (!url) return url;
  const terms = fragmentTerms(quote);
  if (!terms) return url;
  const directive = `:~:text=${encodeTerm(terms.start)}${terms.end ? `,${encodeTerm(terms.end)}` : ""}`;
  // A URL that already has a fragment keeps it; the directive follows it.
  return url.includes("#") ? `${url}${directive}` : `${url}#${directive}`;
}

/** The terms of a URL's text directive, decoded, or null when it has none (for tests and checks). */
export function directiveTerms(url: string): string[] | null {
  const at = url.indexOf(":~:text=");
  if (at < 0) return null;
  return url
    .slice(at + ":~:text=".length)
    .split(",")
    .map((t) => decodeURIComponent(t));
}
