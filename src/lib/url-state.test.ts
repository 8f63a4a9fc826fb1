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
