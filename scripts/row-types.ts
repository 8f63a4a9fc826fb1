// Writes src/lib/rows.ts: the TypeScript type of a validated row of each
// data file, derived from data/datapackage.json so that the package stays the
// one declaration of the schema. It sits in src/lib/ because both the loaders
// and the charts' data types use it. Run `npm run row-types` after changing the
// package; test/datapackage.test.ts fails while the two disagree.
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {datasetKey, type DataPackage, type Field} from "../src/data/lib/data-package.js";

export const ROWS_FILE = fileURLToPath(new URL("../src/lib/rows.ts", import.meta.url));
export const PACKAGE_PATH = fileURLToPath(new URL("../data/datapackage.json", import.meta.url));

/** The TypeScript type of a field's parsed value (table.ts's readCell). */
function fieldType(field: Field): string {
  const base = field["x-list"]
    ? "string[]"
    : field.constraints?.enum
      ? field.constraints.enum.map((v) => JSON.stringify(v)).join(" | ")
      : ["integer", "number", "year"].includes(field.type)
        ? "number"
        : "string";
  return field.constraints?.required ? base : `${base} | null`;
}

/** The text of rows.ts for a package. */
export function rowTypes(pkg: DataPackage): string {
  const lines = [
    "// Generated from data/datapackage.json by scripts/row-types.ts (`npm run row-types`).",
    "// Do not edit: change the package and rerun.",
    "",
    "/** A validated row of each resource, keyed by the resource's name in camelCase. */",
    "export interface Rows {"
  ];
  for (const resource of pkg.resources) {
    lines.push(`  /** data/${resource.path}${resource.title ? `: ${resource.title}` : ""} */`);
    lines.push(`  ${datasetKey(resource.name)}: {`);
    for (const field of resource.schema.fields) lines.push(`    ${field.name}: ${fieldType(field)};`);
    lines.push("  };");
  }
  lines.push("}", "");
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ROWS_FILE, rowTypes(JSON.parse(readFileSync(PACKAGE_PATH, "utf-8")) as DataPackage));
  process.stdout.write(`wrote ${ROWS_FILE}\n`);
}
