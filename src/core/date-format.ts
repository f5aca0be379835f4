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
export function formatDate(date: Day, options: Intl.DateTimeFormatOptions): string {
  return formatter(options).format(Date.UTC(date.year, date.month - 1, date.day));
}

/** English names, for text that is English anyway: no Intl (and no ICU data) needed. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

type Day = Pick<Temporal.PlainDate, 'year' | 'month' | 'day'>;

/** The weekday of a calendar day, 0 = Sunday (Sakamoto's method: integer arithmetic only). */
export function weekdayIndex(date: Day): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = date.month < 3 ? date.year - 1 : date.year;
  return (
    (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[date.month - 1] ?? 0) + date.day) % 7
  );
}

/** ", 2027" when `date` is not in `thisYear` (given), so a day of another year is never read as this year's. */
function yearSuffix(date: Day, thisYear: number | undefined): string {
  return thisYear === undefined || date.year === thisYear ? '' : `, ${date.year}`;
}

/** "Thursday, November 26" ("Tuesday, January 5, 2027" when `thisYear` is given and differs). */
export function longDayInWords(date: Day, thisYear?: number): string {
  return `${WEEKDAY_NAMES[weekdayIndex(date)]}, ${MONTH_NAMES[date.month - 1]} ${date.day}${yearSuffix(date, thisYear)}`;
}

/** "Thu, Nov 26" ("Tue, Jan 5, 2027" when `thisYear` is given and differs). */
export function shortDayInWords(date: Day, thisYear?: number): string {
  return `${WEEKDAY_NAMES[weekdayIndex(date)]?.slice(0, 3)}, ${MONTH_NAMES[date.month - 1]?.slice(0, 3)} ${date.day}${yearSuffix(date, thisYear)}`;
}

/** The local wall clock a time string with an offset carries (`2026-11-26T15:00:00-05:00`), and its day number. */
export interface WallTime {
  date: { year: number; month: number; day: number };
  hour: number;
  minute: number;
  /** Days since 1970-01-01 of the calendar date as written. */
  epochDay: number;
}

/** Reads the wall clock of an ISO time or date as written (a date alone is midnight), never shifting zones. */
export function wallTime(text: string): WallTime {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return {
    date: { year, month, day },
    hour: Number(text.slice(11, 13) || 0),
    minute: Number(text.slice(14, 16) || 0),
    epochDay: Date.UTC(year, month - 1, day) / 86_400_000,
  };
}
