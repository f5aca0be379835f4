/**
 * Rule 11, evaluate-offer (advice: an offer in hand is what ends the search,
 * so decide deliberately). For a received offer at an open opportunity:
 * opens when logged, due at the end of its deadline day, or of the offer's
 * local date + 7 days without a deadline (never before the end of the day it
 * opens). Ends when the offer is accepted or declined.
 */
import { daysFromCivil } from '../time.js';
import type { Candidate, RuleContext } from './context.js';
import type { OpportunityState } from './derived.js';

/** Days to weigh an offer that came without a deadline, as PLAYBOOK.md fixes it. */
const DEFAULT_DECISION_DAYS = 7;

export function evaluateOffer(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const opp = state.opp;
  if (opp.status !== 'open') return;
  for (const offer of opp.offers) {
    if (offer.status !== 'received') continue;
    const at = offer.at.epochMilliseconds;
    if (at > ctx.nowMs) continue;
    const offerDay = ctx.clock.localDay(at);
    let dueDay =
      offer.deadline === null
        ? offerDay + DEFAULT_DECISION_DAYS
        : daysFromCivil(offer.deadline.year, offer.deadline.month, offer.deadline.day);
    if (dueDay < offerDay) dueDay = offerDay;
    out.push({
      id: `evaluate-offer:${opp.id}:${offer.id}`,
      kind: 'evaluate-offer',
      opportunity: opp,
      contactId: null,
      interview: null,
      opensMs: at,
      dueMs: ctx.clock.endOfDayMs(dueDay),
    });
  }
}
