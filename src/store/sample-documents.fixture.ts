/**
 * Documents for the store tests: one small document that uses every field
 * of `afterview/1` (and one sparse opportunity that leaves every optional
 * field out), and a generator of large documents for the timing checks.
 * Deterministic: no clock, no randomness.
 */
import type { DataFile, OpportunityRecord, TouchRecord } from '../records/data-file.schema.js';

/** A document that exercises every field, both touch directions and both snooze levels. */
export function richDocument(): DataFile {
  return {
    format: 'afterview/1',
    profile: {
      name: 'Sam Lee',
      email: 'sam@example.com',
      timezone: 'America/New_York',
      country: 'US',
      signature: 'Sam Lee\n555-0100',
      settings: { checkInGapDays: 5, thankYouHours: 12 },
      snoozed: [{ item: 'keep-searching:2026-11-30', until: '2026-12-03' }],
      dismissed: ['keep-searching:2026-11-23'],
    },
    opportunities: [
      {
        id: 'acme',
        company: 'Acme',
        role: 'Backend Engineer',
        interest: 5,
        createdAt: '2026-11-02T15:00:00Z',
        status: 'open',
        closedAt: null,
        url: 'https://acme.example/jobs/1',
        notes: 'referred by Kim',
        contacts: [
          { id: 'jane', name: 'Jane Doe', email: 'jane@acme.example', title: 'Hiring manager' },
          { id: 'raj', name: 'Raj Patel' },
        ],
        interviews: [
          {
            id: 'i1',
            at: '2026-11-20T14:00:00-05:00',
            durationMinutes: 45,
            round: 'Onsite',
            interviewers: ['raj', 'jane'],
            timelineAsked: true,
            decisionBy: '2026-12-04',
            notes: 'talked about the billing migration',
          },
          { id: 'i0', at: '2026-11-10T10:00:00-05:00' },
        ],
        touches: [
          {
            id: 't1',
            at: '2026-11-20T18:00:00-05:00',
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'jane',
            subject: 'Thank you',
            body: 'Thanks for the time today.',
          },
          {
            id: 't2',
            at: '2026-11-24T09:12:00-05:00',
            direction: 'in',
            channel: 'email',
            kind: 'timeline',
            decisionBy: '2026-12-11',
            contactId: 'jane',
            messageId: '<abc@acme.example>',
          },
          { id: 't0', at: '2026-11-21T08:00:00+01:00', direction: 'out', purpose: 'other', channel: 'phone' },
        ],
        offers: [
          { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00', deadline: '2026-12-09', decidedAt: null },
        ],
        snoozed: [{ item: 'status-check:acme:2026-12-07', until: '2026-12-09' }],
        dismissed: ['thank-you:acme:i1:jane', 'ask-timeline:acme:i1'],
      },
      {
        id: 'globex',
        company: 'Globex',
        createdAt: '2026-11-01T09:00:00-08:00',
        status: 'rejected',
        closedAt: '2026-11-22T12:00:00Z',
      },
      { id: 'bare', company: 'Bare Co', createdAt: '2026-10-30T00:00:00Z' },
    ],
  };
}

/**
 * A document of `count` opportunities with `interviewsEach` interviews and
 * `touchesEach` touches each (2,000 x 3 x 10 is the timing benchmark).
 */
export function largeDocument(count: number, interviewsEach = 3, touchesEach = 10): DataFile {
  const opportunities: OpportunityRecord[] = [];
  const base = Date.UTC(2026, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  for (let n = 0; n < count; n++) {
    const id = `opp-${String(n).padStart(5, '0')}`;
    const created = base + n * 3_600_000;
    const touches: TouchRecord[] = [];
    for (let t = 0; t < touchesEach; t++) {
      const at = iso(created + (t + 1) * 86_400_000);
      touches.push(
        t % 3 === 2
          ? {
              id: `t${t}`,
              at,
              direction: 'in',
              kind: 'reply',
              contactId: 'c0',
              decisionBy: null,
              messageId: `<${id}.${t}@x>`,
            }
          : {
              id: `t${t}`,
              at,
              direction: 'out',
              purpose: 'status-check',
              contactId: 'c0',
              subject: `Re: ${id}`,
              body: 'Hello',
            },
      );
    }
    opportunities.push({
      id,
      company: `Company ${n}`,
      role: n % 2 ? 'Engineer' : null,
      interest: (n % 5) + 1,
      createdAt: iso(created),
      contacts: [
        { id: 'c0', name: `Person ${n}`, email: `p${n}@example.com` },
        { id: 'c1', name: `Other ${n}` },
      ],
      interviews: Array.from({ length: interviewsEach }, (_, i) => ({
        id: `i${i}`,
        at: iso(created + i * 86_400_000),
        interviewers: ['c0', 'c1'],
        round: `Round ${i + 1}`,
      })),
      touches,
      offers: n % 10 === 0 ? [{ id: 'o1', status: 'received', at: iso(created + 20 * 86_400_000) }] : [],
      snoozed: n % 7 === 0 ? [{ item: `status-check:${id}:x`, until: '2026-12-01' }] : [],
      dismissed: n % 5 === 0 ? [`thank-you:${id}:i0:c0`] : [],
    });
  }
  return { format: 'afterview/1', profile: { name: 'Big', timezone: 'Europe/Berlin' }, opportunities };
}
