// The opt-out page: the dated timeline of the fight over opting out of Secure
// Communities, drawn over the county-activation curve. Key events are chosen
// by date and category (never by their text); every event keeps its sources.
import type {EventCategory, EventSource, OptOutEvent, CurveMonth, OptOutChart, PlaceVote, Quoted, OptOut} from "../../lib/chart-data/opt-out.js";
export type {EventCategory, EventSource, OptOutEvent, CurveMonth, OptOutChart, PlaceVote, Quoted, OptOut};
import {fileError, rowError} from "./data-error.js";
import {monthEnd} from "../../lib/dates.js";
import * as aq from "arquero";
import type {Dataset, TimelineEvent} from "./dataset.js";
import {citations, type Citation} from "./cite.js";









/** The chart's key events, by date and category, in date order. */
export const KEY_EVENTS: readonly {date: string; category: EventCategory}[] = [
  {date: "2010-05-04", category: "program"}, // Santa Clara County activated
  {date: "2010-08-17", category: "federal"}, // "Setting the Record Straight"
  {date: "2010-09-28", category: "opt-out"}, // Santa Clara and Arlington vote
  {date: "2010-09-30", category: "federal"}, // Washington Post: not a realistic possibility
  {date: "2010-11-05", category: "federal"}, // ICE tells Arlington
  {date: "2010-11-09", category: "federal"}, // Santa Clara told
  {date: "2011-05-04", category: "opt-out"}, // Illinois
  {date: "2011-06-01", category: "opt-out"}, // New York
  {date: "2011-06-03", category: "opt-out"}, // Massachusetts
  {date: "2011-08-05", category: "federal"}, // all MOAs terminated
  {date: "2013-01-22", category: "program"}, // last county activations
  {date: "2014-11-20", category: "federal"}, // program discontinued
  {date: "2017-01-25", category: "federal"}, // reinstated
  {date: "2021-01-20", category: "federal"} // EO 13768 revoked
];

/** The places that voted to opt out on Sept 28, 2010, as named in sc_place_activations.csv. */
const VOTING_PLACES = ["Santa Clara County", "Arlington County"];

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function one<T>(all: readonly object[], rows: T[], what: string): T {
  if (rows.length !== 1) throw fileError(all, "date", `one ${what}`, `expected one ${what}, found ${rows.length}`);
  return rows[0];
}

export function optOut(data: Dataset): OptOut {
  const publisher = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const key = new Map<TimelineEvent, number>();
  let n = 0;
  for (const k of KEY_EVENTS) {
    const rows = data.timeline.filter((e) => e.date === k.date && e.category === k.category);
    if (!rows.length) throw fileError(data.timeline, "date", "required event", `no ${k.category} event on ${k.date}`);
    for (const row of rows) key.set(row, ++n);
  }
  const asEvent = (e: TimelineEvent): OptOutEvent => ({
    date: e.date,
    precision: e.date_precision,
    event: e.event,
    category: e.category,
    sourceIds: e.source_ids,
    sources: e.source_ids.map((id) => ({id, publisher: publisher.get(id)!})),
    quote: e.quote,
    note: e.note,
    n: key.get(e) ?? null
  });

  // The list: the whole file, in date order (a stable sort keeps the file's order within a date).
  const events = data.timeline
    .map(asEvent)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const keyEvents = [...key.keys()].map(asEvent);

  const curve = aq
    .from(data.countyActivations)
    .orderby("month")
    .select("month", "cumulative_counties_activated")
    .objects()
    .map((r) => {
      const {month, cumulative_counties_activated: counties} = r as {month: string; cumulative_counties_activated: number};
      return {month, monthEnd: monthEnd(month), counties};
    }) as CurveMonth[];
  const countyIds = [...new Set(data.countyActivations.flatMap((r) => r.source_ids))];
  const votes = data.timeline.filter((e) => e.category === "opt-out" && e.date === "2010-09-28");
  if (!votes.length) throw fileError(data.timeline, "date", "required event", "no opt-out vote on 2010-09-28");
  const voteMonth = votes[0].date.slice(0, 7);
  const atVotes = curve.find((c) => c.month === voteMonth);
  if (!atVotes) throw fileError(data.countyActivations, "month", "required month", `no row for ${voteMonth}`);
  const last = curve[curve.length - 1];

  const places = VOTING_PLACES.map((name) => {
    const p = data.placeActivations.find((r) => r.place === name);
    if (!p) throw fileError(data.placeActivations, "place", "required place", `no row for ${name}`);
    const word = name.split(" ")[0];
    const vote = one(data.timeline, votes.filter((e) => e.event.includes(word)), `Sept 28, 2010 vote by ${name}`);
    return {
      place: p.place,
      state: p.state,
      activated: p.activated,
      activatedSourceIds: p.source_ids,
      daysBefore: days(p.activated, vote.date),
      reported: p.reported,
      reportedSourceIds: p.reported_source_ids,
      reportedText: p.reported_text,
      vote: asEvent(vote)
    };
  });

  // The Washington Post line is the quote of its Sept 30, 2010 event.
  const post = one(data.timeline, data.timeline.filter((e) => e.date === "2010-09-30" && e.category === "federal"), "federal event on 2010-09-30");
  if (!post.quote) throw rowError(post, "quote", "required value", "the 2010-09-30 event has no quote");
  // The ICE official's words are in that row's note; they must also be a passage of the source's own quote.
  const official = /official: '([^']+)'/.exec(post.note ?? "")?.[1];
  const passages = post.source_ids.flatMap((id) => data.sources.find((s) => s.id === id)?.quote?.split(" || ") ?? []);
  if (!official || !passages.includes(official)) throw rowError(post, "note", "a quote is a passage of its source", "the ICE official's words in the note are not a passage of its source's quote");
  const napolitano = one(
    data.timeline,
    data.timeline.filter((e) => e.date === "2010-10-06" && e.category === "federal" && e.event.startsWith("Napolitano") && e.quote),
    "Napolitano event on 2010-10-06"
  );

  return {
    chart: {
      curve,
      events: keyEvents,
      atVotes: {month: atVotes.month, counties: atVotes.counties, sourceIds: countyIds},
      last: {month: last.month, counties: last.counties, sourceIds: countyIds},
      sources: citations(data, [...countyIds, ...keyEvents.flatMap((e) => e.sourceIds)])
    },
    events,
    places,
    quotes: {
      notRealistic: {text: post.quote, date: post.date, sourceIds: post.source_ids},
      notCooperation: {text: official, date: post.date, sourceIds: post.source_ids},
      napolitano: {text: napolitano.quote!, date: napolitano.date, sourceIds: napolitano.source_ids}
    }
  };
}
