// The levels page's first chart: every published snapshot of the share of
// Secure Communities removals with no conviction, with how each is known.
import * as aq from "arquero";
import type {ShareSnapshot, ShareSnapshots} from "../../lib/chart-data/levels.js";
import type {Dataset, Snapshot} from "./dataset.js";
import {snapshot, sourceWords} from "./figures.js";
import {citations, uniqueIds as unique} from "./cite.js";
import {percentOf, remainder} from "../../lib/shares.js";
import {formatCount as fmt} from "../../lib/format.js";

/** The published snapshots of the no-conviction share, in order of the end of the period each covers. */
export function shareSnapshots(data: Dataset): ShareSnapshots {
  const junRemoved = snapshot(data, "jun2010-removed");
  const junNonCriminal = snapshot(data, "jun2010-non-criminal");
  const advocates = snapshot(data, "aug2010-advocates-non-criminal-share");
  const jul = snapshot(data, "jul2010-not-convicted-share");
  const marDeported = snapshot(data, "mar2011-deported");
  const marConvicted = snapshot(data, "mar2011-convicted-deported");
  const springDeported = snapshot(data, "spring2011-deported");
  const springShare = snapshot(data, "spring2011-no-conviction-share");
  const gaoRemoved = snapshot(data, "gao-2012-removed");
  const gaoConvicted = snapshot(data, "gao-2012-convicted-share");
  const febRemoved = snapshot(data, "feb2011-removed");
  const febNonCriminal = snapshot(data, "feb2011-removed-non-criminal");
  const sun = snapshot(data, "feb2014-no-record-share");

  const marNotConvicted = remainder(marDeported.value, marConvicted.value);
  const rows: ShareSnapshot[] = [
    {
      id: junNonCriminal.id,
      source: "ICE via AP",
      periodStart: junRemoved.period_start,
      periodEnd: junRemoved.period_end,
      share: percentOf(junNonCriminal.value, junRemoved.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: ${fmt(junNonCriminal.value)} “non-criminal” ÷ ${fmt(junRemoved.value)} removed`,
      removed: junRemoved.value,
      removedQualifier: junRemoved.qualifier,
      population: junRemoved.population,
      flag: null,
      sourceIds: unique(junRemoved.source_ids, junNonCriminal.source_ids)
    },
    {
      id: advocates.id,
      source: "Advocates",
      periodStart: advocates.period_start,
      periodEnd: advocates.period_end,
      share: advocates.value,
      basis: "words",
      qualifier: advocates.qualifier,
      words: sourceWords(data, advocates, "an average of 26 percent"),
      how: "stated by the source as a share (“an average of”)",
      removed: null,
      removedQualifier: null,
      population: advocates.population,
      flag:
        `The same release, rounded: reported as “${sourceWords(data, advocates, "an average of 26 percent")}” (Austin Examiner) ` +
        `and as “${sourceWords(data, advocates, "26 percent of all those deported nationwide")}” (SF Weekly).`,
      sourceIds: advocates.source_ids
    },
    {
      id: jul.id,
      source: "Washington Post",
      periodStart: jul.period_start,
      periodEnd: jul.period_end,
      share: jul.value,
      basis: "words",
      qualifier: jul.qualifier,
      words: sourceWords(data, jul, "a quarter"),
      how: "stated by the source in words",
      removed: null,
      removedQualifier: null,
      population: jul.population,
      flag: `The Post dated only its county figures (“${sourceWords(data, jul, "through the end of July")}”); for the national share it said only that “${sourceWords(data, jul, "government statistics show")}”. Shown at the article's date.`,
      sourceIds: jul.source_ids
    },
    {
      id: febNonCriminal.id,
      source: "ICE via Viva Colorado",
      periodStart: febRemoved.period_start,
      periodEnd: febRemoved.period_end,
      share: percentOf(febNonCriminal.value, febRemoved.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: ${fmt(febNonCriminal.value)} who “${sourceWords(data, febNonCriminal, "did not fall under the three levels")}” ÷ ${fmt(febRemoved.value)} deported`,
      removed: febRemoved.value,
      removedQualifier: febRemoved.qualifier,
      population: febRemoved.population,
      flag: null,
      sourceIds: unique(febRemoved.source_ids, febNonCriminal.source_ids)
    },
    {
      id: marDeported.id,
      source: "ICE via SF Chronicle",
      periodStart: marDeported.period_start,
      periodEnd: marDeported.period_end,
      share: percentOf(marNotConvicted, marDeported.value),
      basis: "counts",
      qualifier: "exact",
      words: null,
      how: `computed: (${fmt(marDeported.value)} deported − ${fmt(marConvicted.value)} convicted) ÷ ${fmt(marDeported.value)}`,
      removed: marDeported.value,
      removedQualifier: marDeported.qualifier,
      population: marDeported.population,
      flag: null,
      sourceIds: unique(marDeported.source_ids, marConvicted.source_ids)
    },
    {
      id: springShare.id,
      source: "Pew Stateline",
      periodStart: springShare.period_start,
      periodEnd: springShare.period_end,
      share: springShare.value,
      basis: "words",
      qualifier: springShare.qualifier,
      words: sourceWords(data, springShare, "three out of 10"),
      how: "stated by the source in words",
      removed: springDeported.value,
      removedQualifier: springDeported.qualifier,
      population: springShare.population,
      flag: "The period's end is approximate: “spring 2011”.",
      sourceIds: unique(springShare.source_ids, springDeported.source_ids)
    },
    {
      id: gaoConvicted.id,
      source: "GAO",
      periodStart: gaoConvicted.period_start,
      periodEnd: gaoConvicted.period_end,
      share: remainder(100, gaoConvicted.value),
      basis: "complement",
      qualifier: gaoConvicted.qualifier,
      words: null,
      how: `computed: 100 − the “${gaoQuote(gaoConvicted)}” with a conviction (an approximate figure)`,
      removed: gaoRemoved.value,
      removedQualifier: gaoRemoved.qualifier,
      population: gaoConvicted.population,
      flag: null,
      sourceIds: unique(gaoConvicted.source_ids, gaoRemoved.source_ids)
    },
    {
      id: sun.id,
      source: "Baltimore Sun",
      periodStart: sun.period_start,
      periodEnd: sun.period_end,
      share: sun.value,
      basis: "words",
      qualifier: sun.qualifier,
      words: sourceWords(data, sun, "20 percent"),
      how: "stated by the source, from its own analysis of government data",
      removed: null,
      removedQualifier: null,
      population: sun.population,
      flag: "The Sun did not say where its period ends; shown at the article's date.",
      sourceIds: sun.source_ids
    }
  ];
  const ordered = aq.from(rows).orderby("periodEnd").objects() as ShareSnapshot[];
  return {rows: ordered, sources: citations(data, ordered.flatMap((r) => r.sourceIds))};
}

function gaoQuote(s: Snapshot): string {
  return `${s.qualifier === "about" ? "about " : ""}${s.value}%`;
}
