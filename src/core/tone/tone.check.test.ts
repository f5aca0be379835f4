import { describe, expect, it } from 'vitest';
import { checkTone, countWords } from './index.js';
import type { ToneFacts, ToneRule } from './tone.types.js';

const ACME: ToneFacts = { company: 'Acme', role: 'Product Designer', otherOpenOpportunities: 0, hasOtherOffer: false };

function rules(text: string, facts?: ToneFacts): ToneRule[] {
  return checkTone(text, facts).map((f) => f.rule);
}

/** [rule, flagged text (with the flagged span), clean near-miss]; all checked with ACME facts. */
const PHRASES: readonly [ToneRule, string, string, string][] = [
  ['pleading', 'At Acme I would take any job you have.', 'any job', 'Acme has many jobs I like.'],
  [
    'pleading',
    'Acme is my only option right now.',
    'my only option',
    'Acme is the only company I applied to this week.',
  ],
  ['pleading', 'I really need this role at Acme.', 'I really need', 'I really enjoyed meeting the Acme team.'],
  ['pleading', 'I am desperate to join Acme.', 'desperate', 'I am determined to do good work at Acme.'],
  ['pleading', 'I am begging you to consider me at Acme.', 'begging', 'I am beginning to plan my move to Acme.'],
  ['pleading', "I'll do anything to work at Acme.", "I'll do anything", "I'll do my best work at Acme."],
  ['over-apology', 'Sorry to bother you again about Acme.', 'Sorry to bother you', 'Not sorry to have met Acme.'],
  [
    'over-apology',
    'Apologies for the intrusion, Acme team.',
    'Apologies for the intrusion',
    'Acme team, no intrusion meant.',
  ],
  [
    'over-apology',
    'I apologize for following up about Acme.',
    'I apologize for following up',
    'I am following up about Acme.',
  ],
  [
    'pressure',
    'I expect an answer from Acme by Friday.',
    'I expect an answer',
    'When do you expect an answer at Acme?',
  ],
  [
    'pressure',
    'You need to respond about the Acme role.',
    'You need to respond',
    'You need not rush on the Acme role.',
  ],
  [
    'pressure',
    'Tell me by end of day or I walk from Acme.',
    'by end of day or',
    'I will send it to Acme by end of day.',
  ],
  [
    'pressure',
    'Answer by Friday, or I sign with Beta, Acme.',
    'by Friday, or',
    'I will be in touch with Acme by Friday.',
  ],
  [
    'pressure',
    'I need an answer today about Acme.',
    'I need an answer today',
    'I can answer any question about Acme today.',
  ],
];

describe('phrase rules', () => {
  for (const [rule, text, span, nearMiss] of PHRASES) {
    it(`flags "${span}" as ${rule}, with its offsets`, () => {
      const flags = checkTone(text, ACME).filter((f) => f.rule === rule);
      expect(flags).toHaveLength(1);
      const flag = flags[0]!;
      expect(flag.text).toBe(span);
      expect(text.slice(flag.start!, flag.end!)).toBe(span);
      expect(flag.start).toBe(text.indexOf(span));
      expect(flag.suggestion.length).toBeGreaterThan(20);
    });
    it(`does not flag the near miss "${nearMiss}"`, () => {
      expect(checkTone(nearMiss, ACME)).toEqual([]);
    });
  }

  it('is case-insensitive and reads curly apostrophes and line breaks', () => {
    expect(rules('ANY JOB at Acme', ACME)).toEqual(['pleading']);
    expect(rules('I\u2019ll do anything for Acme', ACME)).toEqual(['pleading']);
    expect(rules('Sorry to\nbother you, Acme', ACME)).toEqual(['over-apology']);
  });

  it('keeps the original text in the flag when apostrophes are curly', () => {
    const text = 'Acme: I\u2019ll take anything.';
    const [flag] = checkTone(text, ACME);
    expect(flag?.text).toBe('I\u2019ll take anything');
  });

  it('runs without facts (no generic, no claim checks)', () => {
    expect(rules('I really need this. Another offer is coming.')).toEqual(['pleading']);
    expect(rules('Thank you for your time.')).toEqual([]);
  });
});

describe('exclamations', () => {
  it('flags a repeated "!!" with its span', () => {
    const text = 'Thanks so much, Acme!!';
    const flags = checkTone(text, ACME);
    expect(flags).toEqual([expect.objectContaining({ rule: 'exclamations', start: 20, end: 22, text: '!!' })]);
  });

  it('flags more than two exclamation marks in the text as a whole', () => {
    const flags = checkTone('Great to meet you! Acme is great! See you soon!', ACME);
    expect(flags).toEqual([
      expect.objectContaining({ rule: 'exclamations', start: null, end: null, text: '3 exclamation marks' }),
    ]);
  });

  it('allows up to two single exclamation marks', () => {
    expect(checkTone('Great to meet you! Acme is great!', ACME)).toEqual([]);
  });
});

