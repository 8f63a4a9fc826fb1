// The "Sources and methods" page: what the figures count (definitions),
// where sources disagree and how the notebook handles each conflict, why
// reports said "by August", and the list of downloadable data files.
import {DataError, fileError, rowError} from "./data-error.js";
import {fiscalYear, snapshot, source} from "./figures.js";
import {june2010Release} from "./june2010.js";
import {readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {DEFAULT_DATA_DIR, type Dataset} from "./dataset.js";
import {datasetKeys} from "./download.js";
import {formatCount, formatDate, formatFigure, formatPeriod} from "../../lib/format.js";
import {daysBetween} from "../../lib/dates.js";
import type {Conflict, Methods} from "../../lib/chart-data/methods.js";

export type {Conflict, ConflictItem, Download, Methods} from "../../lib/chart-data/methods.js";

const publisherOf = (data: Dataset, id: string) => source(data, id).publisher;

/** A source named by its title (a bracketed description loses its brackets) and date. */
const sourceLabel = (data: Dataset, id: string) => {
  const s = source(data, id);
  const title = s.title.startsWith("[") ? s.title.slice(1, -1) : s.title;
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}${s.date ? ` (${formatDate(s.date)})` : ""}`;
};

function fy2008(data: Dataset): Conflict {
  const used = fiscalYear(data, 2008);
  const reported = data.removalsReported.filter((r) => r.fiscal_year === 2008 && r.metric === "total_removals");
  if (reported.length < 2) throw fileError(data.removalsReported, "fiscal_year", "the conflicting FY2008 totals", `expected at least 2 FY2008 total_removals rows, found ${reported.length}`);
  const years = data.removalsByYear.map((r) => r.fiscal_year);
  return {
    key: "fy2008-removals",
    title: "ICE's removals in fiscal year 2008",
    question: `ICE published ${reported.length} different totals for the same fiscal year.`,
    items: reported.map((r) => ({
      label: sourceLabel(data, r.source_ids[0]),
      text: formatFigure(r.value, r.qualifier),
      sourceIds: r.source_ids,
      used: r.value === used.total_removals
    })),
    handling: `The notebook uses the figure in ICE's later FOIA table (marked “yes”), which gives every fiscal year from ${Math.min(...years)} to ${Math.max(...years)} on one basis. The other totals are shown here only.`
  };
}

function oisVsIce(data: Dataset): Conflict {
  const ois = data.removalsReported.filter((r) => r.metric === "convicted_removals" && r.source_ids.includes("dhs-ois-criminal-counts"));
  if (!ois.length) throw fileError(data.removalsReported, "source_ids", "the OIS criminal counts", "no convicted_removals row cites dhs-ois-criminal-counts");
  const items = ois.flatMap((o) => {
    const ice = data.removalsByYear.find((r) => r.fiscal_year === o.fiscal_year);
    if (!ice) throw fileError(data.removalsByYear, "fiscal_year", "required fiscal year", `no row for FY${o.fiscal_year}, which the OIS counts compare`);
    if (ice.convicted_removals === null) throw rowError(ice, "convicted_removals", "required value", `no convicted count for FY${o.fiscal_year}, which the OIS counts compare`);
    return [
      {label: `DHS Office of Immigration Statistics, ${o.fiscal_year}`, text: formatFigure(o.value, o.qualifier), sourceIds: o.source_ids, used: false},
      {label: `ICE, fiscal year ${o.fiscal_year}`, text: formatCount(ice.convicted_removals), sourceIds: ice.split_source_ids ?? ice.total_source_ids, used: true}
    ];
  });
  return {
    key: "ois-vs-ice-criminal",
    title: "Criminal removals: DHS statisticians vs ICE",
    question: "DHS's Office of Immigration Statistics counted fewer criminal aliens removed than ICE did for the same years.",
    items,
    handling: "The notebook uses ICE's own counts, which come with ICE's totals and its monthly table. The OIS counts are shown here only; which report they come from, and how OIS counted, is not recorded in our sources."
  };
}

