import { describe, expect, it } from 'vitest';
import { MAIL_SETS } from '../../test/mail-sets.js';
import { holidaysFor } from '../app/holidays.js';
import { evaluateCorpus } from './corpus-eval.js';

/*
 * The labelled sets in test/fixtures, each written for this project without
 * looking at the reader (another company's mail, persona and time zone), and
 * scored blind first; their misses were fixed with general patterns, so they
 * are regression sets now:
 * - mail-heldout: the first such set.
 * - mail-validation: written the same way later; 90/93/100 blind.
 * - mail-blind3: 90.5/100/100 blind, the kinds fixed after.
 * - mail-blind4: 86/92/100 blind (rejections worded to slip past keyword lists), fixed after.
 * - mail-blind5: 90/80/100 blind at the end of stop 7, fixed after.
 * - mail-blind7 (issue 15): 78.7/66.7/100 blind; the closed-role, revised-offer and
 *   part-of-a-month families fixed after.
 * - mail-blind10 (issue 15): 83.8/86.2/100 blind (89.7 dates before the fifth widening);
 *   fixed by family at stop 10, one UNCERTAIN label made consistent (see its README).
 * - mail-families (issue 15): written with the reader in view, one group per family
 *   of earlier misses with negatives; 73.6/64.0/96.2 before the families were widened.
 */
describe.each(MAIL_SETS)('the labelled set test/fixtures/$name', ({ dir, total }) => {
  it('meets the INGEST quality bar (kind/purpose >= 95%, decisionBy >= 90%, matches >= 95%)', async () => {
    const report = await evaluateCorpus(dir, { holidays: (country) => holidaysFor(country, 2026, null) });
    const misses = report.rows
      .filter((r) => !(r.ok.category && r.ok.direction && r.ok.decisionBy && r.ok.match))
      .map((r) => `${r.label.file}: ${r.direction}/${r.category} by=${r.decisionBy} opp=${r.opportunityId}`);
    expect(report.total).toBe(total);
    expect(report.categoryAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.decisionByExact, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.matchAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.rows.every((r) => r.error == null && r.ok.messageId)).toBe(true);
  });
});
