/**
 * The playbook rules as tables of literal dates (America/New_York unless
 * said otherwise). Calendar facts relied on:
 * - 2026-11-01 (Sunday): US DST ends, 02:00 EDT (-04:00) becomes 01:00 EST (-05:00).
 * - 2026-11-26 (Thursday): US Thanksgiving, in the holiday set below.
 * - 2026-11-20 and 2026-12-04 are Fridays; 2026-11-29 and 2026-12-06 Sundays.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { contact, facts, heard, interview, offer, opportunity, profile, sent } from '../../../test/factories/facts.js';
import { type Agenda, type AgendaItem, DRAFTED_ITEM_KINDS, type Facts, type Touch } from '../model.js';
import { evaluate } from './evaluate.js';

/** US Thanksgiving 2026. */
const HOLIDAYS = new Set(['2026-11-26']);

function run(f: Facts, now: string, all = true): Agenda {
  return evaluate(f, { now: Temporal.Instant.from(now), holidays: HOLIDAYS, includeUpcoming: all });
}
const iso = (z: Temporal.ZonedDateTime) => z.toString({ timeZoneName: 'never' });
const window = (item: AgendaItem | undefined) => (item ? [iso(item.opensAt), iso(item.dueAt), item.state] : undefined);
/** Item ids of one kind, or of all kinds but keep-searching (which its own describe tests). */
const ids = (a: Agenda, kind?: string) =>
  a.items.filter((i) => (kind === undefined ? i.kind !== 'keep-searching' : i.kind === kind)).map((i) => i.id);
const byId = (a: Agenda, id: string) => a.items.find((i) => i.id === id);
const first = (a: Agenda) => a.items.find((i) => i.kind !== 'keep-searching');

const jane = contact('jane', 'Jane Doe');
const omar = contact('omar', 'Omar Haddad');
/** Keeps keep-searching quiet: two more open opportunities, one added recently. */
const others = [
  opportunity('zeta', { createdAt: '2026-11-20T12:00:00Z' }),
  opportunity('yotta', { createdAt: '2026-11-21T12:00:00Z' }),
];

describe('prepare-timeline-question', () => {
  const iv = interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane'] });
  const f = facts([opportunity('acme', { contacts: [jane], interviews: [iv] }), ...others]);

  it('opens 24 hours before an interview and is due at its start', () => {
    const a = run(f, '2026-11-19T15:00:00-05:00');
    expect(window(byId(a, 'prepare-timeline-question:acme:i1'))).toEqual([
      '2026-11-19T14:00:00-05:00',
      '2026-11-20T14:00:00-05:00',
      'due',
    ]);
  });

  it('is gone once the timeline was asked, and once the interview has started', () => {
    const asked = facts([opportunity('acme', { interviews: [{ ...iv, timelineAsked: true }] }), ...others]);
    expect(ids(run(asked, '2026-11-19T15:00:00-05:00'), 'prepare-timeline-question')).toEqual([]);
    expect(ids(run(f, '2026-11-20T14:00:00-05:00'), 'prepare-timeline-question')).toEqual([]);
  });

  it('counts 24 elapsed hours across the DST switch of 2026-11-01', () => {
    const sunday = facts([opportunity('acme', { interviews: [interview('i1', '2026-11-01T14:00:00-05:00')] })]);
    const item = byId(run(sunday, '2026-10-30T12:00:00-04:00'), 'prepare-timeline-question:acme:i1');
    expect(iso(item!.opensAt)).toBe('2026-10-31T15:00:00-04:00');
    expect(item!.state).toBe('upcoming');
  });
});

