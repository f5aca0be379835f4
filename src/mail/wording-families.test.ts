/**
 * Families of wording, many short variants each, written for this test and
 * not taken from any labelled set: rejections without rejection words,
 * offers and revised offers with loose answer-by dates, scheduling and
 * invitations, acknowledgements, and decision periods in the words real
 * employers use. A family is read when its variants are, not one sentence.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { readDecisionBy } from './decision-date.js';
import { parseMessage } from './parse.js';

const ctx = { ownAddresses: ['sam.lee@example.com'] };

/** A received message (Tue 17 Nov 2026, New York) from a recruiter, read. */
const read = async (body: string, headers: Record<string, string> = {}) =>
  classify(
    await parseMessage(
      `${Object.entries({
        Date: 'Tue, 17 Nov 2026 10:00:00 -0500',
        'Message-ID': '<fam@x.example>',
        From: 'recruiter@co.example',
        To: 'sam.lee@example.com',
        Subject: 'Your application',
        ...headers,
      })
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')}\n\n${body}`,
    ),
    ctx,
  );

type Case = [subject: string, body: string, kind: string, decisionBy?: string, date?: string];

/** Reads each case as a message (sent when its kind starts with `out:`) and checks its kind and date. */
function checkBatch(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases)('%s: %s -> %s %s', async (subject, body, kind, by, date) => {
      const sent = kind.startsWith('out:');
      const r = await read(body, {
        Subject: subject,
        ...(date ? { Date: date } : {}),
        ...(sent ? { From: 'Sam Lee <sam.lee@example.com>', To: 'talent@co.example' } : {}),
      });
      expect(r.direction === 'in' ? r.kind : `out:${r.purpose}`).toBe(kind);
      expect(r.decisionBy?.toString() ?? null).toBe(by ?? null);
    });
  });
}

// 2026-11-17 is a Tuesday: this week ends Friday the 20th, next week runs 23-29 November.
const TUE = '2026-11-17T10:00:00-05:00';
const when = (text: string, offer = false) => readDecisionBy(text, { date: TUE, offer })?.toString() ?? null;

describe('rejections without the usual words', () => {
  it.each([
    // The role is gone or taken.
    'We have now filled this vacancy.',
    'The hiring manager has made a selection for this role.',
    'An appointment has been made to the post.',
    'We have appointed another candidate to the role.',
    'The req was closed last week after a change in business priorities.',
    'This opening has been eliminated as part of the restructure.',
    'This role is no longer available.',
    'The position is no longer open.',
    'The team decided to close the search without making a hire.',
    "We've hired someone for the role.",
    'We have since hired for this position.',
    'The post has been offered to, and accepted by, another candidate.',
    'The business has decided not to go ahead with this hire.',
    "We're pausing recruitment for the team until further notice.",
    'The team has decided to hire internally for this position.',
    // Not going on with this candidate.
    'Your application will not be progressing to the next stage.',
    "We won't be taking your application further at this time.",
    'We have decided not to progress your application.',
    'Unfortunately you have not been successful on this occasion.',
    'I am sorry to say your application was unsuccessful.',
    'On this occasion we will not be inviting you to the next stage.',
    'We have decided not to make an offer.',
    'We will not be extending an offer for this role.',
    "I'm afraid we're going to pass.",
    'The team has decided to pass on your candidacy.',
    "We won't be able to take things further.",
    'We are not in a position to offer you the role.',
    'We have made the difficult decision not to move ahead.',
    // Someone closer to what was needed.
    'We have selected a candidate whose experience more closely matches the brief.',
    "We've chosen to go with someone whose background is closer to what we need.",
    'We will be moving ahead with candidates whose experience is a closer match.',
    'The panel felt other candidates were a closer fit for the role.',
    "We've decided to pursue a candidate with more domain experience.",
    'We went with an internal candidate in the end.',
    'The hiring manager has decided to go another way.',
    "We don't think this is the right fit at this time.",
    'We have decided to withdraw the offer we made you.',
  ])('"%s" is a rejection', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'rejection' });
  });

  it.each([
    ['a role not yet filled', "The position hasn't been filled yet, and we'll decide by Friday."],
    ['other candidates not pursued', "We're not pursuing other candidates until we have spoken to you again."],
    ['a condition', "If the role is filled internally, I'll let you know straight away."],
    ['an advert taken down', 'We took the job ad down on Friday; the search itself goes on.'],
    [
      'an invitation to the next stage',
      'You have been successful and we would like to invite you to a second interview.',
    ],
  ])('%s is no rejection', async (_, body) => {
    expect(await read(body)).not.toMatchObject({ kind: 'rejection' });
  });
});

describe('offers in other words', () => {
  it.each([
    "We'd like to make you a formal offer for the Analyst role.",
    'The team has approved an offer for you.',
    'We want to bring you on board as our new product designer.',
    "We'd love to have you join us in January.",
    'I am pleased to confirm you have been successful in your application for the post of Policy Officer.',
    'We are delighted to make you a conditional offer of employment.',
    'I am happy to share a verbal offer with you today.',
    'Please find attached our provisional offer of appointment.',
  ])('"%s" is an offer', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'offer' });
  });

  it.each([
    ['Congratulations! Please let us know by 4 December whether you accept.', '2026-12-04'],
    ['Please sign and return the contract within five working days.', '2026-11-24'],
    ['The offer is open until Friday 27 November.', '2026-11-27'],
    ["We'd need your answer by the end of next week.", '2026-11-27'],
    ['Take until next Wednesday to decide.', '2026-11-25'],
    ['You have until the 4th to let us know.', '2026-12-04'],
    ['We can hold the offer until the end of the month.', '2026-11-30'],
    ['No rush: mid-December is fine for your answer.', '2026-12-15'],
    ['Could you come back to us with a decision within a week?', '2026-11-24'],
    ['We would appreciate your response by COB Monday.', '2026-11-23'],
  ])('in an offer, "%s" asks for an answer by %s', (text, by) => {
    expect(when(text, true)).toBe(by);
  });

  it.each([
    ["We've revised the package: base is now 98k. Take until next Wednesday to decide.", '2026-11-25'],
    [
      'Good news, the team agreed a higher sign-on bonus. The amended terms are attached; the 4th is fine for your answer.',
      '2026-12-04',
    ],
    ['We have extended the deadline for your decision to Friday 11 December.', '2026-12-11'],
    ['We can hold the offer until the end of the month while you think it over.', '2026-11-30'],
    ["Here's the updated contract with the new title. Let us know by mid-December.", '2026-12-15'],
    ['The revised letter reflects the equity we discussed; we now need your answer by 1 December.', '2026-12-01'],
  ])('a revised offer "%s" is an offer answered by %s', async (body, by) => {
    const r = await read(body, { Subject: 'Re: Your offer from Co' });
    expect(r).toMatchObject({ direction: 'in', kind: 'offer' });
    expect(r.decisionBy?.toString()).toBe(by);
  });
});

describe('scheduling and invitations', () => {
  it.each([
    'We would like to invite you to a second interview with the team.',
    "We'd love to invite you to interview with us.",
    'Please use the link below to pick a time that suits you.',
    'Are you free for a quick call on Thursday afternoon?',
    'Does Tuesday at 3pm work for you?',
    'Could you do 2pm on Wednesday?',
    'Your interview is confirmed for Thursday 19 November at 10:00.',
    "I am afraid we need to postpone tomorrow's interview; I will send new times shortly.",
    "I've sent you a Teams invite for Friday morning.",
    'Congratulations, you have been shortlisted for interview.',
    "We'd like you to come in for a final round with the founders.",
    'Please confirm your attendance at the assessment centre on 3 December.',
    'Would Monday or Tuesday next week suit you for the technical round?',
    'Please self-schedule your video interview using the link below.',
  ])('"%s" is scheduling', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'scheduling' });
  });
});

describe('acknowledgements and other mail', () => {
  it('an ATS acknowledgement that promises a reply is a timeline, not an auto-reply', async () => {
    const r = await read(
      'This is an automated response. Thank you for applying to Orbit. We have received your application and a recruiter will reach out within 10 business days.',
      { From: 'no-reply@orbit.example' },
    );
    expect(r).toMatchObject({ kind: 'timeline' });
    expect(r.decisionBy?.toString()).toBe('2026-12-01');
  });
  it('an ATS acknowledgement with no promise is other, not an auto-reply', async () => {
    const r = await read(
      'This is an automated response: please do not reply. Thank you for your application for the Analyst role; we have received it and will review it carefully.',
      { From: 'no-reply@orbit.example' },
    );
    expect(r).toMatchObject({ kind: 'other' });
  });
  it.each([
    'Please reply by Friday to confirm your attendance.',
    'Kindly respond within 48 hours to secure your slot.',
    'Please submit your references by Friday.',
    'Please complete the online assessment within 5 days.',
    'Our offices will be closed from 24 December until 4 January.',
    'The deadline to apply is 30 November.',
    'We received over 400 applications last week.',
    'Your start date would be 4 January.',
  ])('"%s" promises nothing', (text) => {
    expect(when(text)).toBeNull();
  });
});

