import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {eventList, eventTime, formatEventDate, type ListedEvent} from "./event-list.js";

test("formatEventDate respects the date's precision", () => {
  assert.equal(formatEventDate("2010-09-28", "day"), "September 28, 2010");
  assert.equal(formatEventDate("2011-09", "month"), "September 2011");
  assert.equal(formatEventDate("2011-09", "approximate"), "about September 2011");
  assert.equal(formatEventDate("2010-11-08", "approximate"), "about November 8, 2010");
  assert.equal(formatEventDate("2010", "year"), "2010");
});

test("eventTime puts partial dates mid-month", () => {
  assert.equal(eventTime("2010-09-28").toISOString().slice(0, 10), "2010-09-28");
  assert.equal(eventTime("2011-09").toISOString().slice(0, 10), "2011-09-15");
});

const events: ListedEvent[] = [
  {date: "2010-09-30", precision: "day", event: "A report", category: "federal", sources: [{id: "a", publisher: "Paper A"}, {id: "b", publisher: "Blog B"}], quote: "never was", n: 5},
  {date: "2011-09", precision: "approximate", event: "A vote", category: "opt-out", sources: [{id: "c", publisher: "C"}], quote: null, n: null}
];

test("eventList gives each event its date, text, quote and source links, and no numbered badge", () => {
  const list = eventList(events, {sourcesHref: "../sources"});
  const items = list.querySelectorAll("li.event");
  assert.equal(items.length, 2);
  assert.equal(items[0].querySelector("time")!.getAttribute("datetime"), "2010-09-30");
  assert.equal(items[0].querySelector("time")!.textContent, "September 30, 2010");
  assert.equal(items[0].querySelector(".event-n"), null);
  assert.equal(items[0].querySelector("blockquote")!.textContent, "“never was”");
  assert.deepEqual([...items[0].querySelectorAll(".event-sources a")].map((a) => a.getAttribute("href")), ["../sources#a", "../sources#b"]);
  assert.equal(items[1].querySelector("time")!.textContent, "about September 2011");
  assert.equal(items[1].querySelector(".event-n"), null);
  assert.equal(items[1].querySelector("blockquote"), null);
  assert.equal(items[1].querySelector(".event-sources a")!.getAttribute("href"), "../sources#c");
});

test("eventList handles empty data", () => {
  assert.equal(eventList([]).querySelectorAll("li").length, 0);
});

test("eventList never shows a maintainers' note, even when a loader row carries one", () => {
  // Loader rows may carry data/'s working notes ("V2", "Existence verified; findings not read"); readers never see them.
  const withNote = {...events[0], note: "Existence verified; findings not read (V2)."} as ListedEvent;
  const list = eventList([withNote]);
  assert.doesNotMatch(list.textContent!, /Existence verified|V2/);
  assert.equal(list.querySelector(".event-note"), null);
});
