import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAIL_SETS, setMessages } from '../../test/mail-sets.js';
import { readDecisionBy, readDecisionByExhaustive, sentences } from './decision-date.js';

// Calendar facts relied on: 2026-11-16 is a Monday, 2026-11-17 a Tuesday,
// 2026-11-20 a Friday, 2026-12-01 a Tuesday; 2026-11-26 is US Thanksgiving.
const TUE = '2026-11-17T10:00:00-05:00';
const read = (text: string, date = TUE, holidays?: ReadonlySet<string>) =>
  readDecisionBy(text, { date, holidays })?.toString() ?? null;

describe('readDecisionBy: the INGEST table', () => {
  const rows: [string, string, string][] = [
    ['a date', "We'll decide by December 11.", '2026-12-11'],
    ['a numeric date', "You'll hear back from us on 12/11.", '2026-12-11'],
    ['a weekday with its day', "We'll have an answer for you Friday the 11th.", '2026-12-11'],
    ['a weekday', "You'll have our decision by Friday.", '2026-11-20'],
    ['tomorrow', "I'll call you tomorrow with an answer.", '2026-11-18'],
    ['this week', "I'll confirm whether we're moving you forward this week.", '2026-11-20'],
    ['end of the week', 'We expect to decide by the end of the week.', '2026-11-20'],
    ['end of this week', "You'll hear from me by the end of this week.", '2026-11-20'],
    ['next week', "We'll make a decision next week.", '2026-11-27'],
    ['end of next week', 'Expect our answer by the end of next week.', '2026-11-27'],
    ['late next week', "We'll get back to you late next week.", '2026-11-27'],
    ['early next week', "I expect we'll know about next steps early next week.", '2026-11-24'],
    ['mid next week', "We'll decide mid next week.", '2026-11-25'],
    ['middle of next week', 'I expect to have an answer for you by the middle of next week.', '2026-11-25'],
    ['within N days', "We'll have a decision for you within 10 days.", '2026-11-27'],
    ['in N days (words)', "You'll hear back in three days.", '2026-11-20'],
    ['within N weeks', 'We aim to get back to every applicant within 2 weeks.', '2026-12-01'],
    ['in N weeks', "We'll have feedback in 3 weeks.", '2026-12-08'],
    ['in the next N weeks', "We'll make a decision in the next two weeks.", '2026-12-01'],
    ['a couple of weeks', "You'll hear from us in a couple of weeks.", '2026-12-01'],
    ['a few weeks', "I'll come back to you in a few weeks with feedback.", '2026-12-08'],
    ['end of the month', 'The team expects to complete its review by the end of the month.', '2026-11-30'],
    ['early MONTH', 'The team plans to make its hiring decision by early December.', '2026-12-10'],
    ['mid MONTH', "We'll decide in mid-December.", '2026-12-15'],
    ['end of MONTH', "You'll hear back by the end of December.", '2026-12-31'],
    ['late MONTH', "We'll have a decision in late December.", '2026-12-31'],
    ['a month that is next year', "We'll have a decision in early January.", '2027-01-10'],
    ['next WEEKDAY (CLI example)', "we'll decide by next Friday", '2026-11-27'],
  ];
  for (const [name, text, want] of rows) {
    it(`reads ${name}: "${text}" -> ${want}`, () => expect(read(text)).toBe(want));
  }

  it('counts "the next few days" as the 3rd business day after (Mon Nov 16 -> Thu Nov 19)', () => {
    expect(read('You should hear from me in the next few days.', '2026-11-16T12:05:51-05:00')).toBe('2026-11-19');
  });
  it('skips the weekend in "the next few days" (Thu Nov 19 -> Tue Nov 24)', () => {
    expect(read('You should hear from me in the next few days.', '2026-11-19T09:00:00-05:00')).toBe('2026-11-24');
  });
  it('skips a holiday in "the next few days" when given one (Tue Nov 24 -> Mon Nov 30 over Thanksgiving)', () => {
    const holidays = new Set(['2026-11-26']);
    expect(read("We'll get back to you in the next few days.", '2026-11-24T09:00:00-05:00', holidays)).toBe(
      '2026-11-30',
    );
  });
  it('reads a weekday on that very day as that day ("by Friday" sent on Friday Nov 20)', () => {
    expect(read("We'll decide by Friday.", '2026-11-20T09:00:00-05:00')).toBe('2026-11-20');
  });
  it("reads tomorrow in the sender's offset (Tokyo, Wed Nov 18 08:00 = Tue 23:00 UTC)", () => {
    expect(read("I'll let you know tomorrow.", '2026-11-18T08:00:00+09:00')).toBe('2026-11-19');
  });
  it('takes the bound over the event in one sentence ("debrief Thursday, decision by Friday")', () => {
    expect(read("After the debrief on Thursday we'll have our decision by Friday.", '2026-12-01T11:48:33-05:00')).toBe(
      '2026-12-04',
    );
  });
  it('takes the date nearest the decision words when a sentence has two bounds', () => {
    expect(read("We're aiming to wrap up interviews by Friday and make a decision early next week.")).toBe(
      '2026-11-24',
    );
  });
  it('reads an offer deadline and not the start date beside it', () => {
    const text =
      'It includes a proposed start date of Monday, January 11, 2027.\n\nPlease let us know your decision by Friday, December 11.';
    const date = '2026-11-30T10:30:15-05:00';
    expect(readDecisionBy(text, { date, offer: true })?.toString()).toBe('2026-12-11');
    // Outside an offer, a date the seeker is asked to answer by is no promise of theirs.
    expect(readDecisionBy(text, { date })).toBeNull();
    expect(readDecisionBy('Let me know by tomorrow morning if you can bring a pie.', { date })).toBeNull();
  });
  it('prefers the sentence that promises, with a bound and in the future, to an earlier passing date', () => {
    const text =
      "Quick update after Friday's final round. Feedback is mostly in, so we'll have an answer for you by the middle of next week.";
    expect(read(text, '2026-11-23T15:20:44-06:00')).toBe('2026-12-02');
    expect(read("He's meeting our VP tomorrow. We'll have a decision for you by Friday.", TUE)).toBe('2026-11-20');
  });
  it('keeps "Dec. 4" in its sentence (an abbreviation ends no sentence)', () => {
    expect(read("We'll make a decision on or before Dec. 4, and I'll let you know either way.", TUE)).toBe(
      '2026-12-04',
    );
    expect(sentences('See you on Mon. 7 Dec. at noon. Then we decide.')).toEqual([
      'See you on Mon. 7 Dec. at noon.',
      'Then we decide.',
    ]);
  });
  it('reads a single day as a bound only after "by" (an event "on the 8th" or "tomorrow" is not one)', () => {
    const offer = 'Since you have another deadline on the 8th, could you let us know by Monday?';
    expect(readDecisionBy(offer, { date: '2026-12-04T10:45:30-06:00', offer: true })?.toString()).toBe('2026-12-07');
    const text =
      "The last reference comes back tomorrow, and he's committed to giving you our final answer on Friday the 11th.";
    expect(read(text, '2026-12-09T10:05:51-05:00')).toBe('2026-12-11');
    expect(read("I'll email you tomorrow either way.", '2026-12-01T00:30:12+00:00')).toBe('2026-12-02');
  });
  it('does not read a bare length of time as a date ("a hectic few days")', () => {
    expect(read("Sorry for the slow reply, it's been a hectic few days.", TUE)).toBeNull();
  });
  it('reads a date in the next year when the month has passed ("by January 8" sent in December)', () => {
    expect(read("We'll decide by January 8.", '2026-12-20T10:00:00-05:00')).toBe('2027-01-08');
  });
  it('reads a month and day as the nearest such day, never a year away (INGEST.md)', () => {
    // Sent Mon Dec 7, 2026: Jun 20 2026 is 170 days back, Jun 20 2027 195 ahead.
    expect(read("We'll decide by June 20.", '2026-12-07T10:00:00-05:00')).toBe('2026-06-20');
    // Sent Jan 5, 2027: December 20 is last month's, not this coming December's.
    expect(read("We'll get back to you by December 20.", '2027-01-05T10:00:00-05:00')).toBe('2026-12-20');
  });
  it('reads no date from a day that does not exist (mail is never refused for it)', () => {
    for (const text of [
      "We'll decide by December 32.",
      "We'll decide by February 30.",
      "We'll decide by Dec 32, 2026.",
    ])
      expect(read(text, '2026-12-07T10:00:00-05:00'), text).toBeNull();
    expect(read("We'll decide by February 29.", '2026-12-07T10:00:00-05:00')).toBeNull();
    expect(read("We'll decide by February 29.", '2027-12-07T10:00:00-05:00')).toBe('2028-02-29');
  });
});

