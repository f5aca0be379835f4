/**
 * Rule 2, thank-you (advice: send a thank-you note immediately, and after
 * every interview). One item per interviewer of each interview, or one with
 * no contact when no interviewer is known. Opens at the interview's end, due
 * `thankYouHours` later (elapsed hours). Interviews still ahead give upcoming
 * items. Exempt from holds and the weekly gap.
 *
 * Ends with an `out` thank-you touch for that interview: with a contact it
 * ends that contact's item, without one it ends all the interview's items.
 * Choice where PLAYBOOK.md is silent: a thank-you touch that names no
 * interview counts for the latest interview that had ended when it was sent
 * (the one the seeker was thanking), as `sent OPP thank-you` does.
 */
import type { Interview } from '../model.js';
import type { Candidate, RuleContext } from './context.js';
import type { OpportunityState } from './derived.js';

interface Thanked {
  all: boolean;
  contacts: Set<string>;
}

function interviewThankedBy(interviews: readonly Interview[], atMs: number): Interview | null {
  let best: Interview | null = null;
  let bestEnd = Number.NEGATIVE_INFINITY;
  for (const iv of interviews) {
    const end = iv.at.epochMilliseconds + iv.durationMinutes * 60_000;
    if (end <= atMs && end > bestEnd) {
      best = iv;
      bestEnd = end;
    }
  }
  return best;
}

function thankedByInterview(state: OpportunityState, nowMs: number): Map<string, Thanked> {
  const map = new Map<string, Thanked>();
  for (const t of state.opp.touches) {
    if (t.direction !== 'out' || t.purpose !== 'thank-you') continue;
    const at = t.at.epochMilliseconds;
    if (at > nowMs) continue;
    const ivId = t.interviewId ?? interviewThankedBy(state.opp.interviews, at)?.id;
    if (ivId === undefined) continue;
    let entry = map.get(ivId);
    if (entry === undefined) {
      entry = { all: false, contacts: new Set() };
      map.set(ivId, entry);
    }
    if (t.contactId === null) entry.all = true;
    else entry.contacts.add(t.contactId);
  }
  return map;
}

export function thankYou(state: OpportunityState, ctx: RuleContext, out: Candidate[]): void {
  const opp = state.opp;
  if (opp.interviews.length === 0) return;
  const thanked = thankedByInterview(state, ctx.nowMs);
  const hours = ctx.settings.thankYouHours * 3_600_000;
  for (const iv of opp.interviews) {
    const done = thanked.get(iv.id);
    if (done?.all) continue;
    const end = iv.at.epochMilliseconds + iv.durationMinutes * 60_000;
    const base = { kind: 'thank-you' as const, opportunity: opp, interview: iv, opensMs: end, dueMs: end + hours };
    if (iv.interviewers.length === 0) {
      if (done !== undefined && done.contacts.size > 0) continue;
      out.push({ ...base, id: `thank-you:${opp.id}:${iv.id}`, contactId: null });
      continue;
    }
    for (const contactId of iv.interviewers) {
      if (done?.contacts.has(contactId)) continue;
      out.push({ ...base, id: `thank-you:${opp.id}:${iv.id}:${contactId}`, contactId });
    }
  }
}
