import test from "node:test";
import assert from "node:assert/strict";
import {rgb} from "d3";
import * as palette from "./palette.js";
import {differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color} from "culori";

// CIEDE2000 distance; 12 is clearly different for areas side by side (the old
// red and orange neighbours of the waffle scored 6.7 under tritanopia). Labels
// on the charts carry the meaning too: colour only helps.
const MIN_DELTA_E = 12;
const ciede2000 = differenceCiede2000();
const color = (c: string | Color): Color => (typeof c === "string" ? parse(c)! : c);
const deltaE = (a: string | Color, b: string | Color) => ciede2000(color(a), color(b));
// Machado, Oliveira & Fernandes (2009) at full severity.
const SIMULATIONS = {protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1), tritanopia: filterDeficiencyTrit(1)};

test("every pair that must be told apart stays apart under protanopia, deuteranopia and tritanopia", () => {
  for (const [name, a, b] of palette.DISTINCT_PAIRS) {
    assert.ok(deltaE(a, b) >= MIN_DELTA_E, `${name}: ΔE ${deltaE(a, b).toFixed(1)} with normal vision`);
    for (const [k, simulate] of Object.entries(SIMULATIONS)) {
      const d = deltaE(simulate(color(a))!, simulate(color(b))!);
      assert.ok(d >= MIN_DELTA_E, `${name}: ΔE ${d.toFixed(1)} under ${k}`);
    }
  }
});

test("the check catches a pair that merges: the old red and orange under tritanopia", () => {
  // Guards the check above against a simulation that changes nothing.
  const [red, orange] = ["#d6404e", "#d9730d"];
  assert.ok(deltaE(red, orange) >= MIN_DELTA_E);
  assert.ok(deltaE(SIMULATIONS.tritanopia(color(red))!, SIMULATIONS.tritanopia(color(orange))!) < MIN_DELTA_E);
});

const luminance = (hex: string) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const {r, g, b} = rgb(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

test("each chart colour keeps 3:1 contrast against the light and the dark page", () => {
  const colours = [palette.NO_CONVICTION, palette.LEVEL1, palette.LEVELS23, palette.CONVICTED, palette.CONTEXT_DARK, palette.CONTEXT, palette.CONTEXT_LIGHT];
  for (const c of colours) {
    const l = luminance(c);
    assert.ok((1.05 / (l + 0.05)) >= 3, `${c} against #fff: ${(1.05 / (l + 0.05)).toFixed(2)}`);
    assert.ok((l + 0.05) / (luminance("#161616") + 0.05) >= 3, `${c} against #161616`);
  }
});

test("orange means no conviction only; convictions are blue", () => {
  assert.equal(palette.CATEGORY_COLORS["non-criminal"], palette.CATEGORY_COLORS["not-convicted"]);
  for (const c of [palette.SECONDARY_COLOR, palette.ICE_REPORTED_COLOR, palette.EVENT_COLOR, palette.LEVEL1, palette.LEVELS23, palette.CONVICTED]) {
    assert.notEqual(c, palette.NO_CONVICTION);
  }
  for (const c of [palette.LEVEL1, palette.LEVELS23, palette.CONVICTED]) {
    const {r, g, b} = rgb(c);
    assert.ok(b > r && b > g, `${c} is not a blue`);
  }
});

// Adjacent steps of a sequential scale need not be as far apart as two categories side by side, but
// must still be told apart in a legend and on the map (ΔE 2000 of 9: clearly a different grey).
const MIN_STEP_DELTA_E = 9;

test("the map's scales are greys, one per theme, each step further from its page than the last", () => {
  // The dark theme inverts the map's fills (walk.css): the same steps, from dark to light.
  const invert = (hex: string) => {
    const {r, g, b} = rgb(hex);
    return rgb(255 - r, 255 - g, 255 - b).formatHex();
  };
  const inverted = Object.fromEntries(Object.entries(palette.MAP_SHARE_COLORS).map(([k, c]) => [k, c === "none" ? c : invert(c)])) as Record<keyof typeof palette.MAP_SHARE_COLORS, string>;
  assert.deepEqual([inverted.q1, inverted.all], palette.DISTINCT_PAIRS.find(([name]) => name.startsWith("map, dark"))!.slice(1));
  for (const [theme, ramp, page] of [
    ["light", palette.MAP_SHARE_COLORS, "#ffffff"],
    ["dark", inverted, "#161616"]
  ] as const) {
    const steps = [ramp.q1, ramp.q2, ramp.q3, ramp.q4, ramp.all];
    for (const c of steps) {
      const {r, g, b} = rgb(c);
      assert.ok(r === g && g === b, `${theme} ${c} is not a grey: the map is context, not a category of people`);
    }
    // From the page (the unfilled "none") outwards: each step clearly apart from the one before.
    for (const [i, c] of steps.entries()) {
      const before = i === 0 ? page : steps[i - 1];
      assert.ok(deltaE(before, c) >= MIN_STEP_DELTA_E, `${theme}: ${before} → ${c}: ΔE ${deltaE(before, c).toFixed(1)}`);
      const contrast = (x: string) => Math.abs(luminance(x) - luminance(page));
      if (i > 0) assert.ok(contrast(c) > contrast(before), `${theme}: ${c} is not further from the page than ${before}`);
    }
    // "All" keeps 3:1 against its page, so a fully active state stands out from an unfilled one.
    const [hi, lo] = [luminance(ramp.all), luminance(page)].sort((a, b) => b - a);
    assert.ok((hi + 0.05) / (lo + 0.05) >= 3, `${theme}: "all" against the page`);
  }
});
