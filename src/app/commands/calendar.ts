/**
 * Calendars: the seeker's follow-ups as iCalendar (`export ics`, the
 * subscribable feed) and interviews read from an invitation (`import ics`).
 */

import { Temporal } from 'temporal-polyfill';
import { exportIcs } from '../../calendar/export.js';
import { type Invitation, readInvitation } from '../../calendar/invite.js';
import { ZoneClock } from '../../core/time.js';
import { matchInvitation } from '../../mail/match.js';
import type { OpportunityRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { clipText } from '../../records/text-limits.js';
import type { AppContext } from '../context.js';
import { invitationPeople, recordEvent } from '../event-facts.js';
import { agendaFor, loadSeeker, resolveOpportunity } from '../seeker.js';

/** Every open item (upcoming included), interview and hold as one calendar. */
export async function exportCalendar(ctx: AppContext): Promise<string> {
  const seeker = await loadSeeker(ctx);
  const agenda = await agendaFor(ctx, seeker, true);
  return exportIcs({ agenda, facts: seeker.facts, calendarName: 'afterview follow-ups', refreshIntervalMinutes: 60 });
}

/**
 * Adds the interview an invitation schedules, or moves the one an earlier
 * invitation for the same meeting (same UID) added (`moved`). The
 * opportunity is `for`, or the one whose contacts or mail domain an attendee
 * or the organiser shares.
 * Throws `invalid_file` for text that holds no invitation and
 * `opportunity_not_found` when no opportunity fits.
 */
export async function importCalendar(
  ctx: AppContext,
  input: { text: string; for?: string | null },
): Promise<{ opportunityId: string; interviewId: string; at: string; duplicate: boolean; moved: boolean }> {
  const invitation = readInvitation(input.text);
  if (!invitation) {
    throw new AppError('invalid_file', 'no invitation found in the file', {
      hint: 'give an .ics file with a timed VEVENT (METHOD:REQUEST or none)',
    });
  }
  // One transaction: the duplicate checks and the writes see the same data, under the seeker's write lock.
  return ctx.store.transaction((store) =>
    placeInvitation({ ...ctx, store, cache: undefined }, invitation, input.for ?? null),
  );
}

/** importCalendar's work inside its transaction (`ctx.store` is the transaction's view). */
async function placeInvitation(
  ctx: AppContext,
  invitation: Invitation,
  forOpportunity: string | null,
): Promise<{ opportunityId: string; interviewId: string; at: string; duplicate: boolean; moved: boolean }> {
  const [records, profile, meetings] = await Promise.all([
    ctx.store.listOpportunities(),
    ctx.store.getProfile(),
    ctx.store.calendarEvents(),
  ]);
  const own = profile.email ? [profile.email] : [];
  const opp = forOpportunity
    ? resolveOpportunity(records, forOpportunity)
    : invitedOpportunity(invitation, records, own);
  const clock = new ZoneClock(profile.timezone ?? ctx.machineZone);
  const { result } = await recordEvent(
    ctx.store,
    opp,
    {
      invitation: {
        start: Temporal.Instant.from(invitation.start),
        durationMinutes: invitation.durationMinutes,
        round: invitation.summary === null ? null : clipText('round', invitation.summary),
        uid: invitation.uid,
        people: invitationPeople(opp, invitation.attendees, own),
      },
    },
    { clock, meetings },
  );
  const placed = result.invitation;
  if (!placed) throw new Error('an invitation was applied without an outcome');
  const interview = (opp.interviews ?? []).find((iv) => iv.id === placed.interviewId);
  return {
    opportunityId: opp.id,
    interviewId: placed.interviewId,
    at: interview?.at ?? clock.formatOffset(Temporal.Instant.from(invitation.start).epochMilliseconds),
    duplicate: placed.outcome === 'known',
    moved: placed.outcome === 'moved',
  };
}

/** The opportunity an invitation is for, matched as a message is (src/mail/match.ts). Throws `opportunity_not_found`. */
function invitedOpportunity(
  invitation: Invitation,
  records: readonly OpportunityRecord[],
  own: readonly string[],
): OpportunityRecord {
  const match = matchInvitation(invitation, records, own);
  const found = records.find((o) => o.id === match.opportunityId);
  if (found) return found;
  throw new AppError(
    'opportunity_not_found',
    match.candidates.length > 1
      ? `the invitation fits ${match.candidates.join(', ')}`
      : 'no opportunity shares an address or mail domain with the invitation',
    {
      hint: 'say which opportunity it is for',
      details: { field: 'for', got: invitation.attendees?.join(', ') ?? '', allowed: [...match.candidates] },
    },
  );
}
