/**
 * Titles, reasons ("why") and guidance for every item kind. The reason says,
 * in our own words, which piece of the follow-up advice the item serves; the
 * guidance is what to ask, weigh or do for kinds that come without a draft.
 */
import type { ItemKind } from '../model.js';
import type { DraftContext } from './draft.types.js';
import {
  dateInWords,
  firstNameOf,
  interviewDayPhrase,
  receivedOffer,
  roleAtCompany,
  roundPhrase,
} from './draft-facts.js';

function companyOf(ctx: DraftContext): string {
  return ctx.opportunity?.company ?? 'the company';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short title for the agenda line. */
export function titleFor(ctx: DraftContext): string {
  const company = companyOf(ctx);
  const first = firstNameOf(ctx.contact);
  const round = roundPhrase(ctx.interview?.round) ?? 'interview';
  switch (ctx.kind) {
    case 'prepare-timeline-question':
      return `Ask ${company} about their timeline in the ${round}`;
    case 'thank-you':
      return first ? `Thank ${first} for the ${round}` : `Thank ${company} for the ${round}`;
    case 'ask-timeline':
      return `Ask ${company} about their timeline`;
    case 'status-check':
      return ctx.promisedDate
        ? `Check in with ${company}: past the date they gave`
        : `Check in with ${company}: a week since their reply`;
    case 'explicit-check':
      return `Ask ${company} plainly when they will decide`;
    case 'move-on':
      return `Close ${company} as no response`;
    case 'reconsider':
      return `${company} is back: decide whether you still want it`;
    case 'offer-nudge': {
      const offer = ctx.competingOffer;
      if (!offer) return `Tell ${company} about your other offer`;
      return offer.received
        ? `Tell ${company} you have an offer from ${offer.company}`
        : `Tell ${company} you expect an offer from ${offer.company}`;
    }
    case 'evaluate-offer':
      return `Decide on the offer from ${company}`;
    case 'keep-searching':
      return 'Keep your search going';
    case 'withdraw':
      return `Withdraw from ${company}`;
  }
}

/** One or two sentences: why this item, naming the advice it serves. */
export function whyFor(ctx: DraftContext): string {
  const company = companyOf(ctx);
  switch (ctx.kind) {
    case 'prepare-timeline-question':
      return 'Asking about their timeline during the interview tells you when to expect news, so you can wait calmly. Advice: learn their timeline while you are still in the room.';
    case 'thank-you':
      return 'A short note soon after each conversation shows you want this job in particular. Advice: thank them promptly, and do it after every interview.';
    case 'ask-timeline':
      return `You do not yet know when ${company} will decide, and a week is a fair time to ask. Advice: when you do not know their timeline, ask about it within about a week.`;
    case 'status-check':
      return ctx.promisedDate
        ? `The date ${company} gave has passed; hiring often runs late, and asking for an updated timeline is normal. Advice: once past their date, follow up politely and ask for a new one.`
        : `${company} answered your last check-in without giving a date, and a week has gone by. Advice: a polite follow-up asking for an updated timeline is fair now, never sooner.`;
    case 'explicit-check':
      return `Your check-ins with ${company} have gone unanswered, so it is time to be direct about your interest and ask when they will decide. Advice: when follow-ups get no reply, say plainly where you stand.`;
    case 'move-on':
      return `${company} has not answered even a direct question. Advice: when the plain follow-up gets no answer, move on; that is all you can do.`;
    case 'reconsider':
      return `${company} went silent and has now come back. Advice: if they resurface, judge afresh whether you still want to work there.`;
    case 'offer-nudge': {
      const other = ctx.competingOffer;
      const news = other?.received
        ? `${other.company} has made you an offer`
        : other
          ? `an offer from ${other.company} is on its way`
          : 'another offer may be coming';
      if (ctx.firstChoice) {
        return `${company} is your first choice, and ${news}; a first choice can often move faster when it knows. Advice: let your first choice know another offer is near, and ask whether the timing can line up.`;
      }
      const below = other ? ` than ${other.company}` : '';
      return `You rank ${company} higher${below}, and ${news}; an employer you want more can often move faster when it knows. Advice: tell the employers you prefer that another offer is near, and ask whether the timing can line up.`;
    }
    case 'evaluate-offer':
      return 'A received offer is what can end your search, so it deserves a deliberate decision. Advice: weigh the offer on its merits before its deadline.';
    case 'keep-searching':
      return 'Waiting on one employer is fragile until an offer is signed. Advice: while you wait, keep adding opportunities and arranging new conversations.';
    case 'withdraw':
      return `You accepted an offer elsewhere; telling ${company} frees their time and leaves a good impression. Advice: close every open process courteously once your search ends.`;
  }
}

function prepareTimelineQuestion(ctx: DraftContext): string {
  const company = companyOf(ctx);
  const first = firstNameOf(ctx.contact);
  const day = interviewDayPhrase(ctx.interview, ctx.profile, ctx.today);
  const when = day ? ` ${day}` : '';
  const who = first ? `${first} at ${company}` : company;
  return [
    `Before the interview with ${who}${when} ends, ask: "What are the next steps, and when are you hoping to decide?"`,
    'Log the date they give with the interview: check-ins then wait until it has passed, so you are never early.',
  ].join(' ');
}

function keepSearching(ctx: DraftContext): string {
  const { open, addedRecently, minOpen, newOpportunityDays } = ctx.pipeline;
  const parts = [
    `You have ${plural(open, 'open opportunity', 'open opportunities')} (aim for at least ${minOpen}) and added ${addedRecently} in the last ${plural(newOpportunityDays, 'day', 'days')}.`,
  ];
  const todo: string[] = [];
  if (open < minOpen) todo.push(`add ${plural(minOpen - open, 'new opportunity', 'new opportunities')}`);
  else if (addedRecently === 0) todo.push('add at least one new opportunity');
  todo.push('reach out to one person who could lead to an interview');
  parts.push(`This week: ${todo.join(', and ')}. Nothing is settled until you sign, so keep your options growing.`);
  return parts.join(' ');
}

function evaluateOffer(ctx: DraftContext): string {
  const name = ctx.opportunity ? roleAtCompany(ctx.opportunity) : companyOf(ctx);
  const offer = receivedOffer(ctx.opportunity);
  const deadline = offer?.deadline
    ? `Their deadline is ${dateInWords(offer.deadline, ctx.today)}; if you need more time, ask for it before then.`
    : 'No deadline is logged: ask when they need your answer, and decide within a week.';
  return [
    `Weigh the offer for ${name}: pay and benefits, the work itself, the people you met, room to grow, and how they treated you during the process.`,
    'Compare it with your other open opportunities, and ask for anything that is unclear in writing.',
    deadline,
  ].join(' ');
}

function reconsider(ctx: DraftContext): string {
  const company = companyOf(ctx);
  return [
    `${company} stopped answering and has now come back.`,
    'Before you reply, weigh how they treated you while silent, whether the role is still what you want, and how it compares with what you have going now.',
    'Long silence can be a hint about how the place runs; ask what changed, and decide on the merits.',
  ].join(' ');
}

function moveOn(ctx: DraftContext): string {
  const company = companyOf(ctx);
  return [
    `It is fine to close ${company} as no response and put your energy into other opportunities.`,
    'Nothing needs to be sent and no bridge is burnt: if they come back later, the door is still open, and the agenda will help you reconsider.',
  ].join(' ');
}

/** Guidance for the kinds that come without a draft; null for drafted kinds. */
export function guidanceFor(ctx: DraftContext): string | null {
  const kind: ItemKind = ctx.kind;
  switch (kind) {
    case 'prepare-timeline-question':
      return prepareTimelineQuestion(ctx);
    case 'keep-searching':
      return keepSearching(ctx);
    case 'evaluate-offer':
      return evaluateOffer(ctx);
    case 'reconsider':
      return reconsider(ctx);
    case 'move-on':
      return moveOn(ctx);
    default:
      return null;
  }
}
