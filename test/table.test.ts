// The validator (src/data/lib/table.ts) on small inline tables: each field
// type, each constraint, the primary key and line numbers, one deliberate
// break per test, so that weakening any rule turns a test red.
import assert from "node:assert/strict";
import {test} from "node:test";
import fc from "fast-check";
import type {Field, Resource} from "../src/data/lib/data-package.js";
import {DataError} from "../src/data/lib/data-error.js";
import {isIsoDate, parseTable, readCell, readTable} from "../src/data/lib/table.js";
import {recordLines} from "../src/data/lib/csv-records.js";

const ID = "[a-z0-9]+(-[a-z0-9]+)*";
const resource = (fields: Field[], primaryKey?: string): Resource => ({name: "t", path: "t.csv", schema: {fields, primaryKey}});
const KEYED = resource(
  [
    {name: "id", type: "string", description: "a kebab-case id", constraints: {required: true, pattern: ID}},
    {name: "n", type: "integer", constraints: {required: true, minimum: 0}},
    {name: "kind", type: "string", constraints: {enum: ["a", "b"]}},
    {name: "note", type: "string"}
  ],
  "id"
);

/** The DataError that parsing `text` raises, checked to be one. */
function error(text: string, r: Resource = KEYED): DataError {
  try {
    parseTable(text, r, "data/t.csv");
  } catch (e) {
    assert.ok(e instanceof DataError, String(e));
    return e;
  }
  assert.fail("the table was accepted");
}

const cell = (raw: string, field: Field) => readCell(raw, field, "data/t.csv", 7);
const cellError = (raw: string, field: Field) => {
  try {
    cell(raw, field);
  } catch (e) {
    assert.ok(e instanceof DataError);
    return e.message;
  }
  assert.fail(`${JSON.stringify(raw)} was accepted for ${field.name}`);
};

test("a good table parses: integers become numbers, empty optional cells null, lines counted from the header", () => {
  const t = parseTable("id,n,kind,note\nx,1,a,\ny-2,0,,hello\n", KEYED, "data/t.csv");
  assert.equal(t.file, "data/t.csv");
  assert.deepEqual(t.rows, [
    {row: {id: "x", n: 1, kind: "a", note: null}, line: 2},
    {row: {id: "y-2", n: 0, kind: null, note: "hello"}, line: 3}
  ]);
});

test("the file name in errors defaults to data/<path>", () => {
  assert.throws(() => parseTable("", KEYED), {message: "data/t.csv:1: non-empty file: the file is empty"});
});

test("unique key: a repeated primary key names both lines", () => {
  const e = error("id,n,kind,note\nx,1,a,\ny,2,a,\nx,3,b,\n");
  assert.equal(e.message, 'data/t.csv:4 column "id": unique value: "x" is also on line 2');
  assert.deepEqual([e.file, e.line, e.column, e.rule], ["data/t.csv", 4, "id", "unique value"]);
});

test("a primary key of several fields: only the same values together repeat it", () => {
  const r = {name: "t", path: "t.csv", schema: {fields: [{name: "state", type: "string"}, {name: "month", type: "string"}], primaryKey: ["state", "month"]}} as Resource;
  assert.equal(parseTable("state,month\n01,2010-01\n01,2010-02\n02,2010-01\n", r).rows.length, 3);
  assert.equal(error("state,month\n01,2010-01\n02,2010-01\n01,2010-01\n", r).message, 'data/t.csv:4 column "state,month": unique value: "01, 2010-01" is also on line 2');
});

test("unique constraint on a field that is not the key", () => {
  const r = resource([{name: "a", type: "string"}, {name: "b", type: "string", constraints: {unique: true}}]);
  assert.equal(parseTable("a,b\n1,x\n1,y\n", r).rows.length, 2);
  assert.match(error("a,b\n1,x\n2,x\n", r).message, /:3 column "b": unique value: "x" is also on line 2/);
});

test("line numbers: a line break inside a quoted field moves the following records down", () => {
  const text = 'id,n,kind,note\nx,1,a,"two\nlines"\ny,1,a,"three\n\nlines"\nz,-1,a,\n';
  assert.deepEqual(recordLines(text), [1, 2, 4, 7]);
  assert.equal(error(text).message, 'data/t.csv:7 column "n": minimum 0: got "-1"');
  assert.deepEqual(recordLines('a\n"x ""quoted"" and\nbroken"\nb\n'), [1, 2, 4]);
  assert.deepEqual(recordLines("a\nb"), [1, 2]);
  // Windows line ends count once.
  assert.equal(error("id,n,kind,note\r\nx,1,a,\r\nx,2,a,\r\n").line, 3);
});

test("enum values: a value outside the list is refused, and the list is shown", () => {
  assert.equal(error("id,n,kind,note\nx,1,c,\n").message, 'data/t.csv:2 column "kind": one of the allowed values: got "c" (a, b)');
  assert.equal(cellError("A", KEYED.schema.fields[2]), 'data/t.csv:7 column "kind": one of the allowed values: got "A" (a, b)');
});

