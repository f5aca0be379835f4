/**
 * The agenda as CONTRACT.md writes it (`afterview agenda --json`,
 * `GET /api/agenda`): Temporal values turned into strings with the seeker's
 * UTC offset. The only place that shapes agenda JSON.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaItem, Draft, Hold, ItemKind, ItemState, PipelineHealth } from '../core/model.js';

export interface AgendaItemJson {
  id: string;
  kind: ItemKind;
  opportunityId: string | null;
  company: string | null;
  role: string | null;
  contactId: string | null;
  interviewId: string | null;
  opensAt: string;
  dueAt: string;
  state: ItemState;
  title: string;
  why: string;
  draft: Draft | null;
  guidance: string | null;
}

export interface HoldJson {
  opportunityId: string;
  company: string;
  role: string | null;
  until: string;
  checkInFrom: string;
  reason: string;
  /** The offer-nudge item this hold does not forbid (news of another offer), or null. */
  offerNudge: string | null;
}

export interface AgendaJson {
  asOf: string;
  timezone: string;
  items: AgendaItemJson[];
  holds: HoldJson[];
  pipeline: PipelineHealth;
}

/** `2026-11-20T15:00:00-05:00`: seconds, the offset, no zone name. */
export function zonedString(value: Temporal.ZonedDateTime): string {
  return value.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** `zoned` writes the two times; another writer must give what `zonedString` gives. */
export function toAgendaItemJson(
  item: AgendaItem,
  zoned: (value: Temporal.ZonedDateTime) => string = zonedString,
): AgendaItemJson {
  return {
    id: item.id,
    kind: item.kind,
    opportunityId: item.opportunityId,
    company: item.company,
    role: item.role,
    contactId: item.contactId,
    interviewId: item.interviewId,
    opensAt: zoned(item.opensAt),
    dueAt: zoned(item.dueAt),
    state: item.state,
    title: item.title,
    why: item.why,
    draft: item.draft,
    guidance: item.guidance,
  };
}

export function toHoldJson(hold: Hold): HoldJson {
  return {
    opportunityId: hold.opportunityId,
    company: hold.company,
    role: hold.role,
    until: hold.until.toString(),
    checkInFrom: hold.checkInFrom.toString(),
    reason: hold.reason,
    offerNudge: hold.offerNudge,
  };
}

export function toAgendaJson(agenda: Agenda): AgendaJson {
  return {
    asOf: zonedString(agenda.asOf),
    timezone: agenda.timezone,
    items: agenda.items.map((item) => toAgendaItemJson(item)),
    holds: agenda.holds.map(toHoldJson),
    pipeline: { ...agenda.pipeline },
  };
}

/**
 * One item of the lean agenda the web app's Today reads (`GET /api/today`):
 * the agenda item without its draft, saying whether it has one and to whom
 * it goes; the draft is fetched on demand (`GET /api/items/:item/draft`).
 */
export interface TodayItemJson extends Omit<AgendaItemJson, 'draft'> {
  hasDraft: boolean;
  /** The draft's recipient address, when it has a draft and the address is known. */
  to: string | null;
}

/** A snoozed item as Today lists it under "coming up": the item and the day it comes back. */
export interface SnoozedItemJson extends TodayItemJson {
  until: string;
}

/** The lean agenda: the agenda JSON with lean items (upcoming included) and the items snoozed now. */
export interface TodayJson extends Omit<AgendaJson, 'items'> {
  items: TodayItemJson[];
  snoozed: SnoozedItemJson[];
}

/** An agenda item without its draft (`TodayItemJson`). */
export function toTodayItemJson(item: AgendaItemJson): TodayItemJson {
  const { draft, ...rest } = item;
  return { ...rest, hasDraft: draft !== null, to: draft?.to ?? null };
}
