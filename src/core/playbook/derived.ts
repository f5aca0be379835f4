/**
 * Facts derived once per open opportunity and shared by the rules: the
 * promise, the latest check-in and whether it was answered, whether the
 * opportunity is decided, the latest ended interview. One pass over the
 * interviews and one over the touches, on epoch milliseconds.
 *
 * Only what has happened counts: interviews, touches and offers dated after
 * `now` are ignored until their time (an interview in the future still
 * counts as scheduled).
 */
import type { InTouch, Interview, Opportunity, OutTouch } from '../model.js';
import { daysFromCivil } from '../time.js';
import type { RuleContext } from './context.js';

/** A promise: the latest decision date the employer gave (PLAYBOOK "Words"). */
export interface DecisionPromise {
  /** The promised local date, as an epoch day. */
  day: number;
  /** When it was said (the interview's start, or the touch's time). */
  statedMs: number;
}

export interface OpportunityState {
  opp: Opportunity;
  /** An offer received (or already accepted/declined), an `in` offer or rejection, or a closed status. */
  decided: boolean;
  hasInterview: boolean;
  /** Start of the most recent interview that has started; -Infinity when none has. */
  latestStartedMs: number;
  /** The interview whose end is the latest end at or before now. */
  latestEnded: Interview | null;
  latestEndedEndMs: number;
  /** Whether an interview starts after the latest ended one ends (a next round is booked or under way). */
  laterInterview: boolean;
  /** The standing or passed promise, counting only statements since the latest started interview. */
  promise: DecisionPromise | null;
  /** The latest date statement of any age (to tell whether one came after an interview's start). */
  latestStatementMs: number;
  /** A promise whose date is today or later: the opportunity is on hold. */
  promiseStands: boolean;
  /** The latest check-in sent (at or before now). */
  lastCheckIn: OutTouch | null;
  lastCheckInMs: number;
  /** Local date of the latest check-in (epoch day); NaN when none. */
  lastCheckInDay: number;
  /** The latest `in` touch other than an auto-reply, when it came after the latest check-in. */
  answeredBy: InTouch | null;
  /** Time of the latest `out` offer-nudge; -Infinity when none. */
  lastOfferNudgeMs: number;
  /** The contact of the latest touch (at or before now) that names one: whom a draft goes to by default. */
  latestContactId: string | null;
  /** The first interviewer of the latest interview that has started: the next choice. */
  latestInterviewerId: string | null;
}

/** A tie in statement time goes to the touch (a message is the later word), then to the later date. */
function laterStatement(ms: number, fromTouch: boolean, day: number, best: BestStatement): boolean {
  if (ms !== best.ms) return ms > best.ms;
  if (fromTouch !== best.fromTouch) return fromTouch;
  return day > best.day;
}

interface BestStatement {
  ms: number;
  fromTouch: boolean;
  day: number;
}

const dayOf = (d: { year: number; month: number; day: number }): number => daysFromCivil(d.year, d.month, d.day);

