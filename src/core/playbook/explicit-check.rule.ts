/**
 * Rule 6, explicit-check (advice: when even your follow-ups get no answer,
 * say plainly that you are interested, that you are talking with others, and
 * ask when they will decide). When the latest check-in is an `ask-timeline`
 * or `status-check` still unanswered: window `[nb(sent + silenceDays),
 * bd(that, checkInWindowBusinessDays)]`, pushed by the weekly gap. The id
 * carries the check-in it follows. The draft mentions other processes only
 * when the seeker has another open, undecided opportunity (DraftContext).
 *
 * Choice where PLAYBOOK.md is silent: a passed promise without a check-in
 * since calls for a status check first (rule 5), not this.
 */
import { bdDay, nbDay } from '../time.js';
import { type Candidate, dayWindow, type RuleContext } from './context.js';
import { chainIsCurrent, isActive, type OpportunityState, promisePassedUnchecked } from './derived.js';
import { pushByGap } from './weekly-gap.rule.js';

export function explicitCheck(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const c = state.lastCheckIn;
  if (c === null || c.purpose === 'explicit-check' || state.answeredBy !== null) return;
  if (!isActive(state) || state.promiseStands || !chainIsCurrent(state)) return;
  if (promisePassedUnchecked(state, ctx.today)) return;
  const openDay = nbDay(state.lastCheckInDay + ctx.settings.silenceDays, ctx.holidays);
  const [o, d] = pushByGap(
    openDay,
    bdDay(openDay, ctx.settings.checkInWindowBusinessDays, ctx.holidays),
    state.lastCheckInDay,
    ctx,
  );
  out.push({
    id: `explicit-check:${state.opp.id}:${c.id}`,
    kind: 'explicit-check',
    opportunity: state.opp,
    contactId: c.contactId,
    interview: null,
    ...dayWindow(ctx, o, d),
  });
}
