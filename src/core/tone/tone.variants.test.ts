/**
 * The third widening of the tone check (issue 15 part 6): many short variants
 * per kind of thing each rule means, and the warm look-alikes that must stay
 * clean. Written for these tests, from the kinds alone (no blind-set text).
 * Each flagged text must get its rules and no other with facts that show no
 * other process; each clean text must get no flag at all.
 */
import { describe, expect, it } from 'vitest';
import { checkTone } from './index.js';
import type { ToneFacts, ToneRule } from './tone.types.js';

const FACTS: ToneFacts = {
  company: 'Acme Robotics',
  role: 'Senior Product Designer',
  otherOpenOpportunities: 0,
  hasOtherOffer: false,
  isCheckIn: true,
};
const BACKED: ToneFacts = { ...FACTS, otherOpenOpportunities: 2, hasOtherOffer: true };

const rulesOf = (text: string, facts: ToneFacts = FACTS): ToneRule[] => [
  ...new Set(checkTone(text, facts).map((f) => f.rule)),
];

/** [rule, text]: kinds of pleading. */
const PLEADING: readonly string[] = [
  // intensifiers stacked, in any spelling, on need, want, hope, and their -ing forms
  "Hi Lee, I'm really really hoping Acme picks me.",
  'I am so, so hoping to hear good news from Acme.',
  'I really truly want this Acme job.',
  'I want this Acme role so so much.',
  'I honestly really need the Acme job.',
  'I am praying Acme says yes.',
  // the job as everything
  'This job at Acme means everything to me.',
  'Joining Acme means the world to me.',
  "I don't know what I'll do if I don't get the Acme role.",
  'Please, I need this, Acme.',
  'I would be forever grateful for a chance at Acme.',
  "I'd be eternally grateful if Acme gave me the job.",
  // any terms, any role, any chance
  "I'd accept any terms Acme offers.",
  "I'll take whatever role Acme has open.",
  'I would even take a junior role at Acme.',
  "I'm willing to take a pay cut to join Acme.",
  "I'd work for free for a month to prove myself at Acme.",
  "I'll take any chance I can get at Acme.",
  'Please just give me the chance to prove myself at Acme.',
  "I'd do literally anything for the Acme role.",
  'Please hire me, Acme.',
  'Please pick me for the Acme role.',
  // hardship and promises
  "I've been out of work for eight months, so the Acme role matters a lot.",
  'My family is counting on me getting the Acme job.',
  "I promise you won't regret hiring me, Acme.",
  "I won't let you down if you give me the Acme job.",
];

/** Kinds of over-apology: apologising for writing at all, or more than once. */
const OVER_APOLOGY: readonly string[] = [
  "I'm so sorry for taking up your time again, Acme team.",
  'Apologies for chasing, Acme team.',
  'Apologies for the nag about Acme.',
  'Sorry for being such a pest about Acme.',
  'Forgive the intrusion, Acme team.',
  'Pardon the interruption, Acme team.',
  'I hope I am not bothering you with another Acme question.',
  "I hope this isn't a bother, Acme team.",
  "I don't mean to pester you about Acme.",
  "I don't want to be a nuisance, Acme team.",
  'Sorry to be writing again about Acme.',
  'Sorry for my persistence about Acme.',
  'I feel terrible for bothering you about Acme.',
  'I apologise for any inconvenience my email causes, Acme team.',
  'Sorry, sorry, I know Acme is busy.',
  'Sorry for the delay. Also sorry for the short notice, Acme.',
  'So sorry to clog your inbox, Acme team.',
];

