// Category colours. Each has a relative luminance between 0.12 and 0.30, so it
// keeps at least 3:1 contrast against both the light page (#fff) and the dark
// theme's background (#161616): one palette serves both themes and print.
export const CATEGORY_COLORS = {
  "non-criminal": "#d9730d",
  level1: "#d6404e",
  levels23: "#4a7fc1",
  convicted: "#4a7fc1",
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
