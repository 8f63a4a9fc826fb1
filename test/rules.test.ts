// The project's own rules (src/data/lib/rules.ts), each broken on purpose on
// small hand-made tables (fast: Stryker runs this file for every mutant).
// rules-fixtures.test.ts breaks the same rules in copies of data/.
import assert from "node:assert/strict";
import {test} from "node:test";
import fc from "fast-check";
import type {DataPackage} from "../src/data/lib/data-package.js";
import {DataError} from "../src/data/lib/data-error.js";
import {type CountyMonth, type Snapshot, type StateActivation, type Tables} from "../src/data/lib/dataset.js";
import * as rules from "../src/data/lib/rules.js";
import type {Table} from "../src/data/lib/table.js";

const table = <R>(rows: R[], file = "data/t.csv"): Table<R> => ({file, rows: rows.map((row, i) => ({row, line: i + 2}))});

function message(run: () => void): string {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof DataError, String(e));
    return e.message;
  }
  assert.fail("the rule accepted broken data");
}

// A package of two resources: sources, and figures citing them through a list field.
const PKG: DataPackage = {
  name: "p",
  title: "p",
  resources: [
    {name: "sources", path: "sources.csv", schema: {fields: [{name: "id", type: "string"}, {name: "quote", type: "string"}], primaryKey: "id"}},
    {
      name: "figure-rows",
      path: "figures.csv",
      schema: {
        fields: [{name: "value", type: "number"}, {name: "source_ids", type: "string", "x-list": {delimiter: ";"}}, {name: "extra_ids", type: "string", "x-list": {delimiter: ";"}}],
        "x-listForeignKeys": [
          {fields: "source_ids", reference: {resource: "sources", fields: "id"}},
          {fields: "extra_ids", reference: {resource: "sources", fields: "id"}}
        ]
      }
    },
    {name: "events", path: "events.csv", schema: {fields: [{name: "event", type: "string"}, {name: "source_ids", type: "string"}], "x-listForeignKeys": [{fields: "source_ids", reference: {resource: "sources", fields: "id"}}]}}
  ]
};

function tables(sources: {id: string; quote: string | null}[], figures: {value: number | null; source_ids: string[]; extra_ids: string[] | null}[], events: {event: string; source_ids: string[]}[] = []): Tables {
  return {sources: table(sources, "data/sources.csv"), figureRows: table(figures, "data/figures.csv"), events: table(events, "data/events.csv")} as unknown as Tables;
}

test("list foreign keys: every id of every list column must be a source", () => {
  const good = tables([{id: "a", quote: "q"}, {id: "b", quote: null}], [{value: 1, source_ids: ["a"], extra_ids: null}], [{event: "e", source_ids: ["b"]}]);
  rules.checkListForeignKeys(PKG, good);
  rules.checkSourcesCited(PKG, good);
  const bad = tables([{id: "a", quote: "q"}], [{value: 1, source_ids: ["a"], extra_ids: null}, {value: 2, source_ids: ["a"], extra_ids: ["a", "zz"]}]);
  assert.equal(message(() => rules.checkListForeignKeys(PKG, bad)), 'data/figures.csv:3 column "extra_ids": known source id: "zz" is not an id in data/sources.csv');
  const inEvents = tables([{id: "a", quote: "q"}], [{value: 1, source_ids: ["a"], extra_ids: null}], [{event: "e", source_ids: ["nope"]}]);
  assert.match(message(() => rules.checkListForeignKeys(PKG, inEvents)), /events\.csv:2 column "source_ids": known source id/);
});

test("every source is cited: a source no row names fails on its own line", () => {
  const t = tables([{id: "a", quote: "q"}, {id: "lonely", quote: "q"}], [{value: 1, source_ids: ["a"], extra_ids: null}]);
  assert.equal(message(() => rules.checkSourcesCited(PKG, t)), 'data/sources.csv:3 column "id": every source is cited: source "lonely" is cited by no figure');
  // Cited only from a second list column still counts.
  rules.checkSourcesCited(PKG, tables([{id: "a", quote: "q"}, {id: "b", quote: "q"}], [{value: 1, source_ids: ["a"], extra_ids: ["b"]}]));
});

