/**
 * One seeker, Sam (America/New_York), through the whole advice for Acme
 * (first choice) and Globex: interview, thank-you, timeline, hold, status
 * check, explicit message, moving on, a competing offer, accepting it.
 * Calendar: 2026-11-26 is US Thanksgiving (in the holiday set); 2026-11-20
 * and 2026-12-04 are Fridays.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Facts, Opportunity } from '../../src/core/model.js';
import { checkInGuard } from '../../src/core/playbook/check-in-guard.js';
import { evaluate } from '../../src/core/playbook/evaluate.js';
import { contact, facts, heard, interview, offer, opportunity, sent } from '../factories/facts.js';

const HOLIDAYS = new Set(['2026-11-26']);
const agenda = (f: Facts, now: string) => evaluate(f, { now: Temporal.Instant.from(now), holidays: HOLIDAYS });
/** Item ids without the weekly keep-searching reminder (asserted on its own below). */
const ids = (f: Facts, now: string) =>
  agenda(f, now)
    .items.filter((i) => i.kind !== 'keep-searching')
    .map((i) => i.id);
const others = ['hooli', 'initech'].map((id) => opportunity(id, { createdAt: '2026-11-19T12:00:00Z' }));

let acme: Opportunity = opportunity('acme', {
  interest: 5,
  createdAt: '2026-11-02T15:00:00Z',
  contacts: [contact('jane', 'Jane Doe')],
  interviews: [interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane'], round: 'Onsite' })],
});
const add = (o: Opportunity, ...touches: Opportunity['touches'][number][]): Opportunity => ({
  ...o,
  touches: [...o.touches, ...touches],
});

describe('one seeker, from interview to accepted offer', () => {
  it('is told to thank Jane right after the onsite', () => {
    expect(ids(facts([acme, ...others]), '2026-11-20T16:00:00-05:00')).toEqual(['thank-you:acme:i1:jane']);
  });

  it('is told to ask about the timeline after a quiet weekend, once thanked', () => {
    acme = add(acme, sent('t1', '2026-11-20T18:00:00-05:00', 'thank-you', { interviewId: 'i1', contactId: 'jane' }));
    expect(ids(facts([acme, ...others]), '2026-11-23T09:00:00-05:00')).toEqual(['ask-timeline:acme:i1']);
  });

  it('is put on hold when Acme names a date, and warned when writing before it', () => {
    acme = add(
      acme,
      sent('t2', '2026-11-23T10:00:00-05:00', 'ask-timeline', { contactId: 'jane' }),
      heard('t3', '2026-11-24T09:12:00-05:00', 'timeline', { decisionBy: '2026-12-04', contactId: 'jane' }),
    );
    const a = agenda(facts([acme, ...others]), '2026-11-27T09:00:00-05:00');
    // Nothing to send; only the search reminder (no opportunity added since 11-19).
    expect(a.items.map((i) => i.id)).toEqual(['keep-searching:2026-11-29']);
    expect(a.holds.map((h) => [h.until.toString(), h.checkInFrom.toString()])).toEqual([['2026-12-04', '2026-12-07']]);
    const guard = checkInGuard(
      facts([acme, ...others]),
      'acme',
      Temporal.Instant.from('2026-11-27T10:00:00-05:00'),
      HOLIDAYS,
    );
    expect(guard.ok).toBe(false);
    expect(guard.warnings.map((w) => [w.code, w.fineFrom.toString()])).toEqual([
      ['weekly-gap', '2026-11-30'],
      ['promise-standing', '2026-12-07'],
    ]);
  });

  it('checks in once the promised Friday has passed', () => {
    expect(ids(facts([acme, ...others]), '2026-12-07T09:00:00-05:00')).toEqual(['status-check:acme:2026-12-07']);
  });

  it('says plainly, a week after an unanswered status check, that a decision is needed', () => {
    acme = add(acme, sent('t4', '2026-12-07T10:00:00-05:00', 'status-check', { contactId: 'jane' }));
    expect(ids(facts([acme, ...others]), '2026-12-08T09:00:00-05:00')).toEqual([]);
    expect(ids(facts([acme, ...others]), '2026-12-14T09:00:00-05:00')).toEqual(['explicit-check:acme:t4']);
  });

  it('is told to move on after a week of silence to the explicit message', () => {
    const silent = add(acme, sent('t5', '2026-12-14T10:00:00-05:00', 'explicit-check', { contactId: 'jane' }));
    expect(ids(facts([silent, ...others]), '2026-12-21T09:00:00-05:00')).toEqual(['move-on:acme:t5']);
  });

  it('tells Acme, the first choice, about a competing Globex offer', () => {
    const globex = opportunity('globex', {
      interest: 3,
      createdAt: '2026-11-05T15:00:00Z',
      offers: [offer('f1', '2026-12-15T11:00:00-05:00', 'received', { deadline: '2026-12-18' })],
      touches: [heard('g1', '2026-12-15T11:00:00-05:00', 'offer')],
    });
    const a = agenda(facts([acme, globex, ...others]), '2026-12-15T12:00:00-05:00');
    expect(
      a.items
        .filter((i) => i.kind !== 'keep-searching')
        .map((i) => [i.id, i.dueAt.toString({ timeZoneName: 'never' })]),
    ).toEqual([
      ['explicit-check:acme:t4', '2026-12-16T23:59:59-05:00'],
      ['offer-nudge:acme:globex:f1', '2026-12-16T23:59:59-05:00'],
      ['evaluate-offer:globex:f1', '2026-12-18T23:59:59-05:00'],
    ]);
    expect(a.items.find((i) => i.kind === 'offer-nudge')!.draft).not.toBeNull();
    expect(a.items.some((i) => i.kind === 'keep-searching')).toBe(true);
    expect(a.pipeline.offers).toBe(1);
  });

  it('withdraws from the others once the Globex offer is accepted, and stops the search', () => {
    const globex = opportunity('globex', {
      interest: 3,
      status: 'accepted',
      closedAt: '2026-12-17T15:00:00Z',
      offers: [offer('f1', '2026-12-15T11:00:00-05:00', 'accepted', { decidedAt: '2026-12-17T10:00:00-05:00' })],
    });
    const a = agenda(facts([acme, globex, ...others]), '2026-12-18T09:00:00-05:00');
    expect(a.items.map((i) => i.id)).toEqual(['withdraw:acme:f1', 'withdraw:hooli:f1', 'withdraw:initech:f1']);
    expect(a.items.every((i) => i.dueAt.toPlainDate().toString() === '2026-12-21')).toBe(true);
    expect(a.holds).toEqual([]);
  });
});

describe('the check-in guard', () => {
  const base = opportunity('acme', {
    createdAt: '2026-11-02T15:00:00Z',
    contacts: [contact('jane', 'Jane Doe')],
    interviews: [interview('i1', '2026-11-20T14:00:00-05:00', { interviewers: ['jane'] })],
  });

  it('counts a promise heard at the very moment the check-in is logged', () => {
    const at = '2026-11-26T09:00:00-05:00';
    const withPromise = add(base, heard('t1', at, 'timeline', { contactId: 'jane', decisionBy: '2026-12-04' }));
    const guard = checkInGuard(facts([withPromise]), 'acme', Temporal.Instant.from(at), HOLIDAYS);
    expect(guard.warnings.map((w) => [w.code, w.fineFrom.toString()])).toEqual([['promise-standing', '2026-12-07']]);
  });

  it('has nothing to say once the gap has passed and no promise stands', () => {
    const checked = add(base, sent('t1', '2026-11-23T09:00:00-05:00', 'ask-timeline', { contactId: 'jane' }));
    expect(
      checkInGuard(facts([checked]), 'acme', Temporal.Instant.from('2026-12-01T09:00:00-05:00'), HOLIDAYS).ok,
    ).toBe(true);
  });
});