describe('thank-you', () => {
  const iv = interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane', 'omar'], round: 'Onsite' });
  const acme = opportunity('acme', { contacts: [jane, omar], interviews: [iv] });

  it('gives each interviewer an item from the end of the interview to 24 hours later', () => {
    const a = run(facts([acme, ...others]), '2026-11-20T16:00:00-05:00');
    expect(ids(a, 'thank-you')).toEqual(['thank-you:acme:i1:jane', 'thank-you:acme:i1:omar']);
    expect(window(byId(a, 'thank-you:acme:i1:jane'))).toEqual([
      '2026-11-20T15:00:00-05:00',
      '2026-11-21T15:00:00-05:00',
      'due',
    ]);
    expect(byId(a, 'thank-you:acme:i1:jane')!.draft).not.toBeNull();
    expect(byId(a, 'thank-you:acme:i1:jane')!.contactId).toBe('jane');
  });

  it("ends one interviewer's item with a thank-you to that contact, all with one to nobody in particular", () => {
    const one = {
      ...acme,
      touches: [sent('t1', '2026-11-20T18:00:00-05:00', 'thank-you', { interviewId: 'i1', contactId: 'jane' })],
    };
    expect(ids(run(facts([one, ...others]), '2026-11-21T09:00:00-05:00'), 'thank-you')).toEqual([
      'thank-you:acme:i1:omar',
    ]);
    const all = { ...acme, touches: [sent('t1', '2026-11-20T18:00:00-05:00', 'thank-you', { interviewId: 'i1' })] };
    expect(ids(run(facts([all, ...others]), '2026-11-21T09:00:00-05:00'), 'thank-you')).toEqual([]);
  });

  it('reads a thank-you that names no interview as one for the latest interview that had ended', () => {
    const two = {
      ...acme,
      interviews: [interview('i0', '2026-11-10T10:00:00-05:00'), interview('i1', '2026-11-20T14:00:00-05:00')],
      touches: [sent('t1', '2026-11-20T18:00:00-05:00', 'thank-you')],
    };
    expect(ids(run(facts([two, ...others]), '2026-11-21T09:00:00-05:00'), 'thank-you')).toEqual(['thank-you:acme:i0']);
  });

  it('uses one item without a contact when no interviewer is known, overdue after a day', () => {
    const anon = opportunity('acme', { interviews: [interview('i1', '2026-11-20T14:00:00-05:00')] });
    const a = run(facts([anon, ...others]), '2026-11-23T09:00:00-05:00', false);
    expect(window(byId(a, 'thank-you:acme:i1'))?.[2]).toBe('overdue');
  });

  it("shows the interviewer's times in the seeker's own zone (Europe/Berlin)", () => {
    const berlin = facts([acme, ...others], {}, profile({ timezone: 'Europe/Berlin' }));
    const item = byId(run(berlin, '2026-11-20T22:00:00+01:00'), 'thank-you:acme:i1:jane');
    expect(window(item)).toEqual(['2026-11-20T21:00:00+01:00', '2026-11-21T21:00:00+01:00', 'due']);
  });

  it('gives a closed opportunity nothing', () => {
    const closed = { ...acme, status: 'rejected' as const, closedAt: Temporal.Instant.from('2026-11-20T17:00:00Z') };
    expect(ids(run(facts([closed, ...others]), '2026-11-20T16:00:00-05:00'))).toEqual([]);
  });
});

