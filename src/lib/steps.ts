// A value on a slider's grid: the one rounding every control, link and default
// uses, so a value read from a link, a default computed from the data and a
// slider's own position agree to the last digit.

/** Digits after the decimal point in n as written: 0.1 → 1, 0.25 → 2, 1e-7 → 7, 5 → 0. */
export function decimalsOf(n: number): number {
  const [mantissa, exponent = "0"] = String(n).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * x moved to the nearest point origin + k × step, written with no more
 * decimals than the step and origin have, so that float noise never shows:
 * snapToStep(24.1156, 0.1) → 24.1, snapToStep(0.1 + 0.2, 0.1) → 0.3.
 */
export function snapToStep(x: number, step: number, origin = 0): number {
  const decimals = Math.max(decimalsOf(step), decimalsOf(origin));
  return Number((origin + Math.round((x - origin) / step) * step).toFixed(decimals));
}
