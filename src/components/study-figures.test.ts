import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {findingLabel, formatStudyPeriod, monthlyLabel, pairFindings, studyPercentChart, tracMonthlyChart, type MonthlyCount, type PercentFinding} from "./study-figures.js";

const findings: PercentFinding[] = [
  {id: "a", study: "s1", studyName: "Study One", figure: "share with a lawyer", population: "people arrested through Secure Communities", period: null, value: 24, qualifier: "exact", scope: "sc"},
  {id: "b", study: "s1", studyName: "Study One", figure: "share of all respondents with a lawyer", population: "all respondents (comparison)", period: null, value: 40, qualifier: "exact", scope: "wider"},
  {id: "c", study: "s2", studyName: "Study Two", figure: "share convicted", population: "people removed through Secure Communities", period: "2008-10 to 2012-03", value: 74, qualifier: "about", scope: "sc"}
];

test("findingLabel names the figure, its population and, if the population does not, its period", () => {
  assert.equal(findingLabel(findings[2]), "Share convicted. Population: people removed through Secure Communities, October 2008 – March 2012");
  assert.equal(findingLabel({figure: "x", population: "all ICE deportations in FY2013", period: "FY2013"}), "X. Population: all ICE deportations in FY2013");
});

test("formatStudyPeriod puts period labels in words", () => {
  assert.equal(formatStudyPeriod("FY2013"), "fiscal year 2013");
  assert.equal(formatStudyPeriod("CY2016"), "calendar year 2016");
  assert.equal(formatStudyPeriod("FY2008-FY2013"), "fiscal years 2008–2013");
  assert.equal(formatStudyPeriod("2017-02 to 2017-10"), "February 2017 – October 2017");
  assert.equal(formatStudyPeriod("2018-05"), "May 2018");
  assert.equal(formatStudyPeriod(null), "period not recorded");
});

test("pairFindings pairs a finding with the comparison figure its study set beside it, or the same figure for another period", () => {
  const items = pairFindings(findings);
  assert.deepEqual(
    items.map((i) => [i.finding.id, i.comparison?.id ?? null]),
    [
      ["a", "b"],
      ["c", null]
    ]
  );
  const years: PercentFinding[] = [
    {...findings[2], id: "y1", period: "FY2009", value: 4},
    {...findings[2], id: "y2", period: "FY2011", value: 20}
  ];
  assert.deepEqual(pairFindings(years).map((i) => i.comparison?.id ?? null), ["y2"]);
  // Not across studies.
  assert.deepEqual(pairFindings([findings[0], {...findings[1], study: "other"}]).map((i) => i.comparison), [null, null]);
});

test("studyPercentChart draws a pair as two dots joined by a line, a single finding as one dot, with headings and hedged values", () => {
  const chart = studyPercentChart(findings, {width: 640});
  assert.equal(chart.querySelectorAll("g[aria-label='dot'] circle").length, 3);
  assert.equal(chart.querySelectorAll("g[aria-label='rule'] line").length, 1);
  assert.equal(chart.querySelectorAll("g[aria-label='rect'] rect").length, 0, "no bars");
  const text = chart.textContent ?? "";
  for (const t of [/Study One/, /Study Two/, /about 74%/, /40%/, /24%/, /Compared with: all respondents \(comparison\)/]) assert.match(text, t);
  // The pair's values sit outside the pair: 24% left of its dot, 40% right of its dot.
  const label = (v: string) => [...chart.querySelectorAll("g[aria-label='text'] text")].find((t) => t.textContent === v)!;
  assert.equal(label("24%").getAttribute("text-anchor") ?? label("24%").parentElement!.getAttribute("text-anchor"), "end");
  assert.equal(label("40%").getAttribute("text-anchor") ?? label("40%").parentElement!.getAttribute("text-anchor"), "start");
});

test("studyPercentChart wraps labels when narrow, and handles one finding and none", () => {
  const narrow = studyPercentChart(findings, {width: 320});
  const wide = studyPercentChart(findings, {width: 1200});
  // The plot is the last svg (the legend's swatches come first).
  const h = (c: Element) => Number((c.tagName.toLowerCase() === "svg" ? c : [...c.querySelectorAll("svg")].at(-1))!.getAttribute("height"));
  assert.ok(h(narrow) > h(wide), "narrow labels should wrap onto more lines");
  assert.equal(studyPercentChart([findings[0]], {width: 320}).querySelectorAll("g[aria-label='dot'] circle").length, 1);
  assert.equal(studyPercentChart([], {width: 320}).querySelectorAll("g[aria-label='dot'] circle").length, 0);
});

