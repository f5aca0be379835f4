/**
 * Rule 10, offer-nudge (advice: tell your first choice you expect another
 * offer and ask if they can work with you on timing). For each offer that is
 * `expected` or `received` at an open opportunity B, and each open, undecided
 * opportunity A with at least one interview and a higher interest than B:
 * one item at A. Opens when the offer was logged; due at the end of
 * `bd(offerDate, 1)` or of the business day before the offer's deadline,
 * whichever is earlier, and never before the end of the day it opens. Exempt
 * from holds and the weekly gap. Ends with an `out` offer-nudge touch at A
 * sent after the offer was logged.
 *
 * Choice where PLAYBOOK.md is silent: an offer at a closed opportunity (the
 * seeker withdrew or was turned down there) is no lever, so it nudges nobody.
 */
import type { Offer, Opportunity } from '../model.js';
import { bdDay, daysFromCivil, previousBusinessDay } from '../time.js';
import type { Candidate, RuleContext } from './context.js';
import { isActive, type OpportunityState } from './derived.js';

/** Interest is 1-5 (model.ts); anything else is clamped into a bucket. */
const MAX_INTEREST = 5;

export function offerNudges(states: readonly OpportunityState[], ctx: RuleContext, out: Candidate[]): void {
  const pending: { opp: Opportunity; offer: Offer }[] = [];
  for (const s of states) {
    if (s.opp.status !== 'open') continue;
    for (const offer of s.opp.offers) {
      if ((offer.status === 'expected' || offer.status === 'received') && offer.at.epochMilliseconds <= ctx.nowMs) {
        pending.push({ opp: s.opp, offer });
      }
    }
  }
  if (pending.length === 0) return;
  // Candidates for A, bucketed by interest so each offer visits only those ranked above it.
  const buckets: OpportunityState[][] = Array.from({ length: MAX_INTEREST + 1 }, () => []);
  for (const s of states) {
    if (!isActive(s) || !s.hasInterview) continue;
    buckets[Math.max(0, Math.min(MAX_INTEREST, Math.round(s.opp.interest)))]!.push(s);
  }
  for (const { opp: b, offer } of pending) {
    const at = offer.at.epochMilliseconds;
    const offerDay = ctx.clock.localDay(at);
    let dueDay = bdDay(offerDay, 1, ctx.holidays);
    if (offer.deadline !== null) {
      const beforeDeadline = previousBusinessDay(
        daysFromCivil(offer.deadline.year, offer.deadline.month, offer.deadline.day),
        ctx.holidays,
      );
      if (beforeDeadline < dueDay) dueDay = beforeDeadline;
    }
    if (dueDay < offerDay) dueDay = offerDay;
    const dueMs = ctx.clock.endOfDayMs(dueDay);
    const competingOffer = {
      company: b.company,
      role: b.role,
      received: offer.status === 'received',
      deadline: offer.deadline,
    };
    for (let interest = Math.floor(b.interest) + 1; interest <= MAX_INTEREST; interest++) {
      for (const a of buckets[interest] ?? []) {
        if (a.opp.id === b.id || a.opp.interest <= b.interest || a.lastOfferNudgeMs >= at) continue;
        out.push({
          id: `offer-nudge:${a.opp.id}:${b.id}:${offer.id}`,
          kind: 'offer-nudge',
          opportunity: a.opp,
          contactId: null,
          interview: null,
          opensMs: at,
          dueMs,
          competingOffer,
        });
      }
    }
  }
}
