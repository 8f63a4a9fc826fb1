import assert from "node:assert/strict";
import {test} from "node:test";
import {monthEnd, monthEndDate, periodEndDate} from "./dates.js";

test("monthEnd knows month lengths and leap years", () => {
  assert.equal(monthEnd("2010-06"), "2010-06-30");
  assert.equal(monthEnd("2012-02"), "2012-02-29");
  assert.equal(monthEnd("2011-02"), "2011-02-28");
  assert.equal(monthEnd("2012-12"), "2012-12-31");
  assert.equal(monthEndDate("2010-09").toISOString(), "2010-09-30T00:00:00.000Z");
});

test("periodEndDate reads days, months and years as the end of what they name", () => {
  assert.equal(periodEndDate("2010-06-30").toISOString().slice(0, 10), "2010-06-30");
  assert.equal(periodEndDate("2011-05").toISOString().slice(0, 10), "2011-05-31");
  assert.equal(periodEndDate("2014").toISOString().slice(0, 10), "2014-12-31");
});