describe('decision periods as real employers write them', () => {
  it.each([
    // Quarters and the year.
    ['We expect to make a final decision by the end of Q4.', '2026-12-31'],
    ['Decisions should be made before the end of the quarter.', '2026-12-31'],
    ['The hiring manager will make her decision by year end.', '2026-12-31'],
    ['Results will be released by the end of the year.', '2026-12-31'],
    // Fortnights, ranges and loose spans.
    ["You'll hear from us over the coming fortnight.", '2026-12-01'],
    ['We aim to respond within a fortnight.', '2026-12-01'],
    ["We'll be in touch in 2-3 weeks.", '2026-12-08'],
    ['Expect to hear back within 1–2 weeks.', '2026-12-01'],
    ["We'll get back to you in a week or two.", '2026-12-01'],
    ['The panel will reach a decision in about two weeks.', '2026-12-01'],
    ['We will let you know within the next week.', '2026-11-24'],
    ['You should hear from us within 48 hours.', '2026-11-19'],
    ['We hope to give you an answer within 7 to 10 business days.', '2026-12-01'],
    ['We should know more in a couple weeks’ time.', '2026-12-01'],
    ['Feedback will follow in the next 10 days or so.', '2026-11-27'],
    ['You can expect to hear from us within the month.', '2026-11-30'],
    // Months, and parts of them.
    ["We'll let you know next month.", '2026-12-31'],
    ['Decisions will be communicated early next month.', '2026-12-10'],
    ['We expect to decide mid next month.', '2026-12-15'],
    ["We'll come back to you later this month.", '2026-11-30'],
    ['We will write to you with the outcome in December.', '2026-12-31'],
    ['Outcomes will be sent out during January.', '2027-01-31'],
    ['We anticipate getting back to candidates in mid to late December.', '2026-12-31'],
    ['We aim to let you know early to mid December.', '2026-12-15'],
    ['Expect an update in the first week of December.', '2026-12-04'],
    ["We'll let you know in the second week of December.", '2026-12-11'],
    ["We're looking at making a decision around the middle of December.", '2026-12-15'],
    ['We plan to finalise our decision before Christmas.', '2026-12-24'],
    // Weeks and days.
    ["We'll let you know by the weekend.", '2026-11-20'],
    ["We'll confirm next steps the week after next.", '2026-12-04'],
    ['Shortlisted candidates will be contacted in the week commencing 7 December.', '2026-12-11'],
    ["We'll be in touch w/c 30th November.", '2026-12-04'],
    ['We will notify all applicants by close of business Thursday.', '2026-11-19'],
    ["You'll hear by COB Monday.", '2026-11-23'],
    ["We'll let you know by EOD tomorrow.", '2026-11-18'],
    ['I should be able to update you on Monday or Tuesday next week.', '2026-11-24'],
    ['We will let you know between December 7 and December 11.', '2026-12-11'],
    // A later stage: the promise to the candidate counts, the stage's own dates do not.
    [
      'Interviews will take place in the week of 7 December, and we will let you know if you have been shortlisted by 27 November.',
      '2026-11-27',
    ],
    [
      "Assessment centres are scheduled for mid-January; we'll confirm whether you've been selected for one by the end of next week.",
      '2026-11-27',
    ],
  ])('"%s" -> %s', (text, by) => {
    expect(when(text)).toBe(by);
  });
});

/**
 * Whole messages (greeting, decoy dates, signature), a second batch written
 * after the families above were widened and scored before any fix for it:
 * 32 of 45 kinds (71.1%) and 15 of 21 dates (71.4%) were right then. Every
 * miss was fixed by widening its family, never by adding its sentence.
 */
const WHOLE_MESSAGES: [subject: string, body: string, kind: string, decisionBy?: string][] = [
  // Rejections, whole mails.
  [
    'Your application to Fernway',
    `Hi Sam,\n\nThank you for the time you gave us over the last few weeks. We've now completed interviews for the Data Engineer role, and the team has chosen to offer the position to a candidate with deeper Spark experience.\n\nI'll keep your details on file.\n\nBest,\nRuth`,
    'rejection',
  ],
  [
    'Update: Platform Engineer',
    `Hello Sam,\n\nA quick and honest update: the Platform Engineer requisition was cancelled this morning as part of our planning for next year. I know this is disappointing after the effort you put in.\n\nKind regards,\nOmar`,
    'rejection',
  ],
  [
    'Re: Next steps',
    `Hi Sam,\n\nI'm sorry to be writing with this news. After the debrief the panel agreed to progress with other candidates for this role.\n\nThanks again,\nLena`,
    'rejection',
  ],
  [
    'Your candidacy',
    `Dear Sam,\n\nWe appreciate your interest in Hollis & Grey. Having reviewed the interview feedback, we will not be moving your candidacy to the next round.\n\nRegards\nTalent Team`,
    'rejection',
  ],
  [
    'Analyst role',
    `Sam,\n\nJust wanted you to hear it from me: we've decided to keep the analyst work with the existing team, so we won't be hiring for the role after all.\n\nAll the best,\nPriya`,
    'rejection',
  ],
  [
    'Re: Catching up',
    `Hi Sam, thanks for checking in. I'm afraid the role went to a colleague who moved over from our Dublin office. I'd be glad to keep in touch for the future.\n\nTom`,
    'rejection',
  ],
  [
    'Application status',
    `Dear Sam Lee,\n\nThank you for applying for the position of Research Officer. The selection panel has now concluded its deliberations, and I regret that your application has not been shortlisted for interview.\n\nHuman Resources`,
    'rejection',
  ],
  [
    'Your application',
    `Hi Sam,\n\nWe really enjoyed meeting you. Ultimately, we've decided that your experience isn't quite the match we need for this particular role.\n\nWarmly,\nJess`,
    'rejection',
  ],
  [
    'Update from Quarry Labs',
    `Hi Sam — the team has made an offer to another finalist, and they've accepted. Thank you for all your time; it was a close call.\n\nBen`,
    'rejection',
  ],
  [
    'Role update',
    `Hi Sam,\n\nSome news on the Staff Designer opening: leadership has decided not to backfill it this year, so we're closing the process for all candidates.\n\nSorry to bring this news,\nAnna`,
    'rejection',
  ],
  [
    'Your application - Oakridge',
    `Dear Sam,\n\nThank you for your patience. We have decided to progress with applicants whose experience aligns more closely with our requirements.\n\nOakridge Recruitment`,
    'rejection',
  ],
  [
    'Re: Engineering Manager',
    `Sam,\n\nThe hiring manager has opted for an internal promotion to fill this seat. I'm sorry it didn't work out this time.\n\nGreg`,
    'rejection',
  ],
  // Offers.
  [
    'Offer: Product Analyst',
    `Hi Sam,\n\nGreat news! Following your interviews, we're excited to offer you the Product Analyst position at a base of $118,000. Your offer letter is attached. Please let us know your decision by December 1.\n\nCheers,\nMaya`,
    'offer',
    '2026-12-01',
  ],
  [
    'Good news from Birchway',
    `Dear Sam,\n\nI'm delighted to tell you the panel would like you to join Birchway as a Senior Policy Adviser. HR will send the paperwork shortly; we'd be grateful for your answer within a week.\n\nBest wishes,\nClaire`,
    'offer',
    '2026-11-24',
  ],
  [
    'Re: Your offer',
    `Hi Sam,\n\nThanks for raising the start date question. We've moved your start to 1 February and updated the letter to match. Since this took us a few days, there's no rush — get back to us by the end of next week.\n\nMaya`,
    'offer',
    '2026-11-27',
  ],
  [
    'Re: Offer - revised',
    `Hi Sam, following our call I'm pleased to say we can increase the base to $125k. The revised offer is attached; could you let us know by Monday?\n\nThanks, Maya`,
    'offer',
    '2026-11-23',
  ],
  [
    'Re: Offer timing',
    `Hi Sam,\n\nOf course, take the time you need. We can keep the offer open until mid-December, so let us know whenever you're ready before then.\n\nBest, Claire`,
    'offer',
    '2026-12-15',
  ],
  [
    'Your offer from Tilde',
    `Sam,\n\nCongratulations! You'll find our formal offer attached. The offer is valid for 5 business days.\n\nTilde People Team`,
    'offer',
    '2026-11-24',
  ],
  // Scheduling.
  [
    'Interview invitation',
    `Dear Sam,\n\nThank you for your application. We are pleased to invite you to attend an interview for the post of Research Officer. Interviews will be held on 2 and 3 December. Please reply to confirm which day you can attend.\n\nHR`,
    'scheduling',
  ],
  [
    'Next round',
    `Hi Sam,\n\nThe team loved your take-home! We'd like to set up the final loop. Could you send over a few windows that work next week?\n\nLena`,
    'scheduling',
  ],
  [
    'Quick call?',
    `Hey Sam, do you have 20 minutes tomorrow to talk through the role? Happy to work around your calendar.\n\nBen`,
    'scheduling',
  ],
  [
    'Re: Thursday',
    `Hi Sam, something has come up on our side and we'll have to move Thursday's conversation. Would Friday 11am or Monday 3pm work instead?\n\nGreg`,
    'scheduling',
  ],
  [
    'Technical interview',
    `Hi Sam,\n\nYou're through to the technical stage. Please book your 90-minute session using this link: https://cal.example/fernway\n\nRuth`,
    'scheduling',
  ],
  [
    'Interview confirmation',
    `Dear Sam,\n\nThis is to confirm your interview on Wednesday 25 November at 14:00 at our Leeds office. Please bring photo ID.\n\nRecruitment Team`,
    'scheduling',
  ],
  // Timelines, whole mails, with decoys.
  [
    'Re: Thank you',
    `Hi Sam,\n\nThanks for the lovely note. We have two more candidates to see on Thursday, and we'll be making our decision over the following week, so expect to hear from me by Friday the 27th.\n\nJess`,
    'timeline',
    '2026-11-27',
  ],
  [
    'Re: Timeline',
    `Hi Sam, good question. We're aiming to wrap things up in the next 2 to 3 weeks; Omar is travelling until the 24th, which slows us down a little.\n\nPriya`,
    'timeline',
    '2026-12-08',
  ],
  [
    'Process update',
    `Dear Sam,\n\nThank you for attending the assessment centre. The panel will meet in early December and we expect to inform all candidates of the outcome before Christmas.\n\nHR Services`,
    'timeline',
    '2026-12-24',
  ],
  [
    'Re: Checking in',
    `Hi Sam! Sorry for the silence. We're still interviewing, and I expect we'll have a decision by the end of Q4 at the latest.\n\nBen`,
    'timeline',
    '2026-12-31',
  ],
  [
    'Re: Update?',
    `Hi Sam,\n\nThanks for your patience. The hiring committee meets on Monday, and I'll be able to share an outcome by Wednesday of next week.\n\nAnna`,
    'timeline',
    '2026-11-25',
  ],
  [
    'Your application',
    `Dear Sam,\n\nThank you for applying for the Graduate Analyst programme. Applications close on 30 November. Shortlisted candidates will be contacted during the first week of December; if you have not heard from us by 11 December, please assume your application has not been successful.\n\nGraduate Recruitment`,
    'timeline',
    '2026-12-04',
  ],
  [
    'Re: Next steps',
    `Hey Sam, we're going to run one more round with a couple of people this week and next. I'd say we'll know in a fortnight or so.\n\nGreg`,
    'timeline',
    '2026-12-01',
  ],
  [
    'Re: Final interview',
    `Hi Sam, thanks for coming in yesterday! The panel is meeting Friday morning to compare notes, and I'll get back to you early the following week.\n\nLena`,
    'timeline',
    '2026-11-24',
  ],
  [
    'Update',
    `Sam, quick heads-up: the decision has slipped a bit because of the holiday. We now expect to get back to everyone in the first half of December.\n\nMaya`,
    'timeline',
    '2026-12-15',
  ],
  [
    'Re: Thanks',
    `Hi Sam, appreciate the note! We'll let all finalists know by COB Thursday.\n\nOmar`,
    'timeline',
    '2026-11-19',
  ],
  [
    'Thank you for applying',
    `Hi Sam,\n\nThanks for applying to Quarry Labs! Our team reviews every application and typically responds within 5-7 business days.\n\nThe Quarry Labs team`,
    'timeline',
    '2026-11-26',
  ],
  [
    'Application received',
    `Thank you for your application for Data Scientist. This is an automated message, please do not reply. We'll review your application and get back to you in the coming weeks.`,
    'other',
  ],
  [
    'Re: The role',
    `Hi Sam, we'll know more about headcount once planning finishes, which should be mid next month.\n\nPriya`,
    'timeline',
    '2026-12-15',
  ],
  [
    'Re: Status',
    `Hi Sam, the team is still deciding. Give us until the end of the week after next and I'll have a firm answer.\n\nTom`,
    'timeline',
    '2026-12-04',
  ],
  // Replies, other, auto-replies.
  [
    'Re: Question about benefits',
    `Hi Sam,\n\nGood question: the pension match is 5% and we offer 25 days of leave plus bank holidays. Let me know if anything else comes up.\n\nMaya`,
    'reply',
  ],
  ['Re: Parking', `Hi Sam, yes, there's visitor parking at the back of the building. See you then!\n\nRuth`, 'reply'],
  [
    'Documents needed',
    `Hi Sam,\n\nBefore we go further, could you send copies of your degree certificate and two references by Friday?\n\nThanks, HR`,
    'other',
  ],
  [
    'Out of office: Re: Your application',
    `I'm out of the office until Monday 23 November with limited access to email.`,
    'auto-reply',
  ],
  [
    'Automatic reply',
    `Thank you for your email. I am currently on annual leave and will return on 30 November.`,
    'auto-reply',
  ],
  // Dates in offers with other dates around.
  [
    'Your offer',
    `Hi Sam,\n\nAs discussed, attached is the offer for the Lead Analyst role. Your proposed start date is 4 January. We'd appreciate a response no later than 2 December.\n\nClaire`,
    'offer',
    '2026-12-02',
  ],
  [
    'Re: Offer',
    `Sam, the team is thrilled you're considering us. Take the weekend to think about it and let me know Monday.\n\nBen`,
    'offer',
    '2026-11-23',
  ],
];

