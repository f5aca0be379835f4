/**
 * Between the records and `applyEvent` (src/core/events): an opportunity's
 * record as the facts an event reads, and the changes the core decided
 * written back as records. Every path that records what happened (`heard`,
 * the inbox review, `import mail`, `sync imap`, `import ics`) goes through
 * here, so what a fact does is decided once.
 *
 * Times are written in the seeker's zone with their offset; a time the
 * event did not change keeps the text it was stored with.
 */
import type { Temporal } from 'temporal-polyfill';
import type { EventResult, KnownMeetings, OpportunityEvent, OpportunityFacts, Person } from '../core/events/index.js';
import { applyEvent, effectText } from '../core/events/index.js';
import type { Interview, Offer, Touch } from '../core/model.js';
import type { ZoneClock } from '../core/time.js';
import { employerPeople } from '../mail/match.js';
import type {
  ContactRecord,
  InterviewRecord,
  OfferRecord,
  OpportunityRecord,
  TouchRecord,
} from '../records/data-file.schema.js';
import { clipText } from '../records/text-limits.js';
import type { Store } from '../store/store.types.js';
import { fieldsOf } from './commands/opportunities.js';
import { parseInstant, toFacts } from './facts.mapper.js';

/** The store methods the changes of an event are written with (an import batches touches and offers). */
export type ChangeSink = Pick<
  Store,
  'putContact' | 'putInterview' | 'deleteInterview' | 'putTouch' | 'putOffer' | 'putCalendarEvent' | 'putOpportunity'
>;

/**
 * What `applyEvent` reads of an opportunity's record: the engine's own
 * mapping of it (src/app/facts.mapper.ts). A record loaded without touch
 * bodies will do. Throws RangeError on a time that is not ISO 8601 (stored
 * records never have one).
 */
export function eventFacts(record: OpportunityRecord): OpportunityFacts {
  // The zone only fills in a profile's missing one, which an opportunity does not read.
  const [opportunity] = toFacts({}, [record], 'UTC').opportunities;
  if (!opportunity) throw new Error(`${record.id} did not map to an opportunity`);
  return opportunity;
}

/**
 * The interviewers an invitation names for `record`: its attendees from the
 * employer's side (src/mail/match.ts), named as the invitation names them or
 * by their address.
 */
export function invitationPeople(
  record: OpportunityRecord,
  attendees: readonly { name: string | null; email: string }[],
  ownAddresses: readonly string[],
): Person[] {
  return employerPeople(record, attendees, ownAddresses).map((p) => ({
    name: clipText('name', p.name || (p.email.split('@')[0] ?? p.email)),
    email: p.email.toLowerCase(),
  }));
}

/** An event applied and written: what the core decided, and its effects in words. */
export interface AppliedEvent {
  result: EventResult;
  /** The effects as the timeline shows them ("interview i1 scheduled", "closed as rejected"). */
  effects: string[];
  /** The touch as written, or null when the event had none. */
  touch: TouchRecord | null;
}

/**
 * Applies `event` to `record` and writes what it changes through `sink`.
 * `record` (the caller's copy) follows what was written, except touches:
 * an import reads it for the next message without reading it back.
 * @param facts the record as event facts, when the caller keeps them (an import); else made from `record`.
 */
