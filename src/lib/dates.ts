// Calendar arithmetic on the ISO dates of data/ (YYYY, YYYY-MM or YYYY-MM-DD),
// in UTC so a date never shifts with the reader's time zone. One place for
// "the last day of a month", which loaders and charts all need.

/** The last day of a YYYY-MM month, as YYYY-MM-DD: month-end counts are as of that day. */
export function monthEnd(month: string): string {
  return monthEndDate(month).toISOString().slice(0, 10);
}

/** The last day of a YYYY-MM month, as a UTC Date. */
export function monthEndDate(month: string): Date {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0));
}

/** The last day of the period an ISO date names: a day is itself, "2011-05" is May 31, "2011" is Dec 31. */
export function periodEndDate(iso: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Date(`${iso}T00:00:00Z`);
  if (/^\d{4}-\d{2}$/.test(iso)) return monthEndDate(iso);
  return new Date(Date.UTC(Number(iso.slice(0, 4)), 11, 31));
}

/** Whole days from one ISO day (YYYY-MM-DD) to another, in UTC: 2010-06-30 → 2010-08-09 is 40. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whole calendar months from one ISO date's month to another's (the days are ignored): 2010-06-30 → 2010-09-30 is 3. */
export function monthsBetween(from: string, to: string): number {
  const [y0, m0] = from.split("-").map(Number);
  const [y1, m1] = to.split("-").map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** How many months a period covers from its first month to its last, both counted (YYYY-MM): 2017-02 to 2017-10 is 9. */
export function monthSpan(first: string, last: string): number {
  return monthsBetween(first, last) + 1;
}

/** The US federal fiscal year (Oct 1 – Sept 30, named by the year it ends) an ISO date falls in. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = iso.split("-").map(Number);
  return m >= 10 ? y + 1 : y;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day written in words ("Aug", 25, 2012; "Sept." works too) as YYYY-MM-DD; null for an unknown month name. */
export function isoDay(monthName: string, day: number, year: number): string | null {
  const month = MONTH_NAMES.indexOf(monthName.slice(0, 3)) + 1;
  if (month === 0) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