describe('whole messages in the same families', () => {
  it.each(WHOLE_MESSAGES)('%s: %s -> %s %s', async (subject, body, kind, by) => {
    const r = await read(body, { Subject: subject });
    expect(r.direction === 'in' ? r.kind : r.purpose).toBe(kind);
    expect(r.decisionBy?.toString() ?? null).toBe(by ?? null);
  });
});

/**
 * A third batch, received and sent mail, dated on other weekdays, written
 * after the second was fixed and scored before any fix for it: 30 of 43
 * kinds (69.8%) and 7 of 12 dates (58.3%). Kinds prefixed `out:` are sent.
 */
const THU = 'Thu, 03 Dec 2026 09:30:00 +0000';
const JAN = 'Mon, 11 Jan 2027 14:00:00 +0100';
const THIRD_BATCH: Case[] = [
  [
    'Re: Final round',
    `Hi Sam,\n\nThank you for a great final conversation. The panel reconvenes next Tuesday, and you'll have a decision from us no later than the following Friday.\n\nRuth`,
    'timeline',
    '2026-11-27',
  ],
  [
    'Your application',
    `Dear Sam,\n\nAfter much deliberation we have decided to offer the role to someone whose background is in fintech. Thank you for your time.\n\nKind regards,\nLena`,
    'rejection',
  ],
  [
    'Update',
    `Hi Sam,\n\nWe've made the decision to proceed with a different applicant. I'm grateful for the energy you brought to the process.\n\nGreg`,
    'rejection',
  ],
  [
    'Re: Second interview',
    `Hi Sam, sadly we won't be inviting you back for another round. The feedback was positive on culture but the system design bar wasn't met.\n\nTom`,
    'rejection',
  ],
  [
    'Research Fellow appointment',
    `Dear Dr Lee,\n\nThe interview panel has recommended another candidate for appointment to the Research Fellow post. We are grateful for your interest in the University.\n\nHR`,
    'rejection',
  ],
  [
    'Senior Developer (Req 2231)',
    `Hello Sam,\n\nThank you for interviewing with us. We have concluded our search and the position has been offered to another individual.\n\nTalent Acquisition`,
    'rejection',
  ],
  [
    'Re: Product role',
    `Hi Sam,\n\nI have an update I didn't want to sit on: we're going to hold off on hiring for this role for the foreseeable future while we rethink the product line.\n\nApologies,\nAnna`,
    'rejection',
  ],
  [
    'Your interview',
    `Hi Sam,\n\nThis time, we've decided to go with a candidate who has more leadership experience. I hope our paths cross again.\n\nJess`,
    'rejection',
  ],
  [
    'Decision',
    `Hi Sam,\n\nThanks so much for your patience. We've reached a decision, and I'm sorry to say it's not the outcome you were hoping for.\n\nMaya`,
    'rejection',
  ],
  [
    'Role update',
    `Dear Sam,\n\nFollowing a review of our hiring needs, the role will not be going ahead. We'll keep your CV on file.\n\nPeople Team`,
    'rejection',
  ],
  [
    'Re: Quick update',
    `Hey Sam, I'm afraid it's a no from the team this time. Happy to share feedback on a call if useful.\n\nBen`,
    'rejection',
  ],
  [
    'Application update',
    `Dear Sam,\n\nYou were a strong candidate, but the panel felt another applicant's experience was more relevant to the brief.\n\nHR`,
    'rejection',
  ],
  [
    'Next stage',
    `Hi Sam,\n\nWe'd like to move you forward to the final stage, which is a 2-hour panel. Please share your availability over the next two weeks.\n\nLena`,
    'scheduling',
  ],
  [
    'Meet our CTO',
    `Hi Sam, can we find 45 minutes later this week for you to meet our CTO? She's keen to talk architecture.\n\nGreg`,
    'scheduling',
  ],
  [
    'On-site visit',
    `Hi Sam,\n\nYour on-site visit is booked for Monday 30 November from 10:00. Reception will meet you at the front desk.\n\nMaya`,
    'scheduling',
  ],
  [
    'Interview - next steps',
    `Hi Sam,\n\nCongratulations on getting through the first round! The next step is a technical interview with two of our engineers. I'll send some times tomorrow.\n\nRuth`,
    'scheduling',
  ],
  [
    'Re: Process',
    `Hi Sam, we're in the final stages and aim to make an offer to our chosen candidate by the end of November. Either way you'll hear from me.\n\nOmar`,
    'timeline',
    '2026-11-30',
  ],
  [
    'Timeline',
    `Hi Sam,\n\nWe're aiming to get offers out by 15 December and will be in touch either way.\n\nPriya`,
    'timeline',
    '2026-12-15',
  ],
  [
    'Policy Adviser - shortlisting',
    `Dear Sam,\n\nInterviews for shortlisted candidates are expected to take place in the w/c 14 December. Candidates will be notified of the shortlisting outcome by 4 December.\n\nRecruitment`,
    'timeline',
    '2026-12-04',
  ],
  [
    'Re: Thanks!',
    `Hi Sam, thanks for the note. We should be able to confirm next steps within a week to ten days.\n\nJess`,
    'timeline',
    '2026-11-27',
  ],
  ['Re: Checking in', `Hi Sam, you'll hear from me by Monday at the latest.\n\nTom`, 'timeline', '2026-11-23'],
  [
    'Re: Update',
    `Hi Sam,\n\nWe'll come back to you before the holidays, most likely mid next week.\n\nAnna`,
    'timeline',
    '2026-12-09',
    THU,
  ],
  [
    'Re: Any news?',
    `Hi Sam, no news yet, but I'm hoping to have something for you by the 10th.\n\nBen`,
    'timeline',
    '2026-12-10',
    THU,
  ],
  [
    'Appointment process',
    `Dear Sam,\n\nThe committee will announce its decision at the end of January. Thank you for your patience.\n\nFaculty Office`,
    'timeline',
    '2027-01-31',
    JAN,
  ],
  [
    'Your appointment',
    `Dear Sam,\n\nWe're delighted to confirm your appointment as Head of Data. Please confirm acceptance by Friday 11 December.\n\nHR Director`,
    'offer',
    '2026-12-11',
    THU,
  ],
  [
    'Offer of employment',
    `Dear Sam,\n\nFurther to your recent interview, I am pleased to offer you the post of Finance Officer on a salary of £42,000. Please return the signed acceptance within 10 working days.\n\nHR`,
    'offer',
    '2026-12-01',
  ],
  [
    'Re: Offer details',
    `Hi Sam, I spoke to finance and we can do $130k plus a $10k signing bonus. Let me know where you land by Thursday.\n\nBen`,
    'offer',
    '2026-11-19',
  ],
  [
    'Automatic reply: Availability',
    `Thanks for your message. I'm away from my desk until 1 December; for urgent matters please contact talent@co.example.`,
    'auto-reply',
  ],
  [
    'Complete your profile',
    `Hi Sam,\n\nReminder: please complete your candidate profile on our careers portal by Friday so the team can review it.\n\nCareers Team`,
    'other',
  ],
  [
    'Job description',
    `Hi Sam,\n\nPlease find attached the job description for the role we discussed. Have a read and let me know your thoughts.\n\nOmar`,
    'other',
  ],
  ['Re: Salary question', `Hi Sam, the band for this level is $110-125k. Happy to chat more.\n\nMaya`, 'reply'],
  [
    'Season greetings',
    `Hi Sam,\n\nOur office will be closed from 24 December to 4 January. Wishing you a restful break!\n\nRuth`,
    'other',
  ],
  [
    'Re: Data Engineer',
    `Hi Sam,\n\nWe'll be moving forward with other applicants at this time, but we'd love to stay in touch.\n\nLena`,
    'rejection',
  ],
  [
    'Your application',
    `Dear Sam,\n\nWe have decided to keep you in our talent pool for future vacancies rather than progress your application for this role.\n\nRecruitment`,
    'rejection',
  ],
  // Sent mail.
  [
    'Thank you',
    `Hi Dana,\n\nThank you for taking the time to speak with me this afternoon. I enjoyed learning about the platform team.\n\nSam`,
    'out:thank-you',
  ],
  [
    'Re: Yesterday',
    `Hi Ruth,\n\nThanks again for yesterday. Could you share when you expect to make a decision?\n\nSam`,
    'out:ask-timeline',
  ],
  [
    'Data Engineer application',
    `Hi Lena,\n\nI hope you're well. I wanted to follow up on my application for the Data Engineer role, as it's been two weeks since my interview.\n\nSam`,
    'out:status-check',
  ],
  [
    'Re: Final interview',
    `Hi Greg,\n\nI haven't heard anything since my final interview on the 2nd and wanted to ask directly whether I'm still being considered.\n\nSam`,
    'out:explicit-check',
  ],
  [
    'Update from my side',
    `Hi Priya,\n\nI wanted to let you know that I've received an offer from another company and they've asked for my answer by Friday. Fernway remains my first choice.\n\nSam`,
    'out:offer-nudge',
  ],
  [
    'Withdrawing',
    `Hi Omar,\n\nAfter a lot of thought I've decided to withdraw from the process; I've accepted a role elsewhere.\n\nSam`,
    'out:withdraw',
  ],
  ['Re: Parking', `Thanks Ruth, see you Thursday!\n\nSam`, 'out:reply'],
  [
    'Analyst role',
    `Hi Maya, just checking in to see if there's any news on the analyst role.\n\nSam`,
    'out:status-check',
  ],
  [
    'Great speaking today',
    `Hi Ben,\n\nGreat speaking today. What are the next steps, and roughly when should I expect to hear?\n\nSam`,
    'out:ask-timeline',
  ],
];

