/**
 * Rule 9's warning: when the seeker logs or sends a check-in inside the
 * weekly gap or before a promised date, say so and say from when it would be
 * fine. It warns, never refuses: the seeker may know something we don't.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Facts } from '../model.js';
import { bdDay, fromEpochDay, holidayDays, ZoneClock } from '../time.js';
import type { RuleContext } from './context.js';
import { deriveState } from './derived.js';
import { dayInWords } from './hold.rule.js';
import { gapEndsOn } from './weekly-gap.rule.js';

export interface CheckInWarning {
  code: 'weekly-gap' | 'promise-standing';
  message: string;
  /** The first local day a check-in would be fine. */
  fineFrom: Temporal.PlainDate;
}

export interface CheckInGuardResult {
  /** True when there is nothing to warn about. */
  ok: boolean;
  warnings: CheckInWarning[];
}

/**
 * Checks a check-in about to be logged or sent at `at` for the opportunity:
 * a check-in sent fewer than `checkInGapDays` before (by local date; facts
 * after `at` are not counted), and a promised date still standing on `at`'s
 * local date. Call it before logging the check-in it is about.
 *
 * Throws RangeError when `opportunityId` names no opportunity in `facts`, or
 * the profile's time zone is unknown.
 */
export function checkInGuard(
  facts: Facts,
  opportunityId: string,
  at: Temporal.Instant,
  holidays: ReadonlySet<string>,
): CheckInGuardResult {
  const opp = facts.opportunities.find((o) => o.id === opportunityId);
  if (opp === undefined) throw new RangeError(`no opportunity with id "${opportunityId}"`);
  const clock = new ZoneClock(facts.profile.timezone);
  // Everything logged up to and including `at` counts (a promise heard at the same moment
  // still stands). Callers ask before they log the check-in, so it never counts against itself.
  const nowMs = at.epochMilliseconds;
  const ctx: RuleContext = {
    facts,
    settings: facts.profile.settings,
    clock,
    holidays: holidayDays(holidays),
    nowMs,
    today: clock.localDay(at.epochMilliseconds),
  };
  const state = deriveState(opp, ctx);
  const warnings: CheckInWarning[] = [];
  if (state.lastCheckIn !== null) {
    const fine = gapEndsOn(state.lastCheckInDay, ctx);
    if (ctx.today < fine) {
      warnings.push({
        code: 'weekly-gap',
        message:
          `You last checked in with ${opp.company} on ${dayInWords(state.lastCheckInDay, ctx.today)}. ` +
          `One check-in a week reads as keen; more reads as anxious. From ${dayInWords(fine, ctx.today)} it would be fine.`,
        fineFrom: fromEpochDay(fine),
      });
    }
  }
  if (state.promise !== null && ctx.today <= state.promise.day && opp.status === 'open') {
    const fine = bdDay(state.promise.day, 1, ctx.holidays);
    warnings.push({
      code: 'promise-standing',
      message:
        `${opp.company} said they would decide by ${dayInWords(state.promise.day, ctx.today)}. ` +
        `Writing before then can look impatient; from ${dayInWords(fine, ctx.today)} a check-in is welcome.`,
      fineFrom: fromEpochDay(fine),
    });
  }
  return { ok: warnings.length === 0, warnings };
}
