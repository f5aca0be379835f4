/**
 * Local dates and business days. Calendar facts: 2026-11-26 is US
 * Thanksgiving (passed in the holiday set); 2026-11-01 US DST ends
 * (America/New_York goes from -04:00 to -05:00 at 02:00).
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  bd,
  daysInMonth,
  endOfLocalDay,
  epochDayToIso,
  HALF_YEAR_DAYS,
  isoToEpochDay,
  localDate,
  nb,
  nearestOccurrence,
  startOfLocalDay,
  ZoneClock,
} from './time.js';

const HOLIDAYS = new Set(['2026-11-26']);
const D = (s: string) => Temporal.PlainDate.from(s);

describe('business days', () => {
  it('nb moves a weekend day to Monday and keeps a business day', () => {
    expect(nb(D('2026-11-21'), HOLIDAYS).toString()).toBe('2026-11-23');
    expect(nb(D('2026-11-23'), HOLIDAYS).toString()).toBe('2026-11-23');
  });

  it('nb and bd skip Thanksgiving', () => {
    expect(nb(D('2026-11-26'), HOLIDAYS).toString()).toBe('2026-11-27');
    expect(bd(D('2026-11-25'), 1, HOLIDAYS).toString()).toBe('2026-11-27');
    expect(bd(D('2026-11-25'), 3, HOLIDAYS).toString()).toBe('2026-12-01');
    expect(bd(D('2026-11-25'), 1, new Set()).toString()).toBe('2026-11-26');
  });

  it('bd from Friday the 4th gives Monday the 7th', () => {
    expect(bd(D('2026-12-04'), 1, HOLIDAYS).toString()).toBe('2026-12-07');
  });
});

describe('local days', () => {
  it('reads the local date in the seeker zone, not UTC', () => {
    const late = Temporal.Instant.from('2026-11-20T23:30:00-05:00');
    expect(localDate(late, 'America/New_York').toString()).toBe('2026-11-20');
    expect(localDate(late, 'Europe/Berlin').toString()).toBe('2026-11-21');
  });

  it('starts and ends days on both sides of the DST switch', () => {
    expect(startOfLocalDay(D('2026-11-01'), 'America/New_York').toString()).toBe(
      '2026-11-01T00:00:00-04:00[America/New_York]',
    );
    expect(endOfLocalDay(D('2026-11-01'), 'America/New_York').toString()).toBe(
      '2026-11-01T23:59:59-05:00[America/New_York]',
    );
  });

  it('ZoneClock agrees with Temporal around the switch, and formats offsets', () => {
    const clock = new ZoneClock('America/New_York');
    for (const s of ['2026-11-01T05:59:59Z', '2026-11-01T06:00:00Z', '2026-11-01T04:30:00Z', '2026-03-08T07:00:00Z']) {
      const ms = Temporal.Instant.from(s).epochMilliseconds;
      expect(epochDayToIso(clock.localDay(ms))).toBe(
        localDate(Temporal.Instant.from(s), 'America/New_York').toString(),
      );
      expect(clock.formatOffset(ms)).toBe(
        Temporal.Instant.from(s).toZonedDateTimeISO('America/New_York').toString({ timeZoneName: 'never' }),
      );
    }
    expect(clock.endOfDayMs(isoToEpochDay('2026-11-01'))).toBe(
      endOfLocalDay(D('2026-11-01'), 'America/New_York').epochMilliseconds,
    );
  });
});

describe('nearestOccurrence: a month and day without a year is the nearest such day', () => {
  // 2026 and 2027 are not leap years; 2028 is.
  const nearest = (month: number, day: number, reference: string) => {
    const d = nearestOccurrence(month, day, isoToEpochDay(reference));
    return d === null ? null : epochDayToIso(d);
  };
  const rows: [string, number, number, string, string | null][] = [
    ["a day just past is this year's, not next year's", 12, 4, '2026-12-07', '2026-12-04'],
    ["a day early next year is next year's", 1, 5, '2026-12-07', '2027-01-05'],
    ['Jun 20 from Dec 7 is the one 170 days back, not 195 ahead', 6, 20, '2026-12-07', '2026-06-20'],
    ['Jun 8 from Dec 7 is 182 days back (Jun 8 2027 is 183 ahead)', 6, 8, '2026-12-07', '2026-06-08'],
    ['Jun 7 from Dec 7 is 182 days ahead (Jun 7 2026 is 183 back)', 6, 7, '2026-12-07', '2027-06-07'],
    ['the day itself', 12, 7, '2026-12-07', '2026-12-07'],
    ["a December day read in January is last year's", 12, 28, '2027-01-03', '2026-12-28'],
    ['Feb 29 with a leap year near', 2, 29, '2027-12-07', '2028-02-29'],
    ['Feb 29 with no leap year near', 2, 29, '2026-12-07', null],
    ['a day no month has', 4, 31, '2026-12-07', null],
    ['no month 13', 13, 1, '2026-12-07', null],
    ['no day 0', 1, 0, '2026-12-07', null],
  ];
  for (const [name, month, day, reference, want] of rows) {
    it(`${name}: ${month}/${day} on ${reference} -> ${want}`, () => expect(nearest(month, day, reference)).toBe(want));
  }

  it('is always the given month and day, within half a year of the reference, and no farther than any other year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToEpochDay('1990-01-01'), max: isoToEpochDay('2090-12-31') }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (reference, month, day) => {
          const found = nearestOccurrence(month, day, reference);
          // 2001 is no leap year: only Feb 29 exists in some years and not others.
          if (day > (month === 2 ? 29 : daysInMonth(2001, month))) {
            expect(found).toBeNull();
            return;
          }
          if (found === null) {
            // Only Feb 29 may be missing, and only when no leap day lies within half a year.
            expect([month, day]).toEqual([2, 29]);
            const year = Number(epochDayToIso(reference).slice(0, 4));
            for (const y of [year - 1, year, year + 1]) {
              if (daysInMonth(y, 2) === 29)
                expect(Math.abs(isoToEpochDay(`${y}-02-29`) - reference)).toBeGreaterThan(HALF_YEAR_DAYS);
            }
            return;
          }
          const iso = epochDayToIso(found!);
          expect(Number(iso.slice(5, 7))).toBe(month);
          expect(Number(iso.slice(8, 10))).toBe(day);
          expect(Math.abs(found! - reference)).toBeLessThanOrEqual(HALF_YEAR_DAYS);
          const year = Number(iso.slice(0, 4));
          for (const other of [year - 1, year + 1]) {
            if (day > daysInMonth(other, month)) continue;
            const o = isoToEpochDay(`${other}-${iso.slice(5)}`);
            expect(Math.abs(o - reference)).toBeGreaterThanOrEqual(Math.abs(found! - reference));
          }
        },
      ),
    );
  });
});
