// The small helpers that read data/datapackage.json (src/data/lib/data-package.ts).
import assert from "node:assert/strict";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {datasetKey, readPackage, sourceIdFields, type Resource} from "../src/data/lib/data-package.js";
import {DataError} from "../src/data/lib/data-error.js";
import {DATA_DIR} from "./helpers/fixtures.js";

test("datasetKey: resource names in kebab case become camelCase keys", () => {
  assert.equal(datasetKey("removals-by-year"), "removalsByYear");
  assert.equal(datasetKey("sources"), "sources");
  assert.equal(datasetKey("a_b.c-d2"), "aBCD2");
  assert.equal(datasetKey("county-activations"), "countyActivations");
});

test("sourceIdFields: the list foreign keys into sources, in order, and nothing else", () => {
  const r: Resource = {
    name: "x",
    path: "x.csv",
    schema: {
      fields: [],
      "x-listForeignKeys": [
        {fields: "b_ids", reference: {resource: "sources", fields: "id"}},
        {fields: "other", reference: {resource: "places", fields: "fips"}},
        {fields: "a_ids", reference: {resource: "sources", fields: "id"}}
      ]
    }
  };
  assert.deepEqual(sourceIdFields(r), ["b_ids", "a_ids"]);
  assert.deepEqual(sourceIdFields({name: "y", path: "y.csv", schema: {fields: []}}), []);
});

test("readPackage: the project's package, and one-line errors for a missing or broken one", () => {
  const pkg = readPackage(DATA_DIR);
  assert.equal(pkg.resources[0].name, "sources");
  const empty = mkdtempSync(join(tmpdir(), "sc-pkg-"));
  assert.throws(() => readPackage(empty), (e: unknown) => e instanceof DataError && e.message === "data/datapackage.json:1: file exists: the file cannot be read");
  writeFileSync(join(empty, "datapackage.json"), "{not json");
  assert.throws(() => readPackage(empty, "x/datapackage.json"), (e: unknown) => e instanceof DataError && /^x\/datapackage\.json:1: valid JSON: /.test(e.message));
});
