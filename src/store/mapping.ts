/**
 * Named mappings between database rows (schema.ts) and `afterview/1`
 * records (data-file.schema.ts). Reading normalizes: every optional field comes
 * back with its default, and keys come back in one fixed order, so two
 * exports of the same facts are byte-identical through JSON.stringify.
 *
 * Failure modes: a `rowFrom*` mapping of a record with a time throws
 * AppError `invalid_date` for an instant Date.parse cannot read (the zod
 * schema keeps those out); the `*FromRow` mappings trust rows this store
 * wrote and do not validate.
 */

import type {
  ContactRecord,
  InterviewRecord,
  OfferRecord,
  OpportunityRecord,
  ProfileRecord,
  SnoozeRecord,
  TouchRecord,
} from '../records/data-file.schema.js';
import { AppError } from '../records/errors.js';
import type {
  ContactRow,
  DismissalRow,
  InterviewRow,
  OfferRow,
  OpportunityRow,
  ReadRow,
  SeekerRow,
  SnoozeRow,
  TouchRow,
} from './schema.js';
import type { OpportunityFields } from './store.types.js';

/**
 * The parts of a child row the store fills in itself. Mappers copy them
 * field by field: on this V8 a spread followed by more properties costs
 * microseconds per object, and imports map thousands of rows.
 */
export interface ChildPlace {
  seeker_id: string;
  opportunity_id: string;
  position: number;
}

/**
 * Epoch milliseconds of an ISO instant with an offset.
 * Throws AppError `invalid_date` when the string is not a date-time.
 */
export function instantMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new AppError('invalid_date', `${field} "${iso}" is not a date-time`, {
      hint: 'use ISO 8601 with an offset, like 2026-11-20T14:00:00-05:00',
      details: { got: iso },
    });
  }
  return ms;
}

export function profileFromRow(row: SeekerRow | undefined): Required<ProfileRecord> {
  return {
    name: row?.name ?? null,
    email: row?.email ?? null,
    timezone: row?.timezone ?? null,
    country: row?.country ?? null,
    signature: row?.signature ?? null,
    settings: row ? (JSON.parse(row.settings) as ProfileRecord['settings'] & object) : {},
    snoozed: row ? (JSON.parse(row.snoozed) as SnoozeRecord[]).map(snoozeRecord) : [],
    dismissed: row ? (JSON.parse(row.dismissed) as string[]) : [],
  };
}

/** The seeker row for a profile; absent fields become null / empty. */
export function rowFromProfile(seekerId: string, profile: ProfileRecord): SeekerRow {
  return {
    seeker_id: seekerId,
    name: profile.name ?? null,
    email: profile.email ?? null,
    timezone: profile.timezone ?? null,
    country: profile.country ?? null,
    signature: profile.signature ?? null,
    settings: JSON.stringify(profile.settings ?? {}),
    snoozed: JSON.stringify(uniqueSnoozes(profile.snoozed ?? []).map(snoozeRecord)),
    dismissed: JSON.stringify(uniqueItems(profile.dismissed ?? [])),
  };
}

function snoozeRecord(s: SnoozeRecord): SnoozeRecord {
  return { item: s.item, until: s.until };
}

/**
 * Snoozes keyed by item, as the store keeps them: a repeated item keeps
 * its first place and its last `until`.
 */
export function uniqueSnoozes(list: readonly SnoozeRecord[]): SnoozeRecord[] {
  const byItem = new Map<string, SnoozeRecord>();
  for (const s of list) {
    const seen = byItem.get(s.item);
    if (seen) seen.until = s.until;
    else byItem.set(s.item, { item: s.item, until: s.until });
  }
  return [...byItem.values()];
}

/** Dismissed items as a set in first-seen order. */
export function uniqueItems(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function rowFromOpportunity(seekerId: string, o: OpportunityFields): OpportunityRow {
  return {
    seeker_id: seekerId,
    id: o.id,
    company: o.company,
    role: o.role ?? null,
    interest: o.interest ?? 3,
    created_at: o.createdAt,
    created_at_ms: instantMs(o.createdAt, 'createdAt'),
    status: o.status ?? 'open',
    closed_at: o.closedAt ?? null,
    url: o.url ?? null,
    notes: o.notes ?? '',
  };
}

/** The children of one opportunity, each list already in order. */
export interface OpportunityChildren {
  contacts: ContactRecord[];
  interviews: InterviewRecord[];
  touches: TouchRecord[];
  offers: OfferRecord[];
  snoozed: SnoozeRecord[];
  dismissed: string[];
}

export function emptyChildren(): OpportunityChildren {
  return { contacts: [], interviews: [], touches: [], offers: [], snoozed: [], dismissed: [] };
}

export function opportunityFromRow(row: ReadRow<OpportunityRow>, children: OpportunityChildren): OpportunityRecord {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    interest: row.interest,
    createdAt: row.created_at,
    status: row.status as OpportunityRecord['status'] & string,
    closedAt: row.closed_at,
    url: row.url,
    notes: row.notes,
    contacts: children.contacts,
    interviews: children.interviews,
    touches: children.touches,
    offers: children.offers,
    snoozed: children.snoozed,
    dismissed: children.dismissed,
  };
}

