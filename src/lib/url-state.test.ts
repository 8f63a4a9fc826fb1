import assert from "node:assert/strict";
import {test} from "node:test";
import {readState, writeState, URL_STATE_VERSION, type Params} from "./url-state.js";

const params = {
  unit: {kind: "choice", default: "100", values: ["1", "10", "100"]},
  l3: {kind: "number", default: 66, min: 0, max: 100, step: 1},
  rate: {kind: "number", default: 1.5, min: 0, max: 20, step: 0.1},
  month: {kind: "month", default: "2013-01", min: "2008-10", max: "2013-01"}
} satisfies Params;

const defaults = {unit: "100", l3: 66, rate: 1.5, month: "2013-01"};

test("an empty query string gives the defaults", () => {
  assert.deepEqual(readState("", params), defaults);
});

test("valid values are read", () => {
  assert.deepEqual(readState("?unit=10&l3=20&rate=2.3&month=2010-06&v=1", params), {unit: "10", l3: 20, rate: 2.3, month: "2010-06"});
});

test("hostile and malformed values fall back to the default", () => {
  const hostile = ["<img src=x onerror=alert(1)>", "NaN", "1e309", "Infinity", "0x10", "", " 5", "5;alert(1)", "x".repeat(5000), "%3Cscript%3E"];
  for (const value of hostile) {
    const q = `?${new URLSearchParams({unit: value, l3: value, rate: value, month: value})}`;
    assert.deepEqual(readState(q, params), defaults, `value ${value.slice(0, 30)}`);
  }
});

test("out-of-range numbers are clamped and snapped to the step", () => {
  assert.equal(readState("?l3=-1", params).l3, 0);
  assert.equal(readState("?l3=250", params).l3, 100);
  assert.equal(readState("?l3=33.4", params).l3, 33);
  assert.equal(readState("?rate=1.26", params).rate, 1.3);
  assert.equal(readState("?month=2001-01", params).month, "2008-10");
  assert.equal(readState("?month=2020-13", params).month, "2013-01");
});

test("unknown parameters are ignored on read and kept on write", () => {
  assert.deepEqual(readState("?foo=bar&__proto__=1", params), defaults);
  assert.equal(writeState("?foo=bar", params, {l3: 10}), `?foo=bar&l3=10&v=${URL_STATE_VERSION}`);
});

test("writing keeps only non-default values and the version", () => {
  assert.equal(writeState("", params, defaults), "");
  assert.equal(writeState("?l3=10&v=1", params, {...defaults, l3: 66}), "");
  assert.equal(writeState("", params, {...defaults, unit: "10", month: "2010-06"}), `?unit=10&month=2010-06&v=${URL_STATE_VERSION}`);
});

test("a written state reads back the same", () => {
  const state = {unit: "1", l3: 0, rate: 19.9, month: "2008-10"};
  assert.deepEqual(readState(writeState("", params, state), params), state);
});

test("values are only declared strings or finite numbers", () => {
  const v = readState("?unit=<b>&l3=<b>", params);
  assert.equal(typeof v.l3, "number");
  assert.ok(params.unit.values.includes(v.unit));
});

// Properties that hold for every input (fast-check), and the edges of each rule.
import fc from "fast-check";
import {replaceState} from "./url-state.js";

const free = {x: {kind: "number", default: 2, min: -5, max: 5}} satisfies Params;

test("property: a written state reads back the same, for every valid state", () => {
  const state = fc.record({
    unit: fc.constantFrom("1", "10", "100"),
    l3: fc.integer({min: 0, max: 100}),
    rate: fc.integer({min: 0, max: 200}).map((n) => n / 10),
    month: fc.record({y: fc.integer({min: 2008, max: 2013}), m: fc.integer({min: 1, max: 12})}).map(({y, m}) => `${y}-${String(m).padStart(2, "0")}`).filter((m) => m >= "2008-10" && m <= "2013-01")
  });
  fc.assert(fc.property(state, (s) => assert.deepEqual(readState(writeState("?other=1", params, {...s}), params), {...s})));
});

test("property: any number read is clamped into its range and lies on its step", () => {
  fc.assert(
    fc.property(fc.double({min: -1e6, max: 1e6, noNaN: true}), (x) => {
      const raw = x.toFixed(3);
      const {l3, rate} = readState(`?l3=${raw}&rate=${raw}`, params);
      assert.ok(l3 >= 0 && l3 <= 100 && Number.isInteger(l3));
      assert.ok(rate >= 0 && rate <= 20 && Math.abs(rate * 10 - Math.round(rate * 10)) < 1e-9);
      const v = readState(`?x=${raw}`, free).x;
      assert.equal(v + 0, Math.min(5, Math.max(-5, Number(raw))) + 0);
    })
  );
});

