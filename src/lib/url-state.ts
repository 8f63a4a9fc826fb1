// The view's state in the query string, so a link reproduces the exact view.
//
// Every parameter is declared with its type, range and default. Reading is
// defensive: unknown names are ignored, a value that is not valid falls back
// to the default, a number out of range is clamped, and a value is only ever
// returned as a number or one of the declared strings, so nothing a link
// carries can reach the page as HTML. Writing keeps only non-default values
// and the version, `v`, so links stay short and old links keep working.

import {snapToStep} from "./steps.js";

/** The version of the parameter names and meanings. Bump it, and add a migration, when either changes. */
export const URL_STATE_VERSION = 1;

/** The longest value read at all; longer ones are ignored. */
const MAX_LENGTH = 64;

export type Param =
  | {kind: "number"; default: number; min: number; max: number; step?: number}
  | {kind: "choice"; default: string; values: readonly string[]}
  | {kind: "month"; default: string; min: string; max: string};

export type Params = Record<string, Param>;
export type Values<P extends Params> = {[K in keyof P]: P[K] extends {kind: "number"} ? number : string};

/** Renamed or re-scaled parameters of older versions, applied in order, oldest first. */
const migrations: Record<number, (q: URLSearchParams) => void> = {};

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function readOne(param: Param, raw: string | null): number | string {
  if (raw === null || raw === "" || raw.length > MAX_LENGTH) return param.default;
  switch (param.kind) {
    case "number": {
      // Plain decimal notation only: no hex, no exponent, no "Infinity".
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return param.default;
      const x = Number(raw);
      if (!Number.isFinite(x)) return param.default;
      return clamp(param.step ? snapToStep(x, param.step, param.min) : x, param.min, param.max);
    }
    case "choice":
      return param.values.includes(raw) ? raw : param.default;
    case "month": {
      const m = /^(\d{4})-(\d{2})$/.exec(raw);
      if (!m || +m[2] < 1 || +m[2] > 12) return param.default;
      return raw < param.min ? param.min : raw > param.max ? param.max : raw;
    }
  }
}

/** Reads every declared parameter from a query string. */
export function readState<P extends Params>(search: string, params: P): Values<P> {
  const q = new URLSearchParams(search);
  const version = Number(q.get("v") ?? URL_STATE_VERSION);
  for (let v = Number.isInteger(version) ? version : URL_STATE_VERSION; v < URL_STATE_VERSION; ++v) migrations[v]?.(q);
  return Object.fromEntries(Object.entries(params).map(([name, param]) => [name, readOne(param, q.get(name))])) as Values<P>;
}

/**
 * A query string holding `values`: non-default values of the declared
 * parameters, the version when any is set, and any other parameters the
 * reader's link already had (they are not ours to drop).
 */
export function writeState<P extends Params>(search: string, params: P, values: Partial<Values<P>>): string {
  const q = new URLSearchParams(search);
  q.delete("v");
  for (const [name, param] of Object.entries(params)) {
    q.delete(name);
    const value = values[name];
    if (value !== undefined && value !== param.default) q.set(name, String(value));
  }
  const ours = Object.keys(params).some((name) => q.has(name));
  if (ours) q.set("v", String(URL_STATE_VERSION));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Mirrors values into the address bar without adding history entries. */
export function replaceState<P extends Params>(params: P, values: Partial<Values<P>>): void {
  const search = writeState(location.search, params, values);
  if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
}