describe('ask-timeline', () => {
  // Thursday 2026-11-19, no date given.
  const iv = interview('i1', '2026-11-19T10:00:00-05:00', { interviewers: ['jane'] });
  const acme = (over = {}) => opportunity('acme', { contacts: [jane], interviews: [iv], ...over });

  it('opens on the next business day 3 days after and is due on the business day 7 days after, skipping Thanksgiving', () => {
    const a = run(facts([acme(), ...others]), '2026-11-24T09:00:00-05:00');
    // 11-22 is a Sunday -> Monday 11-23; 11-26 is Thanksgiving -> Friday 11-27.
    expect(window(byId(a, 'ask-timeline:acme:i1'))).toEqual([
      '2026-11-23T00:00:00-05:00',
      '2026-11-27T23:59:59-05:00',
      'due',
    ]);
    expect(byId(a, 'ask-timeline:acme:i1')!.draft).not.toBeNull();
  });

  it('is not needed when the interview gave a date, a later message did, or a check-in went out after it', () => {
    const dated = acme({ interviews: [{ ...iv, decisionBy: Temporal.PlainDate.from('2026-12-04') }] });
    const told = acme({
      touches: [heard('t1', '2026-11-20T09:00:00-05:00', 'timeline', { decisionBy: '2026-12-04' })],
    });
    const asked = acme({ touches: [sent('t1', '2026-11-20T09:00:00-05:00', 'ask-timeline')] });
    for (const o of [dated, told, asked])
      expect(ids(run(facts([o, ...others]), '2026-11-24T09:00:00-05:00'), 'ask-timeline')).toEqual([]);
  });

  it('waits for the next round when another interview is already booked', () => {
    const booked = acme({ interviews: [iv, interview('i2', '2026-12-01T10:00:00-05:00')] });
    expect(ids(run(facts([booked, ...others]), '2026-11-24T09:00:00-05:00'), 'ask-timeline')).toEqual([]);
  });

  it('keeps day windows whole across the DST switch', () => {
    const october = acme({ interviews: [interview('i1', '2026-10-26T10:00:00-04:00')] });
    expect(window(byId(run(facts([october, ...others]), '2026-10-27T09:00:00-04:00'), 'ask-timeline:acme:i1'))).toEqual(
      ['2026-10-29T00:00:00-04:00', '2026-11-02T23:59:59-05:00', 'upcoming'],
    );
  });
});

describe('weekly gap', () => {
  const iv = interview('i1', '2026-11-19T10:00:00-05:00');
  const earlier = sent('t0', '2026-11-18T09:00:00-05:00', 'status-check');

  it('pushes the opening to a week after the last check-in and keeps the due day when it still fits', () => {
    const o = opportunity('acme', { interviews: [iv], touches: [earlier] });
    expect(window(byId(run(facts([o, ...others]), '2026-11-23T09:00:00-05:00'), 'ask-timeline:acme:i1'))).toEqual([
      '2026-11-25T00:00:00-05:00',
      '2026-11-27T23:59:59-05:00',
      'upcoming',
    ]);
  });

  it('moves the due day along by the same number of business days when the push passes it', () => {
    const o = opportunity('acme', { interviews: [iv], touches: [earlier] });
    const f = facts([o, ...others], {}, profile({ settings: { checkInGapDays: 14 } }));
    // Window 11-23..11-27 is 3 business days long (Thanksgiving skipped); gap ends Wed 12-02; 3 business days later is Mon 12-07.
    expect(window(byId(run(f, '2026-11-23T09:00:00-05:00'), 'ask-timeline:acme:i1'))).toEqual([
      '2026-12-02T00:00:00-05:00',
      '2026-12-07T23:59:59-05:00',
      'upcoming',
    ]);
  });

  it('keeps the un-pushed opening date in the status-check id', () => {
    const o = opportunity('acme', {
      touches: [
        sent('t1', '2026-11-30T09:00:00-05:00', 'ask-timeline'),
        heard('t2', '2026-12-01T09:00:00-05:00', 'reply'),
      ],
    });
    const f = facts([o, ...others], {}, profile({ settings: { silenceDays: 2 } }));
    // Reply Tue 12-01 + 2 days = Thu 12-03; the gap since Mon 11-30 ends Mon 12-07.
    expect(window(byId(run(f, '2026-12-04T09:00:00-05:00'), 'status-check:acme:2026-12-03'))).toEqual([
      '2026-12-07T00:00:00-05:00',
      '2026-12-07T23:59:59-05:00',
      'upcoming',
    ]);
  });
});

