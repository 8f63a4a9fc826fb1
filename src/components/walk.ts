
// The walk-through, in reading order. The site header, Framework's pager,
// each page's "Step N of M" label and "Next" link, and the browser tests all
// read this list, so the numbering cannot drift from the order.
import {html} from "htl";

export interface WalkPage {
  name: string;
  path: string;
}

export const WALK: readonly WalkPage[] = [
  {name: "How many had no conviction?", path: "/"},
  {name: "What ICE counted", path: "/levels"},
  {name: "How it spread", path: "/spread"},
  {name: "In context", path: "/context"},
  {name: "Opting out", path: "/opt-out"},
  {name: "What later studies found", path: "/studies"},
  {name: "Sources and methods", path: "/sources"}
];

export interface WalkPosition {
  /** 1-based, as the site header numbers the pages. */
  step: number;
  total: number;
  page: WalkPage;
  /** The page after this one, or null on the last page. */
  next: WalkPage | null;
}

/** Where a page sits in the walk; throws for a path that is not in WALK, so a renamed page fails the build. */
export function walkPosition(path: string): WalkPosition {
  const i = WALK.findIndex((p) => p.path === path);
  if (i < 0) throw new Error(`"${path}" is not a page of the walk (components/walk.ts)`);
  return {step: i + 1, total: WALK.length, page: WALK[i], next: WALK[i + 1] ?? null};
}

/** "Step 2 of 7": the same number the site header shows for the page. */
export function stepLabel(path: string): string {
  const {step, total} = walkPosition(path);
  return `Step ${step} of ${total}`;
}

/** A relative link between two walk pages (all pages sit at the site root). */
export function walkHref(path: string): string {
  return path === "/" ? "./" : `.${path}`;
}

/** The "Next: …" paragraph at the foot of a walk page, or nothing on the last page. */
export function nextLink(path: string): HTMLElement | null {
  const {next} = walkPosition(path);
  return next ? (html`<p class="next"><a href=${walkHref(next.path)}>Next: ${next.name} →</a></p>` as HTMLElement) : null;
}
