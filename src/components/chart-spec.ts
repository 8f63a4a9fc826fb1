// The shape of a chart declaration. Each chart is declared once, in
// charts.ts; pages, embeds, downloads and tests all read that declaration, as
// Our World in Data's Grapher reads one config per chart.
import type {Params} from "../lib/url-state.js";

/** A source as a loader passes it to the page. */
export interface Citation {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
  kind: "original" | "secondary";
}

/** What every chart's data carries: the sources of its figures. */
export interface Cited {
  sources: Citation[];
}

export interface TableColumn<R> {
  key: keyof R & string;
  label: string;
  format?: (value: never) => string;
}

export interface ChartTable<R = Record<string, unknown>> {
  columns: TableColumn<R>[];
  rows: R[];
}

export interface RenderOptions {
  width: number;
  [option: string]: unknown;
}

/**
 * A chart's controls as link parameters, so a view travels in a URL (a page
 * link or an embed): the same names, ranges and defaults on the page and in
 * the embed, read and written by src/lib/url-state.ts.
 */
export interface ChartView<D, O> {
  /** The parameters, declared from the chart's data (ranges and defaults come from data/). */
  params: (data: D) => Params;
  /** Render options from the parameters' (already clamped) values. */
  options: (values: Record<string, string | number>, data: D) => Partial<O>;
  /** The parameters' values shown by these render options: what "Embed this view" carries. */
  values: (options: O, data: D) => Record<string, string | number | undefined>;
  /** The assumptions this view rests on, each value with what it assumes, marked as assumed where shown alone (an embed). */
  assumed?: (options: O, data: D) => {value: string; what: string}[];
}

export interface ChartSpec<D extends Cited = Cited, O extends RenderOptions = RenderOptions, R = any> {
  /** The chart's address: the element id on its page and its embed path. */
  slug: string;
  /**
   * The finding, in words ("About one in four had no criminal conviction"), not
   * the chart's name. A function when the finding is read from the data, so the
   * title stays true when rows are added.
   */
  title: string | ((data: D) => string);
  /** States the period, the unit and ICE's category label. */
  subtitle: (data: D, options: O) => string;
  /** The period the figures cover, in words. */
  period: (data: D) => string;
  unit: string;
  /** The loader output the chart draws, e.g. "headline.json". */
  file: string;
  /** Picks the chart's data out of the file when the file holds several charts' data; default: the whole file. */
  select?: (file: any) => D;
  /** The page the chart belongs to. */
  page: string;
  render: (data: D, options: O) => SVGElement | HTMLElement;
  /** Optional: changes a drawn chart in place for new options (a slider's month), instead of drawing it again. See frame-update.ts. */
  update?: (chart: SVGElement | HTMLElement, data: D, options: O) => void;
  /** A text description with the chart's point and its numbers, for everyone and for screen readers. */
  describe: (data: D, options: O) => string;
  /** The chart's data as a table. */
  table: (data: D, options: O) => ChartTable<R>;
  /** The chart's controls as link parameters; absent when the chart has none. */
  view?: ChartView<D, O>;
}

/** The chart's embed page, relative to the site root: embed/<file>/<slug>. */
export function embedPath(spec: Pick<ChartSpec, "file" | "slug">): string {
  return `embed/${spec.file.replace(/\.json$/, "")}/${spec.slug}`;
}

/** The chart's title for its data. */
export function chartTitle<D extends Cited>(spec: Pick<ChartSpec<D, any, any>, "title">, data: D): string {
  return typeof spec.title === "function" ? spec.title(data) : spec.title;
}

/** The chart's data from its file's contents. */
export function chartData<D extends Cited>(spec: ChartSpec<D, any, any>, file: unknown): D {
  return spec.select ? spec.select(file) : (file as D);
}

/** Charts by slug, from one or more lists of declarations (a page passes only its own). */
export function bySlug(...lists: ChartSpec<any, any, any>[][]): Record<string, ChartSpec<any, any, any>> {
  const all = lists.flat();
  const charts = Object.fromEntries(all.map((spec) => [spec.slug, spec]));
  if (Object.keys(charts).length !== all.length) throw new Error("two charts share a slug");
  return charts;
}
