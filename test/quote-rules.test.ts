// The root rules on malformed fixtures: a figure its quotes do not carry, a
// bracketed title; and the written forms a quote may use for a figure.
import assert from "node:assert/strict";
import {test} from "node:test";
import {loadDataset} from "../src/data/lib/dataset.js";
import {DataError} from "../src/data/lib/table.js";
import {derivation, figureForms, GAP_MARKER, quoteCarries, quoteGaps, tableNotation} from "../src/data/lib/quote-rules.js";
import {readPackage} from "../src/data/lib/data-package.js";
import {readTable} from "../src/data/lib/table.js";
import {DATA_DIR, fails} from "./helpers/fixtures.js";
import {copyData, setCell} from "./helpers/fixtures.js";

test("a quote carries a count in any common written form", () => {
  assert.ok(quoteCarries("removed 46,929 people", 46929, false));
  assert.ok(quoteCarries("removed 46929 people", 46929, false));
  assert.ok(quoteCarries("nearly 47,000 deportations", 47000, false));
  assert.ok(quoteCarries("47 thousand people", 47000, false));
  assert.ok(quoteCarries("some 32 million records", 32000000, false));
  assert.ok(quoteCarries("over a quarter of a million detentions", 250000, false));
  assert.ok(quoteCarries("piloted in fourteen jurisdictions", 14, false));
});

test("a quote carries a percentage as a numeral with percent, %, or in words", () => {
  assert.ok(quoteCarries("about 26.2 percent were", 26.2, true));
  assert.ok(quoteCarries("26.2% were", 26.2, true));
  assert.ok(quoteCarries("1.6 % of the sample", 1.6, true));
  assert.ok(quoteCarries("about a quarter did not", 25, true));
  assert.ok(quoteCarries("over one-quarter did not", 25, true));
  assert.ok(quoteCarries("three out of 10 had no prior convictions", 30, true));
});

test("letters match in any case, and the same quote is asked again with the same answer", () => {
  // A form is compiled only for a quote that holds its opening before the first letter as it is: the case of the letters still does not matter.
  assert.ok(quoteCarries("ABOUT 26.2 PERCENT WERE", 26.2, true));
  assert.ok(quoteCarries("26.2 Per Cent", 26.2, true));
  assert.ok(quoteCarries("Some 32 Million records", 32000000, false));
  assert.ok(quoteCarries("A Quarter did not", 25, true));
  assert.equal(quoteCarries("26,2 percent", 26.2, true), false);
  for (let i = 0; i < 2; ++i) {
    assert.ok(quoteCarries("removed 46,929 people", 46929, false));
    assert.equal(quoteCarries("removed 46.929 people", 46929, false), false);
  }
});

test("a numeral must stand alone, and a percentage needs its unit", () => {
  assert.equal(quoteCarries("in 2012 ICE said", 2, false), false);
  assert.equal(quoteCarries("removed 46,929 people", 46, false), false);
  assert.equal(quoteCarries("removed 146,929 people", 46929, false), false);
  assert.equal(quoteCarries("removed 46,9290 people", 46929, false), false);
  assert.equal(quoteCarries("26.25 percent", 26.2, true), false);
  assert.equal(quoteCarries("26 people", 26, true), false);
  assert.equal(quoteCarries("quarterly report", 25, true), false);
});

test("figureForms lists the plain and comma forms of a count", () => {
  assert.deepEqual(figureForms(46929, false).sort(), ["46,929", "46929"]);
});

test("a row says how a figure was obtained with a note starting Derived: or From table:", () => {
  assert.equal(derivation("From table: ICE FOIA table, row FY2009."), "From table: ICE FOIA table, row FY2009.");
  assert.equal(derivation("V2. Derived: total minus convicted."), "Derived: total minus convicted.");
  assert.equal(derivation("Derived:"), null);
  assert.equal(derivation("Not derived here"), null);
  assert.equal(derivation(null), null);
});

