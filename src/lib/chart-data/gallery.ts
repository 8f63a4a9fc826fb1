// The shape of embed/gallery.json: the embed gallery's entries, worked out at
// build time (src/embed/gallery.json.ts) so that the gallery page loads no
// chart code. Types only.

export interface GalleryEntry {
  slug: string;
  /** The chart's title for its data: its finding, in words. */
  title: string;
  /** The chart's text description in its default view (the image's alternative text). */
  description: string;
  /** The page the chart belongs to ("index" for the front page). */
  page: string;
  /** The embed page's path from the site root, e.g. "embed/levels/snapshot-units". */
  embedPath: string;
  /** The iframe snippet's fixed height, px. */
  height: number;
}

export type Gallery = GalleryEntry[];
