import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_ITEM_KINDS, DRAFTED_ITEM_KINDS, ITEM_KINDS, type ItemKind } from '../model.js';
import { checkTone, countWords } from '../tone/index.js';
import type { DraftContext } from './draft.types.js';
import { draftContext, JANE, ONSITE, opportunity, SAM } from './draft-context.fixture.js';
import { toneFactsFor, wordItem } from './index.js';

const DRAFTED = ITEM_KINDS.filter((k) => DRAFTED_ITEM_KINDS.has(k));

const BETA_RECEIVED: DraftContext['competingOffer'] = {
  company: 'Beta',
  role: 'Designer',
  received: true,
  deadline: Temporal.PlainDate.from('2026-12-04'),
};

/** The context each kind is normally worded with (the facts the engine would give). */
function typical(kind: ItemKind, over: Partial<DraftContext> = {}): DraftContext {
  const extra: Partial<DraftContext> =
    kind === 'offer-nudge'
      ? { competingOffer: BETA_RECEIVED, otherOpenOpportunities: 1 }
      : kind === 'status-check'
        ? { promisedDate: Temporal.PlainDate.from('2026-11-13') }
        : {};
  return draftContext(kind, { ...extra, ...over });
}

function body(kind: ItemKind, over: Partial<DraftContext> = {}): string {
  const draft = wordItem(typical(kind, over)).draft;
  if (!draft) throw new Error(`no draft for ${kind}`);
  return draft.body;
}

describe('wordItem for every kind', () => {
  for (const kind of ITEM_KINDS) {
    it(`gives ${kind} a title, a reason naming the advice, and ${DRAFTED_ITEM_KINDS.has(kind) ? 'a draft' : 'guidance'}`, () => {
      const w = wordItem(typical(kind));
      expect(w.title.length).toBeGreaterThan(5);
      expect(w.title.length).toBeLessThanOrEqual(60);
      expect(w.why).toMatch(/Advice: /);
      if (DRAFTED_ITEM_KINDS.has(kind)) {
        expect(w.guidance).toBeNull();
        expect(w.draft?.subject).toContain('Acme');
        expect(w.draft?.body).toContain('Acme');
        expect(w.draft?.to).toBe('jane@acme.example');
      } else {
        expect(w.draft).toBeNull();
        expect(w.guidance?.length).toBeGreaterThan(40);
      }
    });
  }

  it('is deterministic', () => {
    for (const kind of ITEM_KINDS) expect(wordItem(typical(kind))).toEqual(wordItem(typical(kind)));
  });
});

describe('thank-you', () => {
  it('thanks Jane by first name, names the day in the seeker zone, the role and a topic from the notes', () => {
    const w = wordItem(typical('thank-you'));
    expect(w.title).toBe('Thank Jane for the onsite');
    expect(w.draft?.subject).toBe('Thank you: Product Designer at Acme');
    expect(w.draft?.body).toBe(
      [
        'Hi Jane,',
        '',
        'Thank you for taking the time to talk with me on Tuesday about the Product Designer role at Acme. I especially enjoyed our conversation about the design system migration, and it made me even more keen on the work your team is doing.',
        '',
        'If anything else from me would help, I am happy to send it along.',
        '',
        'Best regards,',
        'Sam Lee',
        '',
      ].join('\n'),
    );
  });

  it('reads the day in the seeker zone, not UTC', () => {
    // 2026-11-18T03:00Z is Tuesday 22:00 in New York but Wednesday in UTC.
    const late = { ...ONSITE, at: Temporal.Instant.from('2026-11-18T03:00:00Z') };
    expect(body('thank-you', { interview: late })).toContain('talk with me on Tuesday');
    expect(body('thank-you', { interview: late, profile: { ...SAM, timezone: 'UTC' } })).toContain(
      'talk with me on Wednesday',
    );
  });

  it('says today, yesterday, or the date once a weekday would be ambiguous', () => {
    expect(body('thank-you', { today: Temporal.PlainDate.from('2026-11-17') })).toContain('talk with me today');
    expect(body('thank-you', { today: Temporal.PlainDate.from('2026-11-18') })).toContain('talk with me yesterday');
    expect(body('thank-you', { today: Temporal.PlainDate.from('2026-11-30') })).toContain('talk with me on Nov 17');
    expect(body('thank-you', { today: Temporal.PlainDate.from('2027-01-05') })).toContain(
      'talk with me on Nov 17, 2026',
    );
  });

  it('greets neutrally without a contact, and has no recipient', () => {
    const w = wordItem(typical('thank-you', { contact: null }));
    expect(w.title).toBe('Thank Acme for the onsite');
    expect(w.draft?.to).toBeNull();
    expect(w.draft?.body.startsWith('Hello,\n')).toBe(true);
  });

  it('has no recipient when the contact has no email', () => {
    expect(wordItem(typical('thank-you', { contact: { ...JANE, email: null } })).draft?.to).toBeNull();
  });

  it('skips an honorific for the first name', () => {
    expect(body('thank-you', { contact: { ...JANE, name: 'Dr. Priya Natarajan' } })).toMatch(/^Hi Priya,/);
  });

  it('greets neutrally when the name is an email address', () => {
    expect(body('thank-you', { contact: { ...JANE, name: 'jane@acme.example' } })).toMatch(/^Hello,/);
  });

  it('leaves the topic out when the notes name none', () => {
    const text = body('thank-you', { interview: { ...ONSITE, notes: 'went well, a bit nervous' } });
    expect(text).not.toContain('nervous');
    expect(text).toContain('The conversation made me even more keen');
  });

  it('signs with the signature when there is one, and just closes without a name', () => {
    const signed = body('thank-you', { profile: { ...SAM, signature: 'Sam Lee\nsamlee.design' } });
    expect(signed.endsWith('Best regards,\nSam Lee\nsamlee.design\n')).toBe(true);
    const anonymous = body('thank-you', { profile: { ...SAM, name: null, signature: null } });
    expect(anonymous.endsWith('Best regards,\n')).toBe(true);
  });

  it('says "the position" when the role is unknown', () => {
    const text = body('thank-you', { opportunity: opportunity({ role: null }) });
    expect(text).toContain('about the position at Acme');
  });
});

