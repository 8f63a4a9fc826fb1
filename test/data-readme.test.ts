// data/README.md documents every file and every column the validator knows.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {readPackage} from "../src/data/lib/data-package.js";
import {DEFAULT_DATA_DIR} from "../src/data/lib/dataset.js";

const readme = readFileSync(new URL("../data/README.md", import.meta.url), "utf-8");

/** The section of the README about one file: from its heading to the next heading. */
function section(file: string): string {
  const start = readme.indexOf(`### \`${file}\``);
  assert.ok(start >= 0, `data/README.md has no section for ${file}`);
  const end = readme.indexOf("\n#", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

for (const resource of readPackage(DEFAULT_DATA_DIR).resources) {
  test(`data/README.md documents ${resource.path} and each of its columns`, () => {
    const text = section(resource.path);
    for (const field of resource.schema.fields) assert.ok(text.includes(`\`${field.name}\``), `${resource.path}: column ${field.name} is undocumented`);
  });
}