/** Derives an open opportunity's state. Pure; linear in its interviews and touches. */
export function deriveState(opp: Opportunity, ctx: RuleContext): OpportunityState {
  const now = ctx.nowMs;
  let decided = opp.status !== 'open';
  for (const offer of opp.offers) {
    if (offer.status !== 'expected' && offer.at.epochMilliseconds <= now) decided = true;
  }

  let latestStartedMs = Number.NEGATIVE_INFINITY;
  let latestEnded: Interview | null = null;
  let latestEndedEndMs = Number.NEGATIVE_INFINITY;
  let latestStartMs = Number.NEGATIVE_INFINITY;
  let latestInterviewerId: string | null = null;
  let latestInterviewerMs = Number.NEGATIVE_INFINITY;
  const best: BestStatement = { ms: Number.NEGATIVE_INFINITY, fromTouch: false, day: 0 };
  for (const iv of opp.interviews) {
    const at = iv.at.epochMilliseconds;
    if (at > latestStartMs) latestStartMs = at;
    if (at > now) continue;
    if (at > latestStartedMs) latestStartedMs = at;
    const first = iv.interviewers[0];
    if (first !== undefined && at >= latestInterviewerMs) {
      latestInterviewerId = first;
      latestInterviewerMs = at;
    }
    const end = at + iv.durationMinutes * 60_000;
    if (
      end <= now &&
      (end > latestEndedEndMs || (end === latestEndedEndMs && latestEnded !== null && iv.id > latestEnded.id))
    ) {
      latestEnded = iv;
      latestEndedEndMs = end;
    }
    if (iv.decisionBy !== null) {
      const day = dayOf(iv.decisionBy);
      if (laterStatement(at, false, day, best)) {
        best.ms = at;
        best.fromTouch = false;
        best.day = day;
      }
    }
  }

  let lastCheckIn: OutTouch | null = null;
  let lastCheckInMs = Number.NEGATIVE_INFINITY;
  let lastIn: InTouch | null = null;
  let lastInMs = Number.NEGATIVE_INFINITY;
  let lastOfferNudgeMs = Number.NEGATIVE_INFINITY;
  let latestContactId: string | null = null;
  let latestContactMs = Number.NEGATIVE_INFINITY;
  for (const t of opp.touches) {
    const at = t.at.epochMilliseconds;
    if (at > now) continue;
    if (t.contactId !== null && at >= latestContactMs) {
      latestContactId = t.contactId;
      latestContactMs = at;
    }
    if (t.direction === 'out') {
      const p = t.purpose;
      if (p === 'ask-timeline' || p === 'status-check' || p === 'explicit-check') {
        if (at > lastCheckInMs || (at === lastCheckInMs && lastCheckIn !== null && t.id > lastCheckIn.id)) {
          lastCheckIn = t;
          lastCheckInMs = at;
        }
      } else if (p === 'offer-nudge' && at > lastOfferNudgeMs) {
        lastOfferNudgeMs = at;
      }
    } else {
      if (t.kind === 'offer' || t.kind === 'rejection') decided = true;
      if (t.kind !== 'auto-reply' && (at > lastInMs || (at === lastInMs && lastIn !== null && t.id > lastIn.id))) {
        lastIn = t;
        lastInMs = at;
      }
      if (t.decisionBy !== null) {
        const day = dayOf(t.decisionBy);
        if (laterStatement(at, true, day, best)) {
          best.ms = at;
          best.fromTouch = true;
          best.day = day;
        }
      }
    }
  }

  const promise =
    best.ms !== Number.NEGATIVE_INFINITY && best.ms >= latestStartedMs ? { day: best.day, statedMs: best.ms } : null;
  return {
    opp,
    decided,
    hasInterview: opp.interviews.length > 0,
    latestStartedMs,
    latestEnded,
    latestEndedEndMs,
    laterInterview: latestEnded !== null && latestStartMs > latestEnded.at.epochMilliseconds,
    promise,
    latestStatementMs: best.ms,
    promiseStands: promise !== null && ctx.today <= promise.day,
    lastCheckIn,
    lastCheckInMs,
    lastCheckInDay: lastCheckIn === null ? Number.NaN : ctx.clock.localDay(lastCheckInMs),
    answeredBy: lastIn !== null && lastInMs > lastCheckInMs && lastCheckIn !== null ? lastIn : null,
    lastOfferNudgeMs,
    latestContactId,
    latestInterviewerId,
  };
}

/**
 * Whether the check-in chain (the latest check-in and its answer) still
 * belongs to the current round: no interview has started since it was sent.
 * After a new interview, the timeline question starts over (ask-timeline).
 */
export function chainIsCurrent(state: OpportunityState): boolean {
  return state.lastCheckIn !== null && state.lastCheckInMs >= state.latestStartedMs;
}

/**
 * A promise has passed and no check-in was sent after its date: the
 * status check (rule 5) comes first, before any silence-based step.
 */
export function promisePassedUnchecked(state: OpportunityState, today: number): boolean {
  const p = state.promise;
  if (p === null || today <= p.day) return false;
  return state.lastCheckIn === null || !(state.lastCheckInDay > p.day);
}

/** Open and undecided: the only opportunities that get check-ins and holds. */
export function isActive(state: OpportunityState): boolean {
  return state.opp.status === 'open' && !state.decided;
}