test("required value, header, field count and empty files", () => {
  assert.equal(error("id,n,kind,note\n,1,a,\n").message, 'data/t.csv:2 column "id": required value: the value is empty');
  assert.equal(error("id,kind,note\nx,a,\n").message, 'data/t.csv:1 column "n": required column: column "n" is missing from the header');
  assert.equal(error("id,n,kind,note,extra\nx,1,a,,\n").message, 'data/t.csv:1 column "extra": known column: column 5 "extra" is not in the schema');
  assert.equal(error("id,n,kind,note\nx,1,a\n").message, "data/t.csv:2: field count: expected 4 fields, found 3");
  assert.equal(error("id,n,kind,note\n").message, "data/t.csv:1: at least one row: the file has a header but no rows");
  assert.equal(error(" \n").message, "data/t.csv:1: non-empty file: the file is empty");
});

test("integer: digits only, no separators, signs, decimals or leading zeros", () => {
  const f: Field = {name: "n", type: "integer"};
  assert.equal(cell("0", f), 0);
  assert.equal(cell("46929", f), 46929);
  assert.equal(cell("-5", f), -5);
  for (const bad of ["2,08", "1.5", "007", "+5", "1e3", " 5", "5 ", "five", "9007199254740993"]) assert.match(cellError(bad, f), /column "n": integer: got/, bad);
});

test("number: decimals allowed, nothing else", () => {
  const f: Field = {name: "v", type: "number"};
  assert.equal(cell("26.2", f), 26.2);
  assert.equal(cell("-3", f), -3);
  for (const bad of ["about 47,000", "1.", ".5", "1e3", "NaN", "1,5"]) assert.match(cellError(bad, f), /column "v": number: got/, bad);
});

test("minimum and maximum, inclusive", () => {
  const f: Field = {name: "p", type: "number", constraints: {minimum: 0, maximum: 100}};
  assert.equal(cell("0", f), 0);
  assert.equal(cell("100", f), 100);
  assert.equal(cellError("100.1", f), 'data/t.csv:7 column "p": maximum 100: got "100.1"');
  assert.equal(cellError("-0.5", f), 'data/t.csv:7 column "p": minimum 0: got "-0.5"');
});

test("year, yearmonth and date types, with real months and days", () => {
  const year: Field = {name: "y", type: "year"};
  assert.equal(cell("2010", year), 2010);
  assert.match(cellError("10", year), /year \(YYYY\)/);
  assert.match(cellError("20100", year), /year \(YYYY\)/);
  const month: Field = {name: "m", type: "yearmonth"};
  assert.equal(cell("2010-06", month), "2010-06");
  for (const bad of ["2010-13", "2010-00", "2010-6", "2010-06-01", "2010"]) assert.match(cellError(bad, month), /month \(YYYY-MM\)/, bad);
  const date: Field = {name: "d", type: "date"};
  assert.equal(cell("2012-02-29", date), "2012-02-29");
  for (const bad of ["2010-02-30", "2011-02-29", "2010-04-31", "2010-06", "2010-6-1", "2010-06-00"]) assert.match(cellError(bad, date), /date \(YYYY-MM-DD\)/, bad);
});

