/**
 * Effects in words, as the timeline, the import report and `heard` show
 * them ("interview i1 moved to 2026-12-04T10:00:00-06:00", "closed as
 * rejected"). Times are written in the seeker's zone with their offset, as
 * the data file writes them.
 */
import { ZoneClock } from '../time.js';
import type { Effect } from './event.types.js';

/**
 * One effect as a short lower-case phrase.
 * @param zone the seeker's IANA zone, for times; throws RangeError on an unknown one.
 */
export function effectText(effect: Effect, zone: string | ZoneClock): string {
  switch (effect.type) {
    case 'interview-scheduled':
      return `interview ${effect.interviewId} scheduled`;
    case 'interview-moved': {
      const clock = typeof zone === 'string' ? new ZoneClock(zone) : zone;
      return `interview ${effect.interviewId} moved to ${clock.formatOffset(effect.to.epochMilliseconds)}`;
    }
    case 'interview-cancelled':
      return `interview ${effect.interviewId} cancelled`;
    case 'offer-received':
      return 'offer received';
    case 'closed':
      return `closed as ${effect.status}`;
  }
}