describe('status-check', () => {
  it('names the date they gave, in words', () => {
    expect(body('status-check')).toContain('a decision was expected around Friday, Nov 13');
  });

  it('asks for an update without a date after a dateless reply', () => {
    const text = body('status-check', { promisedDate: null });
    expect(text).toContain('since I have not heard more');
    expect(text).toContain('updated timeline');
  });

  it('never speaks of a date they gave when they gave none, in its title or its reason', () => {
    const w = wordItem(typical('status-check', { promisedDate: null }));
    expect(w.title).toBe('Check in with Acme: a week since their reply');
    expect(`${w.title} ${w.why}`).not.toMatch(/date (they|Acme) gave/);
    expect(wordItem(typical('status-check')).title).toBe('Check in with Acme: past the date they gave');
  });
});

describe('explicit-check', () => {
  it('never mentions other companies when the seeker has no other open opportunity', () => {
    const text = body('explicit-check', { otherOpenOpportunities: 0 });
    expect(text).not.toMatch(/\bother\b|elsewhere|interviews/i);
    expect(checkTone(text, { company: 'Acme', otherOpenOpportunities: 0, hasOtherOffer: false })).toEqual([]);
  });

  it('says it is talking with other companies when another opportunity is open', () => {
    expect(body('explicit-check', { otherOpenOpportunities: 2 })).toContain(
      'I am also in conversations with other companies',
    );
  });

  it('asks when they will decide', () => {
    expect(body('explicit-check')).toContain('when a decision is likely?');
  });
});

describe('offer-nudge', () => {
  const expected = { ...BETA_RECEIVED, received: false, deadline: null } as const;

  it('says the offer is expected, not received, when it is expected', () => {
    const text = body('offer-nudge', { competingOffer: expected });
    expect(text).toContain('I am expecting an offer from another company');
    expect(text).not.toMatch(/received|before I respond/);
    expect(wordItem(typical('offer-nudge', { competingOffer: expected })).title).toBe(
      'Tell Acme you expect an offer from Beta',
    );
  });

  it('says the offer was received, with its deadline in words', () => {
    const text = body('offer-nudge');
    expect(text).toContain('I have received an offer from another company');
    expect(text).toContain('by Friday, Dec 4');
    expect(text).toContain('Acme is my first choice');
  });

  it('words expected and received offers differently', () => {
    expect(body('offer-nudge', { competingOffer: expected })).not.toBe(body('offer-nudge'));
  });

  it('claims no offer when the facts give none', () => {
    const text = body('offer-nudge', { competingOffer: null });
    expect(text).not.toMatch(/offer/i);
  });

  it('never calls a company the first choice when another open one ranks higher', () => {
    const text = body('offer-nudge', { firstChoice: false });
    expect(text).not.toMatch(/first choice/i);
    expect(text).toContain('The Product Designer role at Acme is one I very much want');
    const why = wordItem(typical('offer-nudge', { firstChoice: false })).why;
    expect(why).not.toMatch(/first choice/i);
    expect(why).toContain('You rank Acme higher than Beta');
    expect(body('offer-nudge', { firstChoice: false, competingOffer: null })).not.toMatch(/first choice/i);
  });
});