test("day of month: a partial date must still name a real day", () => {
  const f: Field = {name: "d", type: "string", constraints: {pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?"}, "x-calendarDate": true};
  for (const ok of ["2010", "2010-06", "2010-06-30", "2012-02-29"]) assert.equal(cell(ok, f), ok);
  assert.equal(cellError("2010-06-31", f), 'data/t.csv:7 column "d": calendar date: got "2010-06-31": no such day or month');
  assert.match(cellError("2011-02-29", f), /calendar date/);
  assert.match(cellError("2010-13", f), /calendar date/);
  // Without the mark, the pattern alone decides.
  assert.equal(cell("2010-06-31", {...f, "x-calendarDate": undefined}), "2010-06-31");
});

test("number: any number of decimals, in plain notation only", () => {
  const n: Field = {name: "n", type: "number"};
  assert.equal(cell("26.2", n), 26.2);
  assert.equal(cell("0.125", n), 0.125);
  assert.equal(cell("-3", n), -3);
  for (const bad of ["1e3", "+5", ".5", "5.", "1,000"]) assert.match(cellError(bad, n), /: number: got/);
});

test("isIsoDate: every day of every month of two years, against the calendar", () => {
  for (const y of [2011, 2012]) {
    for (let m = 1; m <= 12; ++m) {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const mm = String(m).padStart(2, "0");
      assert.ok(isIsoDate(`${y}-${mm}-${String(last).padStart(2, "0")}`));
      assert.ok(!isIsoDate(`${y}-${mm}-${String(last + 1).padStart(2, "0")}`));
      assert.ok(!isIsoDate(`${y}-${mm}-00`));
    }
  }
  assert.ok(isIsoDate("2010") && isIsoDate("2010-01"));
  assert.ok(isIsoDate("2010-10-01") && isIsoDate("2012-02-29"));
  assert.ok(!isIsoDate("2010-1") && !isIsoDate("x2010") && !isIsoDate("2010-01-01x"));
});

test("pattern: the whole value must match; the error shows the field's description", () => {
  const f = KEYED.schema.fields[0];
  assert.equal(cell("a-b", f), "a-b");
  assert.equal(cellError("A-b", f), 'data/t.csv:7 column "id": pattern: got "A-b", expected a kebab-case id');
  assert.match(cellError("a-b x", f), /pattern/);
  assert.match(cellError("xa-", f), /pattern/);
  const bare: Field = {name: "z", type: "string", constraints: {pattern: "a|b"}};
  assert.equal(cellError("ab", bare), 'data/t.csv:7 column "z": pattern: got "ab", expected a|b');
});

test("list fields split on their delimiter; the pattern applies to the whole cell", () => {
  const f: Field = {name: "source_ids", type: "string", constraints: {required: true, pattern: `${ID}(;${ID})*`}, "x-list": {delimiter: ";"}};
  assert.deepEqual(cell("a;b-c", f), ["a", "b-c"]);
  assert.deepEqual(cell("a", f), ["a"]);
  assert.match(cellError("a; b", f), /pattern/);
  assert.match(cellError("a;;b", f), /pattern/);
});

test("a long bad value is cut to 80 characters in the message", () => {
  const e = cellError("x".repeat(200), {name: "n", type: "integer"});
  assert.ok(e.includes(`"${"x".repeat(80)}"`) && !e.includes("x".repeat(81)));
});

test("readTable: a missing file is a DataError naming it", () => {
  assert.throws(() => readTable("no/such/dir/t.csv", KEYED), {message: "no/such/dir/t.csv:1: file exists: the file cannot be read"});
});

test("property: any non-negative safe integer written plainly reads back as itself", () => {
  fc.assert(fc.property(fc.nat({max: Number.MAX_SAFE_INTEGER}), (n) => cell(String(n), {name: "n", type: "integer", constraints: {minimum: 0}}) === n));
});

test("property: a value parsed from a CSV cell written by d3 survives quoting, commas and line breaks", () => {
  const note: Field = {name: "note", type: "string"};
  fc.assert(
    fc.property(fc.string({minLength: 1}).filter((s) => !s.includes("\r")), (s) => {
      const text = `id,n,kind,note\nx,1,a,"${s.replaceAll('"', '""')}"\ny,2,b,\n`;
      const t = parseTable(text, KEYED);
      assert.equal(t.rows[0].row.note, s);
      assert.equal(t.rows[1].line, 3 + (s.match(/\n/g)?.length ?? 0));
      return cell(s, note) === s;
    })
  );
});

test("readTable: reads a file and names it relative to the working directory in errors", async () => {
  const {mkdtempSync, writeFileSync} = await import("node:fs");
  const {join, relative} = await import("node:path");
  const {tmpdir} = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "sc-table-"));
  const path = join(dir, "t.csv");
  writeFileSync(path, "id,n,kind,note\nx,1,a,\n");
  const t = readTable(path, KEYED);
  assert.equal(t.file, relative(process.cwd(), path));
  assert.deepEqual(t.rows[0].row, {id: "x", n: 1, kind: "a", note: null});
  writeFileSync(path, "id,n,kind,note\nx,1,a,\nx,2,a,\n");
  assert.throws(() => readTable(path, KEYED), {message: `${relative(process.cwd(), path)}:3 column "id": unique value: "x" is also on line 2`});
});

test("columns may come in any order; values are read by name", () => {
  const t = parseTable("note,kind,n,id\nhi,b,3,z\n", KEYED);
  assert.deepEqual(t.rows[0].row, {id: "z", n: 3, kind: "b", note: "hi"});
});

test("a file read again gives the same rows, and no two rows share a list", () => {
  const r = resource([
    {name: "id", type: "string", constraints: {required: true}},
    {name: "n", type: "integer", constraints: {minimum: 0}},
    {name: "ids", type: "string", "x-list": {delimiter: ";"}}
  ]);
  const text = "id,n,ids\na,1,x;y\nb,1,x;y\n";
  const first = parseTable(text, r).rows;
  const again = parseTable(text, r).rows;
  assert.deepEqual(again, first);
  assert.deepEqual(again[1].row.ids, ["x", "y"]);
  assert.notEqual(again[0].row.ids, again[1].row.ids);
  assert.notEqual(again[0].row.ids, first[0].row.ids);
  // A rejected text is not kept: it fails again, each time on its own line.
  assert.match(error("id,n,ids\na,-1,x\n", r).message, /:2 column "n": minimum 0/);
  assert.match(error("id,n,ids\na,1,x\nb,-1,x\n", r).message, /:3 column "n": minimum 0/);
});