test("quote required: a source cited for a number must carry its quote; one cited only for words or events need not", () => {
  const forNumber = tables([{id: "a", quote: null}], [{value: 5, source_ids: ["a"], extra_ids: null}]);
  assert.equal(message(() => rules.checkSourcesCited(PKG, forNumber)), 'data/sources.csv:2 column "quote": a source cited for a number carries its quote: source "a" is cited by data/figures.csv:2 but has no quote');
  // A row of a numeric table whose value is empty cites for words.
  rules.checkSourcesCited(PKG, tables([{id: "a", quote: null}], [{value: null, source_ids: ["a"], extra_ids: null}]));
  // A table without numeric fields cites for events.
  rules.checkSourcesCited(PKG, tables([{id: "a", quote: "q"}, {id: "b", quote: null}], [{value: 1, source_ids: ["a"], extra_ids: null}], [{event: "e", source_ids: ["b"]}]));
  // The first citing line is the one named.
  const twice = tables([{id: "a", quote: null}], [{value: null, source_ids: ["a"], extra_ids: null}, {value: 1, source_ids: ["a"], extra_ids: null}, {value: 2, source_ids: ["a"], extra_ids: null}]);
  assert.match(message(() => rules.checkSourcesCited(PKG, twice)), /cited by data\/figures\.csv:3 but/);
});

const snap = (id: string, value: number) => ({id, value}) as Snapshot;

test("snapshot parts never exceed their whole; missing figures are named", () => {
  const groups = [{whole: "w", parts: ["p", "q"]}];
  rules.checkSnapshotParts(table([snap("w", 10), snap("p", 4), snap("q", 6)]), groups);
  assert.equal(message(() => rules.checkSnapshotParts(table([snap("w", 10), snap("p", 4), snap("q", 7)]), groups)), 'data/t.csv:4 column "value": parts never exceed their whole: p + q add up to more than "w" (10, line 2)');
  assert.match(message(() => rules.checkSnapshotParts(table([snap("w", 10), snap("p", 11), snap("q", 0)]), groups)), /:3 column "value": parts never exceed/);
  assert.equal(message(() => rules.checkSnapshotParts(table([snap("p", 1), snap("q", 1)]), groups)), 'data/t.csv:1 column "id": required figure: figure "w" is missing');
  assert.equal(message(() => rules.checkSnapshotParts(table([snap("w", 1), snap("p", 1)]), groups)), 'data/t.csv:1 column "id": required figure: figure "q" is missing');
  // The project's own groups hold on the real data.
  assert.ok(rules.SNAPSHOT_PARTS.length >= 2);
});

test("parts of a total within a row: empty parts count as zero, an empty total checks nothing", () => {
  const r = (row: object) => ({row, line: 9});
  rules.checkPartsOfTotal("f", r({t: 10, a: 4, b: 6}), "t", ["a", "b"]);
  rules.checkPartsOfTotal("f", r({t: 10, a: null, b: 10}), "t", ["a", "b"]);
  rules.checkPartsOfTotal("f", r({t: null, a: 50, b: 60}), "t", ["a", "b"]);
  assert.equal(message(() => rules.checkPartsOfTotal("f", r({t: 10, a: 4, b: 7}), "t", ["a", "b"])), 'f:9 column "b": parts never exceed their whole: a + b exceed t (10)');
  assert.equal(message(() => rules.checkPartsOfTotal("f", r({t: 0, a: 1, b: null}), "t", ["a", "b"])), 'f:9 column "a": parts never exceed their whole: a + b exceed t (0)');
});

test("fiscal-year and monthly rows: convicted + not convicted ≤ total; levels ≤ convicted; lag-excluded ≤ total", () => {
  const year = (o: object) => ({fiscal_year: 2010, total_removals: 100, convicted_removals: 50, non_convicted_removals: 50, level1: 10, level2: 20, level3: 20, lag_excluded_total: 100, ...o});
  rules.checkYearParts(table([year({})]) as never);
  assert.match(message(() => rules.checkYearParts(table([year({non_convicted_removals: 51})]) as never)), /column "non_convicted_removals": parts never exceed/);
  assert.match(message(() => rules.checkYearParts(table([year({level3: 21})]) as never)), /column "level3": parts never exceed their whole: level1 \+ level2 \+ level3 exceed convicted_removals/);
  assert.match(message(() => rules.checkYearParts(table([year({lag_excluded_total: 101})]) as never)), /column "lag_excluded_total": parts never exceed/);
  const month = (o: object) => ({month: "2010-01", total_removals: 10, convicted_removals: 5, non_convicted_removals: 5, ...o});
  rules.checkMonthParts(table([month({})]) as never);
  assert.match(message(() => rules.checkMonthParts(table([month({}), month({convicted_removals: 6})]) as never)), /t\.csv:3 column "non_convicted_removals": parts never exceed/);
});

