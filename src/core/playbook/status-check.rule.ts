/**
 * Rule 5, status-check (advice: when you're past the date they gave, politely
 * follow up and ask for an updated timeline). Two ways in:
 * - a promise `D` has passed and no check-in was sent after `D`: window
 *   `[bd(D, 1), bd(bd(D, 1), checkInWindowBusinessDays)]` (= `[bd(D,1), bd(D,3)]`
 *   with the defaults); the id carries `bd(D, 1)`;
 * - the latest check-in was answered by an `in` touch that gave no date:
 *   window `[nb(reply + silenceDays), bd(that, checkInWindowBusinessDays)]`;
 *   the id carries `nb(reply + silenceDays)`.
 * Both are pushed by the weekly gap (rule 9), and there is none while a
 * promise stands (rule 4) or once the opportunity is decided.
 *
 * Choices where PLAYBOOK.md is silent: the passed promise comes first (one
 * status check per opportunity at a time); the reply variant only follows a
 * check-in of the current round (no interview started since it was sent).
 */
import { bdDay, epochDayToIso, nbDay } from '../time.js';
import { type Candidate, dayWindow, type RuleContext } from './context.js';
import { chainIsCurrent, isActive, type OpportunityState, promisePassedUnchecked } from './derived.js';
import { pushByGap } from './weekly-gap.rule.js';

export function statusCheck(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  if (!isActive(state) || state.promiseStands) return;
  const w = ctx.settings.checkInWindowBusinessDays;
  let openDay: number;
  let promisedDay: number | undefined;
  if (promisePassedUnchecked(state, ctx.today) && state.promise !== null) {
    promisedDay = state.promise.day;
    openDay = bdDay(promisedDay, 1, ctx.holidays);
  } else if (chainIsCurrent(state) && state.answeredBy !== null && state.answeredBy.decisionBy === null) {
    openDay = nbDay(ctx.clock.localDay(state.answeredBy.at.epochMilliseconds) + ctx.settings.silenceDays, ctx.holidays);
  } else {
    return;
  }
  const [o, d] = pushByGap(openDay, bdDay(openDay, w, ctx.holidays), state.lastCheckInDay, ctx);
  out.push({
    id: `status-check:${state.opp.id}:${epochDayToIso(openDay)}`,
    kind: 'status-check',
    opportunity: state.opp,
    contactId: null,
    interview: null,
    ...dayWindow(ctx, o, d),
    ...(promisedDay === undefined ? {} : { promisedDay }),
  });
}
