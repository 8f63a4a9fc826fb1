// data/datapackage.zip: the whole Frictionless Data Package (see lib/package-zip.ts).
import {DataError} from "./lib/data-error.js";
import {packageZip} from "./lib/package-zip.js";

try {
  process.stdout.write(packageZip());
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  process.stderr.write(`Data error: ${error.message}\n`);
  process.exit(1);
}