describe('readDecisionBy: parts of a month or a week (public and large employers)', () => {
  const rows: [string, string, string][] = [
    ['the first half of MONTH', 'We will send out decisions in the first half of January.', '2027-01-15'],
    ['the second half of MONTH', 'Our decision will follow in the second half of December.', '2026-12-31'],
    ['early in MONTH', 'You should hear from us early in December.', '2026-12-10'],
    ['later in MONTH', "We'll let you know later in December.", '2026-12-31'],
    ['early in the new year', "We'll be in touch with next steps early in the new year.", '2027-01-10'],
    ['the week of the Nth', "The panel meets the week of the 30th and we'll confirm outcomes then.", '2026-12-04'],
    ['the week of DAY MONTH', 'Expect our decision the week of 7 December.', '2026-12-11'],
    ['the week of MONTH DAY', 'We plan to decide the week of Dec 14.', '2026-12-18'],
  ];
  for (const [name, text, want] of rows) {
    it(`reads ${name}: "${text}" -> ${want}`, () => expect(read(text)).toBe(want));
  }
  it('reads the clause that promises in a sentence that also names an office closure', () => {
    const text = 'Our office is closed from 24 December to 3 January - we will send our decision on January 6.';
    expect(read(text, '2026-12-18T10:00:00+01:00')).toBe('2027-01-06');
    expect(read('Our office is closed from 24 December to 3 January.', '2026-12-18T10:00:00+01:00')).toBeNull();
  });
  it('reads no promise in a request to the seeker to confirm', () => {
    expect(read('Please confirm by Friday whether the time suits you.')).toBeNull();
    expect(read('Could you kindly confirm by Wednesday?')).toBeNull();
  });
  it('reads the date an offer stays open until as its answer date', () => {
    const text = 'We keep the offer open for you until late December.';
    expect(readDecisionBy(text, { date: TUE, offer: true })?.toString()).toBe('2026-12-31');
  });
});

