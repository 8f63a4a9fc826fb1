// "Step N of M" and the next page, derived from WALK so that no page types
// its own number. The sources page is the walk's appendix, not a step.
import {WALK} from "./walk.js";

export interface WalkStep {
  n: number;
  total: number;
  label: string;
  next: {name: string; href: string} | null;
}

export function walkStep(path: string): WalkStep {
  const steps = WALK.filter((p) => p.path !== "/sources");
  const i = steps.findIndex((p) => p.path === path);
  if (i < 0) throw new Error(`${path} is not a step of the walk`);
  const after = WALK[WALK.findIndex((p) => p.path === path) + 1];
  return {
    n: i + 1,
    total: steps.length,
    label: `Step ${i + 1} of ${steps.length}`,
    next: after ? {name: after.name, href: after.path === "/" ? "./" : `.${after.path}`} : null
  };
}
