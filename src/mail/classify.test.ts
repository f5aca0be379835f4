import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, classifyInboundText } from './classify.js';
import { asksQuestion, settleReading } from './families.js';
import { parseMessage } from './parse.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/mail');
const ctx = { ownAddresses: ['Sam.Lee@example.com'] };

const message = (headers: Record<string, string>, body: string) =>
  parseMessage(
    `${Object.entries({ Date: 'Tue, 17 Nov 2026 10:00:00 -0500', 'Message-ID': '<t@x.example>', ...headers })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')}\n\n${body}`,
  );

/** A received message from a recruiter, subject "Your application", read. */
const read = async (body: string, headers: Record<string, string> = {}) =>
  classify(
    await message(
      { From: 'recruiter@co.example', To: 'sam.lee@example.com', Subject: 'Your application', ...headers },
      body,
    ),
    ctx,
  );

describe('classify: wordings beyond the sample', () => {
  const kindOf = async (body: string, from = 'recruiter@co.example') => {
    const r = classify(
      await message({ From: from, To: 'sam.lee@example.com', Subject: 'Your application' }, body),
      ctx,
    );
    return r.direction === 'in' ? r.kind : r.purpose;
  };
  it.each([
    ["They've decided to move forward with a candidate whose background is closer to the role.", 'rejection'],
    ["So we won't be continuing with your application for the Platform Engineer role.", 'rejection'],
    ['Imani and I would love for you to join Saltmarsh Studio as our founding engineer.', 'offer'],
    ["We're thrilled to welcome you aboard as our next staff engineer.", 'offer'],
    ['Here are a few times for your first interview:\n- Thursday 10:00 AM\n- Monday 11:00 AM', 'scheduling'],
    ['Could you let me know which of these windows works for you?', 'scheduling'],
    ['Two options: Thursday 1-4 PM or Friday 9-12. Which works better for you?', 'scheduling'],
    ["We've decided to pursue other applicants whose background is closer to our toolchain.", 'rejection'],
    ['Would it be possible to move your conversation with him to Monday, Nov 16 at 11:00am PT instead?', 'scheduling'],
    ["They've decided to fill the Data Pipelines role with an internal transfer.", 'rejection'],
    ["So they're closing out all the external candidates.", 'rejection'],
    ['Could we move your onsite panel from Thursday at 9:00 AM to Monday at 10:00 AM?', 'scheduling'],
    [
      'The hiring team has finished assessing applicants, and your application will not be progressing further.',
      'rejection',
    ],
    ['Tallgrass have given the role to someone from their own team, so the search is closed.', 'rejection'],
    ["It was close, but we've asked the other finalist to join the team. I wish the news were different.", 'rejection'],
    ["Marisol wants to grab 30 min with you. What does your week look like? She's pretty open Thu/Fri.", 'scheduling'],
    [
      "Imogen is on annual leave this week, so I'm picking up your note. We hope to let you know early next week.",
      'timeline',
    ],
    // No scheduling words at all: days and two times of day are slots.
    ['Hi! Tuesday 3:30pm or Wednesday 11am, video as before. Cheers, Kim', 'scheduling'],
    ['Thanks for your time on Tuesday at 2pm, it was good to meet.', 'other'],
    // A candidate rescheduling is news about the process, not a scheduling ask.
    ["One of the other candidates had to reschedule, so it'll be a few weeks before I have an answer.", 'timeline'],
  ])('reads "%s" as %s', async (body, kind) => {
    expect(await kindOf(body)).toBe(kind);
  });
  it.each([
    ["I've received two offers this week, and the first one asks for an answer by Tuesday, December 8.", 'offer-nudge'],
    [
      "I wanted to follow up once more. I'm also in the later stages with a couple of other companies.",
      'explicit-check',
    ],
  ])('reads the sent "%s" as %s', async (body, purpose) => {
    expect(await kindOf(body, 'sam.lee@example.com')).toBe(purpose);
  });
  it('needs thanks for a thank-you: "great to meet you" alone opens a cold note', async () => {
    const cold = 'It was great to meet you at the meetup last Thursday. Would you be open to a longer conversation?';
    expect(await kindOf(cold, 'sam.lee@example.com')).toBe('other');
    expect(await kindOf(`${cold} Thanks for the tips on the role!`, 'sam.lee@example.com')).toBe('thank-you');
  });
});