const county = (month: string, added: number, cumulative: number) => ({month, counties_newly_activated: added, cumulative_counties_activated: cumulative}) as CountyMonth;

test("running sum: the cumulative count equals the previous one plus the month's new counties", () => {
  rules.checkCumulative(table([county("2008-10", 1, 1), county("2008-11", 6, 7), county("2008-12", 0, 7)]));
  assert.equal(message(() => rules.checkCumulative(table([county("2008-10", 1, 1), county("2008-11", 6, 8)]))), 'data/t.csv:3 column "cumulative_counties_activated": cumulative equals the running sum of new activations: expected 1 + 6, found 8');
  assert.match(message(() => rules.checkCumulative(table([county("2008-10", 2, 3)]))), /:2 column "cumulative_counties_activated": cumulative equals the running sum of new activations: expected 0 \+ 2, found 3/);
});

test("cumulative series never decrease", () => {
  assert.equal(message(() => rules.checkCumulative(table([county("2008-10", 5, 5), county("2008-11", 0, 4)]))), 'data/t.csv:3 column "cumulative_counties_activated": cumulative series never decrease: 4 is less than 5 on line 2');
});

test("month order: months strictly increase", () => {
  assert.equal(message(() => rules.checkCumulative(table([county("2008-11", 1, 1), county("2008-10", 1, 2)]))), 'data/t.csv:3 column "month": months in increasing order: 2008-10 follows 2008-11');
  assert.match(message(() => rules.checkCumulative(table([county("2008-11", 1, 1), county("2008-11", 1, 2)]))), /months in increasing order: 2008-11 follows 2008-11/);
});

const state = (o: Partial<StateActivation>) => ({state_fips: "06", counties: 58, counties_with_activation_date: 58, first_county_activated: "2009-05-19", last_county_activated: "2010-10-01", source_ids: ["x"], ...o}) as StateActivation;

test("checkStates: dated counties never exceed the state's counties; the first date is not after the last", () => {
  rules.checkStates(table([state({}), state({counties_with_activation_date: 0}), state({last_county_activated: "2009-05-19"})]));
  assert.equal(message(() => rules.checkStates(table([state({}), state({counties_with_activation_date: 59})]))), 'data/t.csv:3 column "counties_with_activation_date": parts never exceed their whole: 59 exceeds counties (58)');
  assert.equal(message(() => rules.checkStates(table([state({first_county_activated: "2010-10-02"})]))), 'data/t.csv:2 column "last_county_activated": first date not after last date: 2010-10-02 is after 2010-10-01');
});

test("percent values lie in [0, 100]; other units are not checked", () => {
  rules.checkPercentValues(table([{unit: "percent", value: 0}, {unit: "percent", value: 100}, {unit: "persons", value: 46929}, {unit: "percent", value: null}, {unit: null, value: 500}]));
  assert.equal(message(() => rules.checkPercentValues(table([{unit: "percent", value: 100.5}]))), 'data/t.csv:2 column "value": percentage in [0, 100]: 100.5 is not a percentage');
  assert.match(message(() => rules.checkPercentValues(table([{unit: "percent", value: 1}, {unit: "percent", value: -1}]))), /:3 column "value": percentage/);
});

test("property: parts that add up to at most the whole always pass; one more than the whole always fails", () => {
  fc.assert(
    fc.property(fc.array(fc.nat({max: 10_000}), {minLength: 1, maxLength: 5}), fc.nat({max: 1000}), (parts, slack) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      const names = parts.map((_, i) => `p${i}`);
      const row = Object.fromEntries([["t", sum + slack], ...names.map((n, i) => [n, parts[i]])]);
      rules.checkPartsOfTotal("f", {row, line: 2}, "t", names);
      if (sum === 0) return true;
      assert.throws(() => rules.checkPartsOfTotal("f", {row: {...row, t: sum - 1}, line: 2}, "t", names), DataError);
      return true;
    })
  );
});

