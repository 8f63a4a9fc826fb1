// The shape of a chart declaration. Each chart is declared once, in
// charts.ts; pages, embeds, downloads and tests all read that declaration, as
// Our World in Data's Grapher reads one config per chart.

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
  /** A text description with the chart's point and its numbers, for everyone and for screen readers. */
  describe: (data: D, options: O) => string;
  /** The chart's data as a table. */
  table: (data: D, options: O) => ChartTable<R>;
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
