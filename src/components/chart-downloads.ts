// "Download PNG" and "Download SVG" under a chart: the view on screen as an
// image, with its title, subtitle, legend and source line (chart-image.ts).
import {html} from "htl";
import type {ImageText} from "./chart-image.js";

/** PNGs are drawn at twice the chart's size, sharp on high-density screens. */
const PNG_SCALE = 2;

function save(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function svgToPngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * PNG_SCALE);
    canvas.height = Math.ceil(height * PNG_SCALE);
    const context = canvas.getContext("2d")!;
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The two buttons; `chart` is the drawn chart element, `text` the words around
 * it as they stand when the reader clicks (a control may have changed the chart
 * and its subtitle in place), `slug` the file name.
 */
export function chartDownloads(slug: string, chart: Element, text: () => ImageText, width: number): HTMLElement {
  // The image code loads on the first click: most readers never download, so pages and embeds don't carry it.
  const image = async () => (await import("./chart-image.js")).chartImageSVG(text(), chart, Math.max(320, Math.round(width)));
  const svgClick = async () => save(new Blob([await image()], {type: "image/svg+xml"}), `${slug}.svg`);
  const pngClick = async () => {
    const svg = await image();
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    save(await svgToPngBlob(svg, +w, +h), `${slug}.png`);
  };
  return html`<p class="chart-downloads">
    <button type="button" onclick=${pngClick}>Download PNG</button>
    <button type="button" onclick=${svgClick}>Download SVG</button>
  </p>` as HTMLElement;
}
