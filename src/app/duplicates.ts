/**
 * Telling an accidental repeat from a new fact: the second click on "Mark
 * as sent", `afterview sent acme thank-you` run again from the shell's
 * history, `afterview add Acme` for a search already open. The commands
 * refuse such a repeat with `duplicate_touch` or `opportunity_exists`
 * unless the seeker says `again` (`--again`, `"again": true`).
 *
 * Mail read from files or IMAP is not checked here: it is recognised by its
 * Message-ID (src/app/commands/mail.ts).
 */
import type { OpportunityRecord, TouchRecord } from '../records/data-file.schema.js';
import { AppError } from '../records/errors.js';

/**
 * Two touches this close in time (by when they happened, not when they were
 * logged) can be one message logged twice. A repeat by accident comes
 * seconds to minutes after the first (a double click, a retry on a slow
 * connection, the same command again from history, a second device); a
 * second real message of the same purpose to the same person comes days
 * later (the playbook spaces check-ins by a week). Half an hour covers the
 * first with room to spare and almost never meets the second.
 */
export const DUPLICATE_WINDOW_MINUTES = 30;

/** What a new touch would be, in the fields that decide whether it repeats one. */
export type TouchCandidate = Pick<
  TouchRecord,
  'at' | 'direction' | 'contactId' | 'interviewId' | 'body' | 'messageId'
> & { decisionBy?: string | null } & ({ direction: 'out'; purpose: string } | { direction: 'in'; kind: string });

/**
 * The logged touch that `candidate` would repeat, or undefined. The same
 * means all of:
 * - the same direction, and the same purpose (sent) or kind (heard);
 * - the same contact (both none counts as the same);
 * - for a thank-you, the same interview (one per interview is the point);
 * - at most DUPLICATE_WINDOW_MINUTES apart;
 * - nothing that tells them apart: different Message-IDs, different words
 *   when both have words, or (heard) different decision dates are two
 *   messages: "by Friday" and then "by the 18th" is news, not a repeat.
 *
 * The channel is left out on purpose: one thank-you logged once as an email
 * and again as a LinkedIn message minutes later is still one thank-you.
 * The caller passes the touches of one opportunity.
 */
export function findDuplicateTouch(
  touches: readonly TouchRecord[],
  candidate: TouchCandidate,
): TouchRecord | undefined {
  const atMs = Date.parse(candidate.at);
  const windowMs = DUPLICATE_WINDOW_MINUTES * 60_000;
  return touches.find((t) => {
    if (t.direction !== candidate.direction) return false;
    if (t.direction === 'out' && candidate.direction === 'out' && t.purpose !== candidate.purpose) return false;
    if (t.direction === 'in' && candidate.direction === 'in' && t.kind !== candidate.kind) return false;
    if ((t.contactId ?? null) !== (candidate.contactId ?? null)) return false;
    const thankYou = candidate.direction === 'out' && candidate.purpose === 'thank-you';
    if (thankYou && (t.interviewId ?? null) !== (candidate.interviewId ?? null)) return false;
    if (Math.abs(Date.parse(t.at) - atMs) > windowMs) return false;
    if (t.messageId && candidate.messageId && t.messageId !== candidate.messageId) return false;
    if (t.body?.trim() && candidate.body?.trim() && t.body.trim() !== candidate.body.trim()) return false;
    if (t.direction === 'in' && (t.decisionBy ?? null) !== (candidate.decisionBy ?? null)) return false;
    return true;
  });
}

/** The hint of the duplicate error: the input that says "yes, again" (each front end shows it its own way). */
const AGAIN_HINT = 'set again to log it anyway';

/**
 * Throws `duplicate_touch` when `candidate` repeats a touch of `opp` (see
 * `findDuplicateTouch`), naming the touch logged already.
 */
export function refuseDuplicateTouch(opp: OpportunityRecord, candidate: TouchCandidate): void {
  const existing = findDuplicateTouch(opp.touches ?? [], candidate);
  if (!existing) return;
  const name = (opp.contacts ?? []).find((c) => c.id === existing.contactId)?.name;
  const what =
    existing.direction === 'out'
      ? `"${existing.purpose}" sent${name ? ` to ${name}` : ''}${existing.interviewId ? ` (interview ${existing.interviewId})` : ''}`
      : `"${existing.kind}" heard${name ? ` from ${name}` : ''}`;
  throw new AppError('duplicate_touch', `${opp.id} already has ${what} logged at ${existing.at} (${existing.id})`, {
    hint: AGAIN_HINT,
    details: { id: existing.id, opportunityId: opp.id },
  });
}

/** Company names and roles compare without case and with spaces collapsed. */
function same(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The open opportunity that adding `company` (and `role`) would repeat, or
 * undefined: an open one with the same company name (ignoring case and
 * spacing) and, when a role is given, the same role. Without a role any
 * open one at that company counts, since the seeker cannot have meant a
 * second search they did not tell apart. A closed one never counts:
 * applying again after a rejection is a new opportunity.
 */
export function findSameOpportunity(
  records: readonly OpportunityRecord[],
  company: string,
  role: string | null | undefined,
): OpportunityRecord | undefined {
  const hasRole = (role ?? '').trim() !== '';
  return records.find(
    (o) => (o.status ?? 'open') === 'open' && same(o.company, company) && (!hasRole || same(o.role, role)),
  );
}

/** The `opportunity_exists` error for an add that repeats `existing`. */
export function opportunityExistsError(existing: OpportunityRecord): AppError {
  return new AppError(
    'opportunity_exists',
    `${existing.company}${existing.role ? ` (${existing.role})` : ''} is already open as ${existing.id}`,
    { hint: 'set again to add another one', details: { id: existing.id } },
  );
}
