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
