/**
 * Rule 7, move-on (advice: if that gets no answer either, move on). When the
 * latest check-in is an `explicit-check` still unanswered: window
 * `[nb(sent + silenceDays), bd(that, checkInWindowBusinessDays)]`. Ends when
 * the seeker closes the opportunity (as `no-response`); the engine never
 * closes anything itself. Not a check-in, so the weekly gap does not apply.
 *
 * Choice where PLAYBOOK.md is silent: no move-on while a promise stands (the
 * employer named a date; giving up before it would be premature), nor while
 * a passed promise still awaits its status check.
 */
import { bdDay, nbDay } from '../time.js';
import { type Candidate, dayWindow, type RuleContext } from './context.js';
import { chainIsCurrent, isActive, type OpportunityState, promisePassedUnchecked } from './derived.js';

export function moveOn(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const c = state.lastCheckIn;
  if (c === null || c.purpose !== 'explicit-check' || state.answeredBy !== null) return;
  if (!isActive(state) || state.promiseStands || !chainIsCurrent(state)) return;
  if (promisePassedUnchecked(state, ctx.today)) return;
  const openDay = nbDay(state.lastCheckInDay + ctx.settings.silenceDays, ctx.holidays);
  out.push({
    id: `move-on:${state.opp.id}:${c.id}`,
    kind: 'move-on',
    opportunity: state.opp,
    contactId: null,
    interview: null,
    ...dayWindow(ctx, openDay, bdDay(openDay, ctx.settings.checkInWindowBusinessDays, ctx.holidays)),
  });
}
