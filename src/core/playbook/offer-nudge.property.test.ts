/**
 * Properties of rule 10 (offer-nudge) over random searches: however many
 * offers are pending, an opportunity gets at most one nudge, only from a
 * lower-ranked pending offer, and only the top-interest opportunities are
 * ever called the seeker's first choice. Dates: November 2026, New York.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { facts, interview, offer, opportunity } from '../../../test/factories/facts.js';
import { evaluate } from './evaluate.js';

const NOW = Temporal.Instant.from('2026-11-30T12:00:00-05:00');

const opp = fc.record({
  interest: fc.integer({ min: 1, max: 5 }),
  interviewed: fc.boolean(),
  offerDay: fc.option(fc.integer({ min: 2, max: 29 }), { nil: null }),
  deadlineDay: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  received: fc.boolean(),
});

describe('offer-nudge properties', () => {
  it('gives each opportunity at most one nudge, from a lower-ranked offer, and "first choice" only at the top', () => {
    fc.assert(
      fc.property(fc.array(opp, { minLength: 2, maxLength: 12 }), (specs) => {
        const opportunities = specs.map((s, n) => {
          const day = String(s.offerDay ?? 1).padStart(2, '0');
          return opportunity(`o${n}`, {
            interest: s.interest,
            interviews: s.interviewed ? [interview(`i${n}`, '2026-11-02T14:00:00-05:00')] : [],
            offers:
              s.offerDay === null
                ? []
                : [
                    offer(
                      `f${n}`,
                      `2026-11-${day}T10:00:00-05:00`,
                      s.received ? 'received' : 'expected',
                      s.deadlineDay === null ? {} : { deadline: `2026-12-${String(s.deadlineDay).padStart(2, '0')}` },
                    ),
                  ],
          });
        });
        const agenda = evaluate(facts(opportunities), { now: NOW, holidays: new Set(), includeUpcoming: true });
        const nudges = agenda.items.filter((i) => i.kind === 'offer-nudge');
        const top = Math.max(...specs.map((s) => s.interest));
        const seen = new Set<string>();
        for (const item of nudges) {
          expect(seen.has(item.opportunityId!)).toBe(false);
          seen.add(item.opportunityId!);
          const a = specs[Number(item.opportunityId!.slice(1))]!;
          const [, , bId] = item.id.split(':');
          const b = specs[Number(bId!.slice(1))]!;
          expect(b.interest).toBeLessThan(a.interest);
          expect(a.offerDay).toBeNull();
          expect(/first choice/i.test(item.draft!.body)).toBe(a.interest === top);
        }
      }),
      { numRuns: 300 },
    );
  });
});
