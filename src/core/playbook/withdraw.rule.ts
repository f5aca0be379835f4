/**
 * Rule 13, withdraw (courtesy once the search ends). When an offer is
 * accepted, each other open opportunity gets an item: opens at the
 * acceptance (the offer's `decidedAt`), due at the end of `bd(that date, 2)`.
 * Ends when that opportunity is closed. Exempt from holds and the weekly gap.
 *
 * Choices where PLAYBOOK.md is silent: with several accepted offers the
 * earliest acceptance counts (one withdraw item per opportunity); an accepted
 * offer without `decidedAt` counts from when it was logged.
 */
import type { Offer, Opportunity } from '../model.js';
import { bdDay } from '../time.js';
import type { Candidate, RuleContext } from './context.js';

/** Business days to withdraw politely, as PLAYBOOK.md fixes it. */
const WITHDRAW_BUSINESS_DAYS = 2;

export interface Acceptance {
  opp: Opportunity;
  offer: Offer;
  ms: number;
}

/** The earliest accepted offer (at or before now), or null. */
export function firstAcceptance(opportunities: readonly Opportunity[], nowMs: number): Acceptance | null {
  let best: Acceptance | null = null;
  for (const opp of opportunities) {
    for (const offer of opp.offers) {
      if (offer.status !== 'accepted') continue;
      const ms = (offer.decidedAt ?? offer.at).epochMilliseconds;
      if (ms > nowMs) continue;
      if (
        best === null ||
        ms < best.ms ||
        (ms === best.ms && `${opp.id}:${offer.id}` < `${best.opp.id}:${best.offer.id}`)
      ) {
        best = { opp, offer, ms };
      }
    }
  }
  return best;
}

export function withdraw(
  acceptance: Acceptance,
  openOpportunities: readonly Opportunity[],
  ctx: RuleContext,
  out: Candidate[],
): void {
  const dueMs = ctx.clock.endOfDayMs(bdDay(ctx.clock.localDay(acceptance.ms), WITHDRAW_BUSINESS_DAYS, ctx.holidays));
  for (const opp of openOpportunities) {
    if (opp.id === acceptance.opp.id) continue;
    out.push({
      id: `withdraw:${opp.id}:${acceptance.offer.id}`,
      kind: 'withdraw',
      opportunity: opp,
      contactId: null,
      interview: null,
      opensMs: acceptance.ms,
      dueMs,
    });
  }
}
