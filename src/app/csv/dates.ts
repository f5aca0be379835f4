/**
 * Dates as other trackers write them in their CSV exports: ISO 8601 (with
 * or without a time and offset), US `12/4/2026` (and `4/12/2026` read as
 * day first when the first number cannot be a month), European
 * `4.12.2026`, written months (`Dec 4, 2026`, `4 December 2026`), and epoch
 * seconds or milliseconds. A date without a time is the start of that day
 * in the seeker's zone. Anything else is `null`, which the import reports.
 */
import { Temporal } from 'temporal-polyfill';
import { MONTHS } from '../../mail/rfc-date.js';

/** A time after a date: `15:04`, `3:04 PM`, `15:04:05`. */
const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`;
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`, 'i');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})${TIME}$`, 'i');
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * The instant `text` names, or null when it is not a date this reads.
 * `timeZone` places dates and clock times that carry no offset.
 */
export function parseCsvDate(text: string, timeZone: string): Temporal.ZonedDateTime | null {
  const value = text.trim();
  if (value === '') return null;
  if (/^\d{9,13}$/.test(value)) {
    // Epoch seconds (9-10 digits: 1973-2286) or milliseconds (12-13 digits).
    const n = Number(value);
    const ms = value.length >= 12 ? n : value.length <= 10 ? n * 1000 : Number.NaN;
    return Number.isFinite(ms) ? Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone) : null;
  }
  try {
    if (ISO_DAY.test(value)) return Temporal.PlainDate.from(value).toZonedDateTime({ timeZone });
    const local = ISO_LOCAL.exec(value);
    if (local) return Temporal.PlainDateTime.from(value.replace(' ', 'T')).toZonedDateTime(timeZone);
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
      return Temporal.Instant.from(value.replace(' ', 'T')).toZonedDateTimeISO(timeZone);
    }
  } catch {
    return null;
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    let [month, day] = [Number(slashed[1]), Number(slashed[2])];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    const year = slashed[3]?.length === 2 ? 2000 + Number(slashed[3]) : Number(slashed[3]);
    return build(year, month, day, slashed.slice(4), timeZone);
  }
  const dotted = DOTTED.exec(value);
  if (dotted) return build(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), dotted.slice(4), timeZone);
  const monthFirst = MONTH_FIRST.exec(value);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]);
    return month ? build(Number(monthFirst[3]), month, Number(monthFirst[2]), monthFirst.slice(4), timeZone) : null;
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]);
    return month ? build(Number(dayFirst[3]), month, Number(dayFirst[1]), dayFirst.slice(4), timeZone) : null;
  }
  return null;
}

function monthNumber(name: string | undefined): number | undefined {
  const key = (name ?? '').toLowerCase();
  return MONTHS[key.slice(0, 3)];
}

/** The day and optional clock time in `zone`, or null for a day or time that does not exist. */
function build(
  year: number,
  month: number,
  day: number,
  time: readonly (string | undefined)[],
  timeZone: string,
): Temporal.ZonedDateTime | null {
  const [h, m, s, meridiem] = time;
  let hour = h === undefined ? 0 : Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  try {
    return Temporal.PlainDateTime.from(
      { year, month, day, hour, minute: m === undefined ? 0 : Number(m), second: s === undefined ? 0 : Number(s) },
      { overflow: 'reject' },
    ).toZonedDateTime(timeZone);
  } catch {
    return null;
  }
}