describe('generic', () => {
  it('flags a text that names neither the company nor the role', () => {
    const flags = checkTone('Thank you for your time yesterday. I enjoyed it.', ACME);
    expect(flags).toEqual([expect.objectContaining({ rule: 'generic', start: null, end: null })]);
    expect(flags[0]?.suggestion).toContain('the Product Designer role at Acme');
  });

  it('passes when the role is named without the company', () => {
    expect(checkTone('Thank you for talking about the product designer opening.', ACME)).toEqual([]);
  });

  it('passes when the company is named without its legal suffix', () => {
    expect(checkTone('Thank you, Acme team.', { company: 'Acme, Inc.' })).toEqual([]);
  });

  it('does not match the company inside another word', () => {
    expect(rules('Thank you; your work is at the acmeist level.', { company: 'Acme' })).toEqual(['generic']);
  });

  it('matches names that end in a symbol', () => {
    expect(checkTone('I would enjoy the C++ work.', { company: 'C++' })).toEqual([]);
  });

  it('runs only when the facts give a company or a role', () => {
    expect(checkTone('Thank you for your time.', {})).toEqual([]);
  });
});

describe('too-long', () => {
  const long = `Acme ${'word '.repeat(150)}`.trim();

  it('flags a check-in over 150 words', () => {
    expect(countWords(long)).toBe(151);
    expect(checkTone(long, { ...ACME, isCheckIn: true })).toEqual([
      expect.objectContaining({ rule: 'too-long', start: null, text: '151 words' }),
    ]);
  });

  it('allows exactly 150 words, and long texts that are not check-ins', () => {
    const exact = `Acme ${'word '.repeat(149)}`.trim();
    expect(checkTone(exact, { ...ACME, isCheckIn: true })).toEqual([]);
    expect(checkTone(long, ACME)).toEqual([]);
  });
});

describe('unbacked-claim', () => {
  it('flags "another offer" when the facts show none', () => {
    const text = 'I have another offer, but Acme is my first choice.';
    expect(checkTone(text, ACME)).toEqual([
      expect.objectContaining({ rule: 'unbacked-claim', start: 7, end: 20, text: 'another offer' }),
    ]);
  });

  it('lets "another offer" pass when the seeker has one', () => {
    expect(checkTone('I have another offer, but Acme is my first choice.', { ...ACME, hasOtherOffer: true })).toEqual(
      [],
    );
  });

  it('flags talking with other companies with no other open opportunity', () => {
    const text = 'I am talking with other companies, so Acme timing matters.';
    expect(checkTone(text, ACME)).toEqual([
      expect.objectContaining({ rule: 'unbacked-claim', text: 'talking with other companies' }),
    ]);
  });

  it('lets other interviews pass when another opportunity is open', () => {
    const text = 'I have other interviews, so Acme timing matters.';
    expect(rules(text, ACME)).toEqual(['unbacked-claim']);
    expect(checkTone(text, { ...ACME, otherOpenOpportunities: 1 })).toEqual([]);
  });

  it('does not flag the near miss "other questions"', () => {
    expect(checkTone('I have other questions about Acme.', ACME)).toEqual([]);
  });

  it('is only checked when facts are given', () => {
    expect(checkTone('I have other interviews and another offer.')).toEqual([]);
  });
});

describe('ordering', () => {
  it('sorts flags by start, whole-text flags last, deterministically', () => {
    const text = 'Sorry to bother you!! I really need any job. I expect an answer.';
    const first = checkTone(text, { company: 'Acme', isCheckIn: true });
    expect(first.map((f) => [f.rule, f.start])).toEqual([
      ['over-apology', 0],
      ['exclamations', 19],
      ['pleading', 22],
      ['pleading', 36],
      ['pressure', 45],
      ['generic', null],
    ]);
    expect(checkTone(text, { company: 'Acme', isCheckIn: true })).toEqual(first);
  });

  it('gives a clean text no flags', () => {
    expect(checkTone('Thank you for the conversation about the Product Designer role at Acme.', ACME)).toEqual([]);
  });
});

describe('unbacked-claim needs facts about other opportunities', () => {
  it('is not checked with only a company or isCheckIn', () => {
    expect(checkTone('Acme: I have other interviews.', { company: 'Acme', isCheckIn: true })).toEqual([]);
  });

  it('counts a missing field as none once one is given', () => {
    expect(rules('Acme: I have another offer.', { company: 'Acme', otherOpenOpportunities: 2 })).toEqual([
      'unbacked-claim',
    ]);
  });
});
