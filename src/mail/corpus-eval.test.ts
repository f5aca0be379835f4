import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from './corpus-eval.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/mail');

describe.runIf(existsSync(join(CORPUS, 'labels.json')))('the labelled mail sample', () => {
  it('meets the INGEST quality bar (kind/purpose >= 95%, decisionBy >= 90%, matches >= 95%)', async () => {
    const report = await evaluateCorpus(CORPUS);
    const misses = report.rows
      .filter((r) => !(r.ok.category && r.ok.direction && r.ok.decisionBy && r.ok.match))
      .map((r) => `${r.label.file}: ${r.direction}/${r.category} by=${r.decisionBy} opp=${r.opportunityId}`);
    expect(report.categoryAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.decisionByExact, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.matchAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.rows.every((r) => r.error == null && r.ok.messageId)).toBe(true);
  });
});