checkBatch('a third batch, sent mail too', THIRD_BATCH);

/**
 * A fourth batch (agency recruiters, ATS status changes, loose offer-thread
 * answers), scored before its fixes: 24 of 34 kinds (70.6%) and 3 of 12
 * dates (25.0%); after them 33 of 34 kinds and 8 of 11 dates. The three
 * left out here count from another event, not from the message ("the day
 * after she's back", "within ten working days" of a closing date, "could
 * slip to the 22nd"), which the reader does not follow (docs/mail-reading.md).
 */
const WED = 'Wed, 09 Dec 2026 16:20:00 +0000';
const FRI = 'Fri, 20 Nov 2026 08:00:00 -0800';
const FOURTH_BATCH: Case[] = [
  [
    'Re: Your profile',
    `Hi Sam,\n\nI've just had feedback from my client. They've come back to say they're not going to take things forward, as they want someone with more regulatory exposure.\n\nSpeak soon,\nDanny (Harbour Recruitment)`,
    'rejection',
  ],
  [
    'Your application for Business Analyst',
    `Dear Sam,\n\nThank you for your interest in the Business Analyst vacancy. We received a very high number of applications, and on this occasion your application has not progressed to the next stage.\n\nResourcing Team`,
    'rejection',
  ],
  [
    'Candidate update',
    `Hi Sam,\n\nThe client has decided to put the role on ice until Q2 next year, so the process is closed for now. I'm sorry to be the bearer of bad news.\n\nDanny`,
    'rejection',
  ],
  [
    'Thank you for interviewing',
    `Dear Sam,\n\nIt was a pleasure meeting you. After careful review, we have identified a candidate whose qualifications better meet our current needs.\n\nBest regards,\nHiring Team`,
    'rejection',
  ],
  [
    'Re: Status',
    `Hi Sam, I wanted to let you know we've now hired for the Senior PM position. Thanks for being so patient throughout.\n\nMaya`,
    'rejection',
  ],
  [
    'Your application status has changed',
    `Hello Sam,\n\nThe status of your application for Data Analyst (JR-1021) has been updated to: Not Selected.\n\nPlease do not reply to this email.`,
    'rejection',
  ],
  [
    'Decision',
    `Hi Sam,\n\nI'm sorry to tell you we've decided against moving forward. The team was impressed, but we needed deeper experience with Kubernetes.\n\nLena`,
    'rejection',
  ],
  [
    'Re: Next steps',
    `Hi Sam,\n\nThe panel has decided to move forward with you to the final stage! I'll be in touch with times shortly.\n\nGreg`,
    'scheduling',
  ],
  [
    'Interview availability',
    `Hi Sam,\n\nCould you let me know your availability for a 60-minute video interview next Tuesday or Wednesday?\n\nRuth`,
    'scheduling',
  ],
  [
    'Rescheduling',
    `Hi Sam, apologies but Omar is now unavailable on Thursday. Are you able to do the same time on Friday instead?\n\nPriya`,
    'scheduling',
  ],
  [
    'Assessment day',
    `Dear Sam,\n\nWe are pleased to let you know you have been selected to attend our assessment day on 14 January. Please RSVP by 18 December.\n\nGraduate Team`,
    'scheduling',
    undefined,
    WED,
  ],
  [
    'Re: Thanks for today',
    `Hi Sam,\n\nThanks again for coming in. We're seeing two more people next week and hope to have made a decision by the week after.\n\nTom`,
    'timeline',
    '2026-12-04',
    FRI,
  ],
  [
    'Re: Timing',
    `Hey Sam, honestly it'll probably be after New Year before we have an answer — most of the panel is out from the 18th. Early January at the latest.\n\nBen`,
    'timeline',
    '2027-01-10',
    WED,
  ],
  [
    'Update on the Operations Lead role',
    `Dear Sam,\n\nThank you for your patience during what has been a longer process than expected. We anticipate that final decisions will be communicated to all candidates by the close of next week.\n\nPeople & Culture`,
    'timeline',
    '2026-12-18',
    WED,
  ],
  [
    'Re: Follow-up',
    `Hi Sam, we're still working through final interviews. You'll have an answer from me one way or another within the next fortnight.\n\nOmar`,
    'timeline',
    '2026-12-23',
    WED,
  ],
  [
    'Offer - Operations Lead',
    `Dear Sam,\n\nCongratulations! I'm very pleased to extend to you an offer for the Operations Lead position. Details are in the attached letter. We ask that you confirm your acceptance by close of business on 16 December.\n\nPeople & Culture`,
    'offer',
    '2026-12-16',
    WED,
  ],
  [
    'Re: Offer',
    `Hi Sam,\n\nTotally understand wanting more time. Let's say Monday the 14th for your final answer — does that work?\n\nMaya`,
    'offer',
    '2026-12-14',
    WED,
  ],
  [
    'Re: Offer letter',
    `Hi Sam, good news: legal has approved the extra week of leave. I've attached the amended contract. Could we have your signature by end of day Friday?\n\nLena`,
    'offer',
    '2026-12-11',
    WED,
  ],
  [
    'Welcome to Corvid!',
    `Hi Sam,\n\nWe'd be thrilled to have you on the team. Attached is your offer with a start date of 4 January and a salary of $112,000. Please sign by December 14.\n\nCorvid HR`,
    'offer',
    '2026-12-14',
    WED,
  ],
  [
    'Out of office',
    `Hello, I'm on parental leave until March 2027. For recruitment questions, please email jobs@co.example.`,
    'auto-reply',
  ],
  [
    'Re: Question',
    `Hi Sam, the role is hybrid, three days in the office. Let me know if you have other questions!\n\nGreg`,
    'reply',
  ],
  [
    'We received your application',
    `Hi Sam,\n\nThanks for applying to the Analytics Engineer role at Corvid. Our recruiters will review your application and, if there's a fit, reach out to arrange a first call.\n\nCorvid Talent`,
    'other',
  ],
  [
    'Save the date: careers evening',
    `Hi Sam,\n\nWe're hosting a careers evening on 10 December at our London office. We'd love to see you there!\n\nCorvid Events`,
    'other',
  ],
  [
    'Re: Feedback',
    `Hi Sam, happy to share feedback. The panel liked your communication but felt your SQL answers were light. Good luck with the search.\n\nRuth`,
    'reply',
  ],
  // Sent.
  [
    'Re: Offer',
    `Hi Maya,\n\nThank you so much for the offer. I'm excited about it; could I have until Monday to discuss it with my family?\n\nSam`,
    'out:reply',
  ],
  [
    'Checking in',
    `Hi Tom,\n\nI hope your week is going well. I'm still very interested in the role and wanted to see whether a decision has been made.\n\nSam`,
    'out:status-check',
  ],
  [
    'Quick question',
    `Hi Anna,\n\nThanks for the update. Do you have a sense of when the team will make a final decision?\n\nSam`,
    'out:ask-timeline',
  ],
  [
    'Withdrawal',
    `Dear Recruitment Team,\n\nPlease withdraw my application for the Operations Lead role; my circumstances have changed.\n\nSam Lee`,
    'out:withdraw',
  ],
  [
    'Thanks!',
    `Hi Greg,\n\nThanks a lot for the chat today — it was great hearing about the roadmap.\n\nSam`,
    'out:thank-you',
  ],
  [
    'Re: Timing',
    `Hi Ben,\n\nUnderstood, thanks. For transparency, I have an offer elsewhere that expires on the 15th, so any indication before then would really help.\n\nSam`,
    'out:offer-nudge',
  ],
  [
    'Still in the running?',
    `Hi Jess,\n\nIt's been a few weeks since my last interview. Could you let me know if I'm still in contention, or if you've decided to go another way?\n\nSam`,
    'out:explicit-check',
  ],
];

