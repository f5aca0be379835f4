/**
 * Rule 4, hold (advice: don't call before the date they gave; don't be
 * alarmed by silence). While a promise `D` stands (today <= D) on an open,
 * undecided opportunity, it is on hold until `D`: no check-in item for it
 * (the check-in rules test `promiseStands`), and the agenda says why, with
 * the ordinary reasons hiring runs late, so the seeker is not alarmed.
 * Checking in becomes fine on `bd(D, 1)`.
 */

import { longDayInWords } from '../date-format.js';
import type { Hold } from '../model.js';
import { bdDay, civilFromDays, fromEpochDay } from '../time.js';
import type { RuleContext } from './context.js';
import { isActive, type OpportunityState } from './derived.js';

/** "Friday, December 4" for an epoch day ("Tuesday, January 5, 2027" when `today` is in another year). */
export function dayInWords(days: number, today?: number): string {
  const [year, month, day] = civilFromDays(days);
  return longDayInWords({ year, month, day }, today === undefined ? undefined : civilFromDays(today)[0]);
}

/**
 * The calm explanation shown with a hold. Our own words. With `offerFrom`
 * (the company whose offer the seeker should tell this one about), it says
 * why that one message is still right: it is news, not a check-in.
 */
export function holdReason(
  company: string,
  untilDay: number,
  fromDay: number,
  today: number,
  offerFrom: string | null = null,
): string {
  const when = untilDay === today ? 'today' : `by ${dayInWords(untilDay, today)}`;
  const opening =
    offerFrom === null
      ? `${company} said they would decide ${when}, so there is nothing to send before then. `
      : `${company} said they would decide ${when}, so no check-in before then. The offer from ${offerFrom} ` +
        `changes one thing: telling ${company} about it now is news they need to plan, not chasing, so that ` +
        `message is on your list. `;
  return (
    opening +
    `Quiet weeks are normal while a team finishes other interviews, collects feedback, waits for a sign-off ` +
    `on budget or works around holidays and travel. If you have heard nothing by ${dayInWords(fromDay, today)}, ` +
    `a short, friendly check-in is the next step.`
  );
}

/** The offer-nudge shown for a held opportunity: its item id and the company with the offer. */
export interface HoldException {
  itemId: string;
  offerFrom: string;
}

/**
 * The hold for an opportunity, or null when no promise stands. With
 * `nudge`, the hold names the offer-nudge it does not forbid, so the agenda
 * never says both "send this now" and "nothing to send" about one company.
 */
export function holdFor(state: OpportunityState, ctx: RuleContext, nudge: HoldException | null = null): Hold | null {
  const p = state.promise;
  if (p === null || !state.promiseStands || !isActive(state)) return null;
  const fromDay = bdDay(p.day, 1, ctx.holidays);
  return {
    opportunityId: state.opp.id,
    company: state.opp.company,
    role: state.opp.role,
    until: fromEpochDay(p.day),
    checkInFrom: fromEpochDay(fromDay),
    reason: holdReason(state.opp.company, p.day, fromDay, ctx.today, nudge?.offerFrom ?? null),
    offerNudge: nudge?.itemId ?? null,
  };
}
