// A chart's view in a link: the query string that reproduces what the reader
// sees, and the render options a query string asks for. Both go through
// url-state.ts, so embeds and pages clamp and version parameters alike.
import {readState, writeState} from "../lib/url-state.js";
import type {ChartSpec, RenderOptions} from "./chart-spec.js";

/** Render options for the view a query string asks for (unknown or hostile values fall back or clamp). */
export function viewOptions<D, O extends RenderOptions>(spec: Pick<ChartSpec<any, O>, "view">, data: D, search: string): Partial<O> {
  if (!spec.view) return {};
  return spec.view.options(readState(search, spec.view.params(data)), data);
}

/** The query string ("?…", or "" for the default view) that reproduces the view drawn with these options. */
export function viewSearch<O extends RenderOptions>(spec: Pick<ChartSpec<any, O>, "view">, data: unknown, options: O): string {
  if (!spec.view) return "";
  const params = spec.view.params(data);
  const values = spec.view.values(options, data);
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
  return writeState("", params, defined as Partial<Record<string, string>>);
}
