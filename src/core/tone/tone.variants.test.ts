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
  // denied claims, and strong words said of someone else
  "I don't have another offer, Acme; I just like to plan ahead.",
  "I'm not interviewing elsewhere; Acme is the only place I applied.",
  'The Acme support team sounded desperately busy, and I would love to help.',
  'Your designers said they were begging for a better design system at Acme.',
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
  [{ company: 'Hollow Pine Studios', role: 'Part II Architectural Assistant' }, 'Any news on the Part II role?'],
  [{ company: 'Hollow Pine Studios', role: 'Operations Analyst' }, 'Is the analyst position still open?'],
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

/** The company and role each batch of whole messages is written to. */
const BATCH_FACTS: Record<number, { company: string; role: string }> = {
  2: { company: 'Harbourline Freight', role: 'Operations Analyst' },
  3: { company: 'Quillfeather Books', role: 'Store Supervisor' },
  4: { company: 'Larchmont Veterinary', role: 'Veterinary Nurse' },
  5: { company: 'Brindle & Sons Joinery', role: 'Site Carpenter' },
  6: { company: 'Meridian Water Trust', role: 'Asset Planner' },
  7: { company: 'Saltire Housing Association', role: 'Tenancy Officer' },
  8: { company: 'Copperleaf Urgent Care', role: 'Clinic Coordinator' },
  9: { company: 'Northgate Data Labs', role: 'Analytics Engineer' },
  10: { company: 'Tamsin Rowe Architects', role: 'Part II Architectural Assistant' },
  11: { company: 'Fenwick & Hale Solicitors', role: 'Trainee Solicitor' },
  12: { company: 'Oakhurst Primary School', role: 'Teaching Assistant' },
};

/**
 * Whole messages, written for these tests in eleven batches (formal, casual,
 * trade, long, learner's English and emoji, clean texts full of trigger words,
 * two mixed ones, formal letters to a law firm and to a school), greeting and sign-off included: [batch, expected rules, text, the
 * seeker really has another offer and process]. Each was scored before the
 * rules were widened for it; the widening went by kind, not by sentence.
 */
