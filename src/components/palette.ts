// One colour language for every chart on the site:
//   orange  = no criminal conviction (ICE's "non-criminal"), and nothing else;
//   blues   = convictions: dark for Level 1, light for Levels 2–3, a middle
//             blue for "convicted" when the levels are not split;
//   greys   = events, context and everything that is not a conviction status
//             (all ICE removals, the program's share, other counters).
// Each colour has a relative luminance between 0.12 and 0.30, so it keeps at
// least 3:1 contrast against both the light page (#fff) and the dark theme's
// background (#161616): one palette serves both themes and print.
// palette.test.ts checks the pairs that must be told apart under simulated
// protanopia, deuteranopia and tritanopia.

export const NO_CONVICTION = "#d9730d";
export const LEVEL1 = "#2b6cb0";
export const LEVELS23 = "#4f95d0";
export const CONVICTED = "#3a7cc2";

/** Context greys: dark, middle and light (all within the 3:1 band on both themes). */
export const CONTEXT_DARK = "#646464";
export const CONTEXT = "#7a7a7a";
export const CONTEXT_LIGHT = "#939393";

export const CATEGORY_COLORS = {
  "non-criminal": NO_CONVICTION,
  level1: LEVEL1,
  levels23: LEVELS23,
  convicted: CONVICTED,
  "not-convicted": NO_CONVICTION
} as const;

/** Colour for context: counts that are not a conviction status (all removals, counties, studies' other populations). */
export const SECONDARY_COLOR = CONTEXT;

/** ICE's (and the press's) own counts of activated "jurisdictions", beside the county count (spread page): a second grey. */
export const ICE_REPORTED_COLOR = CONTEXT_DARK;

/** Dated events on timelines: greys, told apart by their marker shapes and labels, never by hue. */
export const EVENT_COLOR = CONTEXT_DARK;

/**
 * The rollout map's stepped sequential scale (spread page): the share of a
 * state's counties where the program was active, from none (left unfilled)
 * to all. The map shows the program's spread, which is context, so its scale
 * is grey: five steps even in lightness, each further from the page than the
 * one before, so that "more" always reads as "more ink". On the dark theme
 * walk.css inverts the fills (filter: invert(1)), so the same steps run from
 * dark to light there and more is lighter. Keys match rollout-map.ts's
 * SHARE_CLASSES; palette.test.ts checks both themes.
 */
export const MAP_SHARE_COLORS = {
  none: "none",
  q1: "#cccccc",
  q2: "#a8a8a8",
  q3: "#868686",
  q4: "#666666",
  all: "#474747"
} as const;

export const MAP_STROKE = SECONDARY_COLOR;
/** A state without data is left unfilled, its title saying "no data" (rollout-map.ts); no state lacks data today. */
export const MAP_NO_DATA = "none";

/**
 * The pairs of colours a reader must tell apart because they appear side by
 * side with different meanings on one chart (palette.test.ts checks them
 * under colour-vision deficiency simulation).
 */
export const DISTINCT_PAIRS: readonly (readonly [string, string, string])[] = [
  ["no conviction vs Level 1", NO_CONVICTION, LEVEL1],
  ["no conviction vs Levels 2–3", NO_CONVICTION, LEVELS23],
  ["no conviction vs convicted", NO_CONVICTION, CONVICTED],
  ["Level 1 vs Levels 2–3", LEVEL1, LEVELS23],
  ["no conviction vs context grey", NO_CONVICTION, CONTEXT],
  ["no conviction vs dark grey", NO_CONVICTION, CONTEXT_DARK],
  ["convicted vs context grey", CONVICTED, CONTEXT],
  ["dark grey vs light grey", CONTEXT_DARK, CONTEXT_LIGHT],
  ["map: a few counties vs all", MAP_SHARE_COLORS.q1, MAP_SHARE_COLORS.all],
  ["map, dark theme: a few counties vs all", "#333333", "#b8b8b8"]
];