describe('classify: the families of issue 15 (mail it had not seen)', () => {
  // A role closed, filled, taken, withdrawn, cancelled, paused or on hold is a rejection, without "unfortunately".
  it.each([
    'The Senior Analyst requisition has been cancelled following the reorganisation.',
    'Budget for the team was frozen last week, so the opening is on hold until further notice.',
    'I have to tell you that the position has now been taken by someone from our Lisbon office.',
    'After the budget round we have decided to withdraw the vacancy.',
    'Hiring for the Platform role is paused indefinitely.',
    "Leadership put the Staff Engineer opening on hold this morning, so I can't take your application further.",
    "We're no longer hiring for this position.",
    'We have stopped the recruitment process for this post.',
  ])('reads "%s" as a rejection', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'rejection' });
  });
  it.each([
    ['a condition', "Once the role is filled, we'll let every candidate know."],
    ['the advert closing', 'We closed the job posting on Friday and will decide by the 27th.'],
    ['applications closing', "The role is closed to new applications, and we'll decide by Friday."],
  ])('does not read %s as a rejection', async (_, body) => {
    expect(await read(body)).not.toMatchObject({ kind: 'rejection' });
  });
  it('does not read a newsletter quoting "the role was filled" as a rejection, but list mail about your application is one', async () => {
    const list = { From: 'news@letter.example', 'List-Id': '<x.letter.example>' };
    expect(await read('"Unfortunately the role was filled internally": why it happens.', list)).toMatchObject({
      kind: 'other',
    });
    expect(await read('The position has been filled; your application is now closed.', list)).toMatchObject({
      kind: 'rejection',
    });
  });
  // A revised offer, or one held open longer, is still an offer; its new answer date is decisionBy.
  it.each([
    ['Attached is the revised offer letter; please let us know by December 18.', '2026-12-18'],
    ['Happy to give you more time: the offer stays open until January 15.', '2027-01-15'],
    [
      'We can raise the salary to EUR 85,000; everything else is unchanged. If we hear your answer by the middle of next week, that works.',
      '2026-11-25',
    ],
    ['Please do not treat the 20th as a hard line: letting us know early in December is fine.', '2026-12-10'],
  ])('reads "%s" as an offer answered by %s', async (body, by) => {
    const r = await read(body, { Subject: 'Re: Your offer' });
    expect(r).toMatchObject({ direction: 'in', kind: 'offer' });
    expect(r.decisionBy?.toString()).toBe(by);
  });
  it('needs the offer in the subject: "my offer stands" to a friend is no offer', async () => {
    const body = 'My offer stands: the spare room is yours whenever you visit.';
    expect(await read(body, { Subject: 'Sunday?' })).not.toMatchObject({ kind: 'offer' });
  });
  // Public and large employers: a decision period as part of a month or a week, or a later stage.
  it.each([
    ['Decisions will be sent out in the first half of February.', '2027-02-15'],
    ['We expect to confirm outcomes the week of December 7.', '2026-12-11'],
    ['We will contact the shortlisted applicants early in the new year.', '2027-01-10'],
    ["You'll hear from us later in December.", '2026-12-31'],
    ['The formal letters to every applicant will go out in the next few days.', '2026-11-20'],
  ])('reads "%s" as a timeline by %s', async (body, by) => {
    const r = await read(body);
    expect(r).toMatchObject({ direction: 'in', kind: 'timeline' });
    expect(r.decisionBy?.toString()).toBe(by);
  });
  it('reads no promise in a request to the seeker ("could you confirm by Wednesday")', async () => {
    const r = await read('We would like to invite you to our assessment day. Could you confirm by Wednesday?');
    expect(r.decisionBy).toBeNull();
  });
  it('reads "what the hiring process and timing look like" as asking for the timeline', async () => {
    const r = await read('Could you tell me what the hiring process and timing look like from here?', {
      From: 'sam.lee@example.com',
    });
    expect(r).toMatchObject({ direction: 'out', purpose: 'ask-timeline' });
  });
});