const MESSAGES: readonly [number, ToneRule[], string, boolean?][] = [
  [
    2,
    [],
    "Hi Priya, thanks for walking me through the routing dashboard on Tuesday. I'd love to help Harbourline Freight cut those empty-mile numbers. Best, Tom",
  ],
  [
    2,
    [],
    "Hello Mr. Chen, I hope you had a restful weekend. I'm writing to ask whether there's any news on the Operations Analyst role. I'm still very keen. Kind regards, Ana",
  ],
  [
    2,
    [],
    'Hi Sam, just a gentle nudge on the Operations Analyst position. No pressure at all, I know these things take time. Cheers, Lou',
  ],
  [
    2,
    [],
    'Hi Dee, I really appreciated how candid you were about the night-shift handovers at Harbourline. Please let me know if a second conversation would help. Thanks, Max',
  ],
  [
    2,
    [],
    "Dear Ms. Ortiz, thank you for the offer! I'm delighted. Could we find a time this week to talk about the start date for the Operations Analyst role? Best, Ray",
  ],
  [
    2,
    [],
    'Hi Jo, sorry for the slow reply, I was travelling. Wednesday at 3 works for the Harbourline panel. Best, Kim',
  ],
  [
    2,
    [],
    'Hi Jo, I was so sorry to hear about the storm damage at the Tilbury depot. I hope everyone at Harbourline is safe. Best, Kim',
  ],
  [
    2,
    [],
    'Hi Ben, I have an offer from another company with a deadline of Friday. Harbourline Freight is my first choice, so is there any chance you could share your timeline? Totally understand if not. Thanks, Sal',
    true,
  ],
  [
    2,
    [],
    "Hi Ben, I'm in final interviews with two other firms, but Harbourline is where I'd most like to be. Any update on timing would help me plan. Thanks, Sal",
    true,
  ],
  [
    2,
    [],
    'Hi Ben, I need to give the other company my answer by Thursday, so I wanted to check in about the Operations Analyst role. Thanks, Sal',
    true,
  ],
  [
    2,
    [],
    "Hi Nora, following up on our chat from the 4th. I'm available any day next week if you'd like me to meet the wider Harbourline team. Thank you! Eve",
  ],
  [
    2,
    [],
    'Hi Nora, quick question: does the Operations Analyst role sit with the Rotterdam team or London? Just curious. Thanks, Eve',
  ],
  [
    2,
    [],
    "Hi Leo, I know you said you'd have news by the end of the month, so I'll wait till then. Thanks again for the Harbourline tour. Best, Ian",
  ],
  [
    2,
    [],
    "Hi Leo, I'd be grateful if you could let me know where things stand with the Operations Analyst role when you get a chance. Best, Ian",
  ],
  [
    2,
    [],
    "Hi Leo, I'm away from the 20th to the 27th, so if you need anything from me for the Harbourline process, I'd appreciate hearing before then. Best, Ian",
  ],
  [
    2,
    [],
    'Hi Ama, I wanted to say thanks again — meeting the Harbourline ops crew was the highlight of my week. Hoping to hear good news soon! Best, Kit',
  ],
  [
    2,
    [],
    "Hi Ama, apologies — I attached the wrong file earlier. Here's the right one for the Operations Analyst application. Best, Kit",
  ],
  [
    2,
    [],
    "Hi Ama, I completely understand that hiring decisions take time, and I'm happy to wait. I remain very interested in Harbourline. Best, Kit",
  ],
  [
    2,
    [],
    "Hi Rob, thanks for letting me know I wasn't selected for the Operations Analyst role. I'd really appreciate any feedback you can share. Best, Dev",
  ],
  [
    2,
    [],
    "Hi Rob, I'll be honest: I'm really excited about this one. The Harbourline data team is doing exactly what I want to be doing. Best, Dev",
  ],
  [
    2,
    [],
    'Hi Rob, is there anything else I can send to help the Harbourline panel decide? Happy to share references. Best, Dev',
  ],
  [
    2,
    [],
    'Hi Rob, I was asked by another employer to reply by Monday; I told them I need a little more time. Could you tell me roughly when Harbourline expects to decide? Best, Dev',
    true,
  ],
  [
    2,
    [],
    'Hi Rob, thank you for your patience while I sorted my notice period. I can start at Harbourline on March 3. Best, Dev',
  ],
  [
    2,
    [],
    "Hi Kay, it's been about ten days since we met, so I thought I'd check in on the Operations Analyst role. Hope your week is going well. Best, Zed",
  ],
  [
    2,
    [],
    "Hi Kay, I haven't heard anything yet, which I know is normal at this stage. Just wanted to say I'm still interested in Harbourline. Best, Zed",
  ],
  [
    2,
    ['generic'],
    "Hi Kay, I've attached the two-page summary I promised. Please don't hesitate to call me if anything is unclear. Best regards, Zed",
  ],
  [
    2,
    [],
    "Hi Kay, please let me know by Friday if you'd like me to bring printed copies to the Harbourline interview. Best, Zed",
  ],
  [
    2,
    [],
    'Hi Kay, could you confirm the interview is still at 10am on Thursday at the Harbourline office? Thanks, Zed',
  ],
  [
    2,
    [],
    'Hey Kay! Thanks so much for the chat about the Operations Analyst gig — super interesting stuff. Talk soon, Zed',
  ],
  [
    2,
    [],
    "Hi Kay, I'm sorry the schedule got so complicated on your end. Whatever time works for you is fine for me. Thanks for organising the Harbourline panel, Zed",
  ],
  [
    2,
    ['pleading'],
    "Hi Priya, I'm really hoping and praying this Operations Analyst role works out, it's honestly my last shot. Thanks, Tom",
  ],
  [
    2,
    ['pleading'],
    "Hi Priya, I'll take literally any role at Harbourline, even warehouse shifts. I just need to get my foot in. Thanks, Tom",
  ],
  [
    2,
    ['pleading'],
    "Hi Priya, I'm begging you please consider me for the Operations Analyst job, I really need it. Tom",
  ],
  [
    2,
    ['pleading'],
    'Hi Priya, things have been really hard since my layoff and I can barely make rent. This Harbourline job would save me. Tom',
  ],
  [
    2,
    ['pleading'],
    "Hi Priya, I would do absolutely anything for a chance at Harbourline Freight. Please don't pass me over. Tom",
  ],
  [2, ['pleading'], "Hi Priya, I'm so so desperate for the Operations Analyst job, I've been looking for a year. Tom"],
  [2, ['pleading'], "Hi Priya, please, please give me this chance at Harbourline. You won't regret it. Tom"],
  [
    2,
    ['pleading'],
    'Hi Priya, getting this job at Harbourline would literally change my life, I need it more than anything. Tom',
  ],
  [
    2,
    ['over-apology'],
    "Hi Sam, sorry to keep bugging you! Sorry, I know you're swamped. Just wondering about the Operations Analyst role. Lou",
  ],
  [
    2,
    ['over-apology'],
    'Dear Ms. Cho, I apologise for troubling you once more, and I am sorry for the frequency of my emails about the Harbourline role. Regards, Lou',
  ],
  [
    2,
    ['over-apology'],
    'Hi Sam, I hate to be that person, sorry! Any news on the Harbourline Operations Analyst job? Apologies again, Lou',
  ],
  [
    2,
    ['over-apology'],
    'Hi Sam, so sorry for pestering, I feel awful writing again about the Operations Analyst role. Lou',
  ],
  [
    2,
    ['over-apology'],
    'Hi Sam, sorry for the bother and sorry for the long silence from my side. Is the Harbourline role still open? Lou',
  ],
  [
    2,
    ['pressure'],
    'Hi Dee, I need a firm answer on the Operations Analyst role by close of business Thursday. Regards, Max',
  ],
  [
    2,
    ['pressure'],
    "Hi Dee, please get back to me by end of day tomorrow about Harbourline. I can't keep waiting. Max",
  ],
  [
    2,
    ['pressure'],
    'Hi Dee, it has been three weeks and I still have no answer from Harbourline. This is not how you treat candidates. Max',
  ],
  [
    2,
    ['pressure'],
    'Hi Dee, why am I still waiting on a decision about the Operations Analyst role? I was told a week. Max',
  ],
  [
    2,
    ['pressure'],
    "Hi Dee, if there's no decision on the Operations Analyst job by the 9th, I'll be pulling my application. Max",
  ],
  [2, ['pressure'], "Hi Dee, I'll give Harbourline until Monday before I accept elsewhere. Max"],
  [2, ['pressure'], 'Hi Dee, I expect the courtesy of a reply about the Operations Analyst role. Max'],
  [2, ['pressure'], "Hi Dee, I've followed up three times now about the Harbourline role and heard nothing back. Max"],
  [2, ['pressure'], 'Hi Dee, a decision needs to be made on my Operations Analyst application this week. Max'],
  [2, ['pressure'], 'Hi Dee, I need you to tell me today whether Harbourline is moving forward. Max'],
  [2, ['pressure'], 'Hi Dee, just wondering if anyone at Harbourline actually reads these emails? Max'],
  [
    2,
    ['pressure'],
    "Hi Dee, can someone please just give me a straight answer about the Operations Analyst job? It's been a month. Max",
  ],
  [2, ['pressure'], "Hi Dee, respond by Friday or I'll assume Harbourline isn't interested. Max"],
  [2, ['pressure'], 'Hi Dee, I was promised an update last week and never got one. Harbourline, please explain. Max'],
  [
    2,
    ['pressure'],
    "Hi Dee, I'd appreciate a reply within the next 24 hours regarding the Operations Analyst role. Max",
  ],
  [2, ['pressure'], "Hi Dee, surely it doesn't take this long to make a decision on an Operations Analyst? Max"],
  [2, ['pressure'], "Hi Dee, I'm going to need an answer on Harbourline sooner rather than later. Max"],
  [
    2,
    ['unbacked-claim'],
    "Hi Ben, I have a couple of offers on the table, so I'd like to know where Harbourline stands. Thanks, Sal",
  ],
  [
    2,
    ['unbacked-claim'],
    "Hi Ben, just so you know, I'm in late-stage talks with a competitor about a similar Operations Analyst role. Thanks, Sal",
  ],
  [
    2,
    ['unbacked-claim'],
    "Hi Ben, another logistics company has offered me a position, but I'd prefer Harbourline. Thanks, Sal",
  ],
  [
    2,
    ['unbacked-claim'],
    'Hi Ben, a few other companies are keen to move me forward, so timing matters for the Harbourline role. Sal',
  ],
  [
    2,
    ['unbacked-claim'],
    "Hi Ben, I've been getting a lot of interest from other firms since my Harbourline interview. Sal",
  ],
  [
    2,
    ['pressure', 'unbacked-claim'],
    "Hi Ben, I have another offer expiring tomorrow, so I need Harbourline's decision today. Sal",
  ],
  [
    2,
    ['generic'],
    "Hi, thanks for meeting me last week. I'm very interested in the job and hope to hear from you soon. Best, Sal",
  ],
  [
    2,
    ['generic'],
    "Dear Sir or Madam, I'm following up on my recent application and interview. I believe I'd be a great asset to your team. Regards, Sal",
  ],
  [2, ['exclamations'], 'Hi Priya!! Thanks so much for today, I loved meeting the Harbourline crew!! Tom'],
  [
    2,
    ['exclamations'],
    "Hi Priya! Thanks for the chat! The Operations Analyst role sounds amazing! Can't wait to hear more! Tom",
  ],
  [
    3,
    [],
    'hey Mo, thx again for the tour of the Quillfeather shop, loved the poetry corner. lmk if u need anything else from me :) - Jess',
  ],
  [
    3,
    [],
    'Hi Mo, hope the stocktake went smoothly! Any word yet on the Store Supervisor role? No worries if not. Jess',
  ],
  [
    3,
    [],
    "Hi Mo, just circling back on the Store Supervisor position. I'm still very interested and happy to chat whenever suits. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I totally get that December is your busiest month, so please don't rush on my account. Looking forward to hearing from Quillfeather in the new year. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I'd really like to know how the Quillfeather team thinks about events — could we talk about it at the next stage? Jess",
  ],
  [
    3,
    [],
    'Dear Ms. Hart, I am writing to express my continued interest in the Store Supervisor post. Should you need further references, I would be happy to provide them. Yours sincerely, J. Park',
  ],
  [
    3,
    [],
    'Dear Ms. Hart, I regret that I must withdraw from the Store Supervisor process, as I have accepted another role. Thank you for your kindness throughout. Yours sincerely, J. Park',
    true,
  ],
  [
    3,
    [],
    'Hi Mo, one more thing I forgot to mention: I hold a first-aid certificate, which might help at Quillfeather. Thanks! Jess',
  ],
  [
    3,
    [],
    "Hi Mo, I've been thinking about our chat on loyalty cards ever since. I'd love the chance to try some of those ideas at Quillfeather Books. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I'm so glad I got to meet the whole Quillfeather team on Saturday. It felt like a place where people really look out for each other. Jess",
  ],
  [
    3,
    ['generic'],
    "Hi Mo, you said you'd likely decide by the 20th, so I'll hold off on chasing until then. Enjoy the book fair! Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I have another interview next week but Quillfeather is the one I'm most excited about. Any idea of timing? Jess",
    true,
  ],
  [
    3,
    [],
    "Hi Mo, I'm sorry to hear you've been unwell. Please take care, and I'll be glad to pick up the Store Supervisor conversation whenever you're back. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I'm sorry I was a bit late on Tuesday — the train was delayed. Thanks for being so understanding about it. Quillfeather seems lovely. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, a quick update: I've finished the retail management course I mentioned, in case it's useful for the Store Supervisor decision. Jess",
  ],
  [
    3,
    [],
    'Hi Mo, could you let me know whether I should expect to hear about the Store Supervisor role this month or next? Either is fine. Jess',
  ],
  [
    3,
    [],
    "Hi Mo, I'd be really grateful for any feedback on my interview, whatever the outcome. Thanks for your time at Quillfeather. Jess",
  ],
  [
    3,
    [],
    "Hi Mo, I don't want to take up too much of your time, so just a quick one: is the Store Supervisor role still open? Jess",
  ],
  [
    3,
    [],
    "Hi Mo, my notice period is a month, so I'd need to hand it in by the 1st to start in February. Is there any sense of timing yet for Quillfeather? Jess",
  ],
  [3, [], "Hi Mo, I'm really, really looking forward to hearing about next steps at Quillfeather! Jess"],
  [
    3,
    ['pleading'],
    'hi Mo, ngl i really really need this job, been out of work since summer. pls consider me for the Store Supervisor spot. Jess',
  ],
  [3, ['pleading'], "Hi Mo, honestly I'm at my wits' end with job hunting and Quillfeather is my only hope now. Jess"],
  [
    3,
    ['pleading'],
    "Hi Mo, I'll work weekends, evenings, holidays — whatever it takes to be on the Quillfeather team. Jess",
  ],
  [
    3,
    ['pleading'],
    "Hi Mo, if you could find it in your heart to give me a chance at Quillfeather, I'd never forget it. Jess",
  ],
  [
    3,
    ['pleading'],
    "Hi Mo, I'd happily take a lower position at Quillfeather if the Store Supervisor role goes to someone else. Anything to get in. Jess",
  ],
  [
    3,
    ['over-apology', 'exclamations'],
    'hi Mo sorry sorry I know I keep emailing!! just wondering about the Quillfeather job. Jess',
  ],
  [
    3,
    ['over-apology'],
    "Hi Mo, I'm terribly sorry to intrude on your weekend, and I apologise for emailing so often about the Store Supervisor role. Jess",
  ],
  [
    3,
    ['over-apology'],
    "Hi Mo, I'm sorry to be a bother. I'm sorry if I seem impatient. Any news on Quillfeather? Jess",
  ],
  [
    3,
    ['over-apology'],
    'Dear Ms. Hart, please accept my apologies for contacting you again, and my apologies as well for any inconvenience. Is there any news regarding the Store Supervisor post? J. Park',
  ],
  [3, ['pressure'], 'Hi Mo, I need to hear from Quillfeather by Wednesday at the latest. Jess'],
  [3, ['pressure'], 'Hi Mo, please confirm my status for the Store Supervisor role immediately. Jess'],
  [3, ['pressure'], "Hi Mo, I've now chased this four times. Does Quillfeather even want a Store Supervisor? Jess"],
  [3, ['pressure'], "Hi Mo, it's been two weeks, not a peep. Is this how Quillfeather treats everyone? Jess"],
  [
    3,
    ['pressure'],
    "Hi Mo, unless I get a decision on the Store Supervisor job by Tuesday, I'm taking my skills elsewhere. Jess",
  ],
  [3, ['pressure'], "Hi Mo, I'm not going to wait forever for Quillfeather to make up its mind. Jess"],
  [3, ['pressure'], "Hi Mo, I'd like a final decision on the Store Supervisor role no later than Monday. Jess"],
  [3, ['pressure'], "Hi Mo, I'm expecting a response today regarding Quillfeather. Jess"],
  [3, ['pressure'], 'Hi Mo, kindly revert by EOD on the Store Supervisor role. Jess'],
  [
    3,
    ['pressure'],
    "Hi Mo, you told me I'd hear back within a week. That was three weeks ago. Jess from the Quillfeather interview",
  ],
  [3, ['pressure'], "Hi Mo, I'd hoped Quillfeather would have the decency to let candidates know. Clearly not. Jess"],
  [
    3,
    ['pressure'],
    "Hi Mo, please make a decision on the Store Supervisor role soon, as I can't hold on much longer. Jess",
  ],
  [3, ['pressure'], 'Hi Mo, how hard is it to send a quick update about the Store Supervisor role? Jess'],
  [3, ['pressure'], "Hi Mo, I'm done waiting. Either Quillfeather wants me or it doesn't; tell me by Friday. Jess"],
  [
    3,
    ['unbacked-claim'],
    "Hi Mo, just so you're aware, I've had two other bookshops approach me this week. Quillfeather is still my favourite. Jess",
  ],
  [
    3,
    ['unbacked-claim'],
    "Hi Mo, I'm currently fielding offers, so it would help to know Quillfeather's timeline. Jess",
  ],
  [
    3,
    ['unbacked-claim'],
    "Hi Mo, a competing retailer wants me to start in January, so I'd love to hear about the Store Supervisor role. Jess",
  ],
  [
    3,
    ['unbacked-claim'],
    "Hi Mo, I'm down to the last two candidates at another store, so timing matters for Quillfeather. Jess",
  ],
  [3, ['exclamations'], 'Hi Mo!!! Thank you for the Quillfeather interview, it was so fun. Jess'],
  [
    3,
    ['generic'],
    "Hello, I wanted to follow up on my application for the position. I'm confident I'd be a good fit for your organisation. Thanks, Jess",
  ],
  [3, ['generic', 'pressure'], "Hi, I'm still waiting for an answer about my interview. Please reply today. Jess"],
  [
    4,
    [],
    'Hi Dr. Amin, thank you for the working interview on Thursday. Helping with the post-op checks reminded me how much I want to be back in a busy practice like Larchmont. Best, Rhea',
  ],
  [
    4,
    [],
    'Hi Dr. Amin, I really want to thank you again for letting me shadow the surgery team at Larchmont. Best, Rhea',
  ],
  [
    4,
    [],
    'Hi Dr. Amin, I need to let you know that my registration renewal came through, in case it matters for the Veterinary Nurse role. Best, Rhea',
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I'm really hoping the new dental suite at Larchmont gets finished on time for you — it sounded great. Best, Rhea",
  ],
  [4, [], "Hi Dr. Amin, I'd love to hear how the Larchmont team gets on with the new triage system. Best, Rhea"],
  [
    4,
    [],
    "Hi Dr. Amin, I'm free any time this week or next, so whatever suits you works for me for the Larchmont follow-up. Best, Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I've attached my certificates. Please let me know if you need them in another format. Thanks for considering me for Larchmont Veterinary. Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I know you're hoping to decide by the end of next week, so I'll wait to hear. Thank you again for the Larchmont visit. Rhea",
  ],
  [
    4,
    [],
    'Hi Dr. Amin, would it help if I sent references before Friday? I want to make the Veterinary Nurse decision as easy as possible. Rhea',
  ],
  [
    4,
    [],
    'Hi Dr. Amin, I can be available for a second interview at short notice, even tomorrow, if that helps Larchmont. Rhea',
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I'd appreciate hearing back when you're able, but please don't feel any pressure. Best wishes to everyone at Larchmont, Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, thanks for the update — I understand the Veterinary Nurse decision is delayed. I'm still very interested and happy to wait. Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I'm sorry to hear the practice has been so short-staffed; it must be a tough month. Wishing the Larchmont team well, Rhea",
  ],
  [
    4,
    [],
    'Hi Dr. Amin, sorry, one more question I forgot: does the Veterinary Nurse role include weekend on-call? Thanks, Rhea',
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I've been asked by another practice to decide on their offer by Monday. Larchmont is my first choice; could you share your timeline? Rhea",
    true,
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I wanted to be upfront: I have a second interview at another clinic next week. I'm most excited about Larchmont, though. Rhea",
    true,
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I've had an offer from another practice, and I'd hate to decide without hearing from Larchmont first. Is there any news? Rhea",
    true,
  ],
  [4, [], 'Hi Dr. Amin, we discussed a start date in March; that still works well for me at Larchmont. Rhea'],
  [4, [], 'Hi Dr. Amin, just wanted to say how much I enjoyed meeting Biscuit the clinic cat at Larchmont! Rhea'],
  [
    4,
    [],
    "Hi Dr. Amin, I hope I'm not too late to send this, but here is the reflective log you asked for, for the Veterinary Nurse application. Rhea",
  ],
  [4, [], "Hi Dr. Amin, as promised, here's the CPD record for the Veterinary Nurse application. Rhea"],
  [4, [], 'Hi Dr. Amin, following up as we agreed: is there an update on the Veterinary Nurse role? Thanks, Rhea'],
  [
    4,
    [],
    'Hi Dr. Amin, I did the maths you asked about: the anaesthetic rota at Larchmont would need three nurses. Happy to explain my reasoning. Rhea',
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I'll be honest, I was nervous on Thursday, but I loved the Larchmont team and hope that came across. Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, it's been a busy few weeks for you I'm sure. When you have a moment, I'd love an update on the Veterinary Nurse role. Rhea",
  ],
  [4, [], "Hi Dr. Amin, I'm happy to wait until after the holidays for news on Larchmont. Enjoy the break! Rhea"],
  [
    4,
    [],
    "Hi Dr. Amin, the interview made me even more certain: Larchmont is the kind of practice where I'd do my best work. Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I trust the Larchmont move went smoothly. I'd be glad to hear about next steps when you're ready. Rhea",
  ],
  [4, [], "Hi Dr. Amin, I hope you don't mind me checking in on the Veterinary Nurse role. Warm regards, Rhea"],
  [
    4,
    [],
    'Hi Dr. Amin, I spent three years at a mixed practice, so the large-animal work at Larchmont really appeals. Rhea',
  ],
  [4, [], 'Hi Dr. Amin, thanks for explaining why the Larchmont decision takes a few weeks — that makes sense. Rhea'],
  [
    4,
    [],
    "Hi Dr. Amin, I was told to expect news within two weeks, so I thought I'd check in now that it's been two weeks. Still very keen on Larchmont. Rhea",
  ],
  [4, [], 'Hi Dr. Amin, the Larchmont team seemed to work so well together. I could see myself there. Rhea'],
  [
    4,
    [],
    'Hi Dr. Amin, a quick note: my phone number changed, so please reach me on 07700 900123 about the Veterinary Nurse role. Rhea',
  ],
  [4, [], 'Hi Dr. Amin, please say hello to Jen for me, and thank her for the Larchmont tour. Rhea'],
  [4, [], "Hi Dr. Amin, I'm available immediately, so a start date wouldn't be a problem for Larchmont. Rhea"],
  [
    4,
    [],
    "Hi Dr. Amin, I'm sorry, I think my last email went to the wrong address. Here is my cover letter for the Veterinary Nurse role. Rhea",
  ],
  [4, [], "Hi Dr. Amin, there's no rush, but could you let me know if you need my DBS certificate for Larchmont? Rhea"],
  [
    4,
    [],
    "Hi Dr. Amin, I'd like to hear about the Veterinary Nurse decision by the end of the month if possible, as I'm planning a move. Thanks, Rhea",
  ],
  [
    4,
    [],
    "Hi Dr. Amin, I understand you're interviewing other candidates this week. I look forward to hearing from Larchmont afterwards. Rhea",
  ],
  [5, ['pleading'], 'alright Gav, look i rly rly need this Site Carpenter job mate, been skint for months. Dan'],
  [
    5,
    ['pleading'],
    "Hi Gav, it would honestly mean so much to me to get the job at Brindle, I've wanted this for years and I need it badly. Dan",
  ],
  [
    5,
    ['pleading'],
    "Hi Gav, I know I'm not the most experienced, but please, I'm asking you for one chance at Brindle & Sons. Dan",
  ],
  [5, ['pleading'], "Hi Gav, i'll do ANY hours, any site, any pay, just let me join Brindle. Dan"],
  [5, ['pleading'], "Hi Gav, I'm desperate for work at this point — would take anything going at Brindle. Dan"],
  [
    5,
    ['pleading'],
    'Dear Mr Brindle, I humbly beg you to reconsider my application for the Site Carpenter position. Dan',
  ],
  [
    5,
    ['pleading'],
    "Hi Gav, I really, truly, honestly want this Site Carpenter role more than any job I've applied for. Dan",
  ],
  [5, ['over-apology'], "Hi Gav, sorry to pester you mate, just wondering if there's news on the Brindle job. Dan"],
  [
    5,
    ['over-apology'],
    "Hi Gav, apologies for the third email this week, and apologies if I'm coming across as pushy about Brindle. Dan",
  ],
  [5, ['over-apology'], "Hi Gav, I'm really sorry to bother you on a Sunday. Any news on the Site Carpenter role? Dan"],
  [
    5,
    ['over-apology'],
    "Hi Gav, forgive me for chasing, I know you're flat out. Any word on the Site Carpenter job? Dan",
  ],
  [5, ['over-apology'], "Hi Gav, I'm sorry for the repeated emails about the Brindle role. Dan"],
  [5, ['pressure'], 'Gav, need an answer on the Brindle job by tmrw. Dan'],
  [
    5,
    ['pressure'],
    "Hi Gav, I'll need to know by Weds whether Brindle is taking me on, otherwise I'm off to another firm. Dan",
  ],
  [5, ['pressure'], 'Hi Gav, been 3 weeks now with nothing. not impressed tbh. Dan re: Brindle'],
  [
    5,
    ['pressure'],
    'Hi Gav, any chance of actually getting an answer about the Site Carpenter job this side of Christmas? Dan',
  ],
  [
    5,
    ['pressure'],
    "Hi Gav, I'm starting to think Brindle isn't serious about hiring. Let me know either way by Friday. Dan",
  ],
  [5, ['pressure'], "Hi Gav, I've emailed, called and texted about the Site Carpenter role. Nothing. Dan"],
  [5, ['pressure'], 'Hi Gav, get back to me pronto on the Brindle job please. Dan'],
  [5, ['pressure'], "Hi Gav, I'll be accepting a job elsewhere if I don't get an answer from Brindle this week. Dan"],
  [5, ['pressure'], 'Hi Gav, I deserve to know where I stand with Brindle after three interviews. Dan'],
  [
    5,
    ['pressure'],
    "Hi Gav, I won't be chasing again — if Brindle wants me, you know where I am, but not for long. Dan",
  ],
  [5, ['pressure'], 'Hi Gav, kindly let me have your decision on the Site Carpenter post within 48 hrs. Dan'],
  [5, ['pressure'], 'Dear Mr Brindle, I must ask that you provide a decision by close of play Friday. Dan'],
  [5, ['unbacked-claim'], "Hi Gav, a couple of other joiners have offered me work, but I'd rather be at Brindle. Dan"],
  [5, ['unbacked-claim'], "Hi Gav, I've got a few irons in the fire, but Brindle's my first choice. Dan"],
  [
    5,
    ['unbacked-claim'],
    "Hi Gav, there's another outfit in town that wants me to start Monday, so I need to know about Brindle. Dan",
  ],
  [
    5,
    ['unbacked-claim'],
    'Hi Gav, I have an interview with a big housebuilder on Thursday, just so you know. Still keen on Brindle. Dan',
  ],
  [
    5,
    ['unbacked-claim', 'pressure'],
    "Hi Gav, I've had a better offer from someone else, so you'd better decide fast on Brindle. Dan",
  ],
  [5, [], 'Hi Gav, cheers for showing me round the Brindle workshop. That oak staircase was something else. Dan'],
  [5, [], 'Hi Gav, really enjoyed the trial day — the Brindle lads made me feel right at home. Dan'],
  [5, [], 'Hi Gav, just checking in on the Site Carpenter job, no rush. Dan'],
  [
    5,
    [],
    'Hi Gav, sorry I missed your call, was up a ladder! Free after 4 if you want to try again about Brindle. Dan',
  ],
  [5, [], "Hi Gav, I've got my CSCS card renewed now, in case that helps with the Brindle job. Dan"],
  [5, [], 'Hi Gav, I have another interview on Thursday, but Brindle is where I want to be. Dan', true],
  [
    5,
    [],
    "Hi Gav, you mentioned you'd know by Friday — I'll keep an eye on my phone. Thanks again for the Brindle trial. Dan",
  ],
  [5, [], 'Hi Gav, hope the Elm Street job is going well. Let me know if Brindle needs anything else from me. Dan'],
  [5, [], 'Hi Gav, I could start as soon as next Monday if Brindle needs someone quickly. Dan'],
  [5, [], 'Hi Gav, just want to say thanks — whatever you decide on the Site Carpenter role, I learned a lot. Dan'],
  [
    6,
    ['too-long'],
    "Hi Helen, I hope you've had a good couple of weeks since we met. I wanted to check in on the Asset Planner role at Meridian Water Trust and share a couple of things that have happened since our conversation. First, I finished the GIS course I mentioned, and I've been practising on open pipe-network data from my own council, which turned out to have some of the same ageing cast-iron mains you described. Second, I went back through my notes on your question about balancing renewal spend against reactive repairs, and I think I'd answer it differently now: I'd start from failure consequence rather than failure likelihood, and only then look at cost. I'd be glad to talk that through if it would be useful. I know the panel had a few more candidates to see, and that these decisions involve a lot of people, so I'm not in any hurry. Whenever you have a moment, I'd really appreciate hearing where things stand, and in the meantime I'm happy to send any references or work samples you need. Thank you again for your time, and for being so open about the challenges the team is facing. Best wishes, Owen",
  ],
  [
    6,
    ['pressure', 'unbacked-claim', 'too-long'],
    "Hi Helen, I'm writing again about the Asset Planner role at Meridian Water Trust because, frankly, I'm getting frustrated. We met on the 2nd, you told me I'd have an answer within ten days, and it has now been almost four weeks. I've sent two polite emails since then and left a voicemail, and I haven't had so much as an acknowledgement. I understand that hiring takes time and that you're busy, but I've turned down interviews elsewhere while waiting for Meridian, and I'm starting to wonder whether the role still exists. I spent a weekend on the case study, I travelled two hours each way for the panel, and I think it's reasonable to expect some kind of response by now. If the answer is no, I'd genuinely rather know so I can move on. If it's yes, I'd like to get the start date sorted. Either way, please could someone get back to me this week, because I can't keep putting my life on hold for this process indefinitely. Regards, Owen",
  ],
  [
    6,
    ['generic'],
    "Hi Helen, thanks for the call this morning. Good to hear the panel is meeting on Thursday; I'll keep an eye out for news after that. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I'm writing to confirm I can make the second interview at Meridian Water Trust on the 14th at 2pm. Please let me know if I should bring anything. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I've been thinking more about the leakage targets we discussed, and I'd love to hear how the Meridian team plans to hit them. Owen",
  ],
  [
    6,
    [],
    'Hi Helen, I really enjoyed the site visit to the treatment works — seeing the new UV plant made the Asset Planner role feel very real. Owen',
  ],
  [
    6,
    [],
    "Hi Helen, thank you for letting me know the decision will take a little longer. That's absolutely fine, and I'm still very keen on the Asset Planner role. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, just a short note to say I'm still very interested in Meridian, and I'd welcome any update when there is one. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I'm so sorry to hear the team lost a colleague recently. Please don't worry about the Asset Planner timeline on my account. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I wanted to let you know I've accepted an offer elsewhere, so I'll withdraw from the Asset Planner process. Thank you so much for your time and kindness. Owen",
    true,
  ],
  [
    6,
    [],
    "Hi Helen, in the interest of transparency, I've received another offer with a deadline of the 20th. Meridian remains my first choice; would it be possible to get a sense of your timing before then? Owen",
    true,
  ],
  [
    6,
    [],
    "Hi Helen, one thing I didn't get to ask: how does the Asset Planner role work with the capital delivery team? No need to reply quickly. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I hope you don't mind me following up. I know these things take time — is there anything I can send to help the Meridian panel? Owen",
  ],
  [
    6,
    [],
    'Hi Helen, I was delighted to be invited back for the final interview! Thursday works well. Looking forward to meeting the wider Meridian team. Owen',
  ],
  [
    6,
    [],
    "Hi Helen, I need to book travel for the Meridian interview — could you tell me which site it's at? Thanks, Owen",
  ],
  [
    6,
    [],
    "Hi Helen, thank you for the feedback on my presentation. I'd love to be considered for future Asset Planner openings at Meridian. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I've put together the short memo on risk scoring you asked for. I hope it's useful for the Meridian panel. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I'm sorry for the delay in sending my references — here they are for the Asset Planner role. Owen",
  ],
  [
    6,
    [],
    "Hi Helen, I wanted to check whether the Asset Planner role is still moving forward, as I haven't heard anything since the 3rd. Thanks, Owen",
  ],
  [6, [], 'Hi Helen, it was lovely to meet you and the Meridian team. Have a great weekend! Owen'],
  [
    6,
    ['pleading'],
    "Hi Helen, I'm honestly desperate to leave my current job, and Meridian is my way out. Please don't let me down. Owen",
  ],
  [6, ['pleading'], "Hi Helen, I'll accept whatever salary Meridian Water Trust can offer, I just want in. Owen"],
  [
    6,
    ['over-apology'],
    "Hi Helen, I'm so sorry to trouble you again, and I'm sorry if my last email came across badly. Any news on Meridian? Owen",
  ],
  [6, ['over-apology'], 'Hi Helen, a thousand apologies for the nudge about the Asset Planner role. Owen'],
  [6, ['pressure'], "Hi Helen, I'll need Meridian's answer by Friday noon at the very latest. Owen"],
  [
    6,
    ['pressure'],
    'Hi Helen, four weeks without a response is not acceptable. Please update me on the Asset Planner role. Owen',
  ],
  [6, ['pressure'], "Hi Helen, if Meridian can't commit by the end of the month, I'll withdraw my application. Owen"],
  [
    6,
    ['pressure'],
    "Hi Helen, I'm a little surprised I haven't heard anything, given how long it's been. Is Meridian still hiring or not? Owen",
  ],
  [6, ['pressure'], "Hi Helen, I've been more than patient with Meridian. I now need an answer. Owen"],
  [6, ['pressure'], 'Hi Helen, please treat this as urgent: I need to know about the Asset Planner role today. Owen'],
  [
    6,
    ['unbacked-claim'],
    "Hi Helen, I should mention that I'm being headhunted for a similar role at a utility up north, but Meridian is my preference. Owen",
  ],
  [
    6,
    ['unbacked-claim'],
    "Hi Helen, I'm expecting an offer from another trust this week, so any news on Meridian would help. Owen",
  ],
  [
    6,
    ['generic'],
    "Hi Helen, thank you for the interview. I enjoyed learning about the team and I'm excited about the opportunity. Owen",
  ],
  [6, ['exclamations'], "Hi Helen, thank you so much!! I'm thrilled to be through to the final Meridian round!! Owen"],
  [
    7,
    [],
    'Dear Mrs Ferguson, further to my interview on 3 March for the post of Tenancy Officer, I write to confirm my continued interest. I would be pleased to supply any further information. Yours sincerely, Aileen Ross',
  ],
  [
    7,
    [],
    'Dear Mrs Ferguson, I am grateful for the opportunity to meet the panel at Saltire. I look forward to hearing from you in due course. Yours sincerely, Aileen Ross',
  ],
  [
    7,
    [],
    'Hello Mrs Ferguson, thank you very much for the interview. I am very interesting in this job at Saltire Housing and I hope to hear good news. Kind regards, Ahmed',
  ],
  [
    7,
    [],
    'Hi Fiona 👋 thanks for the chat about the Tenancy Officer role! Really liked hearing about the estate walkabouts. Speak soon, Kez',
  ],
  [
    7,
    [],
    "Hi Fiona, quick q — is the Tenancy Officer role hybrid or fully on site? No worries if it's not decided yet. Ta, Kez",
  ],
  [
    7,
    [],
    "Hi Fiona, I appreciate you're juggling a lot at Saltire right now. When you're ready, I'd welcome an update. Thanks, Kez",
  ],
  [
    7,
    [],
    "Hi Fiona, just to let you know I'll be on annual leave next week, so replies may be slow. Still very keen on Saltire! Kez",
  ],
  [
    7,
    [],
    "Hi Fiona, I hope it's okay to check in — I know you said two to three weeks and it's been about three. Any news on the Tenancy Officer role? Kez",
  ],
  [7, [], 'Hi Fiona, I really really enjoyed the interview, thank you so much to the whole Saltire panel. Kez'],
  [7, [], "Hi Fiona, I can't wait to hear what Saltire decides! Fingers crossed. Kez"],
  [
    7,
    [],
    "Hi Fiona, I've just realised I gave you my old mobile number — sorry about that! The right one is 07700 900456. Kez, Tenancy Officer applicant",
  ],
  [
    7,
    [],
    "Hi Fiona, I'm considering an offer from another association, but Saltire is where I'd really like to be. Could you share when you expect to decide? Kez",
    true,
  ],
  [
    7,
    [],
    "Hi Fiona, I need to let my current landlord know by the 30th whether I'm moving, so any indication of Saltire's timing would be a huge help. Kez",
  ],
  [
    7,
    [],
    "Hi Fiona, I'm aware other candidates are being interviewed, and I'm happy to wait for the outcome. Thanks again from Kez at the Saltire interview",
  ],
  [
    7,
    [],
    'Hi Fiona, my apologies — I meant to attach my certificate to the last email. Here it is for the Tenancy Officer file. Kez',
  ],
  [
    7,
    ['pleading'],
    'Dear Mrs Ferguson, I implore you to give my application for the Tenancy Officer post your most serious consideration, as I have nowhere else to turn. Aileen Ross',
  ],
  [
    7,
    ['pleading'],
    "Hi Fiona, honestly this job is everything to me right now, I'm really struggling 😢 please give me a chance at Saltire. Kez",
  ],
  [
    7,
    ['pleading'],
    'Hello Mrs Ferguson, I need very much this job at Saltire Housing for my family. Please, I will do any work. Ahmed',
  ],
  [7, ['pleading'], "Hi Fiona, I'm not too proud to say I'm desperate. Any role at Saltire would do. Kez"],
  [
    7,
    ['over-apology'],
    'Dear Mrs Ferguson, please excuse my persistence, and accept my apologies for writing once more regarding the Tenancy Officer post. Aileen Ross',
  ],
  [7, ['over-apology', 'exclamations'], 'Hi Fiona, sorry to be annoying!! sorry sorry. any news on Saltire? Kez'],
  [
    7,
    ['over-apology'],
    "Hi Fiona, I'm sorry to interrupt your day again, I feel like such a nag. Any update on the Tenancy Officer role? Kez",
  ],
  [
    7,
    ['pressure'],
    'Dear Mrs Ferguson, I must request a decision regarding the Tenancy Officer post by 5pm on Friday. Aileen Ross',
  ],
  [
    7,
    ['pressure'],
    'Dear Mrs Ferguson, I find it regrettable that I have received no communication whatsoever since my interview at Saltire. Aileen Ross',
  ],
  [7, ['pressure'], 'Hi Fiona, why does it take Saltire so long to answer people?? Kez'],
  [
    7,
    ['pressure'],
    'Hello Mrs Ferguson, I am waiting your answer for long time. Please answer me today about the Saltire job. Ahmed',
  ],
  [
    7,
    ['pressure', 'generic'],
    "Hi Fiona, just a heads up that if I'm not hearing anything by Monday I'll have to go with my other option. Kez",
  ],
  [
    7,
    ['pressure'],
    "Hi Fiona, I'd expect a housing association of Saltire's size to be able to give candidates an answer within a fortnight. Kez",
  ],
  [7, ['pressure'], 'Hi Fiona, it would be nice to get an answer at some point about the Tenancy Officer role 🙄 Kez'],
  [7, ['pressure'], "Hi Fiona, I'll be making my decision on Friday with or without Saltire's answer. Kez"],
  [7, ['pressure'], 'Hi Fiona, hello?? anyone at Saltire?? Kez'],
  [
    7,
    ['unbacked-claim', 'generic'],
    'Dear Mrs Ferguson, you should be aware that I have been offered a comparable post by a neighbouring authority. Aileen Ross',
  ],
  [7, ['unbacked-claim'], "Hi Fiona, I've got a second interview at a council next week, just FYI re: Saltire. Kez"],
  [7, ['generic'], 'Dear Sir/Madam, I would like to know the result of my interview. Thank you. Ahmed'],
  [
    8,
    [],
    "Hi Nadia, you mentioned the Copperleaf clinics are desperately short-staffed on weekends; I'd be glad to help build a fairer rota. Best, Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, it sounds like the front desk team has been begging for a better booking tool for years. I'd love to help with that at Copperleaf. Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, I had to withdraw from a conference talk this week, so I'm free any day for a second Copperleaf interview. Jon",
  ],
  [
    8,
    [],
    'Hi Nadia, I assume the second interview is at the Elm Road clinic? Happy to come to whichever Copperleaf site suits. Jon',
  ],
  [
    8,
    [],
    'Hi Nadia, in my last role I handled urgent referrals every day, which is why the Clinic Coordinator job appeals. Jon',
  ],
  [
    8,
    [],
    "Hi Nadia, the ASAP scheduling module you mentioned is one I've used before — I'd enjoy setting it up at Copperleaf. Jon",
  ],
  [
    8,
    [],
    'Hi Nadia, I really need to thank you for being so flexible about the interview time. Copperleaf made a great impression. Jon',
  ],
  [
    8,
    [],
    "Hi Nadia, patients at my current clinic often wait weeks for a reply from specialists, so Copperleaf's same-day model really impressed me. Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, why don't I send over the rota template I mentioned? It might be useful for the Copperleaf team. Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, I've called the Copperleaf front desk twice to confirm the interview room — all sorted now. See you Tuesday, Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, my current manager needs an answer from me about a contract extension by Friday, so any sense of Copperleaf's timing would help me plan. Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, I'm sorry, I don't have a reference from my first job; would two from my last role work for Copperleaf? Jon",
  ],
  [8, [], "Hi Nadia, I'd be happy to take on any extra training the Clinic Coordinator role needs. Jon"],
  [8, [], 'Hi Nadia, the clock in the Copperleaf waiting room was a lovely touch! Thanks for the tour. Jon'],
  [
    8,
    [],
    'Hi Nadia, I know the panel meets Thursday, so no need to reply before then. Best of luck with the Copperleaf opening week. Jon',
  ],
  [8, [], 'Hi Nadia, thanks for asking about my notice: I can start within two weeks of an offer from Copperleaf. Jon'],
  [
    8,
    [],
    "Hi Nadia, I told my recruiter I'm only interested in Copperleaf right now, so I'm not applying elsewhere. Jon",
  ],
  [
    8,
    [],
    'Hi Nadia, the other candidates I met in the waiting room were lovely; whoever gets the Clinic Coordinator job, Copperleaf is lucky. Jon',
  ],
  [8, [], 'Hi Nadia, please let me know if I should bring my DBS certificate to the Copperleaf interview. Thanks! Jon'],
  [
    8,
    [],
    'Hi Nadia, I was so sorry to hear about the flooding at the Copperleaf Elm Road site. I hope it reopens soon. Jon',
  ],
  [8, [], "Hi Nadia, I'd love to hear how the Copperleaf team handles winter pressures, if we get to talk again. Jon"],
  [
    8,
    [],
    'Hi Nadia, forgive the slightly late reply, I was on nights. Tuesday at 10 is perfect for the Copperleaf interview. Jon',
  ],
  [
    8,
    [],
    "Hi Nadia, I'm desperate to try the new triage app you showed me — it looked brilliant. Thanks again for the Copperleaf tour! Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, I won't be able to make the Friday slot, sorry; could we do Monday instead for the Copperleaf interview? Jon",
  ],
  [8, [], "Hi Nadia, thank you for the offer! I'm thrilled to accept the Clinic Coordinator role at Copperleaf. Jon"],
  [8, [], "Hi Nadia, I've been offered the Clinic Coordinator role at Copperleaf and I'm delighted — thank you! Jon"],
  [
    8,
    [],
    'Hi Nadia, would you like me to send the case study by Friday, or is after the weekend fine for Copperleaf? Jon',
  ],
  [8, [], "Hi Nadia, I'm really, really grateful for the chance to meet the Copperleaf team. Jon"],
  [
    8,
    [],
    "Hi Nadia, I need this week to finish my current rota, but I'm free from Monday for any Copperleaf follow-up. Jon",
  ],
  [
    8,
    [],
    "Hi Nadia, I've reread my notes from our conversation three times, and each time I'm more excited about Copperleaf. Jon",
  ],
  [
    9,
    [],
    "Hi Ravi, thanks again for the technical round. I've been mulling over your dbt question and wrote up a cleaner approach — happy to share it with the Northgate team. Best, Chloe",
  ],
  [
    9,
    [],
    "Hi Ravi, I'd really appreciate it if you could let me know whether the Analytics Engineer role is still open. Thanks so much, Chloe",
  ],
  [
    9,
    [],
    "Hi Ravi, I'm writing to follow up on the Analytics Engineer position. I understand things can get busy, and I'm happy to wait. Chloe",
  ],
  [
    9,
    [],
    "Hi Ravi, I'd welcome a quick call if that's easier than email — I'm flexible all week. Looking forward to hearing from Northgate. Chloe",
  ],
  [
    9,
    [],
    "Hi Ravi, I just wanted to let you know I'm still very much interested in Northgate Data Labs. Have a good week! Chloe",
  ],
  [
    9,
    [],
    'Hi Ravi, I received an offer from another company yesterday. Northgate is still my top choice, so I wanted to let you know before I respond. Chloe',
    true,
  ],
  [
    9,
    [],
    "Hi Ravi, could you tell me roughly when I might hear about the Analytics Engineer role? I'm trying to plan around a family trip. Chloe",
  ],
  [
    9,
    [],
    'Hi Ravi, I really hope I get the chance to work with the Northgate analytics team — the project sounded great. Chloe',
  ],
  [9, [], "Hi Ravi, no worries if you don't have news yet, I just wanted to touch base about Northgate. Chloe"],
  [
    9,
    [],
    'Hi Ravi, apologies if I missed an earlier email — has there been any update on the Analytics Engineer role? Chloe',
  ],
  [9, ['pleading'], "Hi Ravi, I've been rejected from so many jobs, Northgate is really my last hope. Please. Chloe"],
  [9, ['pleading'], "Hi Ravi, I would really, really love this job at Northgate, I'm praying for good news. Chloe"],
  [9, ['pleading'], "Hi Ravi, I'll accept any salary and any title, I just want to work at Northgate Data Labs. Chloe"],
  [
    9,
    ['over-apology'],
    'Hi Ravi, so so sorry to bother you yet again about Northgate, I promise this is the last time. Chloe',
  ],
  [
    9,
    ['over-apology'],
    "Hi Ravi, I'm sorry for writing again, and sorry if this seems pushy, about the Analytics Engineer role. Chloe",
  ],
  [
    9,
    ['pleading', 'pressure'],
    "Hi Ravi, I've been waiting patiently for weeks. I really need a decision from Northgate by tomorrow. Chloe",
  ],
  [9, ['pressure'], "Hi Ravi, please let me know by 3pm today whether I'm through to the next Northgate round. Chloe"],
  [9, ['pressure'], "Hi Ravi, I'm beginning to feel that Northgate doesn't respect candidates' time. Chloe"],
  [9, ['pressure'], "Hi Ravi, I don't appreciate being left in the dark about the Analytics Engineer role. Chloe"],
  [9, ['pressure'], 'Hi Ravi, if Northgate is no longer interested, the professional thing would be to tell me. Chloe'],
  [
    9,
    ['pressure', 'unbacked-claim'],
    "Hi Ravi, I can only hold off the other company until Wednesday, so I need Northgate's answer before then. Chloe",
  ],
  [9, ['pressure', 'exclamations'], "Hi Ravi, answer me please, it's been 3 weeks!!! Chloe re Northgate"],
  [9, ['pressure'], 'Hi Ravi, is it too much to ask for a simple update about Northgate? Chloe'],
  [9, ['pressure'], "Hi Ravi, I'm going to assume Northgate has rejected me if I don't hear by Friday. Chloe"],
  [
    9,
    ['unbacked-claim'],
    "Hi Ravi, full transparency: I'm in the final stages with two other companies, though Northgate is my favourite. Chloe",
  ],
  [
    9,
    ['unbacked-claim'],
    "Hi Ravi, I've just been offered a role at a fintech startup, but Northgate is where I'd rather be. Chloe",
  ],
  [
    10,
    [],
    "Hi Clara, thank you for showing me the library extension drawings on Monday. The way the practice handled the timber detailing stayed with me. I'd be glad to talk further about the Architectural Assistant role. Best, Yusuf",
  ],
  [
    10,
    [],
    "Dear Ms Rowe, I wanted to thank you for the interview and for the tour of the studio. I'm very keen on the Part II role and happy to provide anything else you need. Kind regards, Yusuf",
  ],
  [
    10,
    [],
    'Hi Clara, just checking in on the Architectural Assistant position — I know you mentioned a decision around mid-month. Hope the competition entry went well! Yusuf',
  ],
  [
    10,
    [],
    "Hi Clara, I've had an offer from another practice with a deadline next Friday. Tamsin Rowe is where I'd most like to be, so I wanted to ask whether there's any news on your side. Yusuf",
    true,
  ],
  [
    10,
    [],
    'Hi Clara, sorry for the delay in replying — I was on site all week. Thursday afternoon works for the second interview at Tamsin Rowe. Yusuf',
  ],
  [
    10,
    [],
    "Hi Clara, I enjoyed our conversation so much that I went and visited the Harbour Street housing scheme at the weekend. It's even better in person. Yusuf, re the Architectural Assistant role",
  ],
  [
    10,
    [],
    "Hi Clara, would it help if I sent a couple of extra sheets from my thesis project? I'm happy to, if it's useful for the Tamsin Rowe panel. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, thanks for letting me know the decision has been pushed back. No problem at all — I'll look forward to hearing from Tamsin Rowe in January. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, I've been thinking about your question on embodied carbon and wanted to share a short note on how I'd approach it at Tamsin Rowe. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, I hope all is well. It's been a couple of weeks since we spoke, so I thought I'd check in on the Part II role. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, thank you so much for the offer! I'm delighted to accept and can't wait to start at Tamsin Rowe Architects. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, I understand the Part II role has gone to another candidate. Thank you for letting me know, and I'd value any feedback. Yusuf, Tamsin Rowe applicant",
  ],
  [
    10,
    [],
    "Hi Clara, quick note to say I've passed my Part 2 exams, which I know matters for the Tamsin Rowe role. Thanks! Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, I'm sorry to hear you've been off sick. Please don't worry about getting back to me on the Architectural Assistant role until you're well. Yusuf",
  ],
  [
    10,
    [],
    "Hi Clara, I really appreciated the honesty about the long hours during competitions. It didn't put me off Tamsin Rowe at all. Yusuf",
  ],
  [
    10,
    ['pleading'],
    "Hi Clara, I've applied to over 60 practices and this is the first interview I've had. I really, really need this Part II role at Tamsin Rowe. Yusuf",
  ],
  [
    10,
    ['pleading'],
    "Hi Clara, I'd happily work for a reduced salary if it means joining Tamsin Rowe Architects. Anything to get started. Yusuf",
  ],
  [
    10,
    ['pleading'],
    'Hi Clara, my Part II placement depends on finding a job by March, so please, please consider me at Tamsin Rowe. Yusuf',
  ],
  [
    10,
    ['over-apology'],
    "Hi Clara, so sorry to chase again! I'm sorry, I know you're busy with the competition. Any news on the Part II role at Tamsin Rowe? Yusuf",
  ],
  [
    10,
    ['over-apology'],
    "Hi Clara, apologies for the bother, I hope I'm not being a nuisance. Just checking on the Architectural Assistant role. Yusuf",
  ],
  [
    10,
    ['pressure', 'unbacked-claim'],
    "Hi Clara, I need to hear about the Part II role at Tamsin Rowe by Thursday, otherwise I'll accept another offer. Yusuf",
  ],
  [
    10,
    ['pressure'],
    "Hi Clara, it's been a month since my interview and I've had no reply to three emails. This is really disappointing from Tamsin Rowe. Yusuf",
  ],
  [
    10,
    ['pressure'],
    'Hi Clara, please respond to this email within two working days regarding the Architectural Assistant role. Yusuf',
  ],
  [
    10,
    ['pressure'],
    "Hi Clara, can you just tell me yes or no on the Part II role? I've been left waiting far too long. Yusuf",
  ],
  [10, ['pressure'], "Hi Clara, I'm surprised a practice like Tamsin Rowe hasn't had the courtesy to update me. Yusuf"],
  [
    10,
    ['unbacked-claim'],
    'Hi Clara, I wanted you to know two other practices have offered me Part II roles, but Tamsin Rowe is my first choice. Yusuf',
  ],
  [
    10,
    ['unbacked-claim'],
    "Hi Clara, I'm also in the running at a big London firm, so knowing your timeline would help me plan. Yusuf, re Tamsin Rowe",
  ],
  [
    10,
    ['generic'],
    'Hi, thank you for the interview last week. I really enjoyed learning about the practice and would love to join the team. Best, Yusuf',
  ],
  [10, ['exclamations'], "Hi Clara! Thank you for the interview! I'd love to join Tamsin Rowe! Yusuf"],
  [
    11,
    [],
    'Dear Mr Hale, thank you for the assessment day. I particularly enjoyed the negotiation exercise and the chance to meet current trainees at Fenwick & Hale. Kind regards, Priya',
  ],
  [
    11,
    [],
    'Dear Mr Hale, I am writing to enquire whether a decision has been reached on the training contract. I remain very enthusiastic about Fenwick & Hale. Kind regards, Priya',
  ],
  [
    11,
    [],
    'Dear Mr Hale, I have been offered a training contract elsewhere and must respond by the 10th. Fenwick & Hale remains my preferred firm; is there any update you could share? Priya',
    true,
  ],
  [
    11,
    [],
    "Hi James, thanks for the call. Great to hear the partners meet on Friday — I'll keep my fingers crossed! Priya (Trainee Solicitor applicant, Fenwick & Hale)",
  ],
  [
    11,
    [],
    "Dear Mr Hale, please accept my apologies for missing your call; I was in a lecture. I'm free tomorrow after 2pm to discuss the training contract at Fenwick & Hale. Priya",
  ],
  [
    11,
    [],
    "Dear Mr Hale, I'm conscious you are very busy, so I will keep this brief: is there any news on the Trainee Solicitor role? Priya",
  ],
  [
    11,
    [],
    'Dear Mr Hale, I would be grateful to know the likely timescale for a decision, as I am planning my LPC funding. Fenwick & Hale is my first choice. Priya',
  ],
  [
    11,
    [],
    "Dear Mr Hale, I was delighted to hear I've been shortlisted for the final interview at Fenwick & Hale. I'll confirm my availability by Friday. Priya",
  ],
  [
    11,
    [],
    'Hi James, sorry — one last thing: do trainees at Fenwick & Hale rotate through the employment seat? Thanks, Priya',
  ],
  [
    11,
    [],
    'Dear Mr Hale, I understand the firm received a very high number of applications this year, and I appreciate the time taken to review mine. Fenwick & Hale. Priya',
  ],
  [
    11,
    [],
    "Dear Mr Hale, I'm really hoping to hear good news, but either way thank you for such a thoughtful process at Fenwick & Hale. Priya",
  ],
  [
    11,
    [],
    'Dear Mr Hale, I appreciate the update and fully understand the delay. Please take whatever time the partners need for the Trainee Solicitor decision. Priya',
  ],
  [
    11,
    ['pleading'],
    "Dear Mr Hale, a training contract at Fenwick & Hale is all I have ever wanted, and without it I don't know how I will qualify. I beg you to reconsider. Priya",
  ],
  [
    11,
    ['pleading'],
    "Dear Mr Hale, I would gladly accept a paralegal position instead if the Trainee Solicitor role isn't possible — any way into Fenwick & Hale. Priya",
  ],
  [
    11,
    ['over-apology'],
    "Dear Mr Hale, I do apologise for contacting you yet again, and I'm sorry if my persistence is tiresome. Any news from Fenwick & Hale? Priya",
  ],
  [
    11,
    ['over-apology'],
    "Hi James, sorry sorry, I know I said I wouldn't chase again! Any update on Fenwick & Hale? Priya",
  ],
  [
    11,
    ['pressure'],
    'Dear Mr Hale, I would ask that Fenwick & Hale confirm its decision no later than Wednesday. Priya',
  ],
  [
    11,
    ['pressure'],
    'Dear Mr Hale, given that six weeks have passed, I expect the courtesy of an outcome from Fenwick & Hale. Priya',
  ],
  [
    11,
    ['pressure'],
    'Dear Mr Hale, should Fenwick & Hale fail to respond by the 20th, I shall consider my application withdrawn. Priya',
  ],
  [
    11,
    ['pressure'],
    "Dear Mr Hale, frankly I'm amazed a firm of Fenwick & Hale's standing would leave a candidate without any update for so long. Priya",
  ],
  [11, ['pressure'], 'Hi James, I need an update today on the Trainee Solicitor role. Today please. Priya'],
  [
    11,
    ['pressure'],
    "Hi James, I've sent four emails and not one has been answered. What is going on at Fenwick & Hale? Priya",
  ],
  [
    11,
    ['unbacked-claim'],
    'Dear Mr Hale, I should let you know that another firm has invited me to their final assessment centre, though Fenwick & Hale is my first choice. Priya',
  ],
  [
    11,
    ['unbacked-claim'],
    'Dear Mr Hale, I have several training contract interviews coming up with other firms, so an indication of timing would help. Fenwick & Hale. Priya',
  ],
  [
    12,
    [],
    "Dear Mrs Patel, thank you for the chance to spend the morning in Year 2. The children's phonics session was a joy, and I'd love to support it as a Teaching Assistant at Oakhurst. Kind regards, Dominic",
  ],
  [
    12,
    [],
    "Dear Mrs Patel, I hope half-term was restful. I'm writing to ask whether there is any news about the Teaching Assistant post. Kind regards, Dominic",
  ],
  [
    12,
    [],
    "Dear Mrs Patel, I've been offered a TA role at another school and need to reply by Monday. Oakhurst is where I'd really like to be; could you let me know if a decision is close? Dominic",
    true,
  ],
  [
    12,
    [],
    "Dear Mrs Patel, thank you for letting me know the interviews run until the 14th. I'll look forward to hearing from Oakhurst after that. Dominic",
  ],
  [
    12,
    [],
    "Dear Mrs Patel, just a quick note to say my DBS check has come through, in case that's helpful for the Teaching Assistant role. Dominic",
  ],
  [
    12,
    [],
    "Dear Mrs Patel, I'm so sorry I had to leave the open evening early — my son was unwell. I'd be happy to come back another time to meet the Oakhurst team. Dominic",
  ],
  [
    12,
    [],
    'Dear Mrs Patel, I really enjoyed reading the Oakhurst newsletter you gave me. The reading buddies scheme is brilliant! Dominic',
  ],
  [
    12,
    [],
    'Dear Mrs Patel, please could you let me know what time I should arrive for the Teaching Assistant observation on Thursday? Thank you, Dominic',
  ],
  [
    12,
    [],
    "Dear Mrs Patel, I quite understand that schools are stretched at this time of year. Whenever you're ready, I'd be grateful for an update on the Oakhurst post. Dominic",
  ],
  [
    12,
    [],
    "Dear Mrs Patel, I'd be very happy to work any of the days you mentioned for the Teaching Assistant role, including Fridays. Dominic",
  ],
  [
    12,
    ['pleading'],
    'Dear Mrs Patel, working with children is my dream and this Teaching Assistant post at Oakhurst is my only chance to get started. Please give me the opportunity. Dominic',
  ],
  [
    12,
    ['pleading'],
    'Dear Mrs Patel, I really, really hope you pick me for Oakhurst, it would honestly make my whole year. Dominic',
  ],
  [
    12,
    ['over-apology'],
    "Dear Mrs Patel, I'm sorry to bother you again, and I'm sorry for the short notice of this email. Any news on Oakhurst? Dominic",
  ],
  [
    12,
    ['over-apology'],
    'Dear Mrs Patel, I feel awful chasing you during such a busy term. Forgive me. Is there any news on the Teaching Assistant post? Dominic',
  ],
  [
    12,
    ['pressure'],
    'Dear Mrs Patel, I will need confirmation about the Teaching Assistant post by the end of this week at the latest. Dominic',
  ],
  [
    12,
    ['pressure'],
    "Dear Mrs Patel, I was told I would hear within a week. It has now been three. I'd appreciate an explanation. Dominic, Oakhurst TA applicant",
  ],
  [
    12,
    ['pressure'],
    'Dear Mrs Patel, if I have not heard from Oakhurst by Friday, I will have to accept a post elsewhere. Dominic',
  ],
  [12, ['pressure'], 'Dear Mrs Patel, why is nobody at Oakhurst answering my calls? Dominic'],
  [
    12,
    ['unbacked-claim'],
    'Dear Mrs Patel, two other schools have asked me to interview next week, but Oakhurst is my first choice. Dominic',
  ],
  [12, ['exclamations'], 'Dear Mrs Patel, thank you so much for the interview!!! I loved Oakhurst. Dominic'],
];