describe('withdraw', () => {
  it('withdraws politely and passes the tone check', () => {
    const ctx = typical('withdraw');
    const text = body('withdraw');
    expect(text).toContain('I would like to withdraw');
    expect(checkTone(text, toneFactsFor(ctx))).toEqual([]);
  });
});

describe('guidance', () => {
  it('prepare-timeline-question gives the question to ask and the interview day', () => {
    const g = wordItem(typical('prepare-timeline-question', { today: Temporal.PlainDate.from('2026-11-16') })).guidance;
    expect(g).toContain('Before the interview with Jane at Acme tomorrow ends');
    expect(g).toContain('when are you hoping to decide?');
  });

  it('keep-searching gives the pipeline numbers and this week', () => {
    const g = wordItem(typical('keep-searching')).guidance;
    expect(g).toContain('You have 2 open opportunities (aim for at least 3) and added 0 in the last 7 days.');
    expect(g).toContain('This week: add 1 new opportunity');
  });

  it('keep-searching with enough open but none new asks for one new opportunity', () => {
    const g = wordItem(
      typical('keep-searching', { pipeline: { open: 1 + 4, addedRecently: 0, minOpen: 3, newOpportunityDays: 7 } }),
    ).guidance;
    expect(g).toContain('This week: add at least one new opportunity');
  });

  it('evaluate-offer names what to weigh and the deadline', () => {
    const opp = opportunity({
      offers: [
        {
          id: 'of-1',
          status: 'received',
          at: Temporal.Instant.from('2026-11-19T15:00:00Z'),
          deadline: Temporal.PlainDate.from('2026-11-27'),
          decidedAt: null,
        },
      ],
    });
    const g = wordItem(typical('evaluate-offer', { opportunity: opp })).guidance;
    expect(g).toContain('pay and benefits');
    expect(g).toContain('Their deadline is Friday, Nov 27');
  });

  it('evaluate-offer without a deadline says to ask for one', () => {
    expect(wordItem(typical('evaluate-offer')).guidance).toContain('No deadline is logged');
  });

  it('move-on says closing as no response is fine and the door stays open', () => {
    const g = wordItem(typical('move-on')).guidance;
    expect(g).toContain('It is fine to close Acme as no response');
    expect(g).toContain('door is still open');
  });

  it('reconsider says what to weigh about an employer that went silent', () => {
    const g = wordItem(typical('reconsider')).guidance;
    expect(g).toContain('Acme stopped answering and has now come back');
    expect(g).toContain('whether the role is still what you want');
  });
});

describe('our drafts and our tone check', () => {
  const variants: readonly [string, Partial<DraftContext>][] = [
    ['typical facts', {}],
    ['no contact', { contact: null }],
    ['no role', { opportunity: opportunity({ role: null }) }],
    ['no notes', { interview: { ...ONSITE, notes: '' } }],
    ['no interview', { interview: null }],
    ['other open opportunities', { otherOpenOpportunities: 3 }],
    ['no seeker name', { profile: { ...SAM, name: null } }],
    ['symbols in the company', { opportunity: opportunity({ company: 'AT&T', role: 'C++ Engineer' }) }],
  ];

  for (const kind of DRAFTED) {
    for (const [label, over] of variants) {
      it(`${kind} (${label}) passes the tone check with its facts and has no leftovers`, () => {
        const ctx = typical(kind, over);
        const draft = wordItem(ctx).draft!;
        expect(checkTone(draft.body, toneFactsFor(ctx))).toEqual([]);
        expect(checkTone(draft.subject)).toEqual([]);
        for (const text of [draft.subject, draft.body]) {
          expect(text).not.toMatch(/undefined|null|NaN|\{\{|\}\}/);
        }
        if (CHECK_IN_ITEM_KINDS.has(kind)) expect(countWords(draft.body)).toBeLessThan(150);
      });
    }
  }
});
