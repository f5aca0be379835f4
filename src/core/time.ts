/**
 * Local dates and business days in the seeker's IANA time zone.
 *
 * Two layers: a Temporal-typed API for callers (`nb`, `bd`, `localDate`,
 * `startOfLocalDay`, `endOfLocalDay`), and an integer layer the playbook uses
 * on hot paths, where a local date is an *epoch day* (days since 1970-01-01)
 * and an instant is epoch milliseconds. temporal-polyfill costs microseconds
 * per conversion, so `ZoneClock` caches the zone's offset intervals and each
 * local day's start and end within one evaluation.
 *
 * Holidays come in as ISO dates (`2026-11-26`) supplied by the app layer; the
 * core never loads a holiday calendar itself. Pure: no clock, no I/O.
 */
import { Temporal } from 'temporal-polyfill';

export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of an epoch day, as `[year, month, day]`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** How many days a month has (1-12) in a proleptic Gregorian year: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** Half a year in days: the farthest the nearest occurrence of a month and day can be from any day. */
export const HALF_YEAR_DAYS = 183;

/**
 * A month and day without a year, as the occurrence nearest to `reference`
 * (epoch days), past or future: on Dec 7, "Dec 4" is three days ago and
 * "Jan 5" next month. A tie goes to the future. Null when the day exists in
 * no year within half a year either side (Feb 29 far from a leap year, or
 * no such day at all, like Apr 31).
 */
export function nearestOccurrence(month: number, day: number, reference: number): number | null {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  const [year] = civilFromDays(reference);
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    if (day > daysInMonth(y, month)) continue;
    const d = daysFromCivil(y, month, day);
    const distance = Math.abs(d - reference);
    if (distance > HALF_YEAR_DAYS) continue;
    if (best === null || distance < Math.abs(best - reference) || (distance === Math.abs(best - reference) && d > best))
      best = d;
  }
  return best;
}

/** The epoch day of a plain date. */
export function toEpochDay(date: Temporal.PlainDate): number {
  return daysFromCivil(date.year, date.month, date.day);
}