describe('whole messages, each checked as a check-in with its facts', () => {
  it.each(MESSAGES)('batch %i: expects %j for "%s"', (batch, expected, text, backed) => {
    const facts: ToneFacts = {
      ...BATCH_FACTS[batch],
      isCheckIn: true,
      otherOpenOpportunities: backed ? 1 : 0,
      hasOtherOffer: backed === true,
    };
    expect(rulesOf(text, facts).sort()).toEqual([...expected].sort());
  });

  it('holds at least 90 clean messages and 90 flagged ones', () => {
    expect(MESSAGES.filter(([, e]) => e.length === 0).length).toBeGreaterThanOrEqual(90);
    expect(MESSAGES.filter(([, e]) => e.length > 0).length).toBeGreaterThanOrEqual(90);
  });
});

describe('limits noted after the second blind set, now handled', () => {
  const ACME: ToneFacts = { company: 'Acme', role: 'Designer', otherOpenOpportunities: 0, hasOtherOffer: false };
  it('does not read calls about the visit itself as a charge of silence', () => {
    expect(rulesOf("I've called the Acme office twice to confirm parking.", ACME)).toEqual([]);
    expect(rulesOf("I've called the Acme office twice about my application.", ACME)).toEqual(['pressure']);
  });
  it('reads interviews lined up with counted firms as a claim', () => {
    expect(rulesOf('I have interviews lined up with two firms, Acme.', ACME)).toEqual(['unbacked-claim']);
    expect(rulesOf('I have two interviews scheduled with Acme next week.', ACME)).toEqual([]);
  });
  it('does not read a question about the employer’s own offer as a claim', () => {
    expect(rulesOf('Is there an offer in hand yet at Acme?', ACME)).toEqual([]);
    expect(rulesOf('I have an offer in hand, Acme.', ACME)).toEqual(['unbacked-claim']);
  });
});