describe('classify: inbound', () => {
  it('reads a promise from a reply and makes it a timeline (quoted text ignored)', async () => {
    const m = await parseMessage(readFileSync(join(FIXTURES, 'outlook-reply-latin1.eml')));
    const r = classify(m, ctx);
    expect(r.direction).toBe('in');
    expect(r.direction === 'in' && r.kind).toBe('timeline');
    expect(r.decisionBy?.toString()).toBe('2026-12-08');
  });
  it('reads an HTML-only ATS rejection', async () => {
    const r = classify(await parseMessage(readFileSync(join(FIXTURES, 'ashby-rejection-html.eml'))), ctx);
    expect(r.direction === 'in' && r.kind).toBe('rejection');
  });
  it('treats Auto-Submitted: auto-replied as an auto-reply whatever the text says', async () => {
    const m = await message(
      { From: 'a@co.example', To: 'sam.lee@example.com', 'Auto-Submitted': 'auto-replied' },
      'We will decide by Friday.',
    );
    const r = classify(m, ctx);
    expect(r.direction === 'in' && r.kind).toBe('auto-reply');
    expect(r.decisionBy).toBeNull();
  });
  it('reads an offer deadline as decisionBy', async () => {
    const m = await message(
      { From: 'a@co.example', To: 'sam.lee@example.com', Subject: 'Your offer' },
      "We're delighted to offer you the role of Staff Engineer.\n\nPlease let us know your decision by December 1.",
    );
    const r = classify(m, ctx);
    expect(r.direction === 'in' && r.kind).toBe('offer');
    expect(r.decisionBy?.toString()).toBe('2026-12-01');
  });
  it('does not read an offer in "offer the role to another candidate"', async () => {
    const m = await message(
      { From: 'a@co.example', To: 'sam.lee@example.com' },
      "We've decided to offer the role to another candidate.",
    );
    expect(classify(m, ctx)).toMatchObject({ direction: 'in', kind: 'rejection' });
  });
  it('calls mailing-list mail other, whatever dates it names', async () => {
    const m = await message(
      { From: 'news@letter.example', To: 'sam.lee@example.com', 'List-Id': '<x.letter.example>' },
      'We will decide on the winners by Friday.',
    );
    expect(classify(m, ctx)).toMatchObject({ direction: 'in', kind: 'other', decisionBy: null });
  });
});

describe('classify: outbound', () => {
  const out = (subject: string, body: string) =>
    message({ From: 'Sam Lee <sam.lee@example.com>', To: 'tom@co.example', Subject: subject }, body);
  const rows: [string, string, string][] = [
    ['thank-you', 'Thank you', 'Thank you for taking the time to talk with me today about the role.'],
    ['ask-timeline', 'Next steps', 'Could you share what the timeline looks like for a decision?'],
    ['status-check', 'Checking in', 'I wanted to check in: is there any update on the role?'],
    [
      'explicit-check',
      'Still interested',
      "I haven't heard back since my last note. I'm still very interested, and I'm in the final stages with other companies. When do you expect to decide?",
    ],
    ['offer-nudge', 'Timing', "I've received an offer from another company and they asked me to respond by Friday."],
    ['withdraw', 'Withdrawing', "I've decided to withdraw from consideration for the role."],
    ['other', 'Introduction', 'Ben suggested I reach out about the opening. My resume is attached.'],
  ];
  for (const [purpose, subject, body] of rows) {
    it(`reads ${purpose}`, async () => {
      expect(classify(await out(subject, body), ctx)).toMatchObject({ direction: 'out', purpose });
    });
  }
});

describe('classifyInboundText', () => {
  it('reads the kind of words alone', () => {
    expect(classifyInboundText("we'll decide by next Friday")).toBe('timeline');
    expect(classifyInboundText('Unfortunately we will not be moving forward with your application.')).toBe('rejection');
    expect(classifyInboundText("We'd like to offer you the position!")).toBe('offer');
    expect(classifyInboundText('Would either of these times work for a call?')).toBe('scheduling');
    expect(classifyInboundText('Thanks, good to hear from you.')).toBe('reply');
    expect(classifyInboundText('The offer has changed: the base is now 82k. Let us know by Friday.')).toBe('offer');
    expect(classifyInboundText('That seat is now taken, I am afraid.')).toBe('rejection');
  });
});

