/**
 * `WHEN` arguments (CONTRACT.md): ISO 8601 or plain English ("yesterday 3pm",
 * "next Friday", "Dec 4"), read in the seeker's zone relative to now, and
 * shown back with their weekday ("Fri, Dec 18").
 *
 * chrono-node reads the words but follows the process time zone, so it is
 * given a reference whose process-local wall clock equals the seeker's wall
 * clock, and only the components it returns are used; Temporal builds the
 * result in the seeker's zone. chrono is not trusted with days that do not
 * exist: it reads "Dec 32" as December 2032. Every day and hour the text
 * writes out is checked first (`impossibleIn`), and a month and day without
 * a year are placed by our own rule, the occurrence nearest to now
 * (`nearestOccurrence`), never a year away.
 */
import * as chrono from 'chrono-node/en';
import { Temporal } from 'temporal-polyfill';
import { MONTH_NAMES, shortDayInWords } from '../core/date-format.js';
import { daysInMonth, fromEpochDay, nearestOccurrence, toEpochDay } from '../core/time.js';
import { AppError } from '../records/errors.js';

export interface WhenContext {
  now: Temporal.Instant;
  timeZone: string;
}

/** The hour used for a day given without a time ("Dec 4" as an `at`): midday, as chrono does. */
const DEFAULT_HOUR = 12;

/**
 * An instant for `at`: ISO with an offset as written, ISO without one in
 * the seeker's zone, or words (past or future, the nearest reading).
 * Throws `invalid_date` naming `field` (the input as the app calls it; the
 * CLI shows its flag) with an example of what would work.
 */
export function parseWhenInstant(text: string, ctx: WhenContext, field = 'at'): Temporal.ZonedDateTime {
  const trimmed = text.trim();
  rejectImpossible(trimmed, ctx, field);
  const iso = parseIso(trimmed, ctx.timeZone);
  if (iso) return iso;
  const found = parseWords(trimmed, ctx, false);
  if (!found)
    throw invalidDate(text, field, 'a date and time like 2026-11-20T14:00, "yesterday 3pm" or "Tuesday 10am"');
  const { year, month, day, hour, minute } = found;
  return Temporal.ZonedDateTime.from({ year, month, day, hour, minute, timeZone: ctx.timeZone });
}

/**
 * A local date for `by`, `deadline`, `until` and `decisionBy`:
 * ISO (`2026-12-04`) or words. Weekdays read forward from today ("Friday"
 * is the coming Friday); a month and day are the nearest such day.
 * Throws `invalid_date` naming `field`.
 */
export function parseWhenDate(text: string, ctx: WhenContext, field = 'by'): Temporal.PlainDate {
  const trimmed = text.trim();
  rejectImpossible(trimmed, ctx, field);
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    try {
      return Temporal.PlainDate.from(trimmed, { overflow: 'reject' });
    } catch {
      throw invalidDate(text, field, 'a real calendar date like 2026-12-04');
    }
  }
  const iso = parseIso(trimmed, ctx.timeZone);
  if (iso) return iso.toPlainDate();
  const found = parseWords(trimmed, ctx, true);
  if (!found) throw invalidDate(text, field, 'a date like 2026-12-04, "next Friday" or "Dec 4"');
  return new Temporal.PlainDate(found.year, found.month, found.day);
}

/**
 * A day as it is shown back: "Fri, Dec 18", with the year when it is not
 * the current one ("Tue, Jan 5, 2027").
 */
export function showDay(date: Temporal.PlainDate | string, ctx: WhenContext): string {
  const day = typeof date === 'string' ? Temporal.PlainDate.from(date.slice(0, 10)) : date;
  const thisYear = ctx.now.toZonedDateTimeISO(ctx.timeZone).year;
  return day.year === thisYear ? shortDayInWords(day) : `${shortDayInWords(day)}, ${day.year}`;
}

/** A moment as it is shown back, in the seeker's zone: "Tue, Dec 8 at 2:00 PM". */
export function showInstant(at: Temporal.ZonedDateTime, ctx: WhenContext): string {
  const local = at.withTimeZone(ctx.timeZone);
  const h12 = local.hour % 12 === 0 ? 12 : local.hour % 12;
  const minute = String(local.minute).padStart(2, '0');
  return `${showDay(local.toPlainDate(), ctx)} at ${h12}:${minute} ${local.hour < 12 ? 'AM' : 'PM'}`;
}

