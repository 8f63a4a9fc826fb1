// A program's share of a whole, one bar per year on a 0–100% scale, each
// labelled in the source's own words ("about 4%"). A faint full-width bar
// behind each stands for the whole (all ICE removals that year).
import * as Plot from "@observablehq/plot";
import {SECONDARY_COLOR} from "./palette.js";
import {formatCount, formatFigure, type Qualifier} from "../lib/format.js";

export interface ShareInput {
  fiscalYear: number;
  share: number;
  qualifier: Qualifier;
  allRemovals: number;
  /** A rough computed count (share × all removals), or null. */
  roughCount: number | null;
}

export interface ProgramShareOptions {
  width: number;
}

/** The share in the source's words: "about 20%". */
export function shareLabel(d: Pick<ShareInput, "share" | "qualifier">): string {
  return formatFigure(d.share, d.qualifier, "percent");
}

/** The rough count's label, marked as computed: "≈ 79,000 people (computed, rough)". */
export function roughLabel(d: ShareInput, narrow = false): string {
  if (d.roughCount === null) return "";
  return narrow ? `≈ ${formatCount(d.roughCount)} (computed, rough)` : `roughly ${formatCount(d.roughCount)} removals (computed, rough: ${shareLabel(d)} × ${formatCount(d.allRemovals)})`;
}

export function programShare(rows: ShareInput[], {width}: ProgramShareOptions): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const years = rows.map((d) => `FY${d.fiscalYear}`);
  return Plot.plot({
    width,
    height: 50 + rows.length * (narrow ? 62 : 54),
    marginLeft: 62,
    marginRight: 20,
    marginTop: 8,
    marginBottom: 34,
    x: {domain: [0, 100], label: "Share of all ICE removals that fiscal year (%)", labelAnchor: "left", ticks: narrow ? 3 : 5, tickFormat: (v: number) => `${v}%`},
    y: {domain: years, label: null, padding: 0.3},
    marks: [
      Plot.barX(rows, {y: (d: ShareInput) => `FY${d.fiscalYear}`, x1: 0, x2: 100, fill: "currentColor", fillOpacity: 0.1, ariaHidden: "true"}),
      Plot.barX(rows, {
        y: (d: ShareInput) => `FY${d.fiscalYear}`,
        x1: 0,
        x2: "share",
        fill: SECONDARY_COLOR,
        title: (d: ShareInput) => `FY${d.fiscalYear}: ${shareLabel(d)} of all ${formatCount(d.allRemovals)} ICE removals`
      }),
      // The source's words; moved up where a rough count sits beneath.
      ...[true, false].map((rough) =>
        Plot.text(
          rows.filter((d) => (d.roughCount !== null) === rough),
          {y: (d: ShareInput) => `FY${d.fiscalYear}`, x: "share", text: shareLabel, textAnchor: "start", dx: 5, dy: rough ? -7 : 0, fontWeight: 600, fontSize: 12, fill: "currentColor"}
        )
      ),
      Plot.text(
        rows.filter((d) => d.roughCount !== null),
        {y: (d: ShareInput) => `FY${d.fiscalYear}`, x: "share", text: (d: ShareInput) => roughLabel(d, narrow), textAnchor: "start", dx: 5, dy: 8, fontSize: 12, fill: "currentColor"}
      ),
      Plot.ruleX([0], {ariaHidden: "true"})
    ]
  });
}
