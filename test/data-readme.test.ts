// data/README.md documents every file and every column the validator knows.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {allSchemas} from "../src/data/lib/schemas.js";

const readme = readFileSync(new URL("../data/README.md", import.meta.url), "utf-8");

/** The section of the README about one file: from its heading to the next heading. */
function section(file: string): string {
  const start = readme.indexOf(`### \`${file}\``);
  assert.ok(start >= 0, `data/README.md has no section for ${file}`);
  const end = readme.indexOf("\n#", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

for (const schema of allSchemas) {
  test(`data/README.md documents ${schema.file} and each of its columns`, () => {
    const text = section(schema.file);
    for (const column of schema.columns) assert.ok(text.includes(`\`${column.name}\``), `${schema.file}: column ${column.name} is undocumented`);
  });
}
