/**
 * Dates mean what the seeker meant (CONTRACT.md "The command line", WHEN):
 * a day that does not exist is bad input (exit 2, one line, nothing
 * written); a month and day without a year are the nearest such day; a date
 * read from words is shown back with its weekday; and words in `heard` that
 * look like a date but cannot be read say so. Calendar facts: 2026-12-07 is
 * a Monday; 2026 and 2027 are not leap years.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, freshHome, ok, okJson } from './cli-runner.js';

/** Monday, December 7, 2026, 10:00 in New York. */
const NOW = '2026-12-07T15:00:00Z';
const run = (home: string, args: string[]) => cli(home, args, { now: NOW });
const okAt = (home: string, args: string[]) => ok(home, args, { now: NOW });

beforeAll(() => ensureBuilt(), 60_000);

function setUp(): string {
  const home = freshHome();
  okAt(home, ['config', 'set', 'timezone', 'America/New_York']);
  okAt(home, ['add', 'Acme', '--role', 'Backend Engineer']);
  okAt(home, ['interview', 'acme', '--at', '2026-12-01T14:00', '--with', 'Jane Doe <jane@acme.example>']);
  return home;
}

describe('a day that does not exist: exit 2, one line saying what would be right, nothing written', () => {
  const home = setUp();
  let before = '';
  beforeAll(() => {
    before = okAt(home, ['export']);
  });

  const cases: [string, string[], RegExp][] = [
    ['Dec 32 as --by', ['heard', 'acme', 'timeline', '--by', 'Dec 32'], /--by: "Dec 32" is not a real day.*"Dec 31"/],
    ['Feb 30 as --deadline', ['offer', 'acme', '--deadline', 'Feb 30'], /--deadline: "Feb 30" is not a real day/],
    ['Feb 29 with no leap year near', ['offer', 'acme', '--deadline', 'Feb 29'], /Feb 29 2028/],
    ['Feb 29 2027', ['heard', 'acme', '--by', 'Feb 29 2027'], /February has 28 days in 2027/],
    ['25pm as --at', ['interview', 'acme', '--at', 'tomorrow 25pm'], /--at: "25pm" is not a real time.*3pm/],
    ['13/45 as --at', ['sent', 'acme', 'status-check', '--at', '13/45'], /"13\/45" is not a real date/],
    ['an ISO day that does not exist', ['heard', 'acme', '--by', '2026-02-30'], /February has 28 days in 2026/],
    ['Dec 32 as --until', ['snooze', 'thank-you:acme:i1:jane', '--until', 'Dec 32'], /--until: "Dec 32"/],
  ];
  it.each(cases)('%s', (_name, args, mentions) => {
    const r = run(home, args);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.length > 0);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(mentions);
    expect(r.stdout).toBe('');
    expect(okAt(home, ['export'])).toBe(before);
  });
});

describe('a month and day without a year: the nearest such day', () => {
  it('"Dec 4" on Dec 7 is three days ago, not a year away, and holds nothing', () => {
    const home = setUp();
    const r = okJson(home, ['heard', 'acme', 'timeline', '--by', 'Dec 4', '--json'], { now: NOW });
    expect(r.decisionBy).toBe('2026-12-04');
    const agenda = okJson(home, ['agenda', '--all', '--json'], { now: NOW });
    expect(agenda.holds).not.toContainEqual(expect.objectContaining({ opportunityId: 'acme' }));
  });

  it('"Jan 5" on Dec 7 is next month', () => {
    const home = setUp();
    expect(okJson(home, ['offer', 'acme', '--deadline', 'Jan 5', '--json'], { now: NOW })).toMatchObject({
      status: 'received',
    });
    const story = okJson(home, ['show', 'acme', '--json'], { now: NOW });
    expect(JSON.stringify(story)).toContain('"deadline":"2027-01-05"');
  });
});

describe('a date read from words is shown back with its weekday', () => {
  const home = setUp();

  it('heard --by', () => {
    expect(okAt(home, ['heard', 'acme', 'timeline', '--by', 'next Friday'])).toContain(
      'they will decide by Fri, Dec 18.',
    );
  });
  it('a promise in their words', () => {
    expect(okAt(home, ['heard', 'acme', "We'll decide by Friday"])).toContain('they will decide by Fri, Dec 11.');
  });
  it('interview --at and --decision-by', () => {
    expect(
      okAt(home, ['interview', 'acme', '--at', 'tomorrow 2pm', '--round', 'Onsite', '--decision-by', 'Dec 18']),
    ).toContain('on Tue, Dec 8 at 2:00 PM; they will decide by Fri, Dec 18.');
  });
  it('sent --at', () => {
    expect(okAt(home, ['sent', 'acme', 'thank-you', '--at', 'yesterday 9am'])).toContain('on Sun, Dec 6 at 9:00 AM.');
  });
  it('offer --deadline, with the year when it is next year', () => {
    expect(okAt(home, ['offer', 'acme', '--deadline', 'Jan 5'])).toContain('answer by Tue, Jan 5, 2027.');
  });
  it('snooze --until', () => {
    const other = setUp();
    expect(okAt(other, ['snooze', 'thank-you:acme:i1:jane', '--until', 'Wednesday'])).toContain('until Wed, Dec 9.');
  });
  it('--json keeps its shape: plain ISO dates', () => {
    const r = okJson(home, ['heard', 'acme', 'timeline', '--by', 'Dec 14', '--json'], { now: NOW });
    expect(r).toMatchObject({ kind: 'timeline', decisionBy: '2026-12-14', effects: [] });
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['opportunityId', 'id', 'kind', 'decisionBy', 'effects']));
  });
});

describe('heard: words that look like a date but cannot be read', () => {
  it.each([
    ["We'll decide by the 45th.", 'by the 45th'],
    ["We'll be in touch by Decembr 11.", 'by Decembr 11'],
    ['You will hear from us by next Fryday.', 'by next Fryday'],
  ])('"%s" is logged, with one warning line naming "%s"', (words, phrase) => {
    const home = setUp();
    const r = run(home, ['heard', 'acme', words]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Logged reply from acme \(t\d+\)\.$/m);
    const lines = r.stderr.split('\n').filter((l) => l.length > 0);
    expect(lines).toEqual([`warning: "${phrase}" does not read as a date, so no decision date was logged`]);
    const story = okJson(home, ['show', 'acme', '--json'], { now: NOW });
    expect(JSON.stringify(story)).toContain(words);
  });

  it('an ordinary reply, or a date it can read, logs without a warning', () => {
    const home = setUp();
    for (const words of [
      'Thanks for your patience, we are still reviewing candidates.',
      'The decision will be made by the team on Monday.',
      "We'll decide by December 11.",
    ]) {
      const r = run(home, ['heard', 'acme', words]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});
