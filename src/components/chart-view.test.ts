import assert from "node:assert/strict";
import {test} from "node:test";
import {charts} from "./charts.js";
import {viewOptions, viewSearch} from "./chart-view.js";

// The serious-record chart's view: def and l3, with l3's default computed from the data.
const spec = charts["serious-record-range"];
const data = {bookings: {level3Share: 66.32883644777614}};

test("the view drawn travels as the page's own parameters, versioned, defaults left out", () => {
  assert.equal(viewSearch(spec, data, {width: 600, definition: "l12", level3Share: 40}), "?def=l12&l3=40&v=1");
  assert.equal(viewSearch(spec, data, {width: 600, definition: "any", level3Share: 66.3}), "");
  assert.equal(viewSearch(charts["bookings-feb-2011"], data, {width: 600}), "");
});

test("an embed reads the view back: clamped, snapped, hostile values ignored", () => {
  assert.deepEqual(viewOptions(spec, data, "?v=1&def=l12&l3=40"), {definition: "l12", level3Share: 40});
  assert.deepEqual(viewOptions(spec, data, "?def=<script>&l3=400"), {definition: "any", level3Share: 100});
  assert.deepEqual(viewOptions(spec, data, "?l3=12.34"), {definition: "any", level3Share: 12.3});
  assert.deepEqual(viewOptions(charts["bookings-feb-2011"], data, "?l3=40"), {});
});

test("every chart with a view round-trips its default and a changed value", () => {
  for (const s of Object.values(charts)) {
    if (!s.view) continue;
    // An options object built from a search string writes the same search back.
    const params = s.view.params(fakeData(s.slug));
    for (const [name, p] of Object.entries(params)) {
      const other = p.kind === "number" ? p.min : p.kind === "choice" ? p.values.find((v) => v !== p.default) : p.min;
      if (other === undefined || other === p.default) continue;
      const search = `?${name}=${other}&v=1`;
      const o = viewOptions(s, fakeData(s.slug), search);
      assert.equal(viewSearch(s, fakeData(s.slug), {width: 1, ...o}), search, `${s.slug}.${name}`);
    }
  }
});

function fakeData(slug: string): unknown {
  switch (slug) {
    case "snapshot-units":
      return {rows: [{key: "2010-06"}, {key: "2011-03"}]};
    case "rollout-map":
      return {months: ["2008-10", "2009-01", "2013-01"]};
    case "projection":
      return {derivation: {rate: 24.12}, defaultShare: 26.2};
    default:
      return data;
  }
}