/** Kinds of pressure: imposed deadlines, demands for speed, ultimatums, blame, guilt. */
const PRESSURE: readonly string[] = [
  // a deadline imposed on the employer
  "I'm giving Acme until Friday.",
  'You have until Monday to decide, Acme.',
  'I expect to hear back from Acme this week.',
  'I need to know this week, Acme.',
  'I would like an answer from Acme by Friday.',
  'Friday is my deadline for hearing from Acme.',
  'Please respond promptly, Acme.',
  'I expect a prompt reply from Acme.',
  'I need an urgent answer from Acme.',
  'Please decide without further delay, Acme.',
  'Time is of the essence, Acme.',
  'This is urgent, Acme: I need to know.',
  'I look forward to your response within 24 hours, Acme.',
  'I must insist on a decision, Acme.',
  // conditional ultimatums, in other word orders and voices
  "If you can't give me an answer by Monday, I will accept another job, Acme.",
  "Should I not hear back by Friday, I'll withdraw from the Acme process.",
  'Should there be no reply by the 12th, I will move on from Acme.',
  'No word from Acme by Friday and I will assume the answer is no.',
  "No reply by Monday means I'm out, Acme.",
  "If this drags on much longer, I'll have to look elsewhere, Acme.",
  "If Acme takes any longer, I'll take the other job.",
  "I'll wait until Friday; after that I'm accepting the other job, Acme.",
  "If you're unable to decide by the 3rd, I'll withdraw, Acme.",
  "I won't be waiting around much longer for Acme.",
  // questions and remarks that blame the silence
  "What's taking Acme so long?",
  "What's the holdup at Acme?",
  'How much longer do I have to wait for Acme?',
  'Is anyone at Acme even reading my emails?',
  'Did you even look at my Acme application?',
  'Hello? Is anyone there at Acme?',
  'As per my last email, I am waiting on Acme.',
  "I'm still waiting for a reply from Acme.",
  "I've been waiting three weeks for Acme to answer.",
  'Three weeks and not a single word from Acme.',
  "It's been a month without any reply from Acme.",
  'Acme has left me hanging for weeks.',
  'I feel ghosted by Acme.',
  'Radio silence from Acme since the interview.',
  "I've heard absolutely nothing from Acme despite two emails.",
  // guilt
  'After all the time I put into the Acme take-home, the least you could do is reply.',
  'I put my job search on hold for Acme.',
  'I think I deserve an answer from Acme.',
  'Acme owes me a reply.',
];

/** Claims of other offers and processes, unbacked by the facts here. */
const CLAIMS: readonly string[] = [
  'I have another interview on Thursday, so Acme timing matters.',
  "I'm also interviewing at a couple of places besides Acme.",
  'Several companies have expressed interest in me since Acme.',
  "I've had interest from a few other firms, Acme.",
  "I'm sitting on an offer from a fintech, Acme.",
  "I'm holding an offer, so Acme timing matters.",
  'I have other options, Acme, so please keep me posted.',
  "I've got several opportunities in the pipeline besides Acme.",
  "I'm being considered for other roles, Acme.",
  "I've applied to several other companies, Acme.",
  'Another company invited me to a final interview, Acme.',
  'Two firms have offered me roles, Acme.',
];