export function rowFromContact(place: ChildPlace, c: ContactRecord): ContactRow {
  return {
    seeker_id: place.seeker_id,
    opportunity_id: place.opportunity_id,
    position: place.position,
    id: c.id,
    name: c.name,
    email: c.email ?? null,
    title: c.title ?? null,
  };
}

export function contactFromRow(row: ReadRow<ContactRow>): ContactRecord {
  return { id: row.id, name: row.name, email: row.email, title: row.title };
}

export function rowFromInterview(place: ChildPlace, iv: InterviewRecord): InterviewRow {
  return {
    seeker_id: place.seeker_id,
    opportunity_id: place.opportunity_id,
    position: place.position,
    id: iv.id,
    at: iv.at,
    at_ms: instantMs(iv.at, 'interview at'),
    duration_minutes: iv.durationMinutes ?? 60,
    round: iv.round ?? null,
    interviewers: JSON.stringify(iv.interviewers ?? []),
    timeline_asked: iv.timelineAsked ? 1 : 0,
    decision_by: iv.decisionBy ?? null,
    notes: iv.notes ?? '',
  };
}

export function interviewFromRow(row: ReadRow<InterviewRow>): InterviewRecord {
  return {
    id: row.id,
    at: row.at,
    durationMinutes: row.duration_minutes,
    round: row.round,
    interviewers: JSON.parse(row.interviewers) as string[],
    timelineAsked: row.timeline_asked === 1,
    decisionBy: row.decision_by,
    notes: row.notes,
  };
}

export function rowFromTouch(place: ChildPlace, t: TouchRecord): TouchRow {
  return {
    seeker_id: place.seeker_id,
    opportunity_id: place.opportunity_id,
    position: place.position,
    id: t.id,
    at: t.at,
    at_ms: instantMs(t.at, 'touch at'),
    direction: t.direction,
    channel: t.channel ?? 'email',
    purpose: t.direction === 'out' ? t.purpose : null,
    kind: t.direction === 'in' ? t.kind : null,
    decision_by: t.direction === 'in' ? (t.decisionBy ?? null) : null,
    contact_id: t.contactId ?? null,
    interview_id: t.interviewId ?? null,
    subject: t.subject ?? null,
    body: t.body ?? null,
    message_id: t.messageId ?? null,
  };
}

type Channel = NonNullable<TouchRecord['channel']>;

export function touchFromRow(row: ReadRow<TouchRow>): TouchRecord {
  const channel = row.channel as Channel;
  if (row.direction === 'in') {
    return {
      id: row.id,
      at: row.at,
      direction: 'in',
      channel,
      kind: row.kind as Extract<TouchRecord, { direction: 'in' }>['kind'],
      decisionBy: row.decision_by,
      contactId: row.contact_id,
      interviewId: row.interview_id,
      subject: row.subject,
      body: row.body,
      messageId: row.message_id,
    };
  }
  return {
    id: row.id,
    at: row.at,
    direction: 'out',
    channel,
    purpose: row.purpose as Extract<TouchRecord, { direction: 'out' }>['purpose'],
    contactId: row.contact_id,
    interviewId: row.interview_id,
    subject: row.subject,
    body: row.body,
    messageId: row.message_id,
  };
}

export function rowFromOffer(place: ChildPlace, o: OfferRecord): OfferRow {
  return {
    seeker_id: place.seeker_id,
    opportunity_id: place.opportunity_id,
    position: place.position,
    id: o.id,
    status: o.status,
    at: o.at,
    at_ms: instantMs(o.at, 'offer at'),
    deadline: o.deadline ?? null,
    decided_at: o.decidedAt ?? null,
  };
}

export function offerFromRow(row: ReadRow<OfferRow>): OfferRecord {
  return {
    id: row.id,
    status: row.status as OfferRecord['status'],
    at: row.at,
    deadline: row.deadline,
    decidedAt: row.decided_at,
  };
}

export function rowFromSnooze(place: ChildPlace, s: SnoozeRecord): SnoozeRow {
  return {
    seeker_id: place.seeker_id,
    opportunity_id: place.opportunity_id,
    position: place.position,
    item: s.item,
    until: s.until,
  };
}

export function snoozeFromRow(row: ReadRow<SnoozeRow>): SnoozeRecord {
  return { item: row.item, until: row.until };
}

export function rowFromDismissal(place: ChildPlace, item: string): DismissalRow {
  return { seeker_id: place.seeker_id, opportunity_id: place.opportunity_id, position: place.position, item };
}
