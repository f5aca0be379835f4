/**
 * Our own draft messages for the item kinds that ask the seeker to write
 * (DRAFTED_ITEM_KINDS): thank-you, ask-timeline, status-check,
 * explicit-check, offer-nudge, withdraw.
 *
 * Each is warm, brief (check-ins stay well under 150 words), names the
 * company (and the role when known), and never pleads. A draft states only
 * what the facts show: the explicit check mentions other companies only when
 * the seeker has another open opportunity, and the offer nudge says "expect"
 * or "have received" as the competing offer is.
 */
import type { Draft } from '../model.js';
import type { DraftContext } from './draft.types.js';
import {
  dateInWords,
  greetingLine,
  interviewDayPhrase,
  preferenceClause,
  roleAtCompany,
  rolePhrase,
  signOff,
  topicFromNotes,
} from './draft-facts.js';

/** The kinds this module drafts. */
export type DraftedKind = 'thank-you' | 'ask-timeline' | 'status-check' | 'explicit-check' | 'offer-nudge' | 'withdraw';

interface Parts {
  company: string;
  role: string | null;
  /** "Product Designer at Acme" or "Acme". */
  subjectName: string;
  /** "the Product Designer role at Acme" or "the position at Acme". */
  roleAt: string;
  greeting: string;
  day: string | null;
  topic: string | null;
}

function partsOf(ctx: DraftContext): Parts {
  const company = ctx.opportunity?.company ?? 'the company';
  const role = ctx.opportunity?.role?.trim() || null;
  return {
    company,
    role,
    subjectName: roleAtCompany({ company, role }),
    roleAt: `${rolePhrase(role)} at ${company}`,
    greeting: greetingLine(ctx.contact),
    day: interviewDayPhrase(ctx.interview, ctx.profile, ctx.today),
    topic: topicFromNotes(ctx.interview?.notes),
  };
}

function message(ctx: DraftContext, subject: string, paragraphs: readonly string[], closing?: string): Draft {
  const body = [...paragraphs, signOff(ctx.profile, closing)].join('\n\n');
  return { to: ctx.contact?.email ?? null, subject, body: `${body}\n` };
}

function thankYou(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  const when = p.day ? ` ${p.day}` : '';
  const liked = p.topic
    ? `I especially enjoyed our conversation about ${p.topic}, and it made me even more keen on the work your team is doing.`
    : 'The conversation made me even more keen on the work your team is doing.';
  return message(ctx, `Thank you: ${p.subjectName}`, [
    p.greeting,
    `Thank you for taking the time to talk with me${when} about ${p.roleAt}. ${liked}`,
    'If anything else from me would help, I am happy to send it along.',
  ]);
}

function askTimeline(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  const since = p.day ? ` since we spoke ${p.day}` : '';
  const about = p.topic ? `, and I keep coming back to what we said about ${p.topic}` : '';
  return message(
    ctx,
    `Next steps: ${p.subjectName}`,
    [
      p.greeting,
      `I hope your week is going well. I have been thinking about ${p.roleAt}${since}${about}. I remain very interested.`,
      'Could you share when you expect to reach a decision? Knowing the timeline would help me plan the coming weeks.',
    ],
    'Thank you,',
  );
}

function statusCheck(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  const first = ctx.promisedDate
    ? `I wanted to check in about ${p.roleAt}. When we last spoke, a decision was expected around ${dateInWords(ctx.promisedDate, ctx.today)}.`
    : `I wanted to check in about ${p.roleAt}, since I have not heard more after your last note.`;
  return message(ctx, `Checking in: ${p.subjectName}`, [
    p.greeting,
    `${first} I understand that hiring often takes longer than planned, and I am still very interested in joining ${p.company}.`,
    'Is there an updated timeline you could share?',
  ]);
}

function explicitCheck(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  const plan =
    ctx.otherOpenOpportunities > 0
      ? 'I am also in conversations with other companies, so a clear sense of your timeline would help me plan.'
      : 'A clear sense of your timeline would help me plan.';
  return message(ctx, `Your decision timeline: ${p.subjectName}`, [
    p.greeting,
    `I am following up once more about ${p.roleAt}. Could you tell me where things stand, and when a decision is likely?`,
    `I am still very interested in joining ${p.company}. ${plan}`,
  ]);
}

function offerNudge(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  const other = ctx.competingOffer;
  const deadline = other?.deadline ? dateInWords(other.deadline, ctx.today) : null;
  const preference = preferenceClause(ctx);
  if (!other) {
    // No competing offer in the facts: ask about timing without claiming one.
    return message(ctx, `A question about timing: ${p.subjectName}`, [
      p.greeting,
      `I wanted to ask about timing while you consider me for ${p.roleAt}. ${preference}, and knowing when you expect to decide would help me plan the coming weeks.`,
    ]);
  }
  let news: string;
  if (other.received) {
    news = deadline
      ? `I have received an offer from another company, and they have asked for my answer by ${deadline}.`
      : 'I have received an offer from another company and will need to answer it soon.';
  } else {
    news = 'I am expecting an offer from another company shortly.';
  }
  return message(ctx, `A question about timing: ${p.subjectName}`, [
    p.greeting,
    `I wanted to give you an update while you consider me for ${p.roleAt}. ${news}`,
    `${preference}, so ${other.received ? 'before I respond ' : ''}I would like to ask whether there is any way we could work together on the timing of your decision.`,
  ]);
}

function withdraw(ctx: DraftContext): Draft {
  const p = partsOf(ctx);
  return message(ctx, `Withdrawing my application: ${p.subjectName}`, [
    p.greeting,
    `Thank you for considering me for ${p.roleAt}. I have accepted another position, so I would like to withdraw from your process.`,
    `I appreciated the time you and the team at ${p.company} gave me, and I hope our paths cross again.`,
  ]);
}

/** Our draft for a drafted kind, filled from the context. */
export function draftFor(kind: DraftedKind, ctx: DraftContext): Draft {
  switch (kind) {
    case 'thank-you':
      return thankYou(ctx);
    case 'ask-timeline':
      return askTimeline(ctx);
    case 'status-check':
      return statusCheck(ctx);
    case 'explicit-check':
      return explicitCheck(ctx);
    case 'offer-nudge':
      return offerNudge(ctx);
    case 'withdraw':
      return withdraw(ctx);
  }
}
