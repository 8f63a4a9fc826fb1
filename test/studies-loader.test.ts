// The studies loader against data/ read independently with d3.csvParse.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {studies, STUDY_GROUPS, isWider} from "../src/data/lib/studies.js";
import {monthSpan} from "../src/lib/dates.js";
import {DATA_DIR} from "./helpers/fixtures.js";

const csv = (file: string) => csvParse(readFileSync(`${DATA_DIR}${file}`, "utf-8"));
const rows = csv("studies.csv");
const snapshots = csv("sc_snapshots.csv");
const out = studies(loadDataset());

test("every row of data/studies.csv is in exactly one study group, with its value, qualifier and population", () => {
  const grouped = out.groups.flatMap((g) => g.figures.map((f) => f.id));
  assert.deepEqual([...grouped].sort(), rows.map((r) => r.id).sort());
  for (const r of rows) {
    const f = out.figures[r.id];
    assert.equal(f.value, r.value === "" ? null : Number(r.value), r.id);
    assert.equal(f.qualifier, r.qualifier || null, r.id);
    assert.equal(f.population, r.population, r.id);
    assert.deepEqual(f.sourceIds, r.source_ids.split(";"), r.id);
  }
  assert.deepEqual(out.groups.map((g) => g.key), STUDY_GROUPS.map((g) => g.key));
});

test("the percentage chart holds every percent finding except the weak ICIRR one, grouped by study", () => {
  const expected = rows.filter((r) => r.unit === "percent" && r.value !== "" && !r.id.startsWith("icirr-")).map((r) => r.id);
  assert.deepEqual(out.percentages.rows.map((r) => r.id).sort(), [...expected].sort());
  for (const r of out.percentages.rows) assert.equal(r.value, Number(rows.find((x) => x.id === r.id)!.value));
  // Grouped: a study's rows are consecutive.
  const keys = out.percentages.rows.map((r) => r.study);
  assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) === i), [...new Set(keys)]);
  for (const k of new Set(keys)) {
    const first = keys.indexOf(k);
    const last = keys.lastIndexOf(k);
    assert.ok(keys.slice(first, last + 1).every((x) => x === k), `${k} rows are not consecutive`);
  }
  // TRAC's FY2013 Level 1 share describes all ICE deportations: not Secure Communities' own.
  assert.equal(out.percentages.rows.find((r) => r.id === "trac349-fy2013-level1-share")!.scope, "wider");
  assert.equal(out.percentages.rows.find((r) => r.id === "gao-2012-convicted-share")!.scope, "sc");
  assert.ok(out.percentages.sources.length > 0);
});

test("isWider and monthSpan", () => {
  assert.equal(isWider("all ICE deportations in FY2013, not only Secure Communities"), true);
  assert.equal(isWider("people arrested through Secure Communities (report's sample)"), false);
  assert.equal(isWider("all respondents in immigration court (comparison figure given by the report)"), true);
  assert.equal(monthSpan("2017-02", "2017-10"), 9);
  assert.equal(monthSpan("2018-05", "2018-05"), 1);
  assert.equal(monthSpan("2017-11", "2018-02"), 4);
});

test("the monthly chart's rows are the TRAC and ICE-claim snapshots, with per-month values computed only from totals", () => {
  for (const r of out.monthly.rows) {
    const s = snapshots.find((x) => x.id === r.id)!;
    assert.equal(r.published, Number(s.value), r.id);
    assert.deepEqual(r.sourceIds, s.source_ids.split(";"));
    if (s.unit === "persons per month") {
      assert.equal(r.perMonth, Number(s.value));
      assert.equal(r.derived, false);
    } else {
      assert.equal(r.perMonth, Number(s.value) / monthSpan(s.period_start.slice(0, 7), s.period_end.slice(0, 7)));
      assert.equal(r.derived, true);
    }
  }
  // ICE's claim as first published (Jan–Mar 2017) and as ICE re-dated it after TRAC's report (to September).
  const claims = out.monthly.rows.filter((r) => r.counter === "ICE (claim)");
  assert.deepEqual(claims.map((r) => r.id), ["jan-mar2017-ice-claim", "jan-sep2017-ice-claim-edited"]);
  assert.equal(claims[0].published, claims[1].published, "the same total, re-dated");
  assert.ok(claims[1].perMonth < claims[0].perMonth / 2, "re-dating to September spreads the claim over three times the months");
});

test("Treyger, Chalfin & Loeffler (2014) has its own section, with Kubrin's 3,181 jurisdictions cited to Kubrin", () => {
  const g = out.groups.find((x) => x.key === "treyger")!;
  assert.ok(g, "a treyger group");
  assert.ok(g.figures.some((f) => f.id === "treyger-promises-and-fears" && f.value === null));
  const k = out.figures["kubrin-jurisdictions"];
  assert.equal(k.value, 3181);
  assert.deepEqual(k.sourceIds, ["kubrin-2014"]);
  assert.equal(k.unit, "jurisdictions");
});

test("both reported Warren sample sizes are kept, each with the outlet that reported it", () => {
  const sizes = rows.filter((r) => r.id.startsWith("warren-sample-size-"));
  assert.equal(out.warrenSample.length, sizes.length);
  assert.ok(sizes.length >= 2);
  for (const s of sizes) {
    const w = out.warrenSample.find((x) => x.id === s.id)!;
    assert.equal(w.value, Number(s.value));
    assert.notEqual(w.sourceIds[0], "warren-2011", "the outlet comes first");
  }
  assert.equal(new Set(out.warrenSample.map((w) => w.value)).size, out.warrenSample.length, "the sizes conflict");
});

test("the loader's supporting snapshots carry their sc_snapshots.csv values", () => {
  for (const id of ["apr2011-arrested-or-booked", "gao-2012-not-convicted-share-thompson", "fy2011-h1fy2012-removed", "fy2011-h1fy2012-arrest-charge-missing-share"]) {
    assert.equal(out.figures[id].value, Number(snapshots.find((s) => s.id === id)!.value), id);
  }
});
