/**
 * `WHEN` arguments (CONTRACT.md): ISO 8601 or plain English ("yesterday 3pm",
 * "next Friday", "Dec 4"), read in the seeker's zone relative to now.
 *
 * chrono-node reads the words but follows the process time zone, so it is
 * given a reference whose process-local wall clock equals the seeker's wall
 * clock, and only the components it returns are used; Temporal builds the
 * result in the seeker's zone.
 */
import * as chrono from 'chrono-node/en';
import { Temporal } from 'temporal-polyfill';
import { AppError } from './errors.js';

export interface WhenContext {
  now: Temporal.Instant;
  timeZone: string;
}

/** The hour used for a day given without a time ("Dec 4" as an --at): midday, as chrono does. */
const DEFAULT_HOUR = 12;

/**
 * An instant for `--at`: ISO with an offset as written, ISO without one in
 * the seeker's zone, or words (past or future, the nearest reading).
 * Throws `invalid_date` with an example of what would work.
 */
export function parseWhenInstant(text: string, ctx: WhenContext, flag = '--at'): Temporal.ZonedDateTime {
  const trimmed = text.trim();
  const iso = parseIso(trimmed, ctx.timeZone);
  if (iso) return iso;
  const found = parseWords(trimmed, ctx, false);
  if (!found) throw invalidDate(text, flag, 'a date and time like 2026-11-20T14:00, "yesterday 3pm" or "Tuesday 10am"');
  const { year, month, day, hour, minute } = found;
  return Temporal.ZonedDateTime.from({ year, month, day, hour, minute, timeZone: ctx.timeZone });
}

/**
 * A local date for `--by`, `--deadline`, `--until` and `--decision-by`:
 * ISO (`2026-12-04`) or words, read forward from today ("Friday" is the
 * coming Friday). Throws `invalid_date`.
 */
export function parseWhenDate(text: string, ctx: WhenContext, flag = '--by'): Temporal.PlainDate {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    try {
      return Temporal.PlainDate.from(trimmed, { overflow: 'reject' });
    } catch {
      throw invalidDate(text, flag, 'a real calendar date like 2026-12-04');
    }
  }
  const iso = parseIso(trimmed, ctx.timeZone);
  if (iso) return iso.toPlainDate();
  const found = parseWords(trimmed, ctx, true);
  if (!found) throw invalidDate(text, flag, 'a date like 2026-12-04, "next Friday" or "Dec 4"');
  return new Temporal.PlainDate(found.year, found.month, found.day);
}

function invalidDate(text: string, flag: string, example: string): AppError {
  return new AppError('invalid_date', `${flag}: could not read "${text}" as a date`, { hint: `give ${example}` });
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
  const results = chrono.parse(text, reference, { forwardDate });
  const first = results[0];
  if (!first || results.length > 1) return null;
  // The words must be a date, not a sentence that happens to contain one.
  const rest = (text.slice(0, first.index) + text.slice(first.index + first.text.length)).replace(
    /[\s,.;:!?]|\bat\b|\bon\b/gi,
    '',
  );
  if (rest.length > 0) return null;
  const c = first.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  return {
    year,
    month,
    day,
    hour: c.isCertain('hour') ? (c.get('hour') ?? DEFAULT_HOUR) : DEFAULT_HOUR,
    minute: c.isCertain('hour') ? (c.get('minute') ?? 0) : 0,
  };
}
