import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_ITEM_KINDS, type Contact, DRAFTED_ITEM_KINDS, type Interview, ITEM_KINDS } from '../model.js';
import { checkTone, countWords } from '../tone/index.js';
import type { DraftContext } from './draft.types.js';
import { draftContext, opportunity, SAM } from './draft-context.fixture.js';
import { toneFactsFor, wordItem } from './index.js';

/** Names and companies that carry no tone problem of their own (a company called "Beg" would). */
const clean = (s: string) => checkTone(s).length === 0;
const name = fc.stringMatching(/^[A-Z][a-z]{1,9}$/).filter(clean);
const company = fc
  .tuple(fc.stringMatching(/^[A-Z][A-Za-z0-9]{1,11}$/), fc.constantFrom('', ' Labs', ' Health', ', Inc.', ' & Co'))
  .map(([a, b]) => a + b)
  .filter(clean);
const role = fc.option(
  fc.constantFrom('Product Designer', 'Backend Engineer', 'Data Analyst', 'Nurse Manager', 'Teacher', 'C++ Developer'),
);
const notes = fc.constantFrom(
  '',
  'went well',
  'Discussed the billing rewrite. Long day.',
  'Topic: onboarding for new nurses',
  'We talked about the spring product launch; nice team',
  'covered',
);
const zone = fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Auckland', 'UTC');

const context = fc
  .record({
    kind: fc.constantFrom(...ITEM_KINDS),
    first: name,
    last: name,
    hasContact: fc.boolean(),
    hasEmail: fc.boolean(),
    company,
    role,
    notes,
    zone,
    seeker: fc.option(name),
    interviewMinute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    daysAfter: fc.integer({ min: 0, max: 40 }),
    others: fc.integer({ min: 0, max: 4 }),
    offer: fc.option(fc.record({ received: fc.boolean(), hasDeadline: fc.boolean(), company })),
    promised: fc.boolean(),
  })
  .map((r): DraftContext => {
    const contact: Contact | null = r.hasContact
      ? { id: 'c1', name: `${r.first} ${r.last}`, email: r.hasEmail ? 'x@example.org' : null, title: null }
      : null;
    const at = Temporal.Instant.from('2026-10-01T00:00:00Z').add({ minutes: r.interviewMinute });
    const interview: Interview = {
      id: 'i1',
      at,
      durationMinutes: 60,
      round: null,
      interviewers: contact ? [contact.id] : [],
      timelineAsked: false,
      decisionBy: null,
      notes: r.notes,
    };
    const today = at.toZonedDateTimeISO(r.zone).toPlainDate().add({ days: r.daysAfter });
    return draftContext(r.kind, {
      profile: { ...SAM, name: r.seeker, timezone: r.zone },
      opportunity: r.kind === 'keep-searching' ? null : opportunity({ company: r.company, role: r.role }),
      contact,
      interview,
      today,
      otherOpenOpportunities: r.others,
      competingOffer:
        r.kind === 'offer-nudge' && r.offer
          ? {
              company: r.offer.company,
              role: null,
              received: r.offer.received,
              deadline: r.offer.hasDeadline ? today.add({ days: 5 }) : null,
            }
          : null,
      promisedDate: r.promised ? today.subtract({ days: 2 }) : null,
    });
  });

describe('drafts for random facts', () => {
  it('are non-empty, name the company, stay brief, and pass our own tone check', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const w = wordItem(ctx);
        expect(w.title.trim()).not.toBe('');
        expect(w.why.trim()).not.toBe('');
        for (const text of [w.title, w.why, w.guidance ?? '', w.draft?.subject ?? '', w.draft?.body ?? '']) {
          expect(text).not.toMatch(/undefined|\bnull\b|NaN|\{\{/);
        }
        if (!DRAFTED_ITEM_KINDS.has(ctx.kind)) {
          expect(w.draft).toBeNull();
          expect(w.guidance?.trim()).not.toBe('');
          return;
        }
        const draft = w.draft!;
        const companyName = ctx.opportunity!.company;
        expect(draft.body).toContain(companyName);
        expect(draft.subject).toContain(companyName);
        expect(draft.to).toBe(ctx.contact?.email ?? null);
        expect(checkTone(draft.body, toneFactsFor(ctx))).toEqual([]);
        if (CHECK_IN_ITEM_KINDS.has(ctx.kind)) expect(countWords(draft.body)).toBeLessThan(150);
        if (ctx.kind === 'explicit-check' && ctx.otherOpenOpportunities === 0) {
          expect(draft.body).not.toMatch(/other compan/i);
        }
      }),
      { numRuns: 400 },
    );
  });
});
