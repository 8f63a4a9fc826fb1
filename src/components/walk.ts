// The walk-through, in reading order. The site header, Framework's pager and
// the browser tests all read this list.
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