describe('hold', () => {
  const iv = interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane'], decisionBy: '2026-12-04' });
  const acme = opportunity('acme', { contacts: [jane], interviews: [iv] });

  it('holds check-ins until the promised Friday and says from when checking in is fine', () => {
    const a = run(facts([acme, ...others]), '2026-11-26T09:00:00-05:00');
    expect(a.holds.map((h) => [h.opportunityId, h.until.toString(), h.checkInFrom.toString()])).toEqual([
      ['acme', '2026-12-04', '2026-12-07'],
    ]);
    expect(a.holds[0]!.reason).toContain('Acme');
    expect(a.items.filter((i) => ['ask-timeline', 'status-check', 'explicit-check'].includes(i.kind))).toEqual([]);
  });

  it("names the year of a promise that falls in the next one, so January is never read as this year's", () => {
    // 2027-01-05 is a Tuesday; the first business day after it is Wednesday, January 6.
    const late = opportunity('acme', { interviews: [{ ...iv, decisionBy: Temporal.PlainDate.from('2027-01-05') }] });
    const reason = run(facts([late, ...others]), '2026-12-07T09:00:00-05:00').holds[0]!.reason;
    expect(reason).toContain('by Tuesday, January 5, 2027');
    expect(reason).toContain('by Wednesday, January 6, 2027');
    expect(run(facts([acme, ...others]), '2026-11-26T09:00:00-05:00').holds[0]!.reason).toContain(
      'by Friday, December 4,',
    );
  });

  it('still holds on the promised day itself, and lifts the next day', () => {
    expect(run(facts([acme, ...others]), '2026-12-04T20:00:00-05:00').holds).toHaveLength(1);
    expect(run(facts([acme, ...others]), '2026-12-05T09:00:00-05:00').holds).toHaveLength(0);
  });

  it('ignores a date given before the latest interview started', () => {
    const later = { ...acme, interviews: [iv, interview('i2', '2026-11-24T10:00:00-05:00')] };
    const a = run(facts([later, ...others]), '2026-11-25T09:00:00-05:00');
    expect(a.holds).toEqual([]);
    expect(ids(a, 'ask-timeline')).toEqual(['ask-timeline:acme:i2']);
  });

  it('does not hold a decided opportunity', () => {
    const decided = { ...acme, offers: [offer('f1', '2026-11-25T10:00:00-05:00', 'received')] };
    expect(run(facts([decided, ...others]), '2026-11-26T09:00:00-05:00').holds).toEqual([]);
  });
});

describe('status-check', () => {
  const iv = interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane'], decisionBy: '2026-12-04' });
  const acme = opportunity('acme', {
    contacts: [jane],
    interviews: [iv],
    touches: [sent('ty', '2026-11-20T18:00:00-05:00', 'thank-you', { interviewId: 'i1' })],
  });

  it('opens the business day after the promised Friday and is due two business days later', () => {
    const a = run(facts([acme, ...others]), '2026-12-07T10:00:00-05:00');
    expect(ids(a)).toEqual(['status-check:acme:2026-12-07']);
    expect(window(first(a))).toEqual(['2026-12-07T00:00:00-05:00', '2026-12-09T23:59:59-05:00', 'due']);
    expect(first(a)!.draft).not.toBeNull();
  });

  it('stays hidden while snoozed and comes back on the snooze date', () => {
    const snoozed = {
      ...acme,
      snoozed: [{ item: 'status-check:acme:2026-12-07', until: Temporal.PlainDate.from('2026-12-09') }],
    };
    expect(ids(run(facts([snoozed, ...others]), '2026-12-08T10:00:00-05:00'))).toEqual([]);
    expect(ids(run(facts([snoozed, ...others]), '2026-12-09T10:00:00-05:00'))).toEqual([
      'status-check:acme:2026-12-07',
    ]);
    const dismissed = { ...acme, dismissed: ['status-check:acme:2026-12-07'] };
    expect(ids(run(facts([dismissed, ...others]), '2026-12-08T10:00:00-05:00'))).toEqual([]);
  });

  it('skips Thanksgiving after a promise for Wednesday 2026-11-25', () => {
    const wed = { ...acme, interviews: [{ ...iv, decisionBy: Temporal.PlainDate.from('2026-11-25') }] };
    expect(
      window(byId(run(facts([wed, ...others]), '2026-11-27T10:00:00-05:00'), 'status-check:acme:2026-11-27')),
    ).toEqual(['2026-11-27T00:00:00-05:00', '2026-12-01T23:59:59-05:00', 'due']);
  });

  it('follows a reply that answered a check-in without a date, a week later', () => {
    const o = opportunity('acme', {
      touches: [
        sent('t1', '2026-11-30T09:00:00-05:00', 'ask-timeline'),
        heard('t2', '2026-12-01T09:00:00-05:00', 'reply'),
      ],
    });
    expect(
      window(byId(run(facts([o, ...others]), '2026-12-08T09:00:00-05:00'), 'status-check:acme:2026-12-08')),
    ).toEqual(['2026-12-08T00:00:00-05:00', '2026-12-10T23:59:59-05:00', 'due']);
  });
});