/** Kinds widened after the third blind set, each in several wordings of our own. */
const FOURTH_FLAGGED: readonly [ToneRule, string][] = [
  // pleading: the job as what the family depends on
  ['pleading', 'This Acme job would mean the world to us; it means everything to my family.'],
  ['pleading', "Please don't let my kids down, Acme."],
  ['pleading', 'Do not let us down, Acme team.'],
  // pressure: follow-ups counted against the employer
  ['pressure', 'As I already said twice, I applied to Acme in May.'],
  ['pressure', 'As I mentioned (three times), the Acme interview was on the 3rd.'],
  ['pressure', 'Per my earlier emails about Acme, nothing has changed.'],
  ['pressure', 'Writing again about Acme in case my notes somehow got lost.'],
  ['pressure', 'I wrote to Acme on Monday, and the one before that.'],
  ['pressure', 'About the Acme role: I am still waiting.'],
  // pressure: guilt for what the wait cost
  ['pressure', 'I hope Acme knows what the silence has cost me.'],
  ['pressure', 'I turned down a contract to stay free for Acme.'],
  ['pressure', 'It has been difficult to get nothing back from Acme.'],
  // pressure: sarcasm, being forgotten, silence read as an answer
  ['pressure', 'I suppose Acme is too busy to reply to applicants.'],
  ['pressure', "Clearly applicants' time doesn't matter at Acme."],
  ['pressure', 'Reply about Acme whenever u get around to it.'],
  ['pressure', 'Has the Acme team forgotten about me?'],
  ['pressure', 'Should I read your silence as a rejection from Acme?'],
  ['pressure', 'Is anyone at Acme gonna actually respond?'],
  ['pressure', 'You promised a decision from Acme in ten days, and it has now been twenty.'],
  // pressure: calling until an answer comes
  ['pressure', "I'll keep phoning Acme each day until I hear something."],
  ['pressure', 'I will be emailing the Acme recruiters daily.'],
  ['pressure', "I'll call your office every single morning, Acme."],
  // pressure: the process called slow
  ['pressure', "I don't understand why it's taking such a long time at Acme."],
  ['pressure', 'Could you say what the hold-up was at Acme?'],
  ['pressure', 'The Acme process was meant to be fast.'],
  // a claimed offer from an unnamed employer
  ['unbacked-claim', 'A local design studio has already offered me a role, Acme.'],
  ['unbacked-claim', 'An agency in Leeds made me an offer yesterday, but Acme is my first choice.'],
];

