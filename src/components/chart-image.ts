// A chart as one standalone SVG image: title, subtitle, legend, the chart
// itself and the source line, on a white background. Used by "Download SVG"
// and "Download PNG" in the browser (the view on screen) and by the build,
// which renders each chart's default view in Node (scripts/lib/render-chart.ts).
// It reads an already-drawn chart element, so it works on any document
// (the browser's or jsdom's) and for every chart, whatever its legend is made of.

export interface ImageText {
  title: string;
  subtitle: string;
  /** The compact source line, as text. */
  source: string;
  /** A credit line, e.g. the site's name and the chart's address. */
  credit?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, 'DejaVu Sans', sans-serif";
const INK = "#1b1e23";
const MUTED = "#555b66";
const PAD = 16;
/** SVGs at least this wide are charts; smaller ones are legend swatches. */
const CHART_MIN_WIDTH = 60;

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Words wrapped to lines of about `width` px, from an average glyph width (no text measuring in Node). */
export function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.53)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) lines.push(line), (line = word);
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function size(svg: SVGSVGElement): {width: number; height: number} {
  const width = parseFloat(svg.getAttribute("width") ?? "");
  const height = parseFloat(svg.getAttribute("height") ?? "");
  if (width && height) return {width, height};
  const box = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  return {width: width || box[2] || 0, height: height || box[3] || 0};
}

function isChart(svg: SVGSVGElement): boolean {
  return size(svg).width >= CHART_MIN_WIDTH && !svg.parentElement?.closest("svg");
}

interface Block {
  height: number;
  markup: (y: number) => string;
}

function textBlock(text: string, width: number, fontSize: number, options: {weight?: number; fill?: string; gap?: number} = {}): Block {
  const lines = wrap(text, width, fontSize);
  const lineHeight = Math.round(fontSize * 1.35);
  const {weight = 400, fill = INK, gap = 6} = options;
  return {
    height: lines.length * lineHeight + gap,
    markup: (y) =>
      lines
        .map((l, i) => `<text x="${PAD}" y="${y + (i + 1) * lineHeight - Math.round(fontSize * 0.3)}" font-size="${fontSize}" font-weight="${weight}" fill="${fill}">${escape(l)}</text>`)
        .join("")
  };
}

/** The legend: every small SVG swatch with the text of the element around it, flowed in rows. */
function legendBlock(chart: Element, width: number, serialize: (n: Node) => string): Block | null {
  const swatches = [...chart.querySelectorAll("svg")].filter((s) => !isChart(s) && !s.parentElement?.closest("svg"));
  if (!swatches.length) return null;
  const items = swatches.map((svg) => ({svg, label: (svg.parentElement?.textContent ?? "").replace(/\s+/g, " ").trim(), ...size(svg)}));
  const rowHeight = 20;
  const placed: {x: number; row: number; item: (typeof items)[number]}[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = item.width + 6 + item.label.length * 12 * 0.53 + 16;
    if (x > 0 && x + w > width) (row += 1), (x = 0);
    placed.push({x, row, item});
    x += w;
  }
  return {
    height: (row + 1) * rowHeight + 6,
    markup: (y) =>
      placed
        .map(({x, row, item}) => {
          const top = y + row * rowHeight + (rowHeight - item.height) / 2;
          const swatch = serialize(item.svg).replace(/^<svg/, `<svg x="${PAD + x}" y="${top}"`);
          return `${swatch}<text x="${PAD + x + item.width + 6}" y="${y + row * rowHeight + 14}" font-size="12" fill="${INK}">${escape(item.label)}</text>`;
        })
        .join("")
  };
}

/** The chart element (an SVG, or a block holding legend and SVGs) with its text, as one SVG document. */
export function chartImageSVG(text: ImageText, chart: Element, width: number): string {
  const view = chart.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const serializer = new (view?.XMLSerializer ?? XMLSerializer)();
  const serialize = (n: Node) => serializer.serializeToString(n);
  const inner = width - 2 * PAD;
  const charts = (chart instanceof (view?.SVGSVGElement ?? SVGSVGElement) ? [chart as SVGSVGElement] : [...chart.querySelectorAll("svg")]).filter(isChart);
  const blocks: Block[] = [
    textBlock(text.title, inner, 20, {weight: 700, gap: 4}),
    textBlock(text.subtitle, inner, 14, {fill: MUTED, gap: 10})
  ];
  const legend = legendBlock(chart, inner, serialize);
  if (legend) blocks.push(legend);
  for (const svg of charts) {
    const s = size(svg);
    // Scaled down, never up, to fit the image's width.
    const scale = Math.min(1, inner / s.width);
    const markup = serialize(svg).replace(/^<svg/, `<svg width="${s.width * scale}" height="${s.height * scale}" viewBox="0 0 ${s.width} ${s.height}"`);
    blocks.push({height: s.height * scale + 10, markup: (y) => `<g transform="translate(${PAD},${y})">${stripSize(markup)}</g>`});
  }
  blocks.push(textBlock(text.source, inner, 12, {fill: MUTED, gap: 2}));
  if (text.credit) blocks.push(textBlock(text.credit, inner, 12, {fill: MUTED, gap: 2}));
  let y = PAD;
  const body = blocks.map((b) => {
    const m = b.markup(y);
    y += b.height;
    return m;
  });
  const height = Math.ceil(y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FONT)}" color="${INK}">` +
    `<title>${escape(text.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${body.join("")}</svg>`
  );
}

/** Drops the second width/height/viewBox a serialized chart SVG would carry after ours. */
function stripSize(markup: string): string {
  const open = markup.slice(0, markup.indexOf(">") + 1);
  const seen = new Set<string>();
  const cleaned = open.replace(/\s(width|height|viewBox)="[^"]*"/g, (m, name: string) => (seen.has(name) ? "" : (seen.add(name), m)));
  return cleaned + markup.slice(open.length);
}