checkBatch('a fourth batch', FOURTH_BATCH);

describe('the loosened dates table of docs/mail-reading.md (sent Wednesday, December 9, 2026)', () => {
  const WED = '2026-12-09T10:00:00+00:00';
  it.each([
    ["We'll decide within a fortnight.", '2026-12-23'],
    ["We'll get back to you in a week or two.", '2026-12-23'],
    ["We'll be in touch in 2-3 weeks.", '2026-12-30'],
    ["We'll decide within 7 to 10 business days.", '2026-12-23'],
    ["You'll hear within 48 hours.", '2026-12-11'],
    ["We'll decide within a month.", '2027-01-09'],
    ["We'll decide later this month.", '2026-12-31'],
    ["We'll decide next month.", '2027-01-31'],
    ["We'll decide early next month.", '2027-01-10'],
    ["We'll decide mid next month.", '2027-01-15'],
    ["We'll decide by January.", '2027-01-31'],
    ["We'll decide early to mid January.", '2027-01-15'],
    ["We'll decide in mid to late January.", '2027-01-31'],
    ["We'll decide in the first week of February.", '2027-02-05'],
    ["We'll decide in the second week of February.", '2027-02-12'],
    ["We'll decide in the last week of December.", '2026-12-31'],
    ["We'll decide by the end of Q4.", '2026-12-31'],
    ["We'll decide by year end.", '2026-12-31'],
    ["We'll decide by the end of Q1.", '2027-03-31'],
    ["We'll decide before Christmas.", '2026-12-24'],
    ["We'll decide by Christmas.", '2026-12-25'],
    ["We'll decide by the weekend.", '2026-12-11'],
    ["We'll decide the week after next.", '2026-12-25'],
    ["We'll decide Monday or Tuesday next week.", '2026-12-15'],
    ["We'll decide early the following week.", '2026-12-15'],
    ["We'll decide the following Friday.", '2026-12-18'],
    ["We'll decide w/c 14 December.", '2026-12-18'],
    ["We'll decide by COB Thursday.", '2026-12-10'],
    ["We'll decide Friday at the latest.", '2026-12-11'],
    ["We'll decide between December 14 and December 18.", '2026-12-18'],
    ['Our Q1 plans are set, and we will decide within 10 days.', '2026-12-19'],
    ['We will decide by Friday week.', '2026-12-18'],
    ['We will decide by the middle of the month.', '2026-12-15'],
    ['We will decide early in the week of 14 December.', '2026-12-15'],
  ])('"%s" -> %s', (text, by) => {
    expect(readDecisionBy(text, { date: WED })?.toString()).toBe(by);
  });
});

/**
 * A fifth batch (non-native English, agency offers, British "Friday week",
 * parts of a named week, application-status mail), scored before its fixes:
 * 21 of 29 kinds (72.4%) and 6 of 11 dates (54.5%).
 */