/** Look-alikes of those kinds that stay clean: the seeker's own errands, pasts and plans. */
const FOURTH_CLEAN: readonly string[] = [
  'I really need to flag one date clash for the Acme panel: I am away on the 14th.',
  'I truly need to confirm the Acme interview room; is it on the second floor?',
  'The Acme code review was more careful than any job I have had, and I liked it.',
  "Acme's onboarding looked better than any role I've held so far.",
  'I wanted to explain why I asked about the Acme travel budget: I have a conference in May.',
  'Let me explain why the Acme portfolio link changed: I moved it to my own site.',
  'As I mentioned in the interview, I have shipped two Acme-style design systems.',
  'I will call the Acme front desk on Monday to confirm parking.',
  'I hope the Acme team gets some rest after a busy quarter.',
  'My mentor said the Acme offer process is usually quick.',
];

describe('fourth widening (after the third blind set): flagged by kind', () => {
  it.each(FOURTH_FLAGGED)('flags %s only in "%s"', (rule, text) => {
    expect(rulesOf(text)).toEqual([rule]);
  });
  it('leaves a claimed offer clean when another offer is real', () => {
    expect(rulesOf('A local design studio has already offered me a role, Acme.', BACKED)).toEqual([]);
  });
});

describe('fourth widening: look-alikes stay clean', () => {
  it.each(FOURTH_CLEAN)('leaves "%s" clean', (text) => {
    expect(checkTone(text, FACTS)).toEqual([]);
  });
  it.each([
    [{ company: 'Copperbeam Software', role: 'DevOps Engineer' }, 'Any news on the devops job?'],
    [{ company: 'Harrow Bank', role: 'Senior Payroll Officer' }, 'Is the payroll role still open?'],
  ] as [ToneFacts, string][])('counts %j as named in "%s"', (facts, text) => {
    expect(rulesOf(text, facts)).toEqual([]);
  });
});