test("property: any string at all reads as a declared value", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const v = readState(`?${new URLSearchParams({unit: s, l3: s, month: s})}`, params);
      assert.ok(params.unit.values.includes(v.unit));
      assert.ok(Number.isFinite(v.l3) && v.l3 >= 0 && v.l3 <= 100);
      assert.match(v.month, /^\d{4}-\d{2}$/);
      assert.ok(v.month >= "2008-10" && v.month <= "2013-01");
    })
  );
});

test("edges: 64 characters are read, 65 are not; numbers without a step are not snapped", () => {
  assert.equal(readState(`?x=${"0".repeat(63)}3`, free).x, 3);
  assert.equal(readState(`?x=${"0".repeat(64)}3`, free).x, 2);
  assert.equal(readState("?x=-4.25", free).x, -4.25);
  assert.equal(readState("?x=-7", free).x, -5);
  assert.equal(readState("?x=5", free).x, 5);
  assert.equal(readState("?x=5.5", free).x, 5);
  assert.equal(readState("?x=", free).x, 2);
  assert.equal(readState("?x=1.", free).x, 2);
  assert.equal(readState("?x=.5", free).x, 2);
  assert.equal(readState("?x=1e1", free).x, 2);
  assert.equal(readState("?x=1%0A", free).x, 2);
  assert.equal(readState("?x=%0A1", free).x, 2);
  assert.equal(readState("?l3=66.5", params).l3, 67);
  assert.equal(readState("?l3=99.6", params).l3, 100);
  assert.equal(readState("?rate=0.05", params).rate, 0.1);
});

test("edges: months at and beyond their limits, and impossible months", () => {
  assert.equal(readState("?month=2008-10", params).month, "2008-10");
  assert.equal(readState("?month=2013-01", params).month, "2013-01");
  assert.equal(readState("?month=2013-02", params).month, "2013-01");
  assert.equal(readState("?month=2008-09", params).month, "2008-10");
  assert.equal(readState("?month=2010-12", params).month, "2010-12");
  assert.equal(readState("?month=2010-01", params).month, "2010-01");
  assert.equal(readState("?month=2010-00", params).month, "2013-01");
  assert.equal(readState("?month=2010-6", params).month, "2013-01");
  assert.equal(readState("?month=x2010-06", params).month, "2013-01");
  assert.equal(readState("?month=2010-06x", params).month, "2013-01");
});

test("a link of another version still reads (no migration yet changes anything)", () => {
  assert.equal(readState("?v=0&l3=10", params).l3, 10);
  assert.equal(readState("?v=abc&l3=10", params).l3, 10);
  assert.equal(readState("?v=1.5&l3=10", params).l3, 10);
});

test("writing: undefined values and defaults are dropped; without ours, no version is written", () => {
  assert.equal(writeState("?v=1&l3=5&keep=1", params, {}), "?keep=1");
  assert.equal(writeState("?v=1", params, {l3: undefined}), "");
  assert.equal(writeState("", params, {l3: 0}), `?l3=0&v=${URL_STATE_VERSION}`);
});

test("replaceState mirrors the values into the address bar, only when they change", () => {
  const calls: string[] = [];
  const g = globalThis as unknown as {location?: unknown; history?: unknown};
  const saved = {location: g.location, history: g.history};
  g.location = {search: "?a=1", pathname: "/levels", hash: "#chart"};
  g.history = {state: {s: 1}, replaceState: (state: unknown, _: string, url: string) => calls.push(`${JSON.stringify(state)} ${url}`)};
  try {
    replaceState(params, {l3: 10});
    assert.deepEqual(calls, [`{"s":1} /levels?a=1&l3=10&v=${URL_STATE_VERSION}#chart`]);
    g.location = {search: `?l3=10&v=${URL_STATE_VERSION}`, pathname: "/levels", hash: ""};
    replaceState(params, {l3: 10});
    assert.equal(calls.length, 1);
  } finally {
    Object.assign(g, saved);
  }
});

test("edges: a step counts from the minimum; a month must be the whole value and a real month", () => {
  const odd = {y: {kind: "number", default: 1, min: 1, max: 99, step: 2}} satisfies Params;
  assert.equal(readState("?y=4", odd).y, 5);
  assert.equal(readState("?y=8.2", odd).y, 9);
  assert.equal(readState("?month=12010-06", params).month, "2013-01");
  assert.equal(readState("?month=2010-13", params).month, "2013-01");
  assert.equal(readState("?month=2010-99", params).month, "2013-01");
});
