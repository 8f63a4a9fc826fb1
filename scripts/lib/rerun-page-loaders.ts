// Page loaders (src/**/*.md.ts, e.g. the sources page) in `npm run dev`:
// Framework's preview reruns a page loader, and reloads the page, only when
// the loader file itself changes; it does not see data/ or the modules the
// loader imports. So when any of those changes, this touches every page
// loader (its modification time), which makes Framework run it again.
import {readdirSync, utimesSync, watch, type FSWatcher} from "node:fs";
import {join, relative} from "node:path";

/** Generated and cached files: never inputs of a page loader. */
const GENERATED = /(^|\/)(_bundle|\.observablehq|node_modules)(\/|$)/;
const PAGE_LOADER = /\.md\.ts$/;
/** Changes that need no rerun: generated files, tests, and page loaders themselves (Framework watches those). */
const needsNoRerun = (file: string) => GENERATED.test(file) || PAGE_LOADER.test(file) || file.endsWith(".test.ts");

export function pageLoaders(src: string): string[] {
  return readdirSync(src, {recursive: true, encoding: "utf8"})
    .filter((f) => PAGE_LOADER.test(f) && !GENERATED.test(f))
    .map((f) => join(src, f));
}

/** `dir` and every folder under it but generated ones. */
function folders(dir: string, root: string): string[] {
  const subs = readdirSync(dir, {withFileTypes: true}).filter((e) => e.isDirectory() && !GENERATED.test(relative(root, join(dir, e.name))));
  return [dir, ...subs.flatMap((e) => folders(join(dir, e.name), root))];
}

/**
 * Watches every folder under `dirs` and touches the page loaders under `src`
 * after a change, debounced. Each folder is watched itself, not through
 * fs.watch's recursive option: on Linux, Node 20 watches each file for that,
 * and loses a file that an editor (or git, or sed -i) replaces, so only the
 * first edit was seen. A folder's watcher sees every file written into it.
 */
export function rerunPageLoaders(root: string, src: string, dirs: string[], delay = 100): () => void {
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    const now = new Date();
    for (const loader of pageLoaders(src)) utimesSync(loader, now, now);
  };
  const watchers: FSWatcher[] = dirs
    .flatMap((dir) => folders(dir, root))
    .map((dir) =>
      watch(dir, (_event, file) => {
        if (!file || needsNoRerun(relative(root, join(dir, file)))) return;
        clearTimeout(timer);
        timer = setTimeout(touch, delay);
      })
    );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