/** [rule, text]: the fifth widening (issue 15 families), variants of our own beside test/fixtures/tone-families. */
const FIFTH_FLAGGED: readonly [ToneRule, string][] = [
  ['pleading', 'I would so very much love to be given this chance at Acme.'],
  ['pleading', 'I am so very very hopeful you will choose me for Acme.'],
  ['pleading', 'I am hoping so, so much that Acme says yes.'],
  ['pleading', "I'd be so so so grateful for any chance at Acme."],
  ['pressure', 'I would appreciate hearing back about the Acme role by Monday at the latest.'],
  ['pressure', 'A reply from Acme by Thursday at the latest would be expected.'],
  ['pressure', 'Acme has until Friday to let me know.'],
  ['pressure', "I'll need your answer on the Acme role before the weekend."],
  ['pressure', "I'd like Acme's final decision by close of business Friday."],
  ['pressure', 'Unless Acme replies by Monday, I will withdraw my application.'],
  ['pressure', 'Was I forgotten? I interviewed at Acme a month ago.'],
  ['pressure', 'Have I been forgotten? It has been weeks since the Acme interview.'],
  ['pressure', 'Did my application just fall through the cracks at Acme?'],
  ['pressure', 'Is ignoring candidates normal at Acme?'],
  ['pressure', 'Does anyone at Acme plan to reply to me?'],
  ['pressure', 'How long does Acme expect me to wait?'],
  ['pressure', 'Am I just supposed to keep waiting for Acme?'],
  ['pressure', 'What is going on with the Acme role? Nobody has told me anything.'],
  ['pressure', "If I've not heard anything by Monday, I'll be withdrawing from the Acme process."],
  ['pressure', "If I don't hear by the 20th, I will pursue other options than Acme."],
  ['pressure', "If I'm still waiting next week I'll have no choice but to move on from Acme."],
  ['pressure', 'I will need a firm yes or no from Acme by Tuesday.'],
  ['pressure', "I'm going to need Acme's answer first thing tomorrow."],
  ['pressure', "I'd expect Acme to have decided by now."],
  ['pressure', 'Did Acme forget about me?'],
];