function activations(data: Dataset): Conflict {
  const places = data.placeActivations.filter((p) => p.reported !== null && p.reported !== p.activated && !p.activated.startsWith(p.reported));
  if (!places.length) throw fileError(data.placeActivations, "reported", "a conflicting activation date", "no place has a reported date that differs from its activation date");
  const dataset = places[0].source_ids;
  return {
    key: "activation-dates",
    title: "When places were switched on",
    question: `For ${places.map((p) => p.place).join(" and ")}, a press report gives a different activation date from the county data set.`,
    items: places.flatMap((p) => [
      {label: `${p.place}: county data set`, text: formatDate(p.activated), sourceIds: p.source_ids, used: true},
      {
        label: `${p.place}: as reported${p.reported_text ? ` (“${p.reported_text}”)` : ""}`,
        text: formatDate(p.reported),
        sourceIds: p.reported_source_ids ?? [],
        used: false
      }
    ]),
    handling: `The maps and timelines use the county data set (${publisherOf(data, dataset[0])}) for every place, so all places are dated the same way. The reported dates are shown here; where no source of the reported words is recorded, this page says so.`
  };
}

function warrenSample(data: Dataset): Conflict {
  const rows = data.studies.filter((s) => s.id.startsWith("warren-sample-size-"));
  if (rows.length < 2) throw fileError(data.studies, "id", "the two reported Warren sample sizes", `expected 2 rows "warren-sample-size-…", found ${rows.length}`);
  return {
    key: "warren-sample",
    title: "The Warren Institute's sample size",
    question: "Two news outlets give different sizes for the sample of cases behind the Warren Institute's 2011 findings.",
    items: rows.map((s) => {
      const outlet = s.source_ids.find((id) => id !== "warren-2011")!;
      return {label: publisherOf(data, outlet), text: `${formatFigure(s.value!, s.qualifier)} cases`, sourceIds: [outlet, ...s.source_ids.filter((id) => id !== outlet)], used: false};
    }),
    handling: "We could not check the report's own text, so the notebook shows both and uses neither in any calculation. The Warren percentages are shown as the outlets reported them."
  };
}

function advocatesPeriod(data: Dataset): Conflict {
  const advocates = snapshot(data, "aug2010-advocates-non-criminal-share");
  const ice = snapshot(data, "jun2010-removed");
  return {
    key: "advocates-period",
    title: "The period of the August 2010 data",
    question: "The advocates who released ICE's data in August 2010 described it as covering a different period from ICE's national figures.",
    items: [
      {label: "Advocates' county-by-county release", text: formatPeriod(advocates.period_start, advocates.period_end), sourceIds: advocates.source_ids, used: false},
      {label: "ICE's national figures", text: formatPeriod(ice.period_start, ice.period_end), sourceIds: ice.source_ids, used: true}
    ],
    handling: "The headline uses ICE's national figures and their period. The advocates' nationwide 26 percent is the same release's share as a whole number (the notebook computes 26.2 percent from ICE's counts), not a separate finding; only the period they described differs."
  };
}

/** One-line descriptions of the data files, from the headings of data/README.md ("### `file.csv`: what it holds"). */
export function readmeDescriptions(dir: string): Map<string, string> {
  const text = readFileSync(join(dir, "README.md"), "utf-8");
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^###\s+`([^`]+)\.csv`:\s*(.+)$/gm)) out.set(m[1], m[2].replace(/\s*\(\d+ rows[^)]*\)/, "").trim());
  return out;
}

export function methods(data: Dataset, dir = DEFAULT_DATA_DIR): Methods {
  const removed = snapshot(data, "jun2010-removed");
  const release = june2010Release(data, removed);
  const descriptions = readmeDescriptions(dir);
  // In the package's order, which is data/README.md's.
  const downloads = datasetKeys(dir).map(({key, stem, resource}) => {
    const description = descriptions.get(stem);
    if (!description) throw new DataError(relative(process.cwd(), join(dir, "README.md")), 1, null, "every file is documented", `no "### \`${resource.path}\`: …" heading`);
    return {file: stem, name: resource.path, description, rows: data[key].length, columns: resource.schema.fields.map((f) => f.name)};
  });
  return {
    definitions: data.definitions.map((d) => ({term: d.term, definition: d.definition, sourceIds: d.source_ids})),
    conflicts: [fy2008(data), oisVsIce(data), activations(data), warrenSample(data), advocatesPeriod(data)],
    byAugust: {
      posted: release.date,
      postedSourceIds: release.source_ids,
      event: release.quote ?? release.event,
      periodStart: removed.period_start!,
      periodEnd: removed.period_end,
      periodSourceIds: removed.source_ids,
      days: daysBetween(removed.period_end, release.date)
    },
    downloads
  };
}
