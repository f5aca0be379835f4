/**
 * Rule 1, prepare-timeline-question (advice: ask about their timeline in the
 * interview itself). For each interview that has not started and whose
 * `timelineAsked` is not yet true: opens 24 h before the start, due at the
 * start. Exact hours, not day-granular: it is a reminder before a meeting.
 */
import type { Candidate, RuleContext } from './context.js';
import type { OpportunityState } from './derived.js';

/** Lead time before the interview, as PLAYBOOK.md fixes it (not a setting). */
const LEAD_MS = 24 * 3_600_000;

export function prepareTimelineQuestion(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const opp = state.opp;
  for (const iv of opp.interviews) {
    if (iv.timelineAsked) continue;
    const at = iv.at.epochMilliseconds;
    if (at <= ctx.nowMs) continue;
    out.push({
      id: `prepare-timeline-question:${opp.id}:${iv.id}`,
      kind: 'prepare-timeline-question',
      opportunity: opp,
      contactId: iv.interviewers[0] ?? null,
      interview: iv,
      opensMs: at - LEAD_MS,
      dueMs: at,
    });
  }
}