describe('readDecisionBy: near-misses give null', () => {
  const misses: [string, string][] = [
    ['a start of interviews', 'Interviews start next week.'],
    ['an application deadline', 'Applications close December 1.'],
    ['a start date', 'Your start date would be January 11.'],
    ['an out-of-office', "I'm out of the office through Friday, December 4, with limited access to email."],
    ['an office closure', 'Our offices are closed Dec 24 - Jan 1.'],
    ['a scheduling slot', 'Would Thursday, November 19 at 10:00 AM work for you?'],
    ['a scheduling ask', 'Please let me know your availability by Friday.'],
    ['lunch plans', "Let's get lunch next week and you can tell me everything."],
    ['a newsletter promise', "We'll run a longer piece on this in the next few weeks."],
    ['a meeting', 'The debrief is now scheduled for Thursday.'],
    ['a sentence without a date', "I'll reach out as soon as we have news."],
    ['no text', ''],
  ];
  for (const [name, text] of misses) it(`ignores ${name}: "${text}"`, () => expect(read(text)).toBeNull());
  it('gives null for a message date that is not a date', () => {
    expect(readDecisionBy("We'll decide by Friday.", { date: 'yesterday' })).toBeNull();
  });
});

describe('readDecisionBy: skipping chrono where it cannot add a date', () => {
  // Words chrono reads dates from, words it does not, and cue words, mixed at random: the
  // shortcut (no chrono run without an anchor outside our own readings) must never change a reading.
  const words = [
    ...['we', 'will', 'decide', 'decision', 'hear', 'back', 'from', 'you', 'by', 'on', 'the', 'of', 'and', 'a', 'an'],
    ...['let', 'know', 'answer', 'update', 'next', 'this', 'last', 'end', 'early', 'late', 'mid', 'in', 'within'],
    ...['couple', 'few', 'two', 'three', 'ten', 'first', 'second', 'third', 'fifteenth', 'after', 'later', 'ago'],
    ...['from now', 'tomorrow', 'tmrw', 'overmorrow', 'today', 'tonight', 'noon', 'midnight', 'morning', 'evening'],
    ...['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'quarter', 'fortnight', 'hours'],
    ...['Monday', 'Fri', 'Thursday', 'December', 'Dec', 'Jan.', 'March', 'may', 'sept', '11', '3rd', '12/4'],
    ...['2026-12-04', '5pm', '10:00', 'at', 'EOW', 'EOM', 'soon', 'shortly', 'Thanksgiving', 'holiday', 'interview'],
    ...["We'd", 'more', 'month-end', 'Sat', 'wed', 'sun', 'mo', 'a w', '2 d', 'one y', 'sept.', 'Tues', 'thurs'],
  ];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 12 }).map((w) => `${w.join(' ')}.`);

  it('reads the same date with and without the shortcut (random sentences)', () => {
    fc.assert(
      fc.property(
        sentence,
        fc.constantFrom(TUE, '2026-12-30T16:00:00+01:00', '2027-02-26T09:00:00-08:00'),
        (s, date) => {
          const fast = readDecisionBy(s, { date })?.toString() ?? null;
          const full = readDecisionByExhaustive(s, { date })?.toString() ?? null;
          expect(fast).toBe(full);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the same date with and without the shortcut (every sentence of the labelled sets)', () => {
    const files = MAIL_SETS.flatMap((set) => setMessages(set.dir));
    expect(files.length).toBeGreaterThan(10);
    let compared = 0;
    for (const file of files) {
      for (const s of sentences(readFileSync(file, 'utf8'))) {
        expect(readDecisionBy(s, { date: TUE })?.toString() ?? null, s).toBe(
          readDecisionByExhaustive(s, { date: TUE })?.toString() ?? null,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
