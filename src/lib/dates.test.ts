import assert from "node:assert/strict";
import {test} from "node:test";
import {daysBetween, fiscalYearOf, isoDay, monthEnd, monthEndDate, monthsBetween, monthSpan, periodEndDate} from "./dates.js";

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

test("daysBetween counts whole UTC days, across month ends and leap days", () => {
  assert.equal(daysBetween("2010-06-30", "2010-08-09"), 40);
  assert.equal(daysBetween("2012-02-28", "2012-03-01"), 2);
  assert.equal(daysBetween("2011-02-28", "2011-03-01"), 1);
  assert.equal(daysBetween("2010-08-09", "2010-06-30"), -40);
  assert.equal(daysBetween("2010-03-14", "2010-03-15"), 1);
});

test("monthsBetween ignores the day; monthSpan counts both ends", () => {
  assert.equal(monthsBetween("2010-06-30", "2010-09-30"), 3);
  assert.equal(monthsBetween("2009-11-01", "2010-02-28"), 3);
  assert.equal(monthsBetween("2010-06", "2010-06"), 0);
  assert.equal(monthsBetween("2010-09", "2010-06"), -3);
  assert.equal(monthSpan("2017-02", "2017-10"), 9);
  assert.equal(monthSpan("2018-05", "2018-05"), 1);
  assert.equal(monthSpan("2017-11", "2018-02"), 4);
});

test("fiscalYearOf names a fiscal year by the year it ends", () => {
  assert.equal(fiscalYearOf("2008-10-01"), 2009);
  assert.equal(fiscalYearOf("2009-09-30"), 2009);
  assert.equal(fiscalYearOf("2010-06"), 2010);
});

test("isoDay reads a month name, day and year", () => {
  assert.equal(isoDay("Aug", 25, 2012), "2012-08-25");
  assert.equal(isoDay("Sept.", 3, 2010), "2010-09-03");
  assert.equal(isoDay("Jan", 1, 2011), "2011-01-01");
  assert.equal(isoDay("Dec", 31, 2011), "2011-12-31");
  assert.equal(isoDay("Foo", 1, 2011), null);
});
