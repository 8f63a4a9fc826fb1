// data/datapackage.json read by Frictionless's own JavaScript implementation
// (`datapackage`), a second opinion on our validator: any Frictionless tool
// should read data/ as the build does. Also checks the package covers every
// CSV and that the generated row types match it.
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {Package} from "datapackage";
import {unzipSync} from "fflate";
import {loadDataset} from "../src/data/lib/dataset.js";
import {datasetKey, readPackage} from "../src/data/lib/data-package.js";
import {packageZip} from "../src/data/lib/package-zip.js";
import {PACKAGE_PATH, ROWS_FILE, rowTypes} from "../scripts/row-types.js";
import {copyData, DATA_DIR, setCell} from "./helpers/fixtures.js";

/** Reads every resource of dir's package with `datapackage`; returns rows per resource, or the first error. */
async function frictionlessRead(dir: string): Promise<Map<string, number>> {
  const pkg = await Package.load(join(dir, "datapackage.json"));
  assert.ok(pkg.valid, `datapackage.json is not a valid Data Package: ${pkg.errors.map((e) => e.message).join("; ")}`);
  const counts = new Map<string, number>();
  for (const resource of pkg.resources) {
    assert.ok(resource.valid, `${resource.name}: ${resource.errors.map((e) => e.message).join("; ")}`);
    // read() casts every cell to its field type and checks the constraints, the primary key and unique fields.
    counts.set(resource.name, (await resource.read({keyed: true})).length);
  }
  return counts;
}

test("datapackage reads and validates every resource of data/, as our validator does", async () => {
  const counts = await frictionlessRead(DATA_DIR);
  const data = loadDataset() as unknown as Record<string, unknown[]>;
  for (const [name, rows] of counts) assert.equal(rows, data[datasetKey(name)].length, `${name}: row count`);
  assert.equal(counts.size, Object.keys(data).length);
});

test("datapackage rejects a value that breaks a declared constraint (the test can fail)", async () => {
  const dir = copyData();
  setCell(dir, "sc_state_activations.csv", "state_fips", "06", "state_fips", "6");
  await assert.rejects(frictionlessRead(dir));
  const duplicate = copyData();
  setCell(duplicate, "sc_snapshots.csv", "id", "jun2010-level1", "id", "jun2010-removed");
  await assert.rejects(frictionlessRead(duplicate));
});

test("the package declares every CSV of data/ and nothing else", () => {
  const csvs = readdirSync(DATA_DIR).filter((f) => f.endsWith(".csv")).sort();
  assert.deepEqual(readPackage(DATA_DIR).resources.map((r) => r.path).sort(), csvs);
});

test("the package has a title, a license and sources", () => {
  const pkg = JSON.parse(readFileSync(PACKAGE_PATH, "utf-8"));
  assert.ok(pkg.title && pkg.licenses?.length && pkg.sources?.length);
});

test("src/lib/rows.ts is generated from the package (run `npm run row-types` after changing it)", () => {
  assert.equal(readFileSync(ROWS_FILE, "utf-8"), rowTypes(readPackage(DATA_DIR)));
});

test("the download zip holds the package, its README and every CSV, byte for byte", () => {
  const entries = unzipSync(packageZip(DATA_DIR, "pkg"));
  const expected = ["datapackage.json", "README.md", ...readPackage(DATA_DIR).resources.map((r) => r.path)];
  assert.deepEqual(Object.keys(entries).sort(), expected.map((f) => `pkg/${f}`).sort());
  for (const f of expected) assert.ok(Buffer.from(entries[`pkg/${f}`]).equals(readFileSync(join(DATA_DIR, f))), f);
});