describe('classify and classifyInboundText decide the kind in one place', () => {
  // The words of `heard OPP "..."` are read as a reply whose subject and body are those words.
  const asReply = (words: string) =>
    message(
      {
        Date: 'Mon, 03 Jan 2000 12:00:00 +0000',
        From: 'recruiter@co.example',
        To: 'sam.lee@example.com',
        Subject: `Re: ${words}`,
        'In-Reply-To': '<earlier@co.example>',
      },
      words,
    );
  it.each([
    ["They've decided to move forward with a candidate whose background is closer to the role.", 'rejection'],
    ["So we won't be continuing with your application for the Platform Engineer role.", 'rejection'],
    ['That seat is now taken, I am afraid.', 'rejection'],
    ['The Senior Analyst requisition has been cancelled following the reorganisation.', 'rejection'],
    ["We're no longer hiring for this position.", 'rejection'],
    ["It was close, but we've asked the other finalist to join the team. I wish the news were different.", 'rejection'],
    ['Imani and I would love for you to join Saltmarsh Studio as our founding engineer.', 'offer'],
    ["We'd like to offer you the position!", 'offer'],
    ['The offer has changed: the base is now 82k. Let us know by Friday.', 'offer'],
    ['Happy to give you more time: the offer stays open until January 15.', 'offer'],
    ['Would either of these times work for a call?', 'scheduling'],
    ['Could you let me know which of these windows works for you?', 'scheduling'],
    ['Two options: Thursday 1-4 PM or Friday 9-12. Which works better for you?', 'scheduling'],
    ['Could we move your onsite panel from Thursday at 9:00 AM to Monday at 10:00 AM?', 'scheduling'],
    // No scheduling words at all: days and two times of day are slots.
    ['Hi! Tuesday 3:30pm or Wednesday 11am, video as before. Cheers, Kim', 'scheduling'],
    ["we'll decide by next Friday", 'timeline'],
    ['Decisions will be sent out in the first half of February.', 'timeline'],
    ["You'll hear from us later in December.", 'timeline'],
    ["One of the other candidates had to reschedule, so it'll be a few weeks before I have an answer.", 'timeline'],
    // A colleague covering who promises a date is writing, not an auto-responder.
    [
      "Imogen is on annual leave this week, so I'm picking up your note. We hope to let you know early next week.",
      'timeline',
    ],
    ['I am out of the office until Monday with limited access to email.', 'auto-reply'],
    ['Thanks, good to hear from you.', 'reply'],
    ['Thanks for your time on Tuesday at 2pm, it was good to meet.', 'reply'],
    ['Great, thanks for the quick answer.', 'reply'],
  ])('"%s" is %s either way', async (words, kind) => {
    expect(classifyInboundText(words)).toBe(kind);
    expect(classify(await asReply(words), ctx)).toMatchObject({ direction: 'in', kind });
  });
});

