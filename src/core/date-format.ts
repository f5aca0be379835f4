/**
 * Dates in English words for people ("Fri, Dec 4", "Tuesday, December 1").
 * Formatters are built once per set of options: building an
 * Intl.DateTimeFormat costs far more than using one, and an agenda formats
 * thousands of dates.
 */
import type { Temporal } from 'temporal-polyfill';

const LOCALE = 'en-US';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/** A zone-less calendar day in words (formatted at UTC midnight of that day, in UTC). */
export function formatDate(
  date: Pick<Temporal.PlainDate, 'year' | 'month' | 'day'>,
  options: Intl.DateTimeFormatOptions,
): string {
  return formatter(options).format(Date.UTC(date.year, date.month - 1, date.day));
}

/** A wall-clock time in words ("3 PM", "10:30 AM"). */
export function formatTime(time: { hour: number; minute: number }, options: Intl.DateTimeFormatOptions): string {
  return formatter(options).format(Date.UTC(2000, 0, 1, time.hour, time.minute));
}
