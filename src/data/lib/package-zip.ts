// The whole data package as one download: data/datapackage.json, data/README.md
// and every CSV it declares, byte for byte, in one zip. The data is validated
// first (loadDataset), so the zip never holds data the build would refuse.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {zipSync} from "fflate";
import {PACKAGE_FILE} from "./data-package.js";
import {DEFAULT_DATA_DIR, loadTables, type TableReader} from "./dataset.js";
import {readTable} from "./table.js";

/** A fixed date for every entry, so the same data gives the same bytes (and the same content hash). */
const ENTRY_DATE = new Date(Date.UTC(2010, 7, 9));

/**
 * The files of the package as zip entries under one folder. `read` is how
 * each file is read and validated: readTable, or the data-failures sweep's
 * reader, which keeps the tables it has already validated for the same text.
 * `level` is the deflate level: 9 for the download; the sweep, which checks
 * what the loader accepts and refuses, not how well it compresses, stores
 * the files (0), since compressing at 9 for each of its ~340 accepted
 * mutations cost it 4.5 s of CPU.
 */
export function packageZip(dir = DEFAULT_DATA_DIR, folder = "secure-communities-data", read: TableReader = readTable, level: 0 | 9 = 9): Uint8Array {
  const {pkg} = loadTables(dir, read);
  const files = [PACKAGE_FILE, "README.md", ...pkg.resources.map((r) => r.path)];
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f}`, [readFileSync(join(dir, f)), {mtime: ENTRY_DATE}] as const]));
  return zipSync(entries as unknown as Parameters<typeof zipSync>[0], {level});
}