describe('explicit-check', () => {
  const o = (touches: Touch[] = [sent('t1', '2026-11-30T09:00:00-05:00', 'ask-timeline', { contactId: 'jane' })]) =>
    opportunity('acme', { contacts: [jane], touches });

  it('follows an unanswered check-in after a week of silence', () => {
    const a = run(facts([o(), ...others]), '2026-12-08T09:00:00-05:00');
    expect(ids(a)).toEqual(['explicit-check:acme:t1']);
    expect(window(first(a))).toEqual(['2026-12-07T00:00:00-05:00', '2026-12-09T23:59:59-05:00', 'due']);
    expect(first(a)!.draft).not.toBeNull();
  });

  it('does not count an auto-reply as an answer, but a real reply ends it', () => {
    const auto = o([
      sent('t1', '2026-11-30T09:00:00-05:00', 'ask-timeline'),
      heard('t2', '2026-11-30T09:01:00-05:00', 'auto-reply'),
    ]);
    expect(ids(run(facts([auto, ...others]), '2026-12-08T09:00:00-05:00'))).toEqual(['explicit-check:acme:t1']);
    const reply = o([
      sent('t1', '2026-11-30T09:00:00-05:00', 'ask-timeline'),
      heard('t2', '2026-12-02T09:00:00-05:00', 'reply'),
    ]);
    expect(ids(run(facts([reply, ...others]), '2026-12-08T09:00:00-05:00'), 'explicit-check')).toEqual([]);
  });
});

describe('move-on', () => {
  const o = opportunity('acme', { touches: [sent('t1', '2026-12-07T09:00:00-05:00', 'explicit-check')] });

  it('suggests moving on a week after an unanswered explicit check', () => {
    const a = run(facts([o, ...others]), '2026-12-14T09:00:00-05:00');
    expect(ids(a)).toEqual(['move-on:acme:t1']);
    expect(window(first(a))).toEqual(['2026-12-14T00:00:00-05:00', '2026-12-16T23:59:59-05:00', 'due']);
    expect(first(a)!.draft).toBeNull();
    expect(first(a)!.guidance).not.toBeNull();
  });

  it('ends when the seeker closes the opportunity as no response', () => {
    const closed = { ...o, status: 'no-response' as const, closedAt: Temporal.Instant.from('2026-12-14T15:00:00Z') };
    expect(ids(run(facts([closed, ...others]), '2026-12-15T09:00:00-05:00'))).toEqual([]);
  });
});

describe('reconsider', () => {
  const gone = opportunity('acme', {
    status: 'no-response',
    closedAt: '2026-12-10T15:00:00Z',
    touches: [heard('t1', '2026-12-18T10:00:00-05:00', 'reply'), heard('t2', '2026-12-19T10:00:00-05:00', 'offer')],
  });

  it('opens when a closed-as-no-response employer writes again, due two business days later', () => {
    const a = run(facts([gone, ...others]), '2026-12-18T12:00:00-05:00');
    expect(ids(a)).toEqual(['reconsider:acme:t1']);
    expect(window(first(a))).toEqual(['2026-12-18T10:00:00-05:00', '2026-12-22T23:59:59-05:00', 'due']);
  });

  it('ignores auto-replies and other closed outcomes', () => {
    const auto = { ...gone, touches: [heard('t1', '2026-12-18T10:00:00-05:00', 'auto-reply')] };
    expect(ids(run(facts([auto, ...others]), '2026-12-18T12:00:00-05:00'))).toEqual([]);
    const rejected = { ...gone, status: 'rejected' as const };
    expect(ids(run(facts([rejected, ...others]), '2026-12-18T12:00:00-05:00'))).toEqual([]);
  });
});

