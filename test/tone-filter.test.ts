/**
 * The tone check's literal filter changes nothing: for every text of the
 * blind sets and every string in the tone tests, `checkTone` gives exactly
 * the flags of the unfiltered reference (every rule's full pattern run on
 * every text), and no rule that matches a text is filtered out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTone, checkToneUnfiltered } from '../src/core/tone/tone.check.js';
import { literalFilter } from '../src/core/tone/tone.prefilter.js';
import { PHRASE_RULES } from '../src/core/tone/tone.rules.js';
import type { ToneFacts } from '../src/core/tone/tone.types.js';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Every string literal in a test source: the texts it checks, and more. */
function stringsIn(source: string): string[] {
  const found = source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/gu);
  return [...found].map((m) => m[1] ?? m[2] ?? m[3] ?? '').map((s) => s.replace(/\\(.)/gu, '$1'));
}

const blind = [
  'test/fixtures/tone-blind/texts.json',
  'test/fixtures/tone-blind2/texts.json',
  'test/fixtures/tone-blind3/texts.json',
  'test/fixtures/tone-blind4/texts.json',
  'test/fixtures/tone-families/texts.json',
].flatMap((path) => JSON.parse(read(path)) as { company: string; role: string | null; text: string }[]);
const fromTests = ['tone.variants.test.ts', 'tone.check.test.ts'].flatMap((file) =>
  stringsIn(read(`src/core/tone/${file}`)),
);

const FACT_SETS: (ToneFacts | undefined)[] = [
  undefined,
  {
    company: 'Acme Robotics',
    role: 'Senior Product Designer',
    otherOpenOpportunities: 0,
    hasOtherOffer: false,
    isCheckIn: true,
  },
];

describe('the literal filter of the tone check', () => {
  it('reads enough texts to mean something', () => {
    expect(blind.length).toBeGreaterThan(100);
    expect(fromTests.length).toBeGreaterThan(500);
  });

  it('gives the flags of the unfiltered check for every blind-set text', () => {
    for (const item of blind) {
      const facts: ToneFacts = {
        company: item.company,
        role: item.role,
        otherOpenOpportunities: 0,
        hasOtherOffer: false,
        isCheckIn: true,
      };
      expect(checkTone(item.text, facts), item.text).toEqual(checkToneUnfiltered(item.text, facts));
    }
  });

  it('gives the flags of the unfiltered check for every string in the tone tests', () => {
    for (const text of fromTests) {
      for (const facts of FACT_SETS) expect(checkTone(text, facts), text).toEqual(checkToneUnfiltered(text, facts));
    }
  });

  it('never filters out a rule whose pattern matches the text', () => {
    const texts = [...blind.map((b) => b.text), ...fromTests].map((t) => t.replace(/[\u2018\u2019\u02BC]/gu, "'"));
    for (const rule of PHRASE_RULES) {
      const flags = rule.caseSensitive ? 'u' : 'iu';
      const full = new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.pattern})(?![\\p{L}\\p{N}])`, flags);
      const mayMatch = literalFilter(rule.pattern, flags);
      for (const text of texts)
        if (full.test(text)) expect(mayMatch(text), `${rule.pattern.slice(0, 60)} / ${text}`).toBe(true);
    }
  });
});
