/**
 * Local dates and business days. Calendar facts: 2026-11-26 is US
 * Thanksgiving (passed in the holiday set); 2026-11-01 US DST ends
 * (America/New_York goes from -04:00 to -05:00 at 02:00).
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { bd, endOfLocalDay, epochDayToIso, isoToEpochDay, localDate, nb, startOfLocalDay, ZoneClock } from './time.js';

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