/** Look-alikes of the fifth widening that stay clean. */
const FIFTH_CLEAN: readonly string[] = [
  "I'd so very much love to hear more about the Acme roadmap.",
  "I'll give you my answer on the Acme offer by Friday at the latest.",
  "I'll let you know by Monday at the latest whether I can do the Acme panel.",
  'Thanks - so I have until Friday to decide on the Acme offer.',
  "I'll send the Acme case study by Thursday at the latest.",
  'I was so very hopeful after our Acme chat, and I still am.',
  "I'm so grateful for the chance to interview at Acme.",
  'My file was lost in the system when I applied, so I re-sent it for the Acme role.',
  'How long should I plan for the Acme assessment?',
  'Nobody has told me the dress code for the Acme office - could you let me know?',
  'Is anyone at Acme planning to join the meetup on Friday?',
  "I'm really very happy with how the Acme interview went.",
  "If I don't hear back before the Acme interview, I'll bring my laptop anyway.",
  'The other company needs an answer by Friday; Acme is my first choice.',
  'Did I forget to attach my portfolio for Acme?',
  "I'll be at the Acme office first thing tomorrow for the assessment.",
];

describe('fifth widening (issue 15 families): flagged by kind', () => {
  it.each(FIFTH_FLAGGED)('flags %s only in "%s"', (rule, text) => {
    expect(rulesOf(text)).toEqual([rule]);
  });
});

