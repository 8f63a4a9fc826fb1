// The "Sources and methods" loader and the CSV downloads, against data/ read independently.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {test} from "node:test";
import {csvParse} from "d3";
import {loadDataset} from "../src/data/lib/dataset.js";
import {methods} from "../src/data/lib/methods.js";
import {daysBetween} from "../src/lib/dates.js";
import {citationText, downloadCsv} from "../src/data/lib/download.js";
import {DATA_DIR, copyData, setCell} from "./helpers/fixtures.js";

const csv = (file: string) => csvParse(readFileSync(`${DATA_DIR}${file}`, "utf-8"));
const data = loadDataset();
const out = methods(data);
const dataFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith(".csv")).map((f) => f.replace(/\.csv$/, ""));
const sources = csv("sources.csv");
const citationsKnown = new Set(sources.map((s) => citationText({publisher: s.publisher, title: s.title, date: s.date || null, url: s.url || null, quote: s.quote || null})));

test("definitions are those of data/definitions.csv", () => {
  assert.deepEqual(
    out.definitions.map((d) => [d.term, d.definition, d.sourceIds.join(";")]),
    csv("definitions.csv").map((d) => [d.term, d.definition, d.source_ids])
  );
});

test("the FY2008 conflict lists every reported total and marks the one the FY table uses", () => {
  const c = out.conflicts.find((x) => x.key === "fy2008-removals")!;
  const reported = csv("ice_removals_fy_reported.csv").filter((r) => r.fiscal_year === "2008" && r.metric === "total_removals");
  const used = Number(csv("ice_removals_fy.csv").find((r) => r.fiscal_year === "2008")!.total_removals);
  assert.equal(c.items.length, reported.length);
  assert.ok(reported.length >= 2);
  for (const r of reported) assert.ok(c.items.some((i) => i.text === Number(r.value).toLocaleString("en-US") && i.used === (Number(r.value) === used)), r.value);
  assert.equal(c.items.filter((i) => i.used).length, 1);
});

test("the other conflicts: OIS vs ICE, activation dates, Warren sample, advocates' period", () => {
  const keys = out.conflicts.map((c) => c.key);
  assert.deepEqual(keys, ["fy2008-removals", "ois-vs-ice-criminal", "activation-dates", "warren-sample", "advocates-period"]);
  const ois = out.conflicts[1];
  for (const fy of ["2010", "2011"]) {
    const ice = csv("ice_removals_fy.csv").find((r) => r.fiscal_year === fy)!;
    assert.ok(ois.items.some((i) => i.used && i.text === Number(ice.convicted_removals).toLocaleString("en-US")), fy);
  }
  const places = out.conflicts[2];
  assert.ok(places.items.some((i) => i.label.startsWith("Arlington") && !i.used && i.sourceIds.includes("americancityandcounty-2010-12")), "Arlington's 'past seven months' is cited to American City & County");
  assert.ok(places.items.some((i) => i.label.startsWith("Virginia") && i.text === "June 21, 2010"));
  assert.ok(places.items.some((i) => i.label.startsWith("Virginia") && i.text === "June 15, 2010" && i.used));
  const warren = out.conflicts[3];
  const sizes = csv("studies.csv").filter((r) => r.id.startsWith("warren-sample-size-")).map((r) => `${Number(r.value).toLocaleString("en-US")} cases`);
  assert.deepEqual(warren.items.map((i) => i.text), sizes);
  assert.ok(warren.items.every((i) => !i.used));
  const period = out.conflicts[4];
  assert.equal(period.items[0].text, "November 2008 – April 2010");
  assert.equal(period.items[1].text, "October 2008 – June 30, 2010", "AP says October 2008; the day is not AP's");
});

test("'by August': ICE posted on the timeline's date, the figures end on the snapshot's period end", () => {
  const removed = csv("sc_snapshots.csv").find((s) => s.id === "jun2010-removed")!;
  const event = csv("sc_timeline.csv").find((e) => e.date === removed.published)!;
  assert.equal(out.byAugust.posted, event.date);
  assert.equal(out.byAugust.periodEnd, removed.period_end);
  assert.equal(out.byAugust.days, daysBetween(removed.period_end, event.date));
  assert.equal(daysBetween("2010-06-30", "2010-08-09"), 40);
});

test("the download list names every data file with its row count", () => {
  assert.deepEqual(out.downloads.map((d) => d.file).sort(), [...dataFiles].sort());
  for (const d of out.downloads) {
    assert.equal(d.rows, csv(`${d.file}.csv`).length, d.file);
    assert.ok(d.description.length > 0);
  }
});

test("each download parses, holds the data file's rows plus a citation column, and cites existing sources", () => {
  for (const file of dataFiles) {
    const original = csv(`${file}.csv`);
    const download = csvParse(downloadCsv(file));
    assert.deepEqual(download.columns, [...original.columns, "citation"], file);
    assert.equal(download.length, original.length, file);
    download.forEach((row, i) => {
      for (const c of original.columns) assert.equal(row[c], original[i][c], `${file} row ${i + 1} column ${c}`);
      assert.ok(row.citation, `${file} row ${i + 1} has no citation`);
      for (const part of row.citation!.split(" | ")) assert.ok(citationsKnown.has(part), `${file} row ${i + 1}: unknown citation ${part}`);
    });
  }
});

test("the download loader takes --file as Framework passes it, and fails the build on bad data or an unknown file", () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/data/download/[file].csv.ts", ...args], {env, encoding: "utf-8"});
  const ok = run(["--file=studies"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(csvParse(ok.stdout).length, csv("studies.csv").length);
  const unknown = run(["--file=no_such_file"]);
  assert.equal(unknown.status, 1);
  assert.equal(unknown.stdout, "");
  const dir = copyData();
  const line = setCell(dir, "studies.csv", "id", "gao-2012-removed", "source_ids", "no-such-source");
  const bad = run(["--file=definitions"], {...process.env, SC_DATA_DIR: dir});
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, "");
  assert.match(bad.stderr, new RegExp(`Data error: .*studies\\.csv:${line} column "source_ids": known source id`));
});
