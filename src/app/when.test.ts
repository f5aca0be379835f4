/**
 * `WHEN` in words (CONTRACT.md "The command line"). Calendar facts relied on:
 * 2026-12-07 is a Monday; 2026 and 2027 are not leap years, 2028 is;
 * America/New_York is at -05:00 in December.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../records/errors.js';
import { impossibleIn, parseWhenDate, parseWhenInstant, showDay, showInstant, type WhenContext } from './when.js';

/** Monday, December 7, 2026, 10:00 in New York. */
const CTX: WhenContext = { now: Temporal.Instant.from('2026-12-07T10:00:00-05:00'), timeZone: 'America/New_York' };

function failure(read: () => unknown): AppError {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected invalid_date, got a date');
}

describe('parseWhenDate: what the seeker meant (on Mon, Dec 7, 2026)', () => {
  const rows: [string, string, string][] = [
    ['a month and day just past is this year, not next', 'Dec 4', '2026-12-04'],
    ['a month and day early next year is next year', 'Jan 5', '2027-01-05'],
    ['Jun 20 is the nearer one, 170 days back (not 195 ahead)', 'Jun 20', '2026-06-20'],
    ['a month and day with a year is that day', 'Dec 4, 2027', '2027-12-04'],
    ['Feb 29 of a leap year', 'Feb 29 2028', '2028-02-29'],
    ['yesterday is the past', 'yesterday', '2026-12-06'],
    ['next Friday is Friday of next week', 'next Friday', '2026-12-18'],
    ['a weekday reads forward', 'Friday', '2026-12-11'],
    ['a numeric month/day', '12/4', '2026-12-04'],
    ['ISO', '2026-12-04', '2026-12-04'],
  ];
  for (const [name, text, want] of rows) {
    it(`${name}: "${text}" -> ${want}`, () => expect(parseWhenDate(text, CTX).toString()).toBe(want));
  }
});

describe('parseWhenInstant: the same rules with a time', () => {
  const rows: [string, string][] = [
    ['Dec 4 3pm', '2026-12-04T15:00:00-05:00'],
    ['Jan 5 10am', '2027-01-05T10:00:00-05:00'],
    ['yesterday 3pm', '2026-12-06T15:00:00-05:00'],
    ['Dec 4', '2026-12-04T12:00:00-05:00'],
  ];
  for (const [text, want] of rows) {
    it(`"${text}" -> ${want}`, () =>
      expect(parseWhenInstant(text, CTX).toString({ timeZoneName: 'never', smallestUnit: 'second' })).toBe(want));
  }
});

describe('a day that does not exist is bad input, never another date', () => {
  const rows: [string, RegExp][] = [
    ['Dec 32', /"Dec 32" is not a real day: December has 31 days; give .*"Dec 31"/],
    ['Feb 30', /"Feb 30" is not a real day: February has 29 days at most/],
    ['Feb 29', /no February 29 within half a year .*"Feb 29 2028"/],
    ['Feb 29 2027', /"Feb 29 2027" is not a real day: February has 28 days in 2027/],
    ['December 32nd', /December has 31 days/],
    ['32 Dec', /December has 31 days/],
    ['2026-02-30', /"2026-02-30" is not a real day: February has 28 days in 2026; give .*2026-02-28/],
    ['2026-13-01', /there is no month 13/],
    ['13/45', /"13\/45" is not a real date: neither 13 nor 45 is a month/],
    ['4/31', /April has 30 days/],
    ['25pm', /"25pm" is not a real time: a clock with pm runs from 1 to 12; give a time like 3pm/],
    ['tomorrow 25:00', /"25:00" is not a real time/],
    ['tomorrow 10:75', /there is no minute 75/],
  ];
  for (const [text, message] of rows) {
    it(`"${text}" as a by and as an at`, () => {
      for (const read of [() => parseWhenDate(text, CTX, 'by'), () => parseWhenInstant(text, CTX, 'at')]) {
        const error = failure(read);
        expect(error.code).toBe('invalid_date');
        expect(error.line).toMatch(message);
        expect(error.line).not.toContain('\n');
      }
    });
  }

  it('names the field it was given for, in its words and in its details', () => {
    const error = failure(() => parseWhenDate('Dec 32', CTX, 'deadline'));
    expect(error.line).toMatch(/^deadline: /);
    expect(error.details).toEqual({ field: 'deadline', got: 'Dec 32' });
    expect(failure(() => parseWhenInstant('whenever', CTX)).details).toEqual({ field: 'at', got: 'whenever' });
  });

  it('finds no impossible day in ordinary dates and times', () => {
    const today = Temporal.PlainDate.from('2026-12-07');
    for (const text of [
      'Dec 4',
      'Dec 31 11:59pm',
      '31 Dec 2026',
      '2/28',
      '13/12',
      'tomorrow 23:59',
      '2028-02-29',
      'Feb 29 2028',
    ])
      expect(impossibleIn(text, today), text).toBeNull();
  });
});

describe('showing a date back', () => {
  it('gives the weekday, and the year only when it is not this one', () => {
    expect(showDay('2026-12-18', CTX)).toBe('Fri, Dec 18');
    expect(showDay(Temporal.PlainDate.from('2027-01-05'), CTX)).toBe('Tue, Jan 5, 2027');
  });
  it('gives a moment in the seeker zone with its weekday and time', () => {
    expect(showInstant(Temporal.ZonedDateTime.from('2026-12-08T19:00:00+00:00[UTC]'), CTX)).toBe(
      'Tue, Dec 8 at 2:00 PM',
    );
    expect(showInstant(Temporal.ZonedDateTime.from('2026-12-08T00:05:00-05:00[America/New_York]'), CTX)).toBe(
      'Tue, Dec 8 at 12:05 AM',
    );
  });
});