const MON = 'Mon, 30 Nov 2026 11:00:00 +0100';
const FIFTH_BATCH: Case[] = [
  [
    'Re: Application',
    `Hello Sam,\n\nThank you for your application. Unfortunately we must inform you that we have chosen for another candidate. We wish you much success.\n\nWith kind regards,\nHR Department`,
    'rejection',
    undefined,
    MON,
  ],
  [
    'Feedback on your application',
    `Dear Sam,\n\nWe thank you for your interest. After consideration we have decided to not continue with your application in the next phase.\n\nKind regards,\nRecruitment`,
    'rejection',
    undefined,
    MON,
  ],
  [
    'Your application',
    `Hi Sam,\n\nSorry, but this one's not going to work out. The team picked someone with more backend depth.\n\nRuth`,
    'rejection',
  ],
  [
    'Re: Interview',
    `Hi Sam,\n\nAfter reviewing all finalists, we've extended an offer to another candidate, who has accepted.\n\nThanks,\nGreg`,
    'rejection',
  ],
  [
    'Update',
    `Hi Sam,\n\nWe're not able to move your application to the next stage, but we'd love to consider you for future roles.\n\nLena`,
    'rejection',
  ],
  [
    'Role closed',
    `Hi Sam,\n\nThe Marketing Lead role has been closed as the business has restructured the team.\n\nThanks,\nPeople Team`,
    'rejection',
  ],
  [
    'Offer from my client',
    `Hi Sam,\n\nGreat news — my client would like to offer you the Senior Engineer role at €88,000 plus bonus. Can you let me know by Wednesday if you're happy to accept?\n\nDanny`,
    'offer',
    '2026-12-02',
    MON,
  ],
  [
    'Re: Negotiation',
    `Hi Sam,\n\nWe've gone back to the budget holder and can offer €92,000. I've attached the updated offer; please let us know your decision by Friday 4 December.\n\nMaya`,
    'offer',
    '2026-12-04',
    MON,
  ],
  [
    'Job offer',
    `Dear Sam,\n\nOn behalf of Corvid, I'm happy to offer you employment as Staff Analyst. Please review the attached terms and reply within 3 days.\n\nHR`,
    'offer',
    '2026-12-03',
    MON,
  ],
  ['Re: Schedule', `Hi Sam,\n\nCould we push our call to 4pm? Something came up at 3.\n\nTom`, 'scheduling'],
  [
    'Interview',
    `Hi Sam,\n\nI'd like to arrange a second interview with the hiring manager. When would suit you this week?\n\nAnna`,
    'scheduling',
    undefined,
    MON,
  ],
  [
    'Case study',
    `Hi Sam,\n\nThe next stage is a case study presentation. Please send me a couple of dates you're free in the week of 7 December.\n\nJess`,
    'scheduling',
    undefined,
    MON,
  ],
  [
    'Interview cancelled',
    `Hi Sam,\n\nI'm sorry, we need to cancel tomorrow's interview as the interviewer is ill. I'll come back with new options.\n\nRuth`,
    'scheduling',
  ],
  [
    'Re: Thanks',
    `Hi Sam,\n\nThanks for the note! We'll circle back by Friday week once the team has met.\n\nBen`,
    'timeline',
    '2026-11-27',
  ],
  [
    'Re: Status',
    `Hi Sam,\n\nThe decision is with the VP now. I'd expect to hear from her within the next 3-5 working days.\n\nOmar`,
    'timeline',
    '2026-12-07',
    MON,
  ],
  [
    'Hiring timeline',
    `Dear Sam,\n\nThank you for your continued interest. Final interviews end this Friday and we will be making our decision early in the week of 14 December.\n\nTalent Team`,
    'timeline',
    '2026-12-15',
    MON,
  ],
  [
    'Re: Next steps?',
    `Hi Sam, we're hoping to wrap up by the middle of the month and will let everyone know then.\n\nGreg`,
    'timeline',
    '2026-12-15',
    MON,
  ],
  [
    'Update',
    `Hi Sam,\n\nThings are moving slower than I'd like. Realistically we'll know by mid-to-late December.\n\nLena`,
    'timeline',
    '2026-12-31',
    MON,
  ],
  [
    'Re: Decision',
    `Hi Sam, no decision yet - I'll update you by end of play Thursday.\n\nPriya`,
    'timeline',
    '2026-12-03',
    MON,
  ],
  [
    'Status update',
    `Dear Sam,\n\nYour application is currently under review. We aim to notify all candidates of the outcome within 15 working days of the closing date.\n\nRecruitment`,
    'other',
    undefined,
    MON,
  ],
  [
    'Your application status',
    `Hi Sam,\n\nYour application for Product Manager is now In Review. You can track progress in your candidate portal.\n\nThis mailbox is not monitored.`,
    'other',
    undefined,
    MON,
  ],
  ['Re: Coffee', `Hi Sam! Great to hear from you. Let's grab coffee next time you're in town.\n\nJo`, 'reply'],
  [
    'Automatic reply',
    `I am currently out of office with limited access to e-mail. I will respond upon my return on 7 December.`,
    'auto-reply',
    undefined,
    MON,
  ],
  [
    'Re: Update on offer',
    `Hi Sam,\n\nThanks for letting me know you need a few more days. No problem at all - the offer remains open until 11 December.\n\nMaya`,
    'offer',
    '2026-12-11',
    MON,
  ],
  // Sent.
  [
    'Following up',
    `Hi Ruth,\n\nI'm following up on my interview from last week to see if there are any updates.\n\nBest,\nSam`,
    'out:status-check',
  ],
  ['Re: Offer', `Hi Maya,\n\nThank you for the revised offer. I'm delighted to accept!\n\nSam`, 'out:reply'],
  [
    'Re: Interview',
    `Hi Tom,\n\nThanks so much for the opportunity to interview today. I really appreciated hearing more about the team's plans.\n\nSam`,
    'out:thank-you',
  ],
  [
    'Timing',
    `Hi Anna,\n\nI wanted to ask when you think you'll have a decision. I have another process moving quickly.\n\nSam`,
    'out:ask-timeline',
  ],
  [
    'Other offer',
    `Hi Greg,\n\nA quick heads-up: I've been offered a role elsewhere and need to respond by next Monday. Is there any chance of a decision before then?\n\nSam`,
    'out:offer-nudge',
  ],
];

checkBatch('a fifth batch', FIFTH_BATCH);

/**
 * A sixth batch (public-sector outcomes, Calendly links, loose offer terms,
 * "touching base"), scored before its fixes: 16 of 23 kinds (69.6%) and 6
 * of 8 dates (75.0%). Left out: "the day after" an offsite next Thursday,
 * a day counted from another event.
 */
const THU_DEC = 'Thu, 10 Dec 2026 15:00:00 +0000';
const SIXTH_BATCH: Case[] = [
  [
    'Outcome of your interview',
    `Dear Sam,\n\nThank you for attending the interview for Senior Officer. I am writing to let you know that, on this occasion, the panel did not recommend you for appointment. Feedback is available on request.\n\nYours sincerely,\nHR`,
    'rejection',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Designer role',
    `Hi Sam,\n\nI hate sending these. We've had to make a tough call and we're going with another designer whose portfolio leans more toward motion work.\n\nCheers,\nJo`,
    'rejection',
    undefined,
    THU_DEC,
  ],
  [
    'Your application to Lumen',
    `Hi Sam,\n\nThank you for your interest in Lumen. While your background is impressive, we've decided to focus on candidates with more direct B2B experience.\n\nThe Lumen Team`,
    'rejection',
    undefined,
    THU_DEC,
  ],
  [
    'Update on the Analyst search',
    `Dear Sam,\n\nI wanted to update you personally: we've concluded the search and offered the position to an internal colleague.\n\nBest,\nMarc`,
    'rejection',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Role',
    `Hi Sam, bad news I'm afraid — the funding round slipped and the hire is cancelled for now.\n\nTom`,
    'rejection',
    undefined,
    THU_DEC,
  ],
  [
    'Congratulations!',
    `Dear Sam,\n\nI am pleased to confirm that the panel has recommended you for appointment to the post of Senior Officer. A formal letter will follow; please indicate whether you accept by 18 December.\n\nHR`,
    'offer',
    '2026-12-18',
    THU_DEC,
  ],
  [
    'Re: The offer',
    `Hi Sam, the CEO signed off on the equity you asked for. Here is the revised package. We'd love an answer by the end of next week if possible.\n\nMaya`,
    'offer',
    '2026-12-18',
    THU_DEC,
  ],
  [
    'Job offer - Corvid',
    `Hi Sam,\n\nWe'd like you to come on board as our Analytics Lead! The salary is $130,000 and we'd love you to start in February. Let us know what you think by Tuesday.\n\nCorvid`,
    'offer',
    '2026-12-15',
    THU_DEC,
  ],
  [
    'Book your interview',
    `Hi Sam,\n\nPlease grab a slot on my Calendly for the technical screen: calendly.com/ruth-corvid/45min\n\nRuth`,
    'scheduling',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Timing',
    `Hi Sam, could you make 9:30 on Monday instead of 10? The room is double-booked.\n\nGreg`,
    'scheduling',
    undefined,
    THU_DEC,
  ],
  [
    'Final stage',
    `Dear Sam,\n\nWe are delighted to invite you to the final stage of our process, a half-day assessment at our Manchester office. Please let us know which of the dates below you can attend.\n\nGraduate Recruitment`,
    'scheduling',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Update?',
    `Hi Sam,\n\nThanks for your patience! The team meets again on Tuesday and I should be able to update you by Wednesday evening.\n\nLena`,
    'timeline',
    '2026-12-16',
    THU_DEC,
  ],
  [
    'Re: Timeline question',
    `Hi Sam, we're targeting a decision before the office closes for the holidays on the 23rd.\n\nOmar`,
    'timeline',
    '2026-12-23',
    THU_DEC,
  ],
  [
    'Your application',
    `Dear Sam,\n\nThank you for applying. We expect shortlisting to be complete by 8 January and will contact all applicants shortly after that.\n\nHR`,
    'timeline',
    '2027-01-08',
    THU_DEC,
  ],
  [
    'Re: Progress',
    `Hi Sam,\n\nWe still have one candidate to see on Monday. After that, we'll make our decision within a couple of days.\n\nJess`,
    'timeline',
    '2026-12-12',
    THU_DEC,
  ],
  [
    'Re: Benefits',
    `Hi Sam, good question — yes, the role includes private health cover for dependants.\n\nMaya`,
    'reply',
    undefined,
    THU_DEC,
  ],
  [
    'Thank you for your application',
    `Dear Sam,\n\nThank you for your application for the role of Data Scientist. We have received it and will be in touch if you are selected for interview.\n\nRecruitment Team`,
    'other',
    undefined,
    THU_DEC,
  ],
  [
    'Automatic reply: Interview',
    `I'm currently travelling with limited connectivity and will reply when I'm back on 14 December.`,
    'auto-reply',
    undefined,
    THU_DEC,
  ],
  // Sent.
  [
    'Interview yesterday',
    `Dear Marc,\n\nI wanted to thank you and the panel for your time yesterday. It was a pleasure to discuss the role.\n\nKind regards,\nSam`,
    'out:thank-you',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Analyst role',
    `Hi Jo,\n\nCould you give me a rough idea of when I might hear back? Thanks!\n\nSam`,
    'out:ask-timeline',
    undefined,
    THU_DEC,
  ],
  [
    'Checking in',
    `Hi Omar,\n\nHope all is well. Just touching base on the Senior PM process — has there been any movement?\n\nSam`,
    'out:status-check',
    undefined,
    THU_DEC,
  ],
  [
    'Re: Offer',
    `Hi Maya,\n\nAfter careful thought I've decided to decline the offer. Thank you for everything.\n\nSam`,
    'out:withdraw',
    undefined,
    THU_DEC,
  ],
];