test("a bold value with no room left of its dot goes below it instead of off the chart", () => {
  const pair: PercentFinding[] = [
    {id: "x", study: "g", studyName: "GAO", figure: "share of removals", population: "all ICE removals in FY2009", period: null, value: 4, qualifier: "about", scope: "wider"},
    {id: "y", study: "g", studyName: "GAO", figure: "share of removals", population: "all ICE removals in FY2011", period: null, value: 20, qualifier: "about", scope: "wider"}
  ];
  const chart = studyPercentChart(pair, {width: 952});
  const label = [...chart.querySelectorAll("g[aria-label='text'] text")].find((t) => t.textContent === "about 4%")!;
  // Centred under its dot (Plot writes no text-anchor for "middle", the default), not ending left of it.
  assert.equal(label.getAttribute("text-anchor") ?? label.parentElement!.getAttribute("text-anchor") ?? "middle", "middle");
});

test("studyPercentChart's legend draws the marks the chart draws: a filled dot and an open ring", () => {
  const chart = studyPercentChart(findings, {width: 800});
  const look = (c: Element) => `${c.getAttribute("fill") ?? c.parentElement?.getAttribute("fill")} / ${c.getAttribute("stroke") ?? c.parentElement?.getAttribute("stroke")}`;
  const keys = [...chart.querySelectorAll(".chart-legend circle")].map(look);
  const drawn = new Set([...chart.querySelectorAll("g[aria-label='dot'] circle")].map(look));
  assert.equal(keys.length, 2);
  for (const k of keys) assert.ok(drawn.has(k), `legend swatch ${k} is not a mark of the chart (${[...drawn]})`);
  assert.notEqual(keys[0], keys[1]);
  // No comparison on the chart: no key for one.
  assert.equal(studyPercentChart([findings[2]], {width: 800}).querySelectorAll(".chart-legend circle").length, 1);
});

const monthly: MonthlyCount[] = [
  {id: "claim", counter: "ICE (claim)", start: "2017-01", end: "2017-03", months: 3, published: 300, qualifier: "exact", perMonth: 100, derived: true},
  {id: "avg", counter: "TRAC", start: "2017-02", end: "2017-10", months: 9, published: 60, qualifier: "about", perMonth: 60, derived: false},
  {id: "may", counter: "TRAC", start: "2018-05", end: "2018-05", months: 1, published: 75, qualifier: "exact", perMonth: 75, derived: false}
];

test("monthlyLabel keeps the hedge and says when an average is computed from a total", () => {
  assert.equal(monthlyLabel(monthly[1]), "about 60 a month");
  assert.equal(monthlyLabel(monthly[0]), "ICE's claim: about 100 a month (300 in 3 months)");
  assert.equal(monthlyLabel(monthly[2], true), "75/mo");
});

test("tracMonthlyChart draws spans as lines (dashed when computed) and single months as dots", () => {
  const chart = tracMonthlyChart(monthly, {width: 640});
  assert.equal(chart.querySelectorAll("g[aria-label='dot'] circle").length, 1);
  const rules = [...chart.querySelectorAll("g[aria-label='rule'] line")];
  assert.equal(rules.length, 3, "a zero line and two spans");
  assert.equal(chart.querySelectorAll("g[aria-label='rule'][stroke-dasharray] line, g[aria-label='rule'] line[stroke-dasharray]").length, 1);
  const text = chart.textContent ?? "";
  assert.match(text, /ICE's claim: about 100 a month \(300 in 3 months\)/);
  assert.match(text, /about 60 a month/);
  // The legend keys the marks drawn: TRAC's solid average and its single month (a dot), ICE's computed (dashed) average.
  const keys = [...chart.querySelectorAll(".chart-legend-key")].map((k) => `${k.querySelector("svg > *")!.tagName.toLowerCase()} ${k.querySelector("svg > *")!.getAttribute("stroke-dasharray") ?? ""} ${k.textContent}`.replace(/\s+/g, " "));
  assert.deepEqual(keys.sort(), ["circle TRAC's count of ICE records: one month", "line 6,3 ICE's own claim: an average we computed from a total", "line none TRAC's count of ICE records: a period's average"]);
});

test("tracMonthlyChart handles one row and no rows", () => {
  assert.equal(tracMonthlyChart([monthly[2]], {width: 320}).querySelectorAll("g[aria-label='dot'] circle").length, 1);
  assert.equal(tracMonthlyChart([], {width: 320}).querySelectorAll("g[aria-label='dot'] circle").length, 0);
});
