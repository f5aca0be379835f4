/**
 * Rule 10, offer-nudge (advice: tell the employer you want most that another
 * offer is coming, and ask whether the timing can work).
 *
 * An offer is pending while it is `expected` or `received` (logged at or
 * before now). For each open, undecided opportunity A with at least one
 * interview and no pending offer of its own, the offers that can nudge it
 * are the pending offers at other open opportunities B with
 * `interest(A) > interest(B)`, logged after A's latest `out` offer-nudge
 * (offers logged before it were already told). A gets ONE item, never one
 * per offer, about the most pressing of them: the earliest deadline, else
 * (no deadline among them) the one logged first; ties by offer id. The item
 * id names that offer (`offer-nudge:A:B:offer`).
 *
 * Window: opens when that offer was logged; due at the end of
 * `bd(offerDay, 1)` or of the business day before its deadline, whichever is
 * earlier, and never before the end of the day it opens. Exempt from holds
 * and the weekly gap. Ends with an `out` offer-nudge at A; an offer logged
 * after that nudge opens a new item.
 *
 * Whether A may be called the seeker's first choice is the drafts' business
 * (`DraftContext.firstChoice`): only when no open opportunity has a higher
 * interest.
 *
 * Choice where PLAYBOOK.md is silent: an offer at a closed opportunity (the
 * seeker withdrew or was turned down there) is no lever, so it nudges nobody.
 *
 * Cost: the pending offers are sorted once into one list per interest level
 * (1-5), in priority order. For each A the candidates are the first offer
 * logged after A's last nudge in each lower level (the first one, for an A
 * never nudged), so an A costs a handful of steps, not a pass over every
 * offer, and the agenda grows with opportunities, not offers times them.
 */
import type { Offer, Opportunity } from '../model.js';
import { bdDay, daysFromCivil, previousBusinessDay } from '../time.js';
import type { Candidate, RuleContext } from './context.js';
import { isActive, type OpportunityState } from './derived.js';

interface PendingOffer {
  opp: Opportunity;
  offer: Offer;
  atMs: number;
  /** The deadline as an epoch day; +Infinity when there is none. */
  deadlineDay: number;
}

/** Whether an offer is pending at `nowMs` (PLAYBOOK rule 10). */
export function isPendingOffer(offer: Offer, nowMs: number): boolean {
  return (offer.status === 'expected' || offer.status === 'received') && offer.at.epochMilliseconds <= nowMs;
}

/** Most pressing first: earliest deadline (none counts as last), then logged first, then id. */
function byPriority(x: PendingOffer, y: PendingOffer): number {
  if (x.deadlineDay !== y.deadlineDay) return x.deadlineDay < y.deadlineDay ? -1 : 1;
  if (x.atMs !== y.atMs) return x.atMs - y.atMs;
  const a = `${x.opp.id}\u0000${x.offer.id}`;
  const b = `${y.opp.id}\u0000${y.offer.id}`;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Interest is a whole number 1-5 (the afterview/1 schema); anything else is clamped into the nearest list. */
const MAX_INTEREST = 5;
const levelOf = (interest: number): number => Math.max(0, Math.min(MAX_INTEREST, Math.round(interest)));

export function offerNudges(states: readonly OpportunityState[], ctx: RuleContext, out: Candidate[]): void {
  const pending: PendingOffer[] = [];
  const hasPending = new Set<Opportunity>();
  for (const s of states) {
    if (s.opp.status !== 'open') continue;
    for (const offer of s.opp.offers) {
      if (!isPendingOffer(offer, ctx.nowMs)) continue;
      hasPending.add(s.opp);
      const d = offer.deadline;
      pending.push({
        opp: s.opp,
        offer,
        atMs: offer.at.epochMilliseconds,
        deadlineDay: d === null ? Number.POSITIVE_INFINITY : daysFromCivil(d.year, d.month, d.day),
      });
    }
  }
  if (pending.length === 0) return;
  pending.sort(byPriority);
  const levels: PendingOffer[][] = Array.from({ length: MAX_INTEREST + 1 }, () => []);
  let lowestInterest = Number.POSITIVE_INFINITY;
  for (const p of pending) {
    levels[levelOf(p.opp.interest)]!.push(p);
    if (p.opp.interest < lowestInterest) lowestInterest = p.opp.interest;
  }

  for (const a of states) {
    if (!isActive(a) || !a.hasInterview || hasPending.has(a.opp) || a.opp.interest <= lowestInterest) continue;
    let chosen: PendingOffer | undefined;
    // Lower levels only: an offer at A's own level never ranks below A (interest is a whole number).
    for (let level = 0; level < levelOf(a.opp.interest); level++) {
      const first = levels[level]!.find((p) => p.atMs > a.lastOfferNudgeMs && p.opp.interest < a.opp.interest);
      if (first !== undefined && (chosen === undefined || byPriority(first, chosen) < 0)) chosen = first;
    }
    if (chosen !== undefined) out.push(nudgeFor(a.opp, chosen, ctx));
  }
}

function nudgeFor(a: Opportunity, p: PendingOffer, ctx: RuleContext): Candidate {
  const offerDay = ctx.clock.localDay(p.atMs);
  let dueDay = bdDay(offerDay, 1, ctx.holidays);
  if (p.deadlineDay !== Number.POSITIVE_INFINITY) {
    const beforeDeadline = previousBusinessDay(p.deadlineDay, ctx.holidays);
    if (beforeDeadline < dueDay) dueDay = beforeDeadline;
  }
  if (dueDay < offerDay) dueDay = offerDay;
  return {
    id: `offer-nudge:${a.id}:${p.opp.id}:${p.offer.id}`,
    kind: 'offer-nudge',
    opportunity: a,
    contactId: null,
    interview: null,
    opensMs: p.atMs,
    dueMs: ctx.clock.endOfDayMs(dueDay),
    competingOffer: {
      company: p.opp.company,
      role: p.opp.role,
      received: p.offer.status === 'received',
      deadline: p.offer.deadline,
    },
  };
}