/** Warm, ordinary messages near every kind above: none may be flagged. */
const CLEAN: readonly string[] = [
  // one intensifier, thanks, excitement
  "Hi Lee, I'm so excited about the Acme role.",
  'I really, really enjoyed meeting the Acme team!',
  'I just really want to say thank you, Acme team.',
  "I'd really love to join Acme.",
  'I really hope you enjoy the Acme offsite.',
  'Thanks so much for the Acme tour! It was lovely.',
  'I am truly grateful for the time the Acme team gave me.',
  "I'd be grateful for any update on the Acme role when you have a moment.",
  'I would welcome any opportunity to talk further with Acme.',
  'Is there any chance we could move the Acme call to Thursday?',
  'Please consider me for the Acme role; I think I could help.',
  'It would mean a lot to work on the Acme robots, and I hope to hear more.',
  "I'm happy to take whatever interview slot suits the Acme team.",
  "I promise I'll send the Acme portfolio by Friday.",
  "I won't be able to make Tuesday, Acme; would Thursday work?",
  // one apology, sympathy, thanks for patience
  "I'm sorry I missed your call yesterday, Acme team.",
  'Apologies for the delay in getting back to you about Acme.',
  'Sorry to hear about the Acme hiring freeze; I hope the team is well.',
  'Thanks for your patience with my Acme paperwork.',
  "I hope you're well, Acme team.",
  'I hope this is helpful for the Acme panel.',
  'I know the Acme team is busy, so no need to reply at length.',
  // gentle asks and the employer's own dates
  "Please don't feel you need to reply right away, Acme team.",
  'No rush at all on the Acme decision; whenever works.',
  'Please reply at your earliest convenience, Acme team.',
  'You mentioned Acme hopes to decide by the 15th; is that still the plan?',
  'Could you let me know when Acme expects to decide?',
  'I look forward to hearing from Acme soon.',
  'I hope to hear from Acme this week.',
  'I need to give my current employer four weeks of notice, so any sense of Acme timing helps.',
  "If I don't hear back by Friday, I'll assume Acme is still deciding and check in next week.",
  "If I don't hear back, I'll follow up with Acme next week.",
  "I'm still very interested in Acme and happy to wait.",
  "I'm still waiting for my references to reply, so I'll send them to Acme soon.",
  "It's been two weeks since my Acme interview, so I wanted to check in.",
  "I haven't heard back yet, so I wanted to check in on the Acme role.",
  'What time suits the Acme team for a call?',
  'How long does the Acme onboarding usually take?',
  'As I mentioned in the interview, I have worked with Acme tools.',
  'I spent the weekend reading about Acme robots and loved it.',
  'I deserve credit for nothing; the Acme team did the work.',
  'Time zones are hard; the Acme team handles them well.',
  'Acme sounds like a team that moves fast, which I like.',
  'Is there an urgent need on the Acme team I could help with?',
  // other teams, another interview with this employer
  "I'd welcome another interview with the Acme team.",
  'The other candidates must be strong; I enjoyed the Acme day.',
  'I applied to Acme because of its robots.',
  'I have other questions about the Acme role I can send by email.',
  "I'm also interested in the Acme mentoring scheme.",
];

/** Claims the facts back: the seeker's own honest news, clean when another offer and process are real. */
const HONEST_NEWS: readonly string[] = [
  'I have another offer that expires Friday; could you share the Acme timeline?',
  "I've been asked to answer another company's offer by the 14th, so I wanted to ask about Acme.",
  "I'm in the final round with another firm next week, and Acme remains my first choice.",
  ...CLAIMS,
];

/** Capitals of the role and company, and short forms, as seekers write them. */
const NAMED: readonly [ToneFacts, string][] = [
  [{ company: 'Royal Bank of Canada', role: 'Teller' }, 'Thanks for the tour of the RBC branch.'],
  [{ company: 'Marsh & Reed Architects', role: 'Drafter' }, 'I enjoyed the day at Reed; thank you.'],
  [
    { company: 'Hollow Pine Studios', role: 'Senior Product Designer' },
    'Thank you for the product designer interview.',
  ],
  [{ company: 'Hollow Pine Studios', role: 'Lead Data Engineer (Platform)' }, 'Thanks for the data engineer chat.'],
];

describe('third widening: pleading by kind', () => {
  it.each(PLEADING)('flags "%s" as pleading only', (text) => {
    expect(rulesOf(text)).toEqual(['pleading']);
  });
});

describe('third widening: over-apology by kind', () => {
  it.each(OVER_APOLOGY)('flags "%s" as over-apology only', (text) => {
    expect(rulesOf(text)).toEqual(['over-apology']);
  });
});

describe('third widening: pressure by kind', () => {
  it.each(PRESSURE)('flags "%s" as pressure only', (text) => {
    expect(rulesOf(text)).toEqual(['pressure']);
  });
});

describe('third widening: claims of other offers and processes', () => {
  it.each(CLAIMS)('flags "%s" as unbacked-claim only when nothing backs it', (text) => {
    expect(rulesOf(text)).toEqual(['unbacked-claim']);
  });
  it.each(HONEST_NEWS)('leaves "%s" clean when another offer and process are real', (text) => {
    expect(rulesOf(text, BACKED)).toEqual([]);
  });
});

describe('third widening: warm look-alikes stay clean', () => {
  it.each(CLEAN)('leaves "%s" clean', (text) => {
    expect(checkTone(text, FACTS)).toEqual([]);
  });
});

describe('generic: a company or role named the way people write it', () => {
  it.each(NAMED)('counts %j as named in "%s"', (facts, text) => {
    expect(rulesOf(text, facts)).toEqual([]);
  });
});
