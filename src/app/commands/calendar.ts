/**
 * Calendars: the seeker's follow-ups as iCalendar (`export ics`, the
 * subscribable feed) and interviews read from an invitation (`import ics`).
 */

import { Temporal } from 'temporal-polyfill';
import { exportIcs } from '../../calendar/export.js';
import { type Invitation, readInvitation } from '../../calendar/invite.js';
import { companyDomains } from '../../mail/match.js';
import type { OpportunityRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { clipText } from '../../records/text-limits.js';
import type { AppContext } from '../context.js';
import { agendaFor, loadSeeker, resolveOpportunity } from '../seeker.js';
import { logInterview } from './facts.js';

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
  const records = await ctx.store.listOpportunities();
  const opp = forOpportunity
    ? resolveOpportunity(records, forOpportunity)
    : matchInvitation(records, [
        ...invitation.attendees.map((a) => a.email),
        ...(invitation.organizer ? [invitation.organizer] : []),
      ]);
  const start = Temporal.Instant.from(invitation.start);
  const profile = await ctx.store.getProfile();
  const zone = profile.timezone ?? ctx.machineZone;
  const at = start.toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
  // An invitation for a meeting already known by its UID is an update: its interview moves.
  const known = invitation.uid ? (await ctx.store.calendarEvents()).get(invitation.uid) : undefined;
  const earlier =
    known?.opportunityId === opp.id ? (opp.interviews ?? []).find((iv) => iv.id === known.interviewId) : undefined;
  if (earlier) {
    const same =
      Temporal.Instant.from(earlier.at).equals(start) && earlier.durationMinutes === invitation.durationMinutes;
    if (!same) await ctx.store.putInterview(opp.id, { ...earlier, at, durationMinutes: invitation.durationMinutes });
    return { opportunityId: opp.id, interviewId: earlier.id, at, duplicate: same, moved: !same };
  }
  const existing = (opp.interviews ?? []).find((iv) => Temporal.Instant.from(iv.at).equals(start));
  if (existing) {
    if (invitation.uid)
      await ctx.store.putCalendarEvent(invitation.uid, { opportunityId: opp.id, interviewId: existing.id });
    return { opportunityId: opp.id, interviewId: existing.id, at: existing.at, duplicate: true, moved: false };
  }
  const domains = new Set(companyDomains(opp));
  const people = invitation.attendees.filter(
    (a) =>
      domains.has(a.email.split('@')[1]?.toLowerCase() ?? '') ||
      (opp.contacts ?? []).some((c) => c.email?.toLowerCase() === a.email.toLowerCase()),
  );
  const result = await logInterview(ctx, {
    opportunity: opp.id,
    at: start.toZonedDateTimeISO(zone),
    with: people.map((p) => ({
      name: clipText('name', p.name ?? p.email.split('@')[0] ?? p.email),
      email: p.email.toLowerCase(),
    })),
    round: invitation.summary === null ? null : clipText('round', invitation.summary),
    durationMinutes: invitation.durationMinutes,
  });
  if (invitation.uid)
    await ctx.store.putCalendarEvent(invitation.uid, { opportunityId: opp.id, interviewId: result.id });
  return { opportunityId: opp.id, interviewId: result.id, at, duplicate: false, moved: false };
}

function matchInvitation(records: readonly OpportunityRecord[], emails: string[]): OpportunityRecord {
  const lower = emails.map((e) => e.toLowerCase());
  const byContact = records.filter((o) =>
    (o.contacts ?? []).some((c) => c.email && lower.includes(c.email.toLowerCase())),
  );
  const byDomain =
    byContact.length > 0
      ? byContact
      : records.filter((o) => companyDomains(o).some((d) => lower.some((e) => e.endsWith(`@${d}`))));
  if (byDomain.length === 1 && byDomain[0]) return byDomain[0];
  throw new AppError(
    'opportunity_not_found',
    byDomain.length > 1
      ? `the invitation fits ${byDomain.map((o) => o.id).join(', ')}`
      : 'no opportunity shares an address or mail domain with the invitation',
    {
      hint: 'say which opportunity it is for',
      details: { field: 'for', got: lower.join(', '), allowed: byDomain.map((o) => o.id) },
    },
  );
}
