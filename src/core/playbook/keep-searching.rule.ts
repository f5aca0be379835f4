/**
 * Rule 12, keep-searching (advice: keep your search going until a firm offer
 * is in hand; keep setting up other interviews). While no offer is accepted:
 * one item, with no opportunity, when fewer than `minOpenOpportunities` are
 * open or none was added in the last `newOpportunityDays`. Opens at 00:00
 * today, due at the end of the coming Sunday (today when today is Sunday);
 * its id carries that Sunday, so a snooze or dismissal lasts for one week.
 *
 * Choice where PLAYBOOK.md is silent: an opportunity with status `accepted`
 * counts as an accepted offer even when no offer record says so.
 */
import { dayOfWeek, epochDayToIso } from '../time.js';
import type { Candidate, RuleContext } from './context.js';

export interface SearchNumbers {
  open: number;
  /** Opportunities created within the last `newOpportunityDays`. */
  addedRecently: number;
  accepted: boolean;
}

export function keepSearching(numbers: SearchNumbers, ctx: RuleContext, out: Candidate[]): void {
  if (numbers.accepted) return;
  if (numbers.open >= ctx.settings.minOpenOpportunities && numbers.addedRecently > 0) return;
  const sunday = ctx.today + ((7 - dayOfWeek(ctx.today)) % 7);
  out.push({
    id: `keep-searching:${epochDayToIso(sunday)}`,
    kind: 'keep-searching',
    opportunity: null,
    contactId: null,
    interview: null,
    opensMs: ctx.clock.startOfDayMs(ctx.today),
    dueMs: ctx.clock.endOfDayMs(sunday),
  });
}
