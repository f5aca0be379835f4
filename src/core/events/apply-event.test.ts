/**
 * What an event does to an opportunity, as tables of literal dates
 * (America/Chicago: -06:00 all of November and December 2026, no DST switch
 * in these dates). 2026-12-03 is a Thursday.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { contact, heard, interview, offer, opportunity, sent } from '../../../test/factories/facts.js';
import type { Opportunity } from '../model.js';
import { deriveState } from '../playbook/derived.js';
import { ZoneClock } from '../time.js';
import { applyEvent, latestEndedInterview } from './apply-event.js';
import { effectText } from './effect-text.js';
import type { EventResult, KnownMeetings, MeetingInvitation } from './event.types.js';

const ZONE = 'America/Chicago';
const I = (iso: string) => Temporal.Instant.from(iso);
const words = (result: EventResult) => result.effects.map((e) => effectText(e, ZONE));
const invitation = (start: string, over: Partial<MeetingInvitation> = {}): MeetingInvitation => ({
  start: I(start),
  durationMinutes: 60,
  round: 'Final round',
  uid: 'final@granite.example',
  people: [],
  ...over,
});
const meetings = (entries: [string, string, string][]): KnownMeetings =>
  new Map(entries.map(([uid, opportunityId, interviewId]) => [uid, { opportunityId, interviewId }]));

describe('an invitation', () => {
  const colleen = { ...contact('colleen', 'Colleen Fitzgerald'), email: 'colleen@granite.example' };

  it('schedules a new interview, its employer attendees as interviewers, adding the new ones as contacts', () => {
    const opp = opportunity('granite', { contacts: [colleen] });
    const result = applyEvent(opp, {
      invitation: invitation('2026-12-03T13:30:00-06:00', {
        people: [
          { name: 'Colleen F.', email: 'colleen@granite.example' },
          { name: 'Omar Haddad', email: 'omar@granite.example' },
        ],
      }),
    });
    expect(words(result)).toEqual(['interview i1 scheduled']);
    expect(result.invitation).toEqual({ interviewId: 'i1', outcome: 'scheduled' });
    expect(result.changes.map((c) => c.type)).toEqual(['contact', 'interview', 'meeting']);
    const [iv] = result.opportunity.interviews;
    expect(iv?.interviewers).toEqual(['colleen', 'omar']);
    expect(iv?.at.toString()).toBe('2026-12-03T19:30:00Z');
    expect(iv?.round).toBe('Final round');
    expect(result.opportunity.contacts.map((c) => [c.id, c.email])).toEqual([
      ['colleen', 'colleen@granite.example'],
      ['omar', 'omar@granite.example'],
    ]);
    expect(result.changes).toContainEqual({ type: 'meeting', uid: 'final@granite.example', interviewId: 'i1' });
  });

  it('gives a known contact without an address the one the invitation shows', () => {
    const opp = opportunity('granite', { contacts: [{ ...colleen, email: null }] });
    const result = applyEvent(opp, {
      invitation: invitation('2026-12-03T13:30:00-06:00', {
        people: [{ name: 'Colleen Fitzgerald', email: 'colleen@granite.example' }],
      }),
    });
    expect(result.changes[0]).toEqual({ type: 'contact', contact: colleen });
    expect(result.opportunity.interviews[0]?.interviewers).toEqual(['colleen']);
  });

  it('moves the interview of a meeting known by its UID when the time or length changed', () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-12-03T13:30:00-06:00')] });
    const known = meetings([['final@granite.example', 'granite', 'i1']]);
    const result = applyEvent(
      opp,
      { invitation: invitation('2026-12-04T10:00:00-06:00', { durationMinutes: 90 }) },
      known,
    );
    expect(words(result)).toEqual(['interview i1 moved to 2026-12-04T10:00:00-06:00']);
    expect(result.invitation).toEqual({ interviewId: 'i1', outcome: 'moved' });
    expect(result.opportunity.interviews.map((iv) => [iv.id, iv.at.toString(), iv.durationMinutes])).toEqual([
      ['i1', '2026-12-04T16:00:00Z', 90],
    ]);
  });

  it('changes nothing when the known meeting comes again unchanged', () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-12-03T13:30:00-06:00')] });
    const known = meetings([['final@granite.example', 'granite', 'i1']]);
    const result = applyEvent(opp, { invitation: invitation('2026-12-03T19:30:00Z') }, known);
    expect(result.changes).toEqual([]);
    expect(result.invitation).toEqual({ interviewId: 'i1', outcome: 'known' });
  });

  it("takes an invitation at an interview's start as that interview and remembers its UID", () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-12-03T13:30:00-06:00')] });
    const result = applyEvent(opp, { invitation: invitation('2026-12-03T13:30:00-06:00', { uid: 'other@x' }) });
    expect(result.changes).toEqual([{ type: 'meeting', uid: 'other@x', interviewId: 'i1' }]);
    expect(result.effects).toEqual([]);
    expect(result.invitation).toEqual({ interviewId: 'i1', outcome: 'known' });
  });

  it("does not move another opportunity's interview with the same UID: it schedules one here", () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-12-01T09:00:00-06:00')] });
    const known = meetings([['final@granite.example', 'elsewhere', 'i1']]);
    const result = applyEvent(opp, { invitation: invitation('2026-12-04T10:00:00-06:00') }, known);
    expect(words(result)).toEqual(['interview i2 scheduled']);
  });
});

describe('a cancellation', () => {
  const known = meetings([['final@granite.example', 'granite', 'i1']]);
  const cancelling = (at: string) => heard('t9', at, 'scheduling');

  it('removes the interview of a known meeting that is still ahead', () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-12-04T10:00:00-06:00')] });
    const result = applyEvent(
      opp,
      { touch: cancelling('2026-11-20T08:00:00-06:00'), cancels: 'final@granite.example' },
      known,
    );
    expect(words(result)).toEqual(['interview i1 cancelled']);
    expect(result.changes.map((c) => c.type)).toEqual(['interview-removed', 'touch']);
    expect(result.opportunity.interviews).toEqual([]);
  });

  it('keeps an interview that took place before the cancellation came', () => {
    const opp = opportunity('granite', { interviews: [interview('i1', '2026-11-17T09:00:00-06:00')] });
    const result = applyEvent(
      opp,
      { touch: cancelling('2026-11-18T08:00:00-06:00'), cancels: 'final@granite.example' },
      known,
    );
    expect(result.effects).toEqual([]);
    expect(result.opportunity.interviews).toHaveLength(1);
  });

  it('keeps an interview a touch refers to, even one recorded by an earlier event of the same run', () => {
    const opp = opportunity('granite', {
      interviews: [interview('i1', '2026-11-17T09:00:00-06:00'), interview('i2', '2026-12-04T10:00:00-06:00')],
    });
    // A thank-you tied to i2 by hand (an odd fact, but a fact): the cancellation must not leave it dangling.
    const thanked = applyEvent(opp, {
      touch: sent('t1', '2026-11-18T08:00:00-06:00', 'thank-you', { interviewId: 'i2' }),
    });
    const meetingI2 = meetings([['final@granite.example', 'granite', 'i2']]);
    const result = applyEvent(
      thanked.opportunity,
      { touch: cancelling('2026-11-20T08:00:00-06:00'), cancels: 'final@granite.example' },
      meetingI2,
    );
    expect(result.effects).toEqual([]);
  });
});

describe('a thank-you without an interview named', () => {
  it('thanks for the interview that ended last, not the one that started last', () => {
    // A three-hour panel from 10:00 and a half-hour call inside it at 11:00: the panel ends last (13:00).
    const opp = opportunity('granite', {
      interviews: [
        interview('i1', '2026-12-03T10:00:00-06:00', { durationMinutes: 180 }),
        interview('i2', '2026-12-03T11:00:00-06:00', { durationMinutes: 30 }),
      ],
    });
    const result = applyEvent(opp, {
      touch: sent('t1', '2026-12-03T14:00:00-06:00', 'thank-you', { interviewId: null }),
    });
    expect(result.touch?.interviewId).toBe('i1');
  });

  it('counts only interviews that have ended by the time it was sent', () => {
    const opp = opportunity('granite', {
      interviews: [
        interview('i1', '2026-12-01T10:00:00-06:00'),
        interview('i2', '2026-12-03T13:30:00-06:00'), // ends 14:30, after the note
      ],
    });
    const result = applyEvent(opp, {
      touch: sent('t1', '2026-12-03T14:00:00-06:00', 'thank-you', { interviewId: null }),
    });
    expect(result.touch?.interviewId).toBe('i1');
  });

  it('stays without an interview when none has ended, and keeps one named', () => {
    const upcoming = opportunity('granite', { interviews: [interview('i1', '2026-12-04T10:00:00-06:00')] });
    const note = sent('t1', '2026-12-03T14:00:00-06:00', 'thank-you', { interviewId: null });
    expect(applyEvent(upcoming, { touch: note }).touch?.interviewId).toBeNull();
    expect(applyEvent(upcoming, { touch: { ...note, interviewId: 'i1' } }).touch?.interviewId).toBe('i1');
  });

  it('agrees with the engine on the latest ended interview, whatever the interviews', () => {
    const NOW = I('2026-12-10T12:00:00Z');
    const spec = fc.record({
      day: fc.integer({ min: 1, max: 12 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minutes: fc.integer({ min: 1, max: 480 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 8 }), (specs) => {
        const interviews = specs.map((s, n) =>
          interview(
            `i${n + 1}`,
            `2026-12-${String(s.day).padStart(2, '0')}T${String(s.hour).padStart(2, '0')}:00:00Z`,
            {
              durationMinutes: s.minutes,
            },
          ),
        );
        const opp: Opportunity = opportunity('granite', { interviews });
        const engine = deriveState(opp, {
          facts: { profile: {} as never, opportunities: [opp] },
          settings: {} as never,
          clock: new ZoneClock('UTC'),
          holidays: new Set(),
          nowMs: NOW.epochMilliseconds,
          today: 0,
        }).latestEnded;
        expect(latestEndedInterview(interviews, NOW)?.id ?? null).toBe(engine?.id ?? null);
      }),
    );
  });
});

describe('what a touch settles', () => {
  it('makes an offer heard a received offer, its answer date the deadline', () => {
    const result = applyEvent(opportunity('granite'), {
      touch: heard('t1', '2026-12-03T09:00:00-06:00', 'offer', { decisionBy: '2026-12-10' }),
    });
    expect(words(result)).toEqual(['offer received']);
    expect(result.opportunity.offers.map((o) => [o.id, o.status, o.deadline?.toString(), o.at.toString()])).toEqual([
      ['o1', 'received', '2026-12-10', '2026-12-03T15:00:00Z'],
    ]);
  });

  it('receives the offer that was expected, keeping its deadline when the message gives none', () => {
    const opp = opportunity('granite', {
      offers: [offer('o1', '2026-11-30T09:00:00-06:00', 'expected', { deadline: '2026-12-11' })],
    });
    const result = applyEvent(opp, { touch: heard('t1', '2026-12-03T09:00:00-06:00', 'offer') });
    expect(result.changes.at(-1)).toMatchObject({ type: 'offer', offer: { id: 'o1', status: 'received' } });
    expect(result.opportunity.offers[0]?.deadline?.toString()).toBe('2026-12-11');
  });

  it('closes an open opportunity on a rejection, and leaves a closed one as it was', () => {
    const rejection = heard('t1', '2026-12-03T09:00:00-06:00', 'rejection');
    const open = applyEvent(opportunity('granite'), { touch: rejection });
    expect(words(open)).toEqual(['closed as rejected']);
    expect(open.opportunity.status).toBe('rejected');
    expect(open.opportunity.closedAt?.toString()).toBe('2026-12-03T15:00:00Z');
    const closed = applyEvent(opportunity('granite', { status: 'withdrawn' }), { touch: rejection });
    expect(closed.effects).toEqual([]);
    expect(closed.changes.map((c) => c.type)).toEqual(['touch']);
  });

  it("closes an open opportunity as withdrawn on the seeker's own withdrawal", () => {
    const result = applyEvent(opportunity('granite'), { touch: sent('t1', '2026-12-03T09:00:00-06:00', 'withdraw') });
    expect(words(result)).toEqual(['closed as withdrawn']);
    expect(result.changes.at(-1)).toEqual({ type: 'closed', status: 'withdrawn', at: I('2026-12-03T15:00:00Z') });
  });

  it('records any other touch and changes nothing else', () => {
    for (const touch of [
      heard('t1', '2026-12-03T09:00:00-06:00', 'timeline', { decisionBy: '2026-12-10' }),
      heard('t1', '2026-12-03T09:00:00-06:00', 'auto-reply'),
      sent('t1', '2026-12-03T09:00:00-06:00', 'status-check'),
    ]) {
      const result = applyEvent(opportunity('granite'), { touch });
      expect(result.changes).toEqual([{ type: 'touch', touch }]);
      expect(result.effects).toEqual([]);
    }
  });
});