test("property: any running sum passes the cumulative rule; changing one cumulative value fails it", () => {
  fc.assert(
    fc.property(fc.array(fc.nat({max: 500}), {minLength: 1, maxLength: 24}), fc.nat(), fc.integer({min: 1, max: 50}), (added, at, delta) => {
      let total = 0;
      const rows = added.map((n, i) => county(`20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`, n, (total += n)));
      rules.checkCumulative(table(rows));
      const i = at % rows.length;
      const broken = rows.map((r, j) => (j === i ? {...r, cumulative_counties_activated: r.cumulative_counties_activated + delta} : r));
      assert.throws(() => rules.checkCumulative(table(broken)), DataError);
      return true;
    })
  );
});

test("a numeric table is one with an integer or a number field", () => {
  const pkg: DataPackage = {
    ...PKG,
    resources: PKG.resources.map((r) => (r.name === "figure-rows" ? {...r, schema: {...r.schema, fields: [{name: "value", type: "integer" as const}, ...r.schema.fields.slice(1)]}} : r))
  };
  const t = tables([{id: "a", quote: null}], [{value: 5, source_ids: ["a"], extra_ids: null}]);
  assert.match(message(() => rules.checkSourcesCited(pkg, t)), /a source cited for a number carries its quote/);
});

test("the project's own part groups: June 2010 and March 2011", () => {
  const base = [snap("jun2010-removed", 100), snap("jun2010-non-criminal", 30), snap("jun2010-level1", 20), snap("mar2011-deported", 50), snap("mar2011-convicted-deported", 40)];
  rules.checkSnapshotParts(table(base));
  assert.match(message(() => rules.checkSnapshotParts(table(base.map((s) => (s.id === "jun2010-level1" ? snap(s.id, 71) : s))))), /jun2010-non-criminal \+ jun2010-level1 add up to more than "jun2010-removed"/);
  assert.match(message(() => rules.checkSnapshotParts(table(base.map((s) => (s.id === "mar2011-convicted-deported" ? snap(s.id, 51) : s))))), /add up to more than "mar2011-deported"/);
});

test("checkRules runs every rule: breaking each one in the real tables fails with that rule", async () => {
  const {loadTables} = await import("../src/data/lib/dataset.js");
  const {pkg, tables: real} = loadTables();
  rules.checkRules(pkg, real);
  const breaks: [string, (t: Record<string, Table<Record<string, unknown>>>) => void][] = [
    ["known source id", (t) => (t.timeline.rows[0].row.source_ids = ["nobody"])],
    ["every source is cited", (t) => t.sources.rows.push({row: {...t.sources.rows[0].row, id: "spare"}, line: 999})],
    ["parts never exceed their whole", (t) => (t.snapshots.rows.find((r) => r.row.id === "jun2010-level1")!.row.value = 10 ** 9)],
    ["parts never exceed their whole", (t) => (t.removalsByYear.rows.find((r) => r.row.convicted_removals !== null)!.row.convicted_removals = 10 ** 9)],
    ["parts never exceed their whole", (t) => (t.removalsByMonth.rows[0].row.convicted_removals = 10 ** 9)],
    ["cumulative equals the running sum of new activations", (t) => (t.countyActivations.rows[3].row.counties_newly_activated = 1000)],
    ["first date not after last date", (t) => (t.stateActivations.rows[0].row.first_county_activated = "2099-01-01")],
    ["percentage in [0, 100]", (t) => (t.snapshots.rows.find((r) => r.row.unit === "percent")!.row.value = 101)],
    ["percentage in [0, 100]", (t) => (t.removalsReported.rows.find((r) => r.row.unit === "percent")!.row.value = 101)],
    ["percentage in [0, 100]", (t) => (t.studies.rows.find((r) => r.row.unit === "percent")!.row.value = 101)]
  ];
  for (const [rule, breakIt] of breaks) {
    const t = structuredClone(real) as unknown as Record<string, Table<Record<string, unknown>>>;
    breakIt(t);
    assert.match(message(() => rules.checkRules(pkg, t as unknown as Tables)), new RegExp(`: ${rule.replace(/[[\]()]/g, "\\$&")}: `), rule);
  }
});