test("a figure its sources' quotes do not carry fails with file, line, column, rule, figure and source ids", () => {
  const dir = copyData();
  const line = setCell(dir, "sc_snapshots.csv", "id", "jun2010-non-criminal", "value", "12294");
  const e = fails(dir, new RegExp(`^data/sc_snapshots\\.csv:${line} column "value": a figure's quote carries the figure: 12,294 not found in the quote of ap-nydailynews-2010-08, securitymagazine-81378, ap-nbcnews-wbna38648865$`.replace("data/", ".*")));
  assert.equal(e.line, line);
  assert.equal(e.rule, "a figure's quote carries the figure");
});

test("a percentage whose quote holds the number but not as a share fails", () => {
  const dir = copyData();
  const line = setCell(dir, "studies.csv", "id", "trac349-fy2013-level1-share", "value", "13");
  fails(dir, new RegExp(`studies\\.csv:${line} column "value": a figure's quote carries the figure: 13 percent not found in the quote of trac-349`));
});

test("a source whose quote loses the figure fails the rows that cite it", () => {
  const dir = copyData();
  setCell(dir, "sources.csv", "id", "trac-570", "quote", "the monthly number of SC removals had fallen");
  fails(dir, /studies\.csv:\d+ column "value": a figure's quote carries the figure: 7,456 not found in the quote of trac-570|sc_snapshots\.csv:\d+ column "value": a figure's quote carries the figure: 7,456 not found in the quote of trac-570/);
});

test("a figure row that says it is derived passes without a quote", () => {
  const dir = copyData();
  setCell(dir, "sc_snapshots.csv", "id", "jun2010-non-criminal", "value", "12294");
  setCell(dir, "sc_snapshots.csv", "id", "jun2010-non-criminal", "note", "Derived: a test fixture's sum of two sourced counts.");
  assert.ok(loadDataset(dir).snapshots.some((s) => s.value === 12294));
});

test("a title in brackets fails", () => {
  const dir = copyData();
  const line = setCell(dir, "sources.csv", "id", "trac-570", "title", "[title not recorded]");
  const e = fails(dir, new RegExp(`sources\\.csv:${line} column "title": no title in brackets: source "trac-570"`));
  assert.equal(e.column, "title");
});

test("a quote written as our table of figures reads as a paraphrase", () => {
  assert.match(tableNotation("1,340,000 / 146,000 / 23,000")!, /' \/ '/);
  assert.match(tableNotation("~15,000")!, /'~'/);
  assert.match(tableNotation(">111,000 criminal aliens")!, /'>'/);
  assert.match(tableNotation("77 %")!, /no words/);
  assert.equal(tableNotation("nearly 47,000 … since it was introduced"), null);
  assert.equal(tableNotation("24/7 coverage, 12 percent"), null);
});

test("a source whose quote is a table of figures fails, naming the passage", () => {
  const dir = copyData();
  const line = setCell(dir, "sources.csv", "id", "trac-570", "quote", "7,456 / 6,152");
  fails(dir, new RegExp(`sources\\.csv:${line} column "quote": a quote is the source's words: source "trac-570" has the passage "7,456 / 6,152"`));
});

test("a figure row that drops its 'Quote not found:' marker fails, naming the source with no quote", () => {
  const dir = copyData();
  setCell(dir, "sc_snapshots.csv", "id", "dec2009-screened", "note", "V2.");
  fails(dir, /cis-vaughan-2010-06-11/);
});

test("each open gap says what its figure rests on", () => {
  const tables = readPackage(DATA_DIR).resources.map((r) => ({name: r.path, ...readTable(`${DATA_DIR}${r.path}`, r)}));
  const gaps = quoteGaps(tables as never);
  for (const gap of gaps) {
    const explanation = gap.slice(gap.indexOf(GAP_MARKER) + GAP_MARKER.length).trim();
    assert.ok(explanation.length > 20, `${gap}: a gap must say what the figure rests on`);
  }
});
