// Malformed-data fixtures: a copy of data/ in a temporary folder with one
// file changed, so each test breaks exactly one rule of otherwise good data.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import assert from "node:assert/strict";
import {csvParse, csvFormat} from "d3";
import {loadDataset} from "../../src/data/lib/dataset.js";
import {DataError} from "../../src/data/lib/data-error.js";

export const DATA_DIR = new URL("../../data/", import.meta.url).pathname;

/** A fresh copy of data/; returns its path. */
export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), "sc-data-"));
  cpSync(DATA_DIR, dir, {recursive: true});
  return dir;
}

export function rewrite(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, "utf-8")));
  return dir;
}

/**
 * Sets one cell: the row where `keyColumn` equals `key`. Returns the 1-based
 * line of that row (the files hold no line breaks inside fields).
 */
export function setCell(dir: string, file: string, keyColumn: string, key: string, column: string, value: string): number {
  let line = 0;
  rewrite(dir, file, (text) => {
    const rows = csvParse(text);
    const i = rows.findIndex((r) => r[keyColumn] === key);
    if (i < 0) throw new Error(`fixture: no row ${keyColumn}=${key} in ${file}`);
    rows[i][column] = value;
    line = i + 2;
    return csvFormat(rows, rows.columns) + "\n";
  });
  return line;
}

/** Loads a malformed copy of data/ and returns the DataError it must fail with, matching `pattern`. */
export function fails(dir: string, pattern: RegExp): DataError {
  try {
    loadDataset(dir);
  } catch (error) {
    assert.ok(error instanceof DataError, `expected a DataError, got ${error}`);
    assert.match(error.message, pattern);
    return error;
  }
  assert.fail(`loadDataset accepted malformed data (expected ${pattern})`);
}