export async function recordEvent(
  sink: ChangeSink,
  record: OpportunityRecord,
  event: OpportunityEvent,
  opts: { clock: ZoneClock; meetings?: KnownMeetings; facts?: OpportunityFacts },
): Promise<AppliedEvent> {
  const result = applyEvent(opts.facts ?? eventFacts(record), event, opts.meetings);
  let touch: TouchRecord | null = null;
  for (const change of result.changes) {
    switch (change.type) {
      case 'contact': {
        const before = (record.contacts ?? []).find((c) => c.id === change.contact.id);
        const contact: ContactRecord = { ...before, ...change.contact };
        await sink.putContact(record.id, contact);
        record.contacts = replaced(record.contacts, contact);
        break;
      }
      case 'interview': {
        const before = (record.interviews ?? []).find((iv) => iv.id === change.interview.id);
        const interview = interviewRecord(change.interview, before, opts.clock);
        await sink.putInterview(record.id, interview);
        record.interviews = replaced(record.interviews, interview);
        break;
      }
      case 'interview-removed':
        await sink.deleteInterview(record.id, change.interviewId);
        record.interviews = (record.interviews ?? []).filter((iv) => iv.id !== change.interviewId);
        break;
      case 'meeting':
        await sink.putCalendarEvent(change.uid, { opportunityId: record.id, interviewId: change.interviewId });
        break;
      case 'touch':
        touch = touchRecord(change.touch, opts.clock);
        await sink.putTouch(record.id, touch);
        break;
      case 'offer': {
        const before = (record.offers ?? []).find((o) => o.id === change.offer.id);
        const offer = offerRecord(change.offer, before, opts.clock);
        await sink.putOffer(record.id, offer);
        record.offers = replaced(record.offers, offer);
        break;
      }
      case 'closed': {
        const closedAt = opts.clock.formatOffset(change.at.epochMilliseconds);
        await sink.putOpportunity({ ...fieldsOf(record), status: change.status, closedAt });
        record.status = change.status;
        record.closedAt = closedAt;
        break;
      }
    }
  }
  return { result, effects: result.effects.map((e) => effectText(e, opts.clock)), touch };
}

/** `list` with `item` in place of the one with its id, or added at the end. */
function replaced<T extends { id: string }>(list: readonly T[] | undefined, item: T): T[] {
  const all = list ?? [];
  return all.some((x) => x.id === item.id) ? all.map((x) => (x.id === item.id ? item : x)) : [...all, item];
}

/** The stored text of `instant`: `before` when it is the same instant, else the seeker's local time. */
function timeText(instant: Temporal.Instant, before: string | null | undefined, clock: ZoneClock): string {
  if (before != null && parseInstant(before).epochMilliseconds === instant.epochMilliseconds) return before;
  return clock.formatOffset(instant.epochMilliseconds);
}

function interviewRecord(iv: Interview, before: InterviewRecord | undefined, clock: ZoneClock): InterviewRecord {
  if (before) return { ...before, at: timeText(iv.at, before.at, clock), durationMinutes: iv.durationMinutes };
  return {
    id: iv.id,
    at: clock.formatOffset(iv.at.epochMilliseconds),
    durationMinutes: iv.durationMinutes,
    round: iv.round,
    interviewers: [...iv.interviewers],
    timelineAsked: iv.timelineAsked,
    decisionBy: iv.decisionBy?.toString() ?? null,
    notes: iv.notes,
  };
}

function offerRecord(offer: Offer, before: OfferRecord | undefined, clock: ZoneClock): OfferRecord {
  const deadline = offer.deadline?.toString() ?? null;
  if (before) return { ...before, status: offer.status, deadline };
  return {
    id: offer.id,
    status: offer.status,
    at: clock.formatOffset(offer.at.epochMilliseconds),
    deadline,
    decidedAt: offer.decidedAt === null ? null : clock.formatOffset(offer.decidedAt.epochMilliseconds),
  };
}

/** A touch as its record, field by field in the data file's order. */
export function touchRecord(t: Touch, clock: ZoneClock): TouchRecord {
  const at = clock.formatOffset(t.at.epochMilliseconds);
  return t.direction === 'out'
    ? {
        id: t.id,
        at,
        direction: 'out',
        channel: t.channel,
        purpose: t.purpose,
        contactId: t.contactId,
        interviewId: t.interviewId,
        subject: t.subject,
        body: t.body,
        messageId: t.messageId,
      }
    : {
        id: t.id,
        at,
        direction: 'in',
        channel: t.channel,
        kind: t.kind,
        decisionBy: t.decisionBy?.toString() ?? null,
        contactId: t.contactId,
        interviewId: t.interviewId,
        subject: t.subject,
        body: t.body,
        messageId: t.messageId,
      };
}