/** `showInstant` for a moment written as ISO text with an offset, as command results give it. */
export function showInstantText(iso: string, ctx: WhenContext): string {
  return showInstant(Temporal.Instant.from(iso).toZonedDateTimeISO(ctx.timeZone), ctx);
}

function invalidDate(text: string, field: string, example: string): AppError {
  return new AppError('invalid_date', `${field}: could not read "${text}" as a date`, {
    hint: `give ${example}`,
    details: { field, got: text },
  });
}

function noSuchDay(field: string, text: string, written: string, why: string, example: string): AppError {
  return new AppError('invalid_date', `${field}: "${written}" is not a real ${why}`, {
    hint: `give ${example}`,
    details: { field, got: text },
  });
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "Dec 32", "February 30th, 2027". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,3})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})\\b)?`, 'gi');
const MONTH_DAY_ONCE = new RegExp(MONTH_DAY.source, 'i');
/** "32 Dec", "30th of February 2027". */
const DAY_MONTH = new RegExp(
  `(?<!\\d)(\\d{1,3})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
);
const ISO_DAY = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
const CLOCK_12 = /(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b/gi;
const CLOCK_24 = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g;

const monthOf = (name: string): number =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;

/** Whether a day of a month exists; without a year, in some year (Feb 29 does). */
function dayExists(month: number, day: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (year === null ? (month === 2 ? 29 : daysInMonth(2001, month)) : daysInMonth(year, month));
}

/** "February has 28 days in 2027" or "April has 30 days". */
function monthLength(month: number, year: number | null): string {
  const name = MONTH_NAMES[month - 1];
  if (month !== 2) return `${name} has ${daysInMonth(2001, month)} days`;
  return year === null ? `${name} has 29 days at most` : `${name} has ${daysInMonth(year, month)} days in ${year}`;
}

/**
 * The first day or time the text writes out that does not exist ("Dec 32",
 * "2026-02-30", "13/45", "25pm", "10:75"), as what is wrong and what would be
 * right; null when every one exists. Checked on the text itself, before
 * chrono, which reads some of them as other dates.
 */
export function impossibleIn(
  text: string,
  today: Temporal.PlainDate,
): { written: string; why: string; example: string } | null {
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(m[1]!);
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (!dayExists(month, day, year)) {
      const last = daysInMonth(year ?? 2001, month);
      return {
        written: m[0].trim(),
        why: `day: ${day < 1 ? 'days start at 1' : monthLength(month, year)}`,
        example: `a day that exists, like "${MONTH_NAMES[month - 1]?.slice(0, 3)} ${last}"`,
      };
    }
    if (year === null && nearestOccurrence(month, day, toEpochDay(today)) === null) {
      // Feb 29 with no leap year within half a year: the nearest reading has no such day.
      return {
        written: m[0].trim(),
        why: `day near today: there is no ${MONTH_NAMES[month - 1]} ${day} within half a year of ${today.toString()}`,
        example: `the year too, like "${MONTH_NAMES[month - 1]?.slice(0, 3)} ${day} ${nextYearWith(month, day, today.year)}"`,
      };
    }
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(m[2]!);
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    if (!dayExists(month, day, year)) {
      return {
        written: m[0].trim(),
        why: `day: ${day < 1 ? 'days start at 1' : monthLength(month, year)}`,
        example: `a day that exists, like "${daysInMonth(year ?? 2001, month)} ${MONTH_NAMES[month - 1]?.slice(0, 3)}"`,
      };
    }
  }
  for (const m of text.matchAll(ISO_DAY)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!dayExists(month, day, year)) {
      const valid = month >= 1 && month <= 12;
      return {
        written: m[0],
        why: `day: ${valid ? (day < 1 ? 'days start at 1' : monthLength(month, year)) : `there is no month ${month}`}`,
        example: `a real calendar date like ${valid ? new Temporal.PlainDate(year, month, daysInMonth(year, month)).toString() : today.toString()}`,
      };
    }
  }
  for (const m of text.matchAll(SLASHED)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : null;
    // Month/day as written in the US, or day/month as elsewhere: chrono reads either.
    if (!dayExists(a, b, year) && !dayExists(b, a, year)) {
      return {
        written: m[0],
        why: `date: ${a > 12 && b > 12 ? `neither ${a} nor ${b} is a month` : a <= 12 ? monthLength(a, year) : monthLength(b, year)}`,
        example: `a date like ${today.month}/${today.day} (month/day) or ${today.toString()}`,
      };
    }
  }
  for (const m of text.matchAll(CLOCK_12)) {
    const [hour, minute] = [Number(m[1]), m[2] ? Number(m[2]) : 0];
    if (hour > 12 || minute > 59) {
      return {
        written: m[0],
        why: `time: ${hour > 12 ? `a clock with ${m[3]!.toLowerCase()}m runs from 1 to 12` : `there is no minute ${minute}`}`,
        example: 'a time like 3pm, 3:30pm or 15:30',
      };
    }
  }
  for (const m of text.matchAll(CLOCK_24)) {
    const [hour, minute] = [Number(m[1]), Number(m[2])];
    if (hour > 23 || minute > 59) {
      return {
        written: m[0],
        why: `time: ${hour > 23 ? `a day's hours run from 0 to 23` : `there is no minute ${minute}`}`,
        example: 'a time like 15:30 or 3:30pm',
      };
    }
  }
  return null;
}

