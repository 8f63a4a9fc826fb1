// The studies page's charts: the studies' percentage findings, and TRAC's
// monthly counts of Secure Communities deportations, 2017–2019.
import type {ChartSpec, RenderOptions} from "../chart-spec.js";
import type {MonthlyRow, PercentRow, StudiesData} from "../../lib/chart-data/studies.js";
import {findingLabel, monthlyLabel, SCOPE_LABELS, studyPercentChart, tracMonthlyChart} from "../study-figures.js";
import {formatCount, formatDate, formatFigure} from "../../lib/format.js";

type Percentages = StudiesData["percentages"];
type Monthly = StudiesData["monthly"];

const byId = <R extends {id: string}>(rows: R[], id: string): R | undefined => rows.find((r) => r.id === id);

export const studyPercentages: ChartSpec<Percentages, RenderOptions, PercentRow & {label: string; shown: string}> = {
  slug: "study-percentages",
  title: (d) => {
    const wider = d.rows.filter((r) => r.scope === "wider").length;
    return wider
      ? `${formatCount(wider)} of the studies' ${formatCount(d.rows.length)} percentages describe people other than those in Secure Communities`
      : `All ${formatCount(d.rows.length)} of the studies' percentages describe people in Secure Communities`;
  },
  page: "studies",
  file: "studies.json",
  select: (f: StudiesData) => f.percentages,
  unit: "percent",
  // Each finding has its own period, shown in its label.
  period: () => "the period each study states, shown with each figure",
  subtitle: (d) =>
    `Percentage findings of ${new Set(d.rows.map((r) => r.study)).size} studies, in percent, each labelled with the population it describes. ` +
    `Where a study set a finding beside a comparison figure (another population, or another year), the two are drawn as a pair: a filled dot for the finding, an open dot for what it was compared with. ` +
    `Each label says whom the figure describes. The studies' own words (“about”) are kept.`,
  render: (d, {width}) => studyPercentChart(d.rows, {width}),
  describe: (d) => {
    const parts: string[] = [];
    const gao = byId(d.rows, "gao-2012-convicted-share");
    if (gao) parts.push(`GAO found ${formatFigure(gao.value, gao.qualifier, "percent")} of ${gao.population} had a criminal conviction.`);
    const trac = byId(d.rows, "trac349-fy2013-level1-share");
    if (trac) parts.push(`TRAC's ${formatFigure(trac.value, trac.qualifier, "percent")} Level 1 share describes ${trac.population}.`);
    const attorney = byId(d.rows, "warren-attorney-share");
    const attorneyAll = byId(d.rows, "warren-attorney-share-all-respondents");
    if (attorney && attorneyAll) {
      parts.push(
        `The Warren Institute found ${formatFigure(attorney.value, attorney.qualifier, "percent")} of ${attorney.population} had an attorney, against ${formatFigure(attorneyAll.value, attorneyAll.qualifier, "percent")} of ${attorneyAll.population}.`
      );
    }
    const wider = d.rows.filter((r) => r.scope === "wider").length;
    parts.push(`${formatCount(wider)} of the ${formatCount(d.rows.length)} figures describe a population other than people in Secure Communities.`);
    return parts.join(" ");
  },
  table: (d) => ({
    columns: [
      {key: "studyName", label: "Study"},
      {key: "label", label: "Figure and population"},
      {key: "shown", label: "Value"},
      {key: "scope", label: "Population", format: (v: PercentRow["scope"]) => SCOPE_LABELS[v]}
    ],
    rows: d.rows.map((r) => ({...r, label: findingLabel(r), shown: formatFigure(r.value, r.qualifier, "percent")}))
  })
};

export const tracMonthly: ChartSpec<Monthly, RenderOptions, MonthlyRow & {months_: string; shown: string; perMonthShown: string}> = {
  slug: "trac-monthly-2017-2019",
  title: (d) => {
    const claim = d.rows.find((r) => r.counter === "ICE (claim)");
    const trac = claim && d.rows.find((r) => r.counter === "TRAC" && r.start === claim.start && r.end === claim.end);
    if (!claim || !trac) return `TRAC's monthly counts of Secure Communities deportations, ${tracMonthly.period(d)}`;
    const more = claim.perMonth > trac.perMonth;
    return `For ${formatDate(claim.start)} – ${formatDate(claim.end)}, ICE claimed ${more ? "more" : "fewer"} Secure Communities deportations than TRAC found in ICE's records`;
  },
  page: "studies",
  file: "studies.json",
  select: (f: StudiesData) => f.monthly,
  unit: "people deported per month",
  period: (d) => {
    const starts = d.rows.map((r) => r.start).sort();
    const ends = d.rows.map((r) => r.end).sort();
    return starts.length ? `${formatDate(starts[0])} – ${formatDate(ends.at(-1)!)}` : "";
  },
  subtitle: (d) =>
    `People deported (ICE: “removed”) through Secure Communities per month, ${tracMonthly.period(d)}. ` +
    `Lines span a period's average; dashed lines are averages we computed from a total over several months. Dots are single months.`,
  render: (d, {width}) => tracMonthlyChart(d.rows, {width}),
  describe: (d) => {
    const claim = d.rows.find((r) => r.counter === "ICE (claim)");
    const tracSame = claim && d.rows.find((r) => r.counter === "TRAC" && r.start === claim.start && r.end === claim.end);
    const later = d.rows.filter((r) => r.counter === "TRAC" && r !== tracSame);
    const parts: string[] = [];
    if (claim && tracSame) {
      parts.push(
        `For ${formatDate(claim.start)} – ${formatDate(claim.end)}, ICE claimed ${formatFigure(claim.published, claim.qualifier)} Secure Communities deportations; TRAC counted ${formatFigure(tracSame.published, tracSame.qualifier)} in ICE's records.`
      );
    }
    // ICE later re-dated its claim to a longer range: the same total over more months (a correction, not a new count).
    for (const r of d.rows.filter((x) => x.counter === "ICE (claim)" && x !== claim)) {
      parts.push(`After TRAC's report, ICE re-dated the same ${formatFigure(r.published, r.qualifier)} to ${formatDate(r.start)} – ${formatDate(r.end)}: about ${formatCount(Math.round(r.perMonth))} a month instead of about ${formatCount(Math.round(claim!.perMonth))}.`);
    }
    if (later.length) parts.push(`TRAC's later counts: ${later.map((r) => `${monthlyLabel(r)} in ${r.start === r.end ? formatDate(r.start) : `${formatDate(r.start)} – ${formatDate(r.end)}`}`).join("; ")}.`);
    return parts.join(" ");
  },
  table: (d) => ({
    columns: [
      {key: "counter", label: "Who counted"},
      {key: "months_", label: "Period"},
      {key: "shown", label: "Figure as published"},
      {key: "perMonthShown", label: "Per month"}
    ],
    rows: d.rows.map((r) => ({
      ...r,
      months_: r.start === r.end ? formatDate(r.start) : `${formatDate(r.start)} – ${formatDate(r.end)}`,
      shown: `${formatFigure(r.published, r.qualifier)} ${r.publishedUnit === "persons" ? `in ${r.months} month${r.months === 1 ? "" : "s"}` : "a month"}`,
      perMonthShown: r.derived ? `about ${formatCount(Math.round(r.perMonth))} (computed: ${formatCount(r.published)} ÷ ${r.months})` : formatFigure(r.perMonth, r.qualifier)
    }))
  })
};

export const specs = [studyPercentages, tracMonthly];
