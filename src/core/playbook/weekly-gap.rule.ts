/**
 * Rule 9, the weekly gap (advice: enthusiasm, not desperation: at most one
 * check-in a week). No check-in item opens before the last check-in's local
 * date + `checkInGapDays`. The same arithmetic backs the warning in
 * ./check-in-guard.ts.
 *
 * Choices where PLAYBOOK.md is silent:
 * - The gap is per opportunity: writing to one employer says nothing to another.
 * - A pushed window opens on `nb(last + gap)`, a business day, like every other
 *   check-in window.
 * - When the push moves `opensAt` past `dueAt`, the window keeps its length
 *   counted in business days, so it still ends on a business day.
 */
import { bdDay, businessDaysBetween, nbDay } from '../time.js';
import type { RuleContext } from './context.js';

/** The first local day (epoch day) a check-in is fine after one sent on `lastCheckInDay`. */
export function gapEndsOn(lastCheckInDay: number, ctx: Pick<RuleContext, 'settings' | 'holidays'>): number {
  return nbDay(lastCheckInDay + ctx.settings.checkInGapDays, ctx.holidays);
}

/**
 * Pushes a check-in window `[openDay, dueDay]` (epoch days) past the weekly
 * gap. `lastCheckInDay` NaN means no check-in yet: the window is unchanged.
 */
export function pushByGap(
  openDay: number,
  dueDay: number,
  lastCheckInDay: number,
  ctx: Pick<RuleContext, 'settings' | 'holidays'>,
): [number, number] {
  if (Number.isNaN(lastCheckInDay)) return [openDay, dueDay];
  const earliest = gapEndsOn(lastCheckInDay, ctx);
  if (openDay >= earliest) return [openDay, dueDay];
  if (earliest <= dueDay) return [earliest, dueDay];
  return [earliest, bdDay(earliest, businessDaysBetween(openDay, dueDay, ctx.holidays), ctx.holidays)];
}
