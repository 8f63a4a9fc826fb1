// The spread page's "what if" chart: removals projected from the June 2010
// rate and mix as the program reached more counties, against GAO's count to
// March 2012. Its options carry the reader's two assumptions.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {Projection} from "../../lib/chart-data/projection.js";
import {projectionChart, projectionOutcome, formatProjected, formatAbout, rateText, shareText, monthEndDate} from "../projection-chart.js";
import {formatCount, formatDate, formatFigure, formatPercent, formatPeriod} from "../../lib/format.js";
import {snapToStep} from "../../lib/steps.js";

export interface ProjectionOptions extends RenderOptions {
  rate?: number;
  share?: number;
}

export interface ControlRange {
  min: number;
  max: number;
  step: number;
  /** The computed default, snapped to the step. */
  value: number;
}

/**
 * The sliders' ranges and defaults, computed from the data: the rate runs
 * from 0 to about four times the derived rate; the share from 0 to 100%.
 */
export function projectionControls(d: Pick<Projection, "derivation" | "defaultShare">): {rate: ControlRange; share: ControlRange} {
  const rateStep = 0.1;
  const shareStep = 0.1;
  return {
    rate: {min: 0, max: Math.max(1, Math.ceil(4 * d.derivation.rate)), step: rateStep, value: snapToStep(d.derivation.rate, rateStep)},
    share: {min: 0, max: 100, step: shareStep, value: snapToStep(d.defaultShare, shareStep)}
  };
}

/** The assumptions to use: the options', else the computed defaults. */
export function assumptionsOf(d: Projection, {rate, share}: {rate?: number; share?: number}): {rate: number; share: number} {
  const c = projectionControls(d);
  return {rate: rate ?? c.rate.value, share: share ?? c.share.value};
}

/** "540,000 more than" / "12,000 fewer than" GAO's figure, hedged as GAO's is. */
export function gapWords(gap: number): string {
  return gap >= 0 ? `${formatAbout(gap)} more than` : `${formatAbout(-gap)} fewer than`;
}

export interface ProjectionRow {
  month: string;
  counties: number | null;
  removed: number | null;
  nonConvicted: number | null;
  kind: string;
}

export const projectionSpec: ChartSpec<Projection, ProjectionOptions, ProjectionRow> = {
  slug: "projection",
  // The finding at the computed defaults (the reader's own assumptions go in the subtitle and description).
  title: (d) => {
    const out = projectionOutcome(d, assumptionsOf(d, {}));
    return `Had the June 2010 rate held in every county, removals would have run to ${out.ratio.toFixed(1)} times what GAO counted by ${formatDate(d.gao.removed.month)}`;
  },
  page: "spread",
  file: "projection.json",
  unit: "people removed (cumulative)",
  period: (d) => formatPeriod(d.start, d.end),
  subtitle: (d, o) => {
    const {rate, share} = assumptionsOf(d, o);
    return (
      `People removed through Secure Communities, cumulative, ${formatDate(d.start)} – ${formatDate(d.end)}. ` +
      `Dashed lines are projected (assumed): ${rateText(rate)} in every active county, ${shareText(share)} (ICE's “non-criminal”). ` +
      `Dots: what ICE reported for ${formatDate(d.june2010.removed.month)} and GAO for ${formatDate(d.gao.removed.month)}.`
    );
  },
  render: (d, o) => projectionChart(d, {width: o.width, ...assumptionsOf(d, o)}),
  describe: (d, o) => {
    const a = assumptionsOf(d, o);
    const out = projectionOutcome(d, a);
    const gao = d.gao.removed;
    return (
      `Assuming ${rateText(a.rate)} in every active county and ${shareText(a.share)}, ` +
      `removals would have reached ${formatProjected(out.removed)} by ${formatDate(d.end)}, ${formatProjected(out.nonConvicted)} of them with no conviction (projected, assumed). ` +
      `GAO counted ${formatFigure(gao.value, gao.qualifier)} removed by ${formatDate(gao.month)}, about ${formatPercent(d.gaoNonConvictedShare, 0)} of them (${formatAbout(d.gaoNonConvicted)}, computed) without a conviction. ` +
      `The projection is ${gapWords(out.gapRemoved)} GAO's count${out.removed > 0 ? ` (${out.ratio.toFixed(1)} times it)` : ""}, ` +
      `and its non-criminal removals are ${gapWords(out.gapNonConvicted)} GAO's implied figure. ` +
      `ICE's ${formatCount(d.june2010.removed.value)} removals to ${formatDate(d.june2010.removed.periodEnd)} are the starting point.`
    );
  },
  table: (d, o) => {
    const a = assumptionsOf(d, o);
    const out = projectionOutcome(d, a);
    const rows: ProjectionRow[] = out.points.map((p, i) => ({month: p.month, counties: d.series[i].counties, removed: Math.round(p.removed), nonConvicted: Math.round(p.nonConvicted), kind: "projected (assumed)"}));
    const {removed, nonCriminal} = d.june2010;
    rows.push({month: removed.month, counties: null, removed: removed.value, nonConvicted: nonCriminal.value, kind: "reported by ICE"});
    rows.push({month: d.gao.removed.month, counties: null, removed: d.gao.removed.value, nonConvicted: d.gaoNonConvicted, kind: `reported by GAO (${formatFigure(d.gao.removed.value, d.gao.removed.qualifier)}); the no-conviction count is computed: about ${formatPercent(d.gaoNonConvictedShare, 0)} of it`});
    rows.sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
    return {
      columns: [
        {key: "month", label: "Month end", format: (v: string) => formatDate(monthEndDate(v).toISOString().slice(0, 10))},
        {key: "counties", label: "Active counties", format: (v: number) => formatCount(v)},
        {key: "removed", label: "Removals (cumulative)", format: (v: number) => formatCount(v)},
        {key: "nonConvicted", label: "With no conviction (cumulative)", format: (v: number) => formatCount(Math.round(v))},
        {key: "kind", label: "Kind"}
      ],
      rows
    };
  },
  // rate = removals per active county per month, nc = the share with no conviction (both assumed).
  view: {
    params: (d) => {
      const c = projectionControls(d);
      return {
        rate: {kind: "number", default: c.rate.value, min: c.rate.min, max: c.rate.max, step: c.rate.step},
        nc: {kind: "number", default: c.share.value, min: c.share.min, max: c.share.max, step: c.share.step}
      };
    },
    options: (v) => ({rate: Number(v.rate), share: Number(v.nc)}),
    values: (o) => ({rate: o.rate, nc: o.share}),
    assumed: (o, d) => {
      const a = assumptionsOf(d, o);
      return [
        {value: rateText(a.rate), what: "in every active county"},
        {value: shareText(a.share), what: "among them"}
      ];
    }
  }
};

export const specs = [projectionSpec];
