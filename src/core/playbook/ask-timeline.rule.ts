/**
 * Rule 3, ask-timeline (advice: find out their timeline; follow up within a
 * week). For an open, undecided opportunity whose latest ended interview gave
 * no `decisionBy`, when no date was stated after that interview's start and
 * no check-in was sent after its end. Window `nb(end + askTimelineOpensDays)`
 * to `nb(end + askTimelineDueDays)`, pushed by the weekly gap; none while a
 * promise stands (rule 4).
 *
 * Choice where PLAYBOOK.md is silent: when a later interview is already
 * booked (or under way), there is no ask-timeline item for the earlier one:
 * the next round is the natural place to ask (rule 1 reminds the seeker).
 */
import { nbDay } from '../time.js';
import { type Candidate, dayWindow, type RuleContext } from './context.js';
import { isActive, type OpportunityState } from './derived.js';
import { pushByGap } from './weekly-gap.rule.js';

export function askTimeline(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const iv = state.latestEnded;
  if (iv === null || !isActive(state) || state.promiseStands || state.laterInterview) return;
  if (iv.decisionBy !== null) return;
  if (state.latestStatementMs >= iv.at.epochMilliseconds) return;
  // A check-in sent during or after the interview already asked (the spec says after its end; a
  // check-in logged during the meeting is treated the same so one round never gets two check-in items).
  if (state.lastCheckInMs >= iv.at.epochMilliseconds) return;
  const endDay = ctx.clock.localDay(state.latestEndedEndMs);
  const [openDay, dueDay] = pushByGap(
    nbDay(endDay + ctx.settings.askTimelineOpensDays, ctx.holidays),
    nbDay(endDay + ctx.settings.askTimelineDueDays, ctx.holidays),
    state.lastCheckInDay,
    ctx,
  );
  out.push({
    id: `ask-timeline:${state.opp.id}:${iv.id}`,
    kind: 'ask-timeline',
    opportunity: state.opp,
    contactId: null,
    interview: iv,
    ...dayWindow(ctx, openDay, dueDay),
  });
}