checkBatch('a sixth batch', SIXTH_BATCH);

/**
 * A ninth batch, in wordings of our own after the ninth blind set's misses:
 * a time asked for without "for you", a reply-by in an invitation, a window
 * of absence or work before the promise, results the candidates will be
 * told of, a note that something is not an offer, and thanks or questions
 * sent in the words of a public selection.
 */
const NINTH_BATCH: Case[] = [
  ['Next step', 'Hi Sam,\n\nWould Wednesday 25 November at 14:00 work?\n\nAna', 'scheduling'],
  [
    'Case study',
    'Hi Sam,\n\nThe next step is a case study you would present to the team. Could you do Tuesday 24 November at 10:00 at our office?\n\nAna',
    'scheduling',
  ],
  [
    'Final round',
    'Hi Sam,\n\nThe founders would like to meet you for the final round, about an hour. Does Friday 27 November at 9:30 suit?\n\nAna',
    'scheduling',
  ],
  ['Final round', 'Hi Sam,\n\nCould you manage Thursday 26 November at 11:00 with the CTO?\n\nAna', 'scheduling'],
  [
    'Invitation',
    'Dear Sam,\n\nWe would like to invite you to an interview on Monday 30 November at 10:00. Please confirm your participation by replying no later than 20 November.\n\nHR',
    'scheduling',
  ],
  [
    'Assessment',
    'Dear Sam,\n\nYou are invited to an assessment day on 1 December. Kindly confirm your attendance by return email no later than Friday.\n\nHR',
    'scheduling',
  ],
  [
    'Update',
    'Hi Sam,\n\nMost of the panel are travelling until the end of the month, so we will decide on the shortlist in early December.\n\nAna',
    'timeline',
    '2026-12-10',
  ],
  [
    'Update',
    'Hi Sam,\n\nThe team is away until Friday, and we will come back to you with a decision early next week.\n\nAna',
    'timeline',
    '2026-11-24',
  ],
  [
    'Update',
    "Hi Sam,\n\nWe're gathering feedback this week, and I'll let you know where we land in the next few days.\n\nAna",
    'timeline',
    '2026-12-15',
    THU_DEC,
  ],
  [
    'Selection',
    'Dear Sam,\n\nCandidates will be informed of the outcome by December 4.\n\nHR',
    'timeline',
    '2026-12-04',
  ],
  [
    'Selection',
    'Dear Sam,\n\nYou will be advised of the result by Friday 27 November.\n\nHR',
    'timeline',
    '2026-11-27',
  ],
  [
    'Selection',
    'Dear Sam,\n\nThe board expects to finalise the ranking in mid-December, and every candidate will be told of the result then. Please note that a place on the list is not an offer of employment.\n\nHR',
    'timeline',
    '2026-12-15',
  ],
  [
    'Selection',
    'Dear Sam,\n\nWe aim to reach a decision by the end of the month. This email does not constitute a job offer.\n\nHR',
    'timeline',
    '2026-11-30',
  ],
  [
    'Invitation',
    'Dear Sam,\n\nThe panel has decided to invite you to an interview on Monday 30 November at 10:00.\n\nPlease confirm your attendance no later than 20 November.\n\nHR',
    'scheduling',
  ],
  [
    'Assessment',
    'Dear Sam,\n\nWe are pleased to let you know that the board decided to invite you to the assessment on 2 December.\n\nKindly return the signed form no later than 24 November.\n\nHR',
    'scheduling',
  ],
  [
    'Selection',
    'Dear Sam,\n\nThe board expects to publish the list in mid-December, and everyone who sat the test will be informed then.\n\nHR',
    'timeline',
    '2026-12-15',
  ],
  [
    'Selection',
    'Dear Sam,\n\nMarking will finish in early December, and those who sat the exam will hear from us then.\n\nHR',
    'timeline',
    '2026-12-10',
  ],
  [
    'Update',
    "Hi Sam,\n\nThe directors decide straight after Monday's panel, so we can give you an answer by Wednesday.\n\nAna",
    'timeline',
    '2026-11-18',
  ],
  [
    'Thanks',
    'Hi Ana,\n\nThank you, and please pass my thanks on to the team, for such an engaging conversation this morning.\n\nSam',
    'out:thank-you',
  ],
  [
    'Thanks',
    'Hi Ana,\n\nPlease pass on my thanks to Luis and Marta for a great session today.\n\nSam',
    'out:thank-you',
  ],
  [
    'Question',
    'Dear Selection Team,\n\nCould you let me know when I can expect to be notified of the result?\n\nSam',
    'out:ask-timeline',
  ],
  [
    'Question',
    'Dear Selection Team,\n\nWould you be able to say when applicants will be informed of the outcome of the selection?\n\nSam',
    'out:ask-timeline',
  ],
];

checkBatch('a ninth batch', NINTH_BATCH);

/*
 * Issue 15, widened by family (the mail-families set holds whole messages of
 * the same families): more ways to say a role is closed, filled, paused,
 * cancelled or gone to someone else; a closed role that is not the seeker's;
 * offers and revised offers in loose words; parts of months and weeks.
 */
describe('issue 15 families: rejections said as a role closed, paused, cancelled or gone', () => {
  it.each([
    'Leadership has decided to put this hire on ice, so we are closing the process for now.',
    'Requisition REQ-4471, Actuarial Analyst, has been cancelled following a change in business needs.',
    'The interview panel has concluded and the preferred candidate has accepted our offer of appointment.',
    'Due to the site move we have paused all planning recruitment and closed all open applications.',
    'The Supply Planner role will not be filled for the foreseeable future.',
    'The business has decided to cancel the hire.',
    "We've had to scrap this opening due to budget.",
    'The position has since been taken.',
    "We've decided to keep looking.",
    'Someone with more direct experience has been offered the job.',
    'We ended up hiring someone else.',
    'Your application has been closed.',
    "I'm sorry, but you didn't make it to the next round.",
    "You haven't been selected for the next stage.",
    'Unfortunately you did not make the shortlist this time.',
  ])('"%s" is a rejection', async (body) => {
    expect(await read(body)).toMatchObject({ direction: 'in', kind: 'rejection' });
  });

  it.each([
    [
      'another role closed, this one goes on',
      "Our Lisbon role is closed, but yours remains open and we'll decide by Friday.",
    ],
    ['a similar role filled long ago', 'A similar position was filled last month, so we know the process well.'],
    ['a filled interview slot', "We've filled the slot for Tuesday, so could you do Thursday at 2pm instead?"],
    [
      'a freeze lifted',
      'We paused hiring over the summer but it has resumed, and we would love to schedule your final interview.',
    ],
    ['the other finalist withdrew', "The other finalist withdrew, so we'd like to move forward with you."],
    [
      'a window closing',
      "We're closing the application window on Friday; your interview is confirmed for Tuesday at 2pm.",
    ],
    ['an interview offered', "We'd like to offer you a second interview. Pick a time that suits you here."],
  ])('%s is no rejection and no offer', async (_, body) => {
    expect(await read(body)).not.toMatchObject({ kind: expect.stringMatching(/^(?:rejection|offer)$/) });
  });
});

describe('issue 15 families: offers and revised offers, answered by loose dates', () => {
  it.each([
    [
      'The panel would like to appoint you to the post. Could you tell us within the next 48 hours whether you are minded to accept?',
      '2026-11-19',
    ],
    [
      "I'm thrilled to tell you the team wants to hire you! Can you let me know where you land by early next week?",
      '2026-11-24',
    ],
    ['Congratulations - you got the job! The contract will follow; please reply by Friday to accept.', '2026-11-20'],
    ['Hiring team decision: offer approved for you at £41,000. Let us know by COB Thursday.', '2026-11-19'],
  ])('"%s" is an offer answered by %s', async (body, by) => {
    const r = await read(body, { Subject: 'Outcome' });
    expect(r).toMatchObject({ direction: 'in', kind: 'offer' });
    expect(r.decisionBy?.toString()).toBe(by);
  });

  it.each([
    [
      "We've matched the holiday allowance; the rest of the offer is unchanged. No rush - get back to us within the coming fortnight.",
      '2026-12-01',
    ],
    ["We're happy to give you a little longer on the offer: the new deadline is the end of next week.", '2026-11-27'],
    ["We've bumped the base to £52,000. Let us know by Thursday if that works.", '2026-11-19'],
    [
      'Following your counter we have enhanced the relocation support. Take until the middle of next week to think it over.',
      '2026-11-25',
    ],
  ])('a revised offer "%s" is an offer answered by %s', async (body, by) => {
    const r = await read(body, { Subject: 'Re: Your offer' });
    expect(r).toMatchObject({ direction: 'in', kind: 'offer' });
    expect(r.decisionBy?.toString()).toBe(by);
  });
});

