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
    'I expect an answer from Acme by Friday',
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
    'Tell me by end of day',
    'I will send it to Acme by end of day.',
  ],
  [
    'pressure',
    'Answer by Friday, or I sign with Beta, Acme.',
    'Answer by Friday',
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

/**
 * The rules widened by the kind of thing they mean (issue 15 part 6), each
 * with sentences written for these tests: [rule, text]. Each text must get
 * that rule and no other.
 */
const WIDENED: readonly [ToneRule, string][] = [
  // pleading: intensifiers stacked on need, want or hope, capitals, "whatever it takes", hardship
  ['pleading', 'Acme: I so, so want to be part of this team.'],
  ['pleading', 'I really, truly hope you pick me for Acme.'],
  ['pleading', 'I just really, really want this role at Acme.'],
  ['pleading', 'I want it so badly, Acme.'],
  ['pleading', 'I need this opportunity at Acme more than you know.'],
  ['pleading', 'Working at Acme would mean the world to me.'],
  ['pleading', 'I REALLY need this, Acme.'],
  ['pleading', 'Acme, PLEASE consider me.'],
  ['pleading', 'I am SO hoping Acme says yes.'],
  ['pleading', "I'll do whatever it takes to join Acme."],
  ['pleading', 'Please give me a chance at Acme.'],
  ['pleading', "I can't pay my rent this month, so the Acme job matters."],
  ['pleading', "I'd accept any vacancy at Acme."],
  // over-apology: two or more apologies, or apologising for writing at all
  ['over-apology', 'Sorry for the slow reply, and sorry for the typo in my CV, Acme.'],
  ['over-apology', 'Apologies for the delay. I apologise also for the short notice, Acme.'],
  ['over-apology', 'Sorry, I know you are busy. Excuse me for writing, Acme.'],
  ['over-apology', 'Sorry again for the Acme question.'],
  ['over-apology', 'Sorry to chase, Acme team.'],
  ['over-apology', 'Sorry for yet another email about Acme.'],
  ['over-apology', 'I apologise if this message is a nuisance, Acme.'],
  ['over-apology', 'Forgive me for asking again about Acme.'],
  ['over-apology', 'I hate to be a pest, but is there any Acme news?'],
  // pressure: a deadline the seeker sets on the employer, or a rush
  ['pressure', 'I need your decision on Acme by Thursday.'],
  ['pressure', 'I must have a final answer from Acme before the 20th.'],
  ['pressure', 'I need to hear back from Acme by the end of next week.'],
  ['pressure', 'I want a decision from Acme by 5pm.'],
  ['pressure', 'I need a yes or no from Acme.'],
  ['pressure', 'Please reply within 48 hours about Acme.'],
  ['pressure', 'Could you get back to me by tomorrow about Acme?'],
  ['pressure', 'Kindly let me know ASAP, Acme.'],
  ['pressure', 'Let me know today, Acme.'],
  ['pressure', 'Acme: I would appreciate an answer immediately.'],
  ['pressure', 'You need to make a decision, Acme.'],
  // pressure: conditional ultimatums, either way round
  ['pressure', "If you can't decide by Tuesday, I'll take the other job, Acme."],
  ['pressure', "I'll withdraw from the Acme process if I don't hear back this week."],
  ['pressure', "If there's still no word by the 3rd, I will move on from Acme."],
  ['pressure', 'Unless you reply by Monday, I will assume Acme has said no.'],
  ['pressure', 'Write back soon, Acme; otherwise I will look elsewhere.'],
  ['pressure', "If I don't get an answer from Acme soon, I'll walk."],
  // pressure: blame for the silence
  ['pressure', "Why hasn't anyone at Acme got back to me?"],
  ['pressure', 'Why is it taking Acme so long?'],
  ['pressure', "Is there any reason I've not heard from Acme?"],
  ['pressure', 'I have called Acme four times this week.'],
  ['pressure', 'I have sent you several emails about Acme.'],
  ['pressure', 'This is my fourth message to Acme.'],
  ['pressure', 'My emails to Acme have gone unanswered.'],
  ['pressure', 'The delay at Acme is frankly disrespectful.'],
  ['pressure', 'Acme could at least have the courtesy to reply.'],
  // exclamations: "?!" is a run of two marks
  ['exclamations', 'Really?! Acme moved the date.'],
];

/** Warm, ordinary messages near the widened rules, written for these tests: none may be flagged. */
const STILL_CLEAN: readonly string[] = [
  // one intensifier, or intensifiers on thanks rather than need
  'I really want to thank the Acme team.',
  'I really hope the Acme launch goes well.',
  'I really, really enjoyed meeting the Acme team.',
  'I truly, sincerely thank you for the Acme visit.',
  'I am so grateful for the Acme tour.',
  'I really need to thank you for the Acme tour.',
  'The ACME API team was great.',
  'I would be happy to take whatever slot suits the Acme team.',
  // one apology for one's own delay or slip; sympathy; no apology at all
  'Sorry for the slow reply about Acme. Tuesday works.',
  'My apologies for the late reply, Acme team; Thursday at 3 suits me.',
  'Sorry, I meant Thursday, not Tuesday, Acme.',
  'I was sorry to hear the Acme panel moved; I hope all is well.',
  'I am so sorry for your loss; please take the time you need, Acme team.',
  'No need to apologise for the delay, Acme team.',
  // a deadline the seeker was given by someone else, mentioned politely
  'Another company has asked me to reply by Monday; could you share the Acme timeline?',
  "I've been asked to give them an answer by the 14th, so I wanted to ask about Acme's timeline.",
  'I need to give the other firm an answer by Friday; is there anything you can share, Acme?',
  'They need my answer by Monday, so I wanted to check in with Acme.',
  // the employer's own date, the seeker's availability or promises
  'Acme mentioned a decision by Friday; I will look out for it.',
  'The team hopes to decide by Friday, Acme said.',
  "I'm available today or tomorrow for a call with Acme.",
  'I can start immediately at Acme if that helps.',
  "I'll send the Acme portfolio by tomorrow.",
  'I can get back to you by tomorrow with the Acme references.',
  'I will respond to the Acme offer within 24 hours of receiving it.',
  'Answer: yes, I can do the Acme take-home by Monday.',
  'Thanks for getting back to me today, Acme.',
  'Thanks for letting me know today, Acme.',
  // gentle asks, no rush
  'Whenever it suits you, could you let me know how the Acme search is going?',
  'If anything changes, please let me know as soon as you can, Acme.',
  'I do not need an answer right away, Acme; take your time.',
  'Please take all the time you need, Acme.',
  'I need to confirm my notice period, so a rough Acme timeline would help.',
  // a plan, not a threat
  "I'll follow up next week if I haven't heard, Acme team.",
  "If I don't hear from Acme by the 10th, I'll send a short note to check in.",
  'Unless I hear from you first, I will check in again in two weeks, Acme.',
  "I'll assume the Acme interview is on Zoom unless you say otherwise.",
  'If you decide to go another way, I would still love to hear from Acme in future.',
  "If I don't get the Acme role, I'll assume it went to someone more experienced, and I'd welcome feedback.",
  // questions and counts that are not about the silence
  'Why did the Acme team choose Rust? I am curious.',
  "Why don't we pick a time next week, Acme?",
  'Is there a reason the Acme role moved to London? Just curious how the team is split.',
  'I have tried three times to upload the Acme form; could you send a link that works?',
  'The Acme process was clear and well run.',
  'I waited in the Acme lobby for a while, which was a lovely space.',
];

describe('widened rules', () => {
  for (const [rule, text] of WIDENED) {
    it(`flags "${text}" as ${rule} only, with a suggestion of ours`, () => {
      const flags = checkTone(text, ACME);
      expect([...new Set(flags.map((f) => f.rule))]).toEqual([rule]);
      for (const flag of flags) {
        expect(flag.suggestion.length).toBeGreaterThan(20);
        if (flag.start !== null) expect(text.slice(flag.start, flag.end!)).toBe(flag.text);
      }
    });
  }

  for (const text of STILL_CLEAN) {
    it(`leaves "${text}" clean`, () => {
      expect(checkTone(text, ACME)).toEqual([]);
    });
  }

  it('flags every apology of a stack, each with the one-apology suggestion', () => {
    const text = 'Sorry for the slow reply, and apologies for the typo, Acme.';
    const flags = checkTone(text, ACME);
    expect(flags.map((f) => f.text)).toEqual(['Sorry', 'apologies']);
    expect(flags.every((f) => f.rule === 'over-apology' && f.suggestion.startsWith('One apology is plenty'))).toBe(
      true,
    );
  });

  it('flags the whole ultimatum, condition and threat, once', () => {
    const text = 'Acme: if I do not hear back by Monday, I will accept the other job.';
    const flags = checkTone(text, ACME);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      rule: 'pressure',
      text: 'if I do not hear back by Monday, I will accept the other job',
    });
    expect(flags[0]?.suggestion).toContain('Drop the ultimatum');
  });

  it('tells a deadline set on the employer from one the seeker was given', () => {
    expect(rules('I need an answer from Acme by Friday.', ACME)).toEqual(['pressure']);
    expect(rules('Another firm needs my answer by Friday; could you share the Acme timeline?', ACME)).toEqual([]);
  });

  it('reads capitals as emphasis only on words of need', () => {
    expect(rules('I SO need the Acme job.', ACME)).toEqual(['pleading']);
    expect(rules('I so need the Acme job.', ACME)).toEqual(['pleading']);
    expect(rules('I SO enjoyed the Acme visit.', ACME)).toEqual([]);
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

  it('counts single marks the same way in a short note and a long one: more than two is too many', () => {
    expect(rules('Hi! Thanks, Acme! Bye!', ACME)).toEqual(['exclamations']);
    const long = `Hi! ${'Acme was a pleasure to meet. '.repeat(20)}Thanks! Bye!`;
    expect(rules(long, ACME)).toEqual(['exclamations']);
  });

  it('reads "?!" as a run of two marks, and "?" alone as no exclamation', () => {
    expect(checkTone('Acme moved it?!', ACME)).toEqual([
      expect.objectContaining({ rule: 'exclamations', start: 13, end: 15, text: '?!' }),
    ]);
    expect(checkTone('Any news from Acme? Or the team??', ACME)).toEqual([]);
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
