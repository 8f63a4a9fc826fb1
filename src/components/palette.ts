// Category colours. Each has a relative luminance between 0.12 and 0.30, so it
// keeps at least 3:1 contrast against both the light page (#fff) and the dark
// theme's background (#161616): one palette serves both themes and print.
export const CATEGORY_COLORS = {
  "non-criminal": "#d9730d",
  // Blues for convictions: dark for Level 1, light for Levels 2–3 (and for "convicted" where levels are not given).
  level1: "#1f4e8c",
  levels23: "#74a7dc",
  convicted: "#74a7dc",
  "not-convicted": "#d9730d"
} as const;

/** Colour for a unit of count that is not ICE's (counties vs "jurisdictions"). */
export const SECONDARY_COLOR = "#7a7a7a";

/** ICE's (and the press's) own counts of activated "jurisdictions", beside the county count (spread page). */
export const ICE_REPORTED_COLOR = "#8e63b8";

/** The rollout map (spread page): how many of a state's counties were active. "none" is left unfilled. */
export const ROLLOUT_COLORS = {
  none: "none",
  some: "#57a093",
  all: "#1f6f66",
  "no-data": SECONDARY_COLOR
} as const;

/**
 * The rollout map's stepped sequential scale (spread page): the share of a
 * state's counties where the program was active, from none (left unfilled)
 * to all. One hue, lighter to darker, for context rather than a category of
 * people; keys match rollout-map.ts's SHARE_CLASSES.
 */
export const MAP_SHARE_COLORS = {
  none: "none",
  q1: "#d3e9e4",
  q2: "#9fcfc4",
  q3: "#62a99b",
  q4: "#2f7d70",
  all: "#14514a"
} as const;

export const MAP_STROKE = SECONDARY_COLOR;
export const MAP_NO_DATA = "#bdbdbd";