/** The plain date of an epoch day. */
export function fromEpochDay(days: number): Temporal.PlainDate {
  const [y, m, d] = civilFromDays(days);
  return new Temporal.PlainDate(y, m, d);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of an epoch day, without building a Temporal object (years 0-9999). */
export function epochDayToIso(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Epoch day of a `YYYY-MM-DD` string; NaN when it is not one. */
export function isoToEpochDay(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return Number.NaN;
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** ISO day of week of an epoch day: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

const holidayCache = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

/**
 * The holiday set as epoch days, cached per set object. Entries that are not
 * `YYYY-MM-DD` are ignored (they can name no business day).
 */
export function holidayDays(holidays: ReadonlySet<string>): ReadonlySet<number> {
  let days = holidayCache.get(holidays);
  if (days === undefined) {
    const set = new Set<number>();
    for (const iso of holidays) {
      const d = isoToEpochDay(iso);
      if (!Number.isNaN(d)) set.add(d);
    }
    days = set;
    holidayCache.set(holidays, days);
  }
  return days;
}

/** Monday to Friday and not a holiday. */
export function isBusinessDayNumber(days: number, holidays: ReadonlySet<number>): boolean {
  return dayOfWeek(days) <= 5 && !holidays.has(days);
}

/**
 * A sane bound on consecutive non-business days; a holiday set that blocks
 * more than this (a malformed one) makes the arithmetic throw instead of
 * looping for ever.
 */
const MAX_NON_BUSINESS_RUN = 366;

/** `nb(d)` on epoch days: the first business day on or after `d`. Throws RangeError on a year without business days. */
export function nbDay(days: number, holidays: ReadonlySet<number>): number {
  let d = days;
  for (let i = 0; i <= MAX_NON_BUSINESS_RUN; i++, d++) {
    if (isBusinessDayNumber(d, holidays)) return d;
  }
  throw new RangeError(`no business day within a year of ${epochDayToIso(days)}`);
}

/** `bd(d, n)` on epoch days: the n-th business day after `d` (n >= 0; n = 0 gives `d`). */
export function bdDay(days: number, n: number, holidays: ReadonlySet<number>): number {
  let d = days;
  for (let k = 0; k < n; k++) d = nbDay(d + 1, holidays);
  return d;
}

/** The last business day strictly before `d`. */
export function previousBusinessDay(days: number, holidays: ReadonlySet<number>): number {
  let d = days - 1;
  for (let i = 0; i <= MAX_NON_BUSINESS_RUN; i++, d--) {
    if (isBusinessDayNumber(d, holidays)) return d;
  }
  throw new RangeError(`no business day within a year before ${epochDayToIso(days)}`);
}

/** How many business-day steps lead from `from` to `to` (0 when `to <= from`). */
export function businessDaysBetween(from: number, to: number, holidays: ReadonlySet<number>): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isBusinessDayNumber(d, holidays)) n++;
  return n;
}

/**
 * A time zone's local-day arithmetic with caches, for one evaluation.
 * Construct per zone; cheap to create. Throws RangeError (from Temporal) on
 * an unknown zone name the first time it converts anything.
 */
export class ZoneClock {
  readonly zone: string;
  /**
   * Offset intervals `[startMs, endMs)` with their UTC offset, found lazily
   * and shared by every clock of the zone in this process: finding one costs
   * the polyfill two transition searches (milliseconds each), and the
   * intervals of a zone never change while the program runs.
   */
  private static readonly known = new Map<string, { start: number; end: number; offset: number }[]>();
  private readonly intervals: { start: number; end: number; offset: number }[];
  private last: { start: number; end: number; offset: number } | null = null;
  private readonly starts = new Map<number, number>();
  private readonly ends = new Map<number, number>();
  /** Zoned values already made: items share their ends of day, and a ZonedDateTime is immutable. */
  private readonly zonedCache = new Map<number, Temporal.ZonedDateTime>();

  constructor(zone: string) {
    this.zone = zone;
    let intervals = ZoneClock.known.get(zone);
    if (intervals === undefined) {
      intervals = [];
      ZoneClock.known.set(zone, intervals);
    }
    this.intervals = intervals;
  }

  /** The zone's UTC offset in milliseconds at an instant. */
  offsetMs(ms: number): number {
    const hit = this.last;
    if (hit !== null && ms >= hit.start && ms < hit.end) return hit.offset;
    for (const iv of this.intervals) {
      if (ms >= iv.start && ms < iv.end) {
        this.last = iv;
        return iv.offset;
      }
    }
    const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
    // "previous" is strictly before its instant: ask from 1 ms later so a transition at `ms` itself starts the interval.
    const prev = Temporal.Instant.fromEpochMilliseconds(ms + 1)
      .toZonedDateTimeISO(this.zone)
      .getTimeZoneTransition('previous');
    const next = zdt.getTimeZoneTransition('next');
    const iv = {
      start: prev === null ? Number.NEGATIVE_INFINITY : prev.epochMilliseconds,
      end: next === null ? Number.POSITIVE_INFINITY : next.epochMilliseconds,
      offset: zdt.offsetNanoseconds / 1e6,
    };
    this.intervals.push(iv);
    this.last = iv;
    return iv.offset;
  }

  /** The local epoch day an instant falls on. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetMs(ms)) / MS_PER_DAY);
  }

  /** The instant (ms) local day `days` starts (00:00, or the first valid time on a DST-gap midnight). */
  startOfDayMs(days: number): number {
    let v = this.starts.get(days);
    if (v === undefined) {
      v = fromEpochDay(days).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds;
      this.starts.set(days, v);
    }
    return v;
  }

  /** The instant (ms) of 23:59:59 local on day `days`. */
  endOfDayMs(days: number): number {
    let v = this.ends.get(days);
    if (v === undefined) {
      const [y, m, d] = civilFromDays(days);
      v = new Temporal.PlainDateTime(y, m, d, 23, 59, 59).toZonedDateTime(this.zone).epochMilliseconds;
      this.ends.set(days, v);
    }
    return v;
  }

  /** A zoned date-time in this zone; the one costly step, kept for what is returned. */
  zoned(ms: number): Temporal.ZonedDateTime {
    let value = this.zonedCache.get(ms);
    if (value === undefined) {
      value = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
      this.zonedCache.set(ms, value);
    }
    return value;
  }

  /** A local-time ISO string with offset (`2026-11-20T14:00:00-05:00`), seconds precision, without Temporal. */
  formatOffset(ms: number): string {
    const off = this.offsetMs(ms);
    const local = ms + off;
    const days = Math.floor(local / MS_PER_DAY);
    const rem = local - days * MS_PER_DAY;
    const h = Math.floor(rem / 3_600_000);
    const mi = Math.floor((rem % 3_600_000) / 60_000);
    const s = Math.floor((rem % 60_000) / 1000);
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off) / 60_000;
    const oh = Math.floor(a / 60);
    const om = a % 60;
    return `${epochDayToIso(days)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${sign}${pad2(oh)}:${pad2(om)}`;
  }
}

/** The seeker's local date of an instant. Throws RangeError on an unknown zone. */
export function localDate(instant: Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(timeZone).toPlainDate();
}

/** Whether a date is a business day: Monday to Friday and not in `holidays` (ISO dates). */
export function isBusinessDay(date: Temporal.PlainDate, holidays: ReadonlySet<string>): boolean {
  return isBusinessDayNumber(toEpochDay(date), holidayDays(holidays));
}

/** `nb(d)`: the first business day on or after `d`. */
export function nb(date: Temporal.PlainDate, holidays: ReadonlySet<string>): Temporal.PlainDate {
  return fromEpochDay(nbDay(toEpochDay(date), holidayDays(holidays)));
}

/** `bd(d, n)`: the n-th business day after `d` (n >= 0). */
export function bd(date: Temporal.PlainDate, n: number, holidays: ReadonlySet<string>): Temporal.PlainDate {
  return fromEpochDay(bdDay(toEpochDay(date), n, holidayDays(holidays)));
}

/** 00:00 local on `date` (or the first valid time when midnight falls in a DST gap). */
export function startOfLocalDay(date: Temporal.PlainDate, timeZone: string): Temporal.ZonedDateTime {
  return date.toZonedDateTime({ timeZone });
}

/** 23:59:59 local on `date`: the due time of a day-granular window. */
export function endOfLocalDay(date: Temporal.PlainDate, timeZone: string): Temporal.ZonedDateTime {
  return date.toPlainDateTime({ hour: 23, minute: 59, second: 59 }).toZonedDateTime(timeZone);
}
