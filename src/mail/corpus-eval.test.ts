import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holidaysFor } from '../app/holidays.js';
import { evaluateCorpus } from './corpus-eval.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/mail');
/**
 * A second set, written for this project without looking at the reader
 * (another company's mail, persona and time zone). Its misses were fixed with
 * general patterns, so it is a regression set now, no longer a blind one.
 */
const HELD_OUT = join(import.meta.dirname, '../../test/fixtures/mail-heldout');
/** Written the same way later; scored 90/93/100 blind before its own misses were fixed. */
const VALIDATION = join(import.meta.dirname, '../../test/fixtures/mail-validation');
/** Then: 90.5/100/100 blind, the kinds fixed after. */
const BLIND3 = join(import.meta.dirname, '../../test/fixtures/mail-blind3');
/** And a last one: 86/92/100 blind (rejections worded to slip past keyword lists), fixed after. */
const BLIND4 = join(import.meta.dirname, '../../test/fixtures/mail-blind4');
/** The last: 90/80/100 blind at the end of stop 7, fixed after. */
const BLIND5 = join(import.meta.dirname, '../../test/fixtures/mail-blind5');
/** The seventh (issue 15): 78.7/66.7/100 blind, the closed-role, revised-offer and part-of-month families fixed after. */
const BLIND7 = join(import.meta.dirname, '../../test/fixtures/mail-blind7');

describe.runIf(existsSync(join(CORPUS, 'labels.json')))('the labelled mail sample', () => {
  it('meets the INGEST quality bar (kind/purpose >= 95%, decisionBy >= 90%, matches >= 95%)', async () => {
    const report = await evaluateCorpus(CORPUS, { holidays: (country) => holidaysFor(country, 2026, null) });
    const misses = report.rows
      .filter((r) => !(r.ok.category && r.ok.direction && r.ok.decisionBy && r.ok.match))
      .map((r) => `${r.label.file}: ${r.direction}/${r.category} by=${r.decisionBy} opp=${r.opportunityId}`);
    expect(report.categoryAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.decisionByExact, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.matchAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.rows.every((r) => r.error == null && r.ok.messageId)).toBe(true);
  });
});

describe.each([
  { name: 'mail-heldout', dir: HELD_OUT, total: 45 },
  { name: 'mail-validation', dir: VALIDATION, total: 40 },
  { name: 'mail-blind3', dir: BLIND3, total: 42 },
  { name: 'mail-blind4', dir: BLIND4, total: 36 },
  { name: 'mail-blind5', dir: BLIND5, total: 30 },
  { name: 'mail-blind7', dir: BLIND7, total: 61 },
])('the labelled set test/fixtures/$name', ({ dir, total }) => {
  it('meets the INGEST quality bar too', async () => {
    const report = await evaluateCorpus(dir, { holidays: (country) => holidaysFor(country, 2026, null) });
    const misses = report.rows
      .filter((r) => !(r.ok.category && r.ok.direction && r.ok.decisionBy && r.ok.match))
      .map((r) => `${r.label.file}: ${r.direction}/${r.category} by=${r.decisionBy} opp=${r.opportunityId}`);
    expect(report.total).toBe(total);
    expect(report.categoryAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.decisionByExact, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.matchAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