describe('classify: the families of the eighth blind set (issue 15)', () => {
  // The hiring went another way, or its headcount or budget went: no "unfortunately", still a rejection.
  it.each([
    'After a long debate, leadership chose to take the search in a different direction.',
    'The panel is heading in another direction with this hire.',
    'Because of a company-wide hiring freeze, every open search is paused for now.',
    'The budget for this analyst post was withdrawn at the quarterly review.',
    "We've lost the headcount for the platform squad this quarter.",
    'We are unable to take forward any candidates for the role at present.',
  ])('reads "%s" as a rejection', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'rejection' });
  });
  it('does not read a freeze that is over as a rejection', async () => {
    const r = await read('The hiring freeze has been lifted, and we expect to decide by Friday, November 27.');
    expect(r).toMatchObject({ kind: 'timeline' });
    expect(r.decisionBy?.toString()).toBe('2026-11-27');
  });

  // An explicit check in the seeker's own words.
  const out = (body: string) =>
    message({ From: 'Sam Lee <sam.lee@example.com>', To: 'tom@co.example', Subject: 'Re: Analyst role' }, body);
  it.each([
    "Quick question: am I still in the running for the analyst role? I'd rather know either way.",
    "I remain keen on the role. I'm also speaking to two other firms, so could you tell me when you'll decide?",
    'If the panel has already moved on, no problem at all, just let me know.',
    "I've got other deadlines coming up, so an honest answer would help me a lot.",
  ])('reads "%s" as an explicit check', async (body) => {
    expect(classify(await out(body), ctx)).toMatchObject({ direction: 'out', purpose: 'explicit-check' });
  });

  // An offer told as its terms, with dates and a call on offer, is an offer, not scheduling.
  it.each([
    'The panel wants you to join Lumen as a staff analyst. SGD 9,500 per month, starting date 4 January.',
    'Offer letter enclosed. We propose a start date of 1 February and can set up a call with the CTO if useful.',
    'Good news: the package is USD 125k base with a start date in March. Please let us know by the 4th.',
  ])('reads "%s" as an offer', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'offer' });
  });
  it('reads the answer date of an offer told as its terms', async () => {
    const r = await read('Written offer attached, USD 120k base. Please reply with your decision by Friday the 11th.', {
      Date: 'Thu, 03 Dec 2026 09:00:00 +0800',
    });
    expect(r).toMatchObject({ kind: 'offer' });
    expect(r.decisionBy?.toString()).toBe('2026-12-11');
  });
  it.each([
    'Please bring your passport on your start date; the onboarding day begins at nine.',
    'Salary bands for the role start at SGD 7,000, in case that helps your planning.',
  ])('does not read "%s" as an offer', async (body) => {
    expect(await read(body)).not.toMatchObject({ kind: 'offer' });
  });
});

describe('settleReading: what the match says', () => {
  const unmatched = { opportunityId: null, method: null, candidates: [] };
  const byDomain = { opportunityId: 'acme', method: 'domain', candidates: [] };
  const inbound = async (body: string, from = 'friend@gmail.example', subject = 'Re: dinner') =>
    classify(await message({ From: from, To: 'sam.lee@example.com', Subject: subject }, body), ctx);
  it('reads mail matched to no opportunity as other, with no decision date', async () => {
    const r = await inbound('Ha, pick one and stop worrying. Decide by Thursday, November 19!');
    expect(r).toMatchObject({ kind: 'timeline' });
    expect(settleReading(r, unmatched, false)).toMatchObject({ kind: 'other', decisionBy: null });
  });
  it('keeps the reading of an ambiguous match and of an auto-reply', async () => {
    const r = await inbound('We hope to decide by Thursday, November 19.');
    expect(settleReading(r, { opportunityId: null, method: null, candidates: ['a', 'b'] }, false)).toBe(r);
    const away = await inbound('I am out of the office until Monday with no access to email.');
    expect(settleReading(away, unmatched, false)).toMatchObject({ kind: 'auto-reply' });
  });
  it('reads an unpatterned answer from the company after the seeker asked as a reply', async () => {
    const r = await inbound(
      'Our induction weeks run from the 7th and the 21st of January.',
      'hr@acme.example',
      'Induction',
    );
    expect(r).toMatchObject({ kind: 'other' });
    expect(settleReading(r, byDomain, true)).toMatchObject({ kind: 'reply' });
    expect(settleReading(r, byDomain, false)).toMatchObject({ kind: 'other' });
    expect(settleReading(r, { ...byDomain, method: 'ats-company' }, true)).toMatchObject({ kind: 'other' });
  });
  it('counts only a sent message with a question as asking', async () => {
    const sent = (body: string) =>
      message({ From: 'sam.lee@example.com', To: 'hr@acme.example', Subject: 'Start' }, body).then((m) =>
        classify(m, ctx),
      );
    expect(asksQuestion(await sent('What start dates would be possible?'))).toBe(true);
    expect(asksQuestion(await sent('Thank you for the call today.'))).toBe(false);
    expect(asksQuestion(await inbound('Any news?'))).toBe(false);
  });
});
