/**
 * Invariants of the playbook over generated pipelines (fast-check picks the
 * seed, the size, the zone and "now"): deterministic output, the weekly gap,
 * holds, window order, stable ids, closed opportunities left alone.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { toFacts } from '../../src/app/facts.mapper.js';
import { CHECK_IN_ITEM_KINDS, type Facts } from '../../src/core/model.js';
import { deriveState } from '../../src/core/playbook/derived.js';
import { evaluate } from '../../src/core/playbook/evaluate.js';
import { holidayDays, toEpochDay, ZoneClock } from '../../src/core/time.js';
import { generatePipeline } from '../factories/pipeline.js';

/** US Thanksgiving and Christmas 2026. */
const HOLIDAYS = new Set(['2026-11-26', '2026-12-25']);

const input = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  size: fc.integer({ min: 1, max: 25 }),
  zone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'UTC'),
  dayOffset: fc.integer({ min: 0, max: 60 }),
});

function build({ seed, size, zone, dayOffset }: { seed: number; size: number; zone: string; dayOffset: number }) {
  const now = Temporal.Instant.from('2026-10-15T13:30:00Z').add({ hours: dayOffset * 24 + (seed % 24) });
  const doc = generatePipeline({ opportunities: size, seed, now: now.toString(), timezone: zone });
  const facts = toFacts(doc.profile ?? {}, doc.opportunities ?? [], 'UTC');
  return { facts, now };
}

const agendaOf = (facts: Facts, now: Temporal.Instant) =>
  evaluate(facts, { now, holidays: HOLIDAYS, includeUpcoming: true });

const RUNS = { numRuns: 60 };

describe('playbook properties', () => {
  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = build(i);
        const b = build(i);
        expect(JSON.stringify(agendaOf(a.facts, a.now))).toBe(JSON.stringify(agendaOf(b.facts, b.now)));
      }),
      RUNS,
    );
  });

  it('opens no check-in item within checkInGapDays of the last check-in, and none for an opportunity on hold', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { facts, now } = build(i);
        const agenda = agendaOf(facts, now);
        const clock = new ZoneClock(facts.profile.timezone);
        const ctx = {
          facts,
          settings: facts.profile.settings,
          clock,
          holidays: holidayDays(HOLIDAYS),
          nowMs: now.epochMilliseconds,
          today: clock.localDay(now.epochMilliseconds),
        };
        const held = new Set(agenda.holds.map((h) => h.opportunityId));
        for (const item of agenda.items) {
          if (!CHECK_IN_ITEM_KINDS.has(item.kind)) continue;
          expect(held.has(item.opportunityId!)).toBe(false);
          const opp = facts.opportunities.find((o) => o.id === item.opportunityId)!;
          const state = deriveState(opp, ctx);
          if (state.lastCheckIn !== null) {
            const opens = toEpochDay(item.opensAt.toPlainDate());
            expect(opens).toBeGreaterThanOrEqual(state.lastCheckInDay + facts.profile.settings.checkInGapDays);
          }
        }
      }),
      RUNS,
    );
  });

  it('never has a window that closes before it opens', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { facts, now } = build(i);
        for (const item of agendaOf(facts, now).items) {
          expect(Temporal.ZonedDateTime.compare(item.opensAt, item.dueAt)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('keeps item ids when an unrelated opportunity is added', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { facts, now } = build(i);
        const before = agendaOf(facts, now).items.filter(
          (x) => x.kind !== 'keep-searching' && x.kind !== 'offer-nudge',
        );
        const extra = {
          ...facts.opportunities[0]!,
          id: 'unrelated-new',
          interest: 1,
          offers: [],
          status: 'rejected' as const,
        };
        const after = new Set(
          agendaOf({ ...facts, opportunities: [...facts.opportunities, extra] }, now).items.map((x) => x.id),
        );
        for (const item of before) expect(after.has(item.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives closed opportunities nothing but reconsider', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { facts, now } = build(i);
        const closed = new Set(facts.opportunities.filter((o) => o.status !== 'open').map((o) => o.id));
        for (const item of agendaOf(facts, now).items) {
          if (item.opportunityId !== null && closed.has(item.opportunityId)) expect(item.kind).toBe('reconsider');
        }
      }),
      RUNS,
    );
  });
});