function rejectImpossible(text: string, ctx: WhenContext, field: string): void {
  const problem = impossibleIn(text, ctx.now.toZonedDateTimeISO(ctx.timeZone).toPlainDate());
  if (problem) throw noSuchDay(field, text, problem.written, problem.why, problem.example);
}

function parseIso(text: string, timeZone: string): Temporal.ZonedDateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  try {
    if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return Temporal.Instant.from(text).toZonedDateTimeISO(timeZone);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      return Temporal.PlainDate.from(text, { overflow: 'reject' }).toZonedDateTime({
        timeZone,
        plainTime: new Temporal.PlainTime(DEFAULT_HOUR),
      });
    }
    return Temporal.PlainDateTime.from(text, { overflow: 'reject' }).toZonedDateTime(timeZone);
  } catch {
    return null;
  }
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parseWords(text: string, ctx: WhenContext, forwardDate: boolean): Parts | null {
  const local = ctx.now.toZonedDateTimeISO(ctx.timeZone);
  // The process-local wall clock set to the seeker's: chrono reads relative words against it.
  const reference = new Date(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  let results = chrono.parse(text, reference, { forwardDate });
  // Read forward, chrono finds no Feb 29 when the next one is years off, though the nearest is months back.
  if (results.length === 0 && forwardDate) results = chrono.parse(text, reference);
  const first = results[0];
  if (!first || results.length > 1) return null;
  // The words must be a date, not a sentence that happens to contain one.
  const rest = (text.slice(0, first.index) + text.slice(first.index + first.text.length)).replace(
    /[\s,.;:!?]|\bat\b|\bon\b/gi,
    '',
  );
  if (rest.length > 0) return null;
  const c = first.start;
  let year = c.get('year');
  let month = c.get('month');
  let day = c.get('day');
  if (year === null || month === null || day === null) return null;
  // What chrono recognised must be what the text wrote: a month with a number is that day of that month.
  const written = MONTH_DAY_ONCE.exec(first.text);
  if (written && (monthOf(written[1]!) !== month || Number(written[2]) !== day || !c.isCertain('day'))) return null;
  if (c.isCertain('month') && c.isCertain('day') && !c.isCertain('year')) {
    // A month and day without a year: the nearest such day, past or future (CONTRACT.md).
    const nearest = nearestOccurrence(month, day, toEpochDay(local.toPlainDate()));
    // Unreachable after `impossibleIn`, which turns away a day with no near occurrence.
    if (nearest === null) return null;
    ({ year, month, day } = fromEpochDay(nearest));
  }
  return {
    year,
    month,
    day,
    hour: c.isCertain('hour') ? (c.get('hour') ?? DEFAULT_HOUR) : DEFAULT_HOUR,
    minute: c.isCertain('hour') ? (c.get('minute') ?? 0) : 0,
  };
}

/** The first year from `from` in which the day exists (Feb 29: the next leap year). */
function nextYearWith(month: number, day: number, from: number): number {
  let year = from;
  while (day > daysInMonth(year, month)) year++;
  return year;
}