describe('fifth widening: look-alikes stay clean', () => {
  it.each(FIFTH_CLEAN)('leaves "%s" clean', (text) => {
    expect(checkTone(text, FACTS)).toEqual([]);
  });
});

/** [rule, text]: the sixth widening (the fourth blind set's misses, by family), variants of our own. */
const SIXTH_FLAGGED: readonly [ToneRule, string][] = [
  // a condition on a longer-named employer, and walking away in other words
  ['pressure', 'Unless anyone at the Acme hiring team replies by Friday, I will be withdrawing.'],
  ['pressure', "If Acme can't make that work, I'm afraid I won't be continuing."],
  ['pressure', 'If Acme cannot accommodate this, I will not proceed with the Designer role.'],
  ['pressure', "Please send the Acme contract by Monday, otherwise I'll have to reconsider."],
  // a deadline in polite words, asked "either way", "at the earliest", "latest by"
  ['pressure', 'Could you let me know about the Acme role by Thursday either way?'],
  ['pressure', 'Would you tell me by the end of the week, one way or the other, about Acme?'],
  ['pressure', 'Kindly revert at the earliest about the Acme role.'],
  ['pressure', 'Please confirm latest by Friday EOD on the Acme role.'],
  // silence held against the employer: a named employer's silence, treatment, "this time"
  ['pressure', "Should I read Acme's silence as a no?"],
  ['pressure', 'Is this how Acme treats all its candidates?'],
  ['pressure', 'I hope Acme will reply promptly this time about the Designer role.'],
  ['pressure', 'Maybe this time, unlike the first round, Acme will write back about the Designer role.'],
  // pleading: stakes laid on the employer
  ['pleading', 'I am really very much in need of this job at Acme.'],
  ['pleading', 'My entire family is counting on this job at Acme.'],
  ['pleading', 'The Acme role would truly mean everything.'],
  ['pleading', "I'd accept whatever you have at Acme."],
  ['pleading', 'I would take even a role far more junior at Acme.'],
];

/** Look-alikes of the sixth widening that stay clean. */
const SIXTH_CLEAN: readonly string[] = [
  'Is a phone call the only option for the Acme interview, or could we meet on site?',
  'Are Tuesdays the only option for the Acme panel?',
  'Please tell me what to prepare for Acme and I will do it straight away.',
  'Could you let me know which day suits Acme? I am happy either way.',
  "If Acme can't make that work, I'm happy to find another time.",
  "If Tuesday doesn't suit Acme, I'll reconsider the travel dates.",
  'I will get back to you quickly this time next week about the Acme offer.',
  'Our team is depending on the new Acme tool.',
  'I can take whatever you have open on Tuesday for the Acme call.',
  'Unlike the first round, the Acme panel will be in person.',
  'Your feedback means everything to the Acme team, you said, and I was glad to give it.',
  'I could start in March at the earliest, if that suits Acme.',
];

describe('sixth widening (fourth blind tone set families): flagged by kind', () => {
  it.each(SIXTH_FLAGGED)('flags %s only in "%s"', (rule, text) => {
    expect(rulesOf(text)).toEqual([rule]);
  });
});

describe('sixth widening: look-alikes stay clean', () => {
  it.each(SIXTH_CLEAN)('leaves "%s" clean', (text) => {
    expect(checkTone(text, FACTS)).toEqual([]);
  });
});