describe('offer-nudge', () => {
  const first = opportunity('acme', {
    interest: 5,
    interviews: [interview('i1', '2026-11-20T14:00:00-05:00', { decisionBy: '2026-12-04' })],
  });
  const other = (deadline?: string) =>
    opportunity('globex', {
      interest: 3,
      offers: [offer('f1', '2026-11-25T10:00:00-05:00', 'expected', deadline ? { deadline } : {})],
    });

  it('tells the first choice, even on hold, by the next business day (Thanksgiving skipped)', () => {
    const a = run(facts([first, other('2026-12-09'), ...others]), '2026-11-25T12:00:00-05:00');
    expect(window(byId(a, 'offer-nudge:acme:globex:f1'))).toEqual([
      '2026-11-25T10:00:00-05:00',
      '2026-11-27T23:59:59-05:00',
      'due',
    ]);
    expect(byId(a, 'offer-nudge:acme:globex:f1')!.draft).not.toBeNull();
    expect(a.holds).toHaveLength(1);
  });

  it('is due the business day before a close deadline, never before it opens', () => {
    const a = run(facts([first, other('2026-11-27'), ...others]), '2026-11-25T12:00:00-05:00');
    expect(iso(byId(a, 'offer-nudge:acme:globex:f1')!.dueAt)).toBe('2026-11-25T23:59:59-05:00');
  });

  /** Offers at three lower-ranked companies, logged Nov 23-25. */
  const offerAt = (id: string, interest: number, at: string, extra: { deadline?: string } = {}) =>
    opportunity(id, { interest, offers: [offer(`${id}-o`, at, 'received', extra)] });

  it('gives one nudge per opportunity, about the offer whose deadline comes first', () => {
    const f = facts([
      first,
      offerAt('beta', 2, '2026-11-23T10:00:00-05:00', { deadline: '2026-12-11' }),
      offerAt('gamma', 3, '2026-11-24T10:00:00-05:00', { deadline: '2026-12-02' }),
      offerAt('delta', 1, '2026-11-25T09:00:00-05:00'),
      ...others,
    ]);
    const a = run(f, '2026-11-25T12:00:00-05:00');
    expect(ids(a, 'offer-nudge')).toEqual(['offer-nudge:acme:gamma:gamma-o']);
    // Opens when Gamma's offer was logged (Tue Nov 24); due bd(Nov 24, 1) = Wed Nov 25.
    expect(window(byId(a, 'offer-nudge:acme:gamma:gamma-o'))).toEqual([
      '2026-11-24T10:00:00-05:00',
      '2026-11-25T23:59:59-05:00',
      'due',
    ]);
  });

  it('takes the offer logged first when none has a deadline', () => {
    const f = facts([
      first,
      offerAt('beta', 2, '2026-11-24T10:00:00-05:00'),
      offerAt('gamma', 3, '2026-11-23T10:00:00-05:00'),
      ...others,
    ]);
    expect(ids(run(f, '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual(['offer-nudge:acme:gamma:gamma-o']);
  });

  it('opens a new nudge for an offer logged after the last one, and only for it', () => {
    const nudged = {
      ...first,
      touches: [sent('n1', '2026-11-24T12:00:00-05:00', 'offer-nudge')],
    };
    const f = facts([
      nudged,
      offerAt('beta', 2, '2026-11-23T10:00:00-05:00', { deadline: '2026-11-30' }),
      offerAt('gamma', 3, '2026-11-25T09:00:00-05:00', { deadline: '2026-12-18' }),
      ...others,
    ]);
    // Beta's offer (earlier deadline) was already told on Nov 24; Gamma's came after.
    expect(ids(run(f, '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual(['offer-nudge:acme:gamma:gamma-o']);
  });

  it('does not nudge an opportunity that has a pending offer of its own', () => {
    const own = { ...first, offers: [offer('a-o', '2026-11-24T10:00:00-05:00', 'expected')] };
    expect(ids(run(facts([own, other(), ...others]), '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual([]);
  });

  it('calls only the top-interest opportunity the first choice (ties share it)', () => {
    const second = opportunity('bolt', {
      interest: 4,
      interviews: [interview('b1', '2026-11-19T14:00:00-05:00')],
    });
    const tie = opportunity('crux', {
      interest: 5,
      interviews: [interview('c1', '2026-11-18T14:00:00-05:00')],
    });
    const a = run(facts([first, second, tie, other(), ...others]), '2026-11-25T12:00:00-05:00');
    expect(ids(a, 'offer-nudge').sort()).toEqual([
      'offer-nudge:acme:globex:f1',
      'offer-nudge:bolt:globex:f1',
      'offer-nudge:crux:globex:f1',
    ]);
    expect(byId(a, 'offer-nudge:acme:globex:f1')!.draft!.body).toContain('is my first choice');
    expect(byId(a, 'offer-nudge:crux:globex:f1')!.draft!.body).toContain('is my first choice');
    const bolt = byId(a, 'offer-nudge:bolt:globex:f1')!;
    expect(bolt.draft!.body).not.toMatch(/first choice/i);
    expect(bolt.why).not.toMatch(/first choice/i);
  });

  it('says in the hold why the nudge is still right, instead of "nothing to send"', () => {
    // Acme promised Dec 4, so it is on hold on Nov 25, and it gets the nudge.
    const a = run(facts([first, other('2026-12-09'), ...others]), '2026-11-25T12:00:00-05:00');
    const hold = a.holds.find((h) => h.opportunityId === 'acme')!;
    expect(hold.offerNudge).toBe('offer-nudge:acme:globex:f1');
    expect(hold.reason).not.toMatch(/nothing to send/);
    expect(hold.reason).toContain('The offer from Globex');
    // Once dismissed, the hold says plainly there is nothing to send.
    const quiet = run(
      facts([{ ...first, dismissed: ['offer-nudge:acme:globex:f1'] }, other('2026-12-09'), ...others]),
      '2026-11-25T12:00:00-05:00',
    );
    expect(quiet.holds[0]!.offerNudge).toBeNull();
    expect(quiet.holds[0]!.reason).toMatch(/nothing to send/);
  });

  it('nudges only opportunities ranked higher, with an interview, and stops once nudged', () => {
    const same = { ...first, interest: 3 };
    expect(ids(run(facts([same, other(), ...others]), '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual([]);
    const noInterview = { ...first, interviews: [] };
    expect(ids(run(facts([noInterview, other(), ...others]), '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual([]);
    const nudged = { ...first, touches: [sent('n1', '2026-11-25T11:00:00-05:00', 'offer-nudge')] };
    expect(ids(run(facts([nudged, other(), ...others]), '2026-11-25T12:00:00-05:00'), 'offer-nudge')).toEqual([]);
  });
});

describe('evaluate-offer', () => {
  const o = (deadline?: string) =>
    opportunity('globex', {
      offers: [offer('f1', '2026-11-30T10:00:00-05:00', 'received', deadline ? { deadline } : {})],
    });

  it('is due at the end of the deadline day, or a week after the offer without one', () => {
    expect(
      iso(
        byId(run(facts([o('2026-12-04'), ...others]), '2026-11-30T12:00:00-05:00'), 'evaluate-offer:globex:f1')!.dueAt,
      ),
    ).toBe('2026-12-04T23:59:59-05:00');
    expect(
      iso(byId(run(facts([o(), ...others]), '2026-11-30T12:00:00-05:00'), 'evaluate-offer:globex:f1')!.dueAt),
    ).toBe('2026-12-07T23:59:59-05:00');
  });

  it('ends once the offer is accepted or declined', () => {
    const declined = opportunity('globex', { offers: [offer('f1', '2026-11-30T10:00:00-05:00', 'declined')] });
    expect(ids(run(facts([declined, ...others]), '2026-11-30T12:00:00-05:00'), 'evaluate-offer')).toEqual([]);
  });
});

describe('keep-searching', () => {
  const lone = opportunity('acme', { createdAt: '2026-10-01T12:00:00Z' });

  it('asks for more opportunities until the coming Sunday when fewer than three are open', () => {
    const a = run(facts([lone]), '2026-11-26T09:00:00-05:00');
    expect(ids(a, 'keep-searching')).toEqual(['keep-searching:2026-11-29']);
    expect(window(a.items[0])).toEqual(['2026-11-26T00:00:00-05:00', '2026-11-29T23:59:59-05:00', 'due']);
    expect(a.items[0]!.opportunityId).toBeNull();
    expect(a.items[0]!.guidance).not.toBeNull();
  });

  it('is due the same day on a Sunday', () => {
    expect(ids(run(facts([lone]), '2026-11-29T09:00:00-05:00'), 'keep-searching')).toEqual([
      'keep-searching:2026-11-29',
    ]);
  });

  it('asks too when three are open but none was added in the last 7 days', () => {
    const old = ['a', 'b', 'c'].map((id) => opportunity(id, { createdAt: '2026-10-01T12:00:00Z' }));
    expect(ids(run(facts(old), '2026-11-26T09:00:00-05:00'), 'keep-searching')).toEqual(['keep-searching:2026-11-29']);
    expect(ids(run(facts([lone, ...others]), '2026-11-26T09:00:00-05:00'), 'keep-searching')).toEqual([]);
  });

  it('can be dismissed for the week at the seeker level', () => {
    expect(ids(run(facts([lone], { dismissed: ['keep-searching:2026-11-29'] }), '2026-11-26T09:00:00-05:00'))).toEqual(
      [],
    );
  });
});

describe('withdraw', () => {
  const accepted = opportunity('globex', {
    status: 'accepted',
    closedAt: '2026-11-30T15:00:00Z',
    offers: [offer('f1', '2026-11-27T10:00:00-05:00', 'accepted', { decidedAt: '2026-11-30T10:00:00-05:00' })],
  });
  const acme = opportunity('acme', {
    interviews: [interview('i1', '2026-11-20T14:00:00-05:00')],
    touches: [sent('ty', '2026-11-20T18:00:00-05:00', 'thank-you')],
  });

  it('gives each other open opportunity a withdraw item due two business days after acceptance, and nothing else', () => {
    const a = run(facts([accepted, acme, others[0]!]), '2026-12-01T09:00:00-05:00');
    expect(ids(a)).toEqual(['withdraw:acme:f1', 'withdraw:zeta:f1']);
    expect(window(byId(a, 'withdraw:acme:f1'))).toEqual([
      '2026-11-30T10:00:00-05:00',
      '2026-12-02T23:59:59-05:00',
      'due',
    ]);
    expect(byId(a, 'withdraw:acme:f1')!.draft).not.toBeNull();
  });

  it('ends when that opportunity is closed', () => {
    const closed = { ...acme, status: 'withdrawn' as const, closedAt: Temporal.Instant.from('2026-12-01T15:00:00Z') };
    expect(ids(run(facts([accepted, closed]), '2026-12-01T12:00:00-05:00'))).toEqual([]);
  });
});

describe('agenda', () => {
  it('orders overdue, then due, then upcoming, and every drafted kind carries a draft', () => {
    const iv = interview('i1', '2026-11-19T10:00:00-05:00', { interviewers: ['jane'] });
    const a = run(
      facts([
        opportunity('acme', { contacts: [jane], interviews: [iv] }),
        opportunity('hooli', { interviews: [interview('h1', '2026-11-27T10:00:00-05:00')] }),
        ...others,
      ]),
      '2026-11-24T09:00:00-05:00',
    );
    const rank = { overdue: 0, due: 1, upcoming: 2 };
    const states = a.items.map((i) => rank[i.state]);
    expect([...states].sort()).toEqual(states);
    for (const item of a.items) expect(item.draft !== null).toBe(DRAFTED_ITEM_KINDS.has(item.kind));
    expect(a.pipeline).toEqual({ open: 4, interviewing: 2, offers: 0, addedLast7Days: 2 });
  });
});