describe('issue 15 families: decision periods as parts of months and weeks (sent Tuesday, November 17, 2026)', () => {
  it.each([
    ['We will write to everyone with the outcome in the second half of December.', '2026-12-31'],
    ['We will be in touch in the latter half of the month.', '2026-11-30'],
    ["We'll be reviewing through the back half of the month and will come back to everyone by then.", '2026-11-30'],
    ['Final decisions will be made in the latter part of January.', '2027-01-31'],
    ['We are aiming to make the final call in the first half of January.', '2027-01-15'],
    ['We hope to have news for you in the early part of December.', '2026-12-10'],
    ['We hope to have news for you in the final days of November.', '2026-11-30'],
    ['Expect an update from us in the first few days of January.', '2027-01-10'],
    ['Results are normally shared mid-month, once every panel has reported.', '2026-12-15'],
    [
      'The steering group meets towards the end of next week and I will let you know their decision then.',
      '2026-11-27',
    ],
    ['We should be able to give you an answer by the tail end of next week.', '2026-11-27'],
    ['We should be in a position to get back to you in about a fortnight’s time.', '2026-12-01'],
    ["We'll let you know within a working week.", '2026-11-24'],
    ['We hope to have news for you by the first week of next month.', '2026-12-04'],
    ['We aim to contact everyone by the close of the month.', '2026-11-30'],
    ["We're aiming to wrap things up by month's end.", '2026-11-30'],
    ["We'll have an answer for you by the end of the coming week.", '2026-11-27'],
    ['Offers will be made in the first week of December.', '2026-12-04'],
    ['Final interviews are in the week of 30 November and offers should go out by mid-December.', '2026-12-15'],
    [
      'Interviews will take place in the new year, and we expect to make an appointment by the end of January.',
      '2027-01-31',
    ],
    ['Decisions are usually made within three to four weeks of interview.', null],
    ['We will be in touch within four weeks of the closing date.', null],
  ])('"%s" -> %s', (text, by) => {
    expect(when(text)).toBe(by);
  });

  // Said in December, the new year and the holidays are early January and Christmas.
  it.each([
    ["We'll be in touch in the new year.", '2027-01-10'],
    ["We'll come back to you with next steps after the holidays.", '2027-01-10'],
    ['We hope to be able to give you news before the holidays.', '2026-12-24'],
  ])('"%s" sent on December 9 -> %s', (text, by) => {
    expect(readDecisionBy(text, { date: '2026-12-09T10:00:00+00:00' })?.toString() ?? null).toBe(by);
  });
  it('"after the holidays" in July names no date', () => {
    expect(
      readDecisionBy("We'll come back to you after the holidays.", { date: '2026-07-09T10:00:00+00:00' }),
    ).toBeNull();
  });
});

/*
 * Stop 10 (the tenth blind set's misses, by family): a stage finalised in
 * part of a month, the first part of next week, a clause about a later stage
 * after ", with", times offered for the next meeting and an invite's own
 * day; nobody going on, the external process stopped, a role named with
 * brackets, a freeze that came to nothing, a take-home as the next stage, a
 * colleague on leave; thanks to several people, a decider named, an updated
 * timeframe, an offer declined in other words.
 */
describe('stop 10 families: decision dates (sent Tuesday, November 17, 2026)', () => {
  it.each([
    ['We expect shortlisting to be finalised in late November.', '2026-11-30'],
    ['The panel aims to have the shortlist finalised by early December.', '2026-12-10'],
    ["We'll come back to you in the first part of next week.", '2026-11-24'],
    ['We should have news in the front half of next week.', '2026-11-24'],
    ["We'll let you know in the early days of next week.", '2026-11-24'],
    ["We'll be in touch late next week.", '2026-11-27'],
    [
      'The panel expects to contact candidates during the week beginning 30 November, with interviews to follow later in the month.',
      '2026-12-04',
    ],
    ["We'll update you by Friday, with the final round to follow next month.", '2026-11-20'],
    [
      'Our coordinator will contact you this week with available times for the panel. Final outcomes will be advised by the end of January.',
      '2027-01-31',
    ],
    ['Our coordinator will contact you this week with possible dates.', null],
    ["Invite attached for Thursday - I'll call you on your mobile.", null],
    // Look-alikes that still promise.
    ["We'll contact you this week about the outcome.", '2026-11-20'],
    ["We'll decide by Friday, and let you know with feedback.", '2026-11-20'],
  ])('"%s" -> %s', (text, by) => {
    expect(when(text)).toBe(by);
  });
});

const TENTH_BATCH: Case[] = [
  // Nobody goes on, or the external process stops.
  [
    'Update',
    "Hi Sam,\n\nAfter a budget review we won't be progressing anyone for now, and the ad has come down.\n\nAna",
    'rejection',
  ],
  ['Update', 'Hi Sam,\n\nWe are not moving forward with any candidates at this stage.\n\nAna', 'rejection'],
  [
    'Data Analyst',
    'Hi Sam,\n\nThe Data Analyst (Payments) vacancy has been filled by a colleague from our Sydney office.\n\nAna',
    'rejection',
  ],
  [
    'Data Analyst',
    'Hi Sam,\n\nA colleague has moved into the team, so we will not be continuing the external process.\n\nAna',
    'rejection',
  ],
  ['Update', 'Hi Sam,\n\nSadly there is now a hiring freeze across the company.\n\nAna', 'rejection'],
  [
    'Next step',
    "Hi Sam,\n\nWe're not interviewing anyone else, so would Monday at 10:00 work for you to meet the founders?\n\nAna",
    'scheduling',
  ],
  // A freeze that came to nothing: the process goes on.
  [
    'Re: Checking in',
    'Hi Sam,\n\nWe had a hiring freeze scare last month, but you are still in the running. Would Monday at 10:00 work for you?\n\nAna',
    'scheduling',
  ],
  [
    'Next step',
    'Hi Sam,\n\nThere was a recruitment freeze that is now resolved. Could you do Thursday 19 November at 14:00?\n\nAna',
    'scheduling',
  ],
  // A piece of work as the next stage.
  [
    'Take-home',
    'Hi Sam,\n\nGood news - the team would like you to complete our take-home exercise. Please send it back by Monday.\n\nAna',
    'scheduling',
  ],
  ['Next step', "Hi Sam,\n\nWe'd love you to have a go at a short case study as the next step.\n\nAna", 'scheduling'],
  ['Take-home', 'Hi Sam,\n\nThanks for sending the take-home back; the team liked it.\n\nAna', 'other'],
  // A colleague on leave is no auto-reply; the writer on leave is.
  [
    'RE: Timing',
    "Hi Sam,\n\nPriya passed your note to me while she is on leave. The panel's timing has not changed.\n\nTom",
    'reply',
  ],
  ['Away', 'I am on annual leave until 30 November with limited access to email.', 'auto-reply'],
  ['Re: Timing', 'Currently on leave, back on Monday 30 November.', 'auto-reply'],
  // The seeker's own mail.
  [
    'Re: Thanks',
    'Hi Ana and Ben,\n\nThank you both for the conversation today. I enjoyed hearing about the data platform.\n\nSam',
    'out:thank-you',
  ],
  ['Re: Panel', 'Hi all,\n\nThank you all for this afternoon - the pairing exercise was fun.\n\nSam', 'out:thank-you'],
  ['Re: References', "Hi Ana,\n\nThank you for today's note - I'll send the references tomorrow.\n\nSam", 'out:reply'],
  [
    'Timing question',
    'Hi Ana,\n\nCould you tell me roughly when the hiring committee expects to decide?\n\nSam',
    'out:ask-timeline',
  ],
  [
    'Timing question',
    'Hi Ana,\n\nDo you know when the panel will make its shortlisting decisions?\n\nSam',
    'out:ask-timeline',
  ],
  [
    'Shortlisting',
    "Hi Ana,\n\nYour email mentioned offers would be made by the end of November, so I wanted to see whether there's an updated timeframe.\n\nSam",
    'out:status-check',
  ],
  [
    'Re: Offer',
    "Hi Ana,\n\nThank you for the offer. I've decided to accept a position closer to my family, so I'll be declining.\n\nSam",
    'out:withdraw',
  ],
  ['Re: Offer', 'Hi Ana,\n\nAfter a lot of thought I must respectfully decline.\n\nSam', 'out:withdraw'],
  ['Re: Times', "Hi Ana,\n\nI'll be declining the 8am slot, could we do 10am instead?\n\nSam", 'out:reply'],
];

checkBatch('stop 10 families: kinds and purposes', TENTH_BATCH);
