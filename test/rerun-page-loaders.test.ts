// `npm run dev` reruns page loaders when what they read changes: a file
// written into a watched folder, even one replaced as editors and git do,
// touches every page loader, so that Framework runs it again.
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {pageLoaders, rerunPageLoaders} from "../scripts/lib/rerun-page-loaders.js";

const root = mkdtempSync(join(tmpdir(), "page-loaders-"));
after(() => rmSync(root, {recursive: true, force: true}));
const src = join(root, "src");
const data = join(root, "data");
mkdirSync(join(src, "components"), {recursive: true});
mkdirSync(join(src, "_bundle"), {recursive: true});
mkdirSync(data);
const loader = join(src, "sources.md.ts");
writeFileSync(loader, "");
writeFileSync(join(src, "_bundle", "copy.md.ts"), "");
writeFileSync(join(data, "table.csv"), "a\n1\n");

const PAST = new Date("2020-01-01T00:00:00Z");
const age = () => statSync(loader).mtimeMs;
const waitFor = async (ok: () => boolean) => {
  // Up to 5 s: a busy machine (the whole test run at once) may deliver the watch event late.
  for (let i = 0; i < 250 && !ok(); ++i) await new Promise((r) => setTimeout(r, 20));
  return ok();
};

test("finds the page loaders, not generated copies", () => {
  assert.deepEqual(pageLoaders(src), [loader]);
});

test("a changed data file or module touches the page loaders, each time, even when the file is replaced", async () => {
  const stop = rerunPageLoaders(root, src, [data, src], 10);
  try {
    for (const write of [
      () => writeFileSync(join(data, "table.csv"), "a\n2\n"),
      // Replaced, as sed -i and git checkout do: a new file renamed over the old one.
      () => (writeFileSync(join(data, "table.csv.tmp"), "a\n3\n"), renameSync(join(data, "table.csv.tmp"), join(data, "table.csv"))),
      () => writeFileSync(join(data, "table.csv"), "a\n4\n"),
      () => writeFileSync(join(src, "components", "entry.ts"), "export {};\n")
    ]) {
      utimesSync(loader, PAST, PAST);
      write();
      assert.ok(await waitFor(() => age() > PAST.getTime()), "the page loader was not touched");
    }
    // Generated files are not inputs.
    utimesSync(loader, PAST, PAST);
    writeFileSync(join(src, "_bundle", "entry.js"), "");
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(age(), PAST.getTime(), "a generated file touched the page loader");
  } finally {
    stop();
  }
});
