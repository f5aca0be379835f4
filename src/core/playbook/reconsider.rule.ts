/**
 * Rule 8, reconsider (advice: if they resurface with an offer, judge whether
 * you still want to work there). An opportunity closed as `no-response` that
 * gets an `in` touch after it was closed: opens at that touch, due at the end
 * of `bd(its local date, 2)`. The only item a closed opportunity can get.
 *
 * Choices where PLAYBOOK.md is silent: an auto-reply is not the employer
 * resurfacing; the first touch after closing names the item (a second
 * message does not restart it); without `closedAt` nothing can be compared,
 * so there is no item. It ends when the seeker reopens or re-closes the
 * opportunity with another status, or dismisses it.
 */

import type { Opportunity } from '../model.js';
import { bdDay } from '../time.js';
import type { Candidate, RuleContext } from './context.js';

/** Business days to decide, as PLAYBOOK.md fixes it. */
const DECIDE_BUSINESS_DAYS = 2;

export function reconsider(opp: Opportunity, ctx: RuleContext, out: Candidate[]): void {
  if (opp.status !== 'no-response' || opp.closedAt === null) return;
  const closed = opp.closedAt.epochMilliseconds;
  let first: { ms: number; id: string } | null = null;
  for (const t of opp.touches) {
    if (t.direction !== 'in' || t.kind === 'auto-reply') continue;
    const at = t.at.epochMilliseconds;
    if (at <= closed || at > ctx.nowMs) continue;
    if (first === null || at < first.ms || (at === first.ms && t.id < first.id)) first = { ms: at, id: t.id };
  }
  if (first === null) return;
  const day = ctx.clock.localDay(first.ms);
  out.push({
    id: `reconsider:${opp.id}:${first.id}`,
    kind: 'reconsider',
    opportunity: opp,
    contactId: opp.touches.find((t) => t.id === first.id)?.contactId ?? null,
    interview: null,
    opensMs: first.ms,
    dueMs: ctx.clock.endOfDayMs(bdDay(day, DECIDE_BUSINESS_DAYS, ctx.holidays)),
  });
}
