/**
 * Reading the seeker's mail into the facts (INGEST.md): every message is
 * kept once by Message-ID; matched messages become touches (and
 * interviews, offers, closures), unmatched ones and low-confidence readings
 * wait in the review list (`inbox`). A message read again is a duplicate
 * and changes nothing, so a correction made in review sticks.
 */

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { KnownMeetings, OpportunityFacts } from '../../core/events/index.js';
import { msInstant } from '../../core/instant.js';
import type { InKind, OutPurpose, Touch } from '../../core/model.js';
import { ZoneClock } from '../../core/time.js';
import { classify, REVIEW_BELOW } from '../../mail/classify.js';
import { asksQuestion, settleReading } from '../../mail/families.js';
import { matchOpportunity } from '../../mail/match.js';
import { notMailReason, type ParsedMessage, parseMessage, peekMessageId } from '../../mail/parse.js';
import type { Reading } from '../../mail/reading.types.js';
import { mailBytes, readMailPaths } from '../../mail/sources.js';
import type { OpportunityRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { clipText } from '../../records/text-limits.js';
import type { MailBatch, MailMessageRecord, MailStatus } from '../../store/store.types.js';
import type { AppContext } from '../context.js';
import { type AppliedEvent, type ChangeSink, invitationPeople, recordEvent } from '../event-facts.js';
import { holidaysFor } from '../holidays.js';
import { nextId } from '../ids.js';
import { relieveMemory } from '../memory.js';
import { resolveOpportunity } from '../seeker.js';

/**
 * The most of a message's new text kept with its touch: enough to read what
 * they said in the timeline, not a copy of the mailbox.
 */
const MAX_BODY_CHARS = 4000;

/** Messages parsed before they are understood together (see `understand` in `ingestMail`). */
const READ_AHEAD = 64;

/** Messages written per transaction while importing. */
const BATCH_SIZE = 1000;

/** A full collection after this much mail read (src/app/memory.ts): a 1 GB import peaks at 215 MB instead of 314 MB. */
const RELIEF_EVERY_BYTES = 8 * 1024 * 1024;

export type MailOutcome = 'imported' | 'duplicate' | 'unmatched' | 'failed';

export interface MailReportEntry {
  source: string;
  messageId: string | null;
  outcome: MailOutcome;
  /** What it became ("in timeline, decision by 2026-12-04 -> brightwater"), or why it failed or was not placed. */
  detail: string;
  review: boolean;
}

export interface MailReport {
  imported: number;
  duplicate: number;
  unmatched: number;
  failed: number;
  review: number;
  messages: MailReportEntry[];
}

/** How far a read has come: messages and bytes read, and the bytes to read when known (files, not IMAP). */
export interface MailProgress {
  messages: number;
  bytes: number;
  totalBytes: number | null;
}

export interface RawMail {
  source: string;
  raw: Uint8Array | null;
  error: string | null;
}

/** Reads files, folders and mbox files (streamed) into the facts. */
export async function importMail(
  ctx: AppContext,
  input: { paths: string[]; onProgress?: ((progress: MailProgress) => void) | undefined },
): Promise<MailReport> {
  // A path that is not there at all is a typo, not a message that failed: refuse before reading anything.
  const missing = input.paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new AppError('invalid_input', `no such file or folder: ${missing.join(', ')}`, {
      hint: 'give .eml files, folders of them, or mbox files; nothing was imported',
    });
  }
  // A device (/dev/zero, a terminal) is never mail and may never end: refuse it too. Pipes are read, up to the limit per message.
  const devices = input.paths.filter((path) => {
    const info = statSync(path);
    return info.isCharacterDevice() || info.isBlockDevice();
  });
  if (devices.length > 0) {
    throw new AppError('invalid_input', `not a file or folder of mail: ${devices.join(', ')}`, {
      hint: 'give .eml files, folders of them, or mbox files; nothing was imported',
    });
  }
  const totalBytes = input.onProgress ? await mailBytes(input.paths) : null;
  return ingestMail(ctx, readMailPaths(input.paths), input.onProgress, totalBytes);
}

/**
 * Ingests a stream of raw messages (from files or IMAP). Per message:
 * `failed` (with why; it is still recorded so nothing is lost), `duplicate`,
 * `unmatched` (kept for review) or `imported`.
 */
export async function ingestMail(
  ctx: AppContext,
  source: AsyncIterable<RawMail>,
  onProgress?: (progress: MailProgress) => void,
  totalBytes: number | null = null,
): Promise<MailReport> {
  const profile = await ctx.store.getProfile();
  const zone = profile.timezone ?? ctx.machineZone;
  const holidays = await holidaysFor(
    profile.country ?? null,
    ctx.now.toZonedDateTimeISO(zone).year,
    join(ctx.home, 'cache'),
  );
  // The working set leaves touch bodies in the database: nothing here reads them.
  const records = new Map((await ctx.store.listOpportunities({ touchBodies: false })).map((o) => [o.id, o]));
  const ingest = new MailIngest(ctx, {
    records,
    known: await ctx.store.knownMail(),
    events: await ctx.store.calendarEvents(),
    own: profile.email ? [profile.email] : [],
    holidays,
    clock: new ZoneClock(zone),
  });
  let read = 0;
  let bytesRead = 0;
  let lastRelief = 0;
  try {
    for await (const item of source) {
      onProgress?.({ messages: ++read, bytes: bytesRead, totalBytes });
      if (item.raw !== null) {
        bytesRead += item.raw.length;
        if (bytesRead - lastRelief >= RELIEF_EVERY_BYTES) {
          lastRelief = bytesRead;
          relieveMemory();
        }
      }
      await ingest.take(item);
    }
  } catch (error) {
    // The source failed half-way (an IMAP connection dropped): what it gave is kept, since the
    // position a sync saves afterwards counts it as read.
    await ingest.finish();
    throw error;
  }
  await ingest.finish();
  onProgress?.({ messages: read, bytes: bytesRead, totalBytes: totalBytes === null ? null : bytesRead });
  return ingest.report;
}

/** What one import works with, loaded once before the first message. */
interface IngestSetup {
  /** The opportunities by id; the import adds none and keeps each record's identity. */
  records: Map<string, OpportunityRecord>;
  /** The opportunity each message already read belongs to, by Message-ID (null: kept without one). */
  known: Map<string, string | null>;
  /** The meetings known by iCalendar UID, kept in step with what the import writes. */
  events: Map<string, CalendarEvent>;
  own: string[];
  holidays: ReadonlySet<string>;
  clock: ZoneClock;
}

/**
 * One import's state. Messages are parsed a few at a time (`take`) and then
 * understood together (`understandChunk`): alternating the parser and the
 * reader on every message runs both slower. Writes are grouped into
 * transactions of BATCH_SIZE messages (`flush`): one commit per message would
 * cost more than reading it. Report entries follow the commit.
 */
class MailIngest {
  readonly report: MailReport = { imported: 0, duplicate: 0, unmatched: 0, failed: 0, review: 0, messages: [] };
  /**
   * What waits for the next commit. A pending message is plain data (see
   * `Pending`), never a closure: a closure made per message would keep the
   * whole parsed message alive until the commit.
   */
  private pending: Pending[] = [];
  private chunk: ({ source: string; parsed: ParsedMessage } | { entry: MailReportEntry })[] = [];
  /** The highest touch number per opportunity, once read from the working set: no scan of its touches per message. */
  private readonly touchNumbers = new Map<string, number>();
  /** The opportunities as event facts, made when a message first reaches one and kept in step. */
  private readonly facts = new Map<string, OpportunityFacts>();
  /** Opportunities whose latest message from the seeker in this import asked a question: an answer to it is a reply. */
  private readonly seekerAsked = new Set<string>();
  private readonly opportunities: OpportunityRecord[];
  private readonly knownOpportunity = (id: string): string | null => this.setup.known.get(id) ?? null;

  constructor(
    private readonly ctx: AppContext,
    private readonly setup: IngestSetup,
  ) {
    this.opportunities = [...setup.records.values()];
    for (const o of this.opportunities)
      for (const t of o.touches ?? []) if (t.messageId) setup.known.set(t.messageId, o.id);
  }

  /** Takes one raw message: reported at once when it is no mail or a duplicate, else parsed for the next chunk. */
  async take(item: RawMail): Promise<void> {
    const fail = (detail: string, messageId: string | null = null): MailReportEntry => ({
      source: item.source,
      messageId,
      outcome: 'failed',
      detail,
      review: false,
    });
    if (item.raw === null) {
      this.chunk.push({ entry: fail(item.error ?? 'unreadable') });
      return;
    }
    // A file that is no message (a JSON file or a picture among the .eml) is reported, not kept for review.
    const notMail = notMailReason(item.raw);
    if (notMail !== null) {
      this.chunk.push({ entry: fail(notMail) });
      return;
    }
    // A message read before is recognised from its header lines, without parsing it again.
    const peeked = peekMessageId(item.raw);
    if (this.setup.known.has(peeked)) {
      this.chunk.push({ entry: duplicateEntry(item.source, peeked) });
    } else {
      this.chunk.push({ source: item.source, parsed: await parseMessage(item.raw) });
    }
    if (this.chunk.length >= READ_AHEAD) await this.understandChunk();
  }

  /** Understands what is still parsed and commits what is pending. */
  async finish(): Promise<void> {
    await this.understandChunk();
    await this.flush();
  }

  private async understandChunk(): Promise<void> {
    for (const next of this.chunk) {
      if ('entry' in next) this.pending.push({ kind: 'report', entry: next.entry });
      else this.understand(next.source, next.parsed);
      if (this.pending.length >= BATCH_SIZE) await this.flush();
    }
    this.chunk = [];
  }

  /** Understands one parsed message (synchronously) and queues what becomes of it. */
  private understand(source: string, parsed: ParsedMessage): void {
    const { known, records, own, holidays } = this.setup;
    if (known.has(parsed.messageId)) {
      this.pending.push({ kind: 'report', entry: duplicateEntry(source, parsed.messageId) });
      return;
    }
    const head: MessageHead = {
      messageId: parsed.messageId,
      source,
      subject: parsed.subject,
      sender: parsed.from?.address ?? null,
      sentAt: parsed.date,
    };
    if (parsed.error && !parsed.date && !parsed.from) {
      known.set(parsed.messageId, null);
      const outcome = {
        status: 'failed',
        opportunityId: null,
        direction: null,
        reading: null,
        note: parsed.error,
      } as const;
      const entry = {
        source,
        messageId: head.messageId,
        outcome: 'failed',
        detail: parsed.error,
        review: false,
      } as const;
      this.pending.push({ kind: 'record', record: messageRecord(head, outcome), entry });
      return;
    }
    const match = matchOpportunity(parsed, this.opportunities, this.knownOpportunity, own);
    const asked = match.opportunityId != null && this.seekerAsked.has(match.opportunityId);
    const reading = settleReading(classify(parsed, { ownAddresses: own, holidays }), match, asked);
    if (match.opportunityId && reading.direction === 'out') {
      if (asksQuestion(reading)) this.seekerAsked.add(match.opportunityId);
      else this.seekerAsked.delete(match.opportunityId);
    }
    const readingJson = readingRecord(reading);
    const opp = match.opportunityId ? records.get(match.opportunityId) : undefined;
    if (!opp) {
      known.set(parsed.messageId, null);
      const outcome = {
        status: 'unmatched',
        opportunityId: null,
        direction: reading.direction,
        reading: readingJson,
        note: match.reason,
      } as const;
      const entry = {
        source,
        messageId: head.messageId,
        outcome: 'unmatched',
        detail: match.reason,
        review: true,
      } as const;
      this.pending.push({ kind: 'record', record: messageRecord(head, outcome), entry });
      return;
    }
    known.set(parsed.messageId, opp.id);
    const facts = readingFacts(parsed, reading, match.contactId, this.ctx.now.epochMilliseconds);
    this.pending.push({
      kind: 'reading',
      opportunityId: opp.id,
      head,
      facts,
      outcome: {
        status: reading.confidence < REVIEW_BELOW ? 'review' : 'applied',
        opportunityId: opp.id,
        direction: facts.direction,
        reading: readingJson,
        note: match.reason,
      },
      what: `${facts.direction === 'in' ? `in ${facts.kind}` : `out ${facts.purpose}`}${facts.decisionBy ? `, decision by ${facts.decisionBy}` : ''}`,
    });
  }

  /** Commits what is pending in one transaction, then reports it. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // A batch of nothing but duplicates and unreadable files writes nothing (and raises no revision).
    const writes = batch.some((item) => item.kind !== 'report');
    const run = (store: AppContext['store']) => this.write(store, batch);
    const entries = writes ? await this.ctx.store.transaction(run) : await run(this.ctx.store);
    for (const entry of entries) {
      this.report[entry.outcome]++;
      if (entry.review) this.report.review++;
      this.report.messages.push(entry);
    }
  }

  /** Writes one batch: touches, offers and messages together at the end, the rarer facts as they come. */
  private async write(store: AppContext['store'], batch: Pending[]): Promise<MailReportEntry[]> {
    const out: MailReportEntry[] = [];
    const appended: MailBatch = { touches: [], offers: [], messages: [] };
    const events = this.setup.events;
    const sink: ChangeSink = {
      putContact: (id, contact) => store.putContact(id, contact),
      putInterview: (id, interview) => store.putInterview(id, interview),
      deleteInterview: (id, interviewId) => store.deleteInterview(id, interviewId),
      putOpportunity: (fields) => store.putOpportunity(fields),
      putCalendarEvent: async (uid, event) => {
        await store.putCalendarEvent(uid, event);
        events.set(uid, event);
      },
      putTouch: async (opportunityId, touch) => {
        appended.touches.push({ opportunityId, touch });
      },
      putOffer: async (opportunityId, offer) => {
        appended.offers.push({ opportunityId, offer });
      },
    };
    for (const item of batch) {
      if (item.kind === 'report') {
        out.push(item.entry);
        continue;
      }
      if (item.kind === 'record') {
        appended.messages.push(item.record);
        out.push(item.entry);
        continue;
      }
      const opp = this.setup.records.get(item.opportunityId);
      if (!opp) throw new Error(`the import lost opportunity ${item.opportunityId}`);
      const applied = await applyReading(sink, opp, item.facts, {
        clock: this.setup.clock,
        touchId: this.nextTouchId(opp),
        meetings: events,
        facts: this.facts.get(opp.id),
        own: this.setup.own,
      });
      this.facts.set(opp.id, applied.result.opportunity);
      const { effects } = applied;
      const touchId = applied.touch?.id ?? null;
      // Kept with the message, so the timeline can say what each message changed.
      if (effects.length > 0 && item.outcome.reading) item.outcome.reading.effects = effects;
      appended.messages.push(messageRecord(item.head, item.outcome, touchId));
      out.push({
        source: item.head.source,
        messageId: item.head.messageId,
        outcome: 'imported',
        detail: `${item.what} -> ${item.opportunityId} (${touchId})${effects.length ? `; ${effects.join(', ')}` : ''}`,
        review: item.outcome.status === 'review',
      });
    }
    await store.appendMail(appended);
    return out;
  }

  /** The id the next touch of `o` takes (`t` and one more than the highest), without scanning its touches again. */
  private nextTouchId(o: OpportunityRecord): string {
    const n = this.touchNumbers.get(o.id) ?? Number(nextId('t', o.touches ?? []).slice(1)) - 1;
    this.touchNumbers.set(o.id, n + 1);
    return `t${n + 1}`;
  }
}

function duplicateEntry(source: string, messageId: string): MailReportEntry {
  return { source, messageId, outcome: 'duplicate', detail: 'already read', review: false };
}

/** A reading as kept with its message (strings and numbers, for the review list and the timeline). */
function readingRecord(reading: Reading): NonNullable<MailMessageRecord['reading']> {
  return {
    kind: reading.direction === 'in' ? reading.kind : null,
    purpose: reading.direction === 'out' ? reading.purpose : null,
    decisionBy: reading.decisionBy?.toString() ?? null,
    confidence: reading.confidence,
    reasons: reading.reasons,
    interview: reading.invitation
      ? { at: reading.invitation.start, durationMinutes: reading.invitation.durationMinutes }
      : null,
  };
}

/** What a matched message says, as plain data until its batch is written. */
function readingFacts(parsed: ParsedMessage, reading: Reading, contactId: string | null, nowMs: number): ReadingFacts {
  return {
    atMs: (parsed.date ? Date.parse(parsed.date) : Number.NaN) || nowMs,
    direction: reading.direction,
    kind: reading.direction === 'in' ? reading.kind : null,
    purpose: reading.direction === 'out' ? reading.purpose : null,
    decisionBy: reading.decisionBy,
    contactId,
    subject: clipText('subject', parsed.subject) || null,
    body: reading.text.slice(0, MAX_BODY_CHARS) || null,
    messageId: parsed.messageId,
    invitation: reading.invitation
      ? {
          startMs: Date.parse(reading.invitation.start),
          durationMinutes: reading.invitation.durationMinutes,
          attendees: reading.invitation.attendees,
          summary: reading.invitation.summary === null ? null : clipText('round', reading.invitation.summary),
          uid: reading.invitation.uid,
        }
      : null,
    cancels: reading.cancels,
  };
}

/** The header fields kept with a message read. */
type MessageHead = Pick<MailMessageRecord, 'messageId' | 'source' | 'subject' | 'sender' | 'sentAt'>;

/**
 * A message waiting for its batch's commit: only plain data (the parsed
 * message is gone). `report` writes nothing (duplicates, unreadable files);
 * `record` is a message kept without a touch (failed, unmatched); `reading`
 * becomes facts on an opportunity.
 */
type Pending =
  | { kind: 'report'; entry: MailReportEntry }
  | { kind: 'record'; record: MailMessageRecord; entry: MailReportEntry }
  | {
      kind: 'reading';
      opportunityId: string;
      head: MessageHead;
      facts: ReadingFacts;
      outcome: Omit<MessageOutcome, 'touchId'>;
      /** What it became, for the report ("in timeline, decision by 2026-12-04"). */
      what: string;
    };

/** A message's record, built field by field (a spread followed by more properties is slow on this V8). */
function messageRecord(
  head: MessageHead,
  what: Omit<MessageOutcome, 'touchId'>,
  touchId: string | null = null,
): MailMessageRecord {
  return {
    messageId: head.messageId,
    source: head.source,
    subject: head.subject,
    sender: head.sender,
    sentAt: head.sentAt,
    status: what.status,
    opportunityId: what.opportunityId,
    direction: what.direction,
    reading: what.reading,
    touchId,
    note: what.note,
  };
}

/** What became of a message, as recorded with it. */
type MessageOutcome = Pick<
  MailMessageRecord,
  'status' | 'opportunityId' | 'direction' | 'reading' | 'touchId' | 'note'
>;

/** What a message says, as plain data: the touch it becomes and the meeting it sets or calls off. */
interface ReadingFacts {
  atMs: number;
  direction: 'in' | 'out';
  kind: InKind | null;
  purpose: OutPurpose | null;
  decisionBy: Temporal.PlainDate | null;
  contactId: string | null;
  subject: string | null;
  body: string | null;
  messageId: string;
  invitation: {
    startMs: number;
    durationMinutes: number;
    attendees: { name: string | null; email: string }[];
    /** The meeting's title, clipped to a round's length. */
    summary: string | null;
    /** The meeting's iCalendar UID: a later invitation with it moves the interview. */
    uid: string | null;
  } | null;
  /** The UID of a meeting this message calls off. */
  cancels: string | null;
}

type CalendarEvent = { opportunityId: string; interviewId: string };

/**
 * Records one reading on `opp` through `applyEvent` (src/core/events): its
 * touch, and what it settles (interviews, offers, closures).
 */
async function applyReading(
  sink: ChangeSink,
  opp: OpportunityRecord,
  r: ReadingFacts,
  opts: {
    clock: ZoneClock;
    touchId: string;
    own: readonly string[];
    meetings?: KnownMeetings;
    facts?: OpportunityFacts | undefined;
  },
): Promise<AppliedEvent> {
  const at = msInstant(r.atMs);
  const touch: Touch =
    r.direction === 'out'
      ? {
          id: opts.touchId,
          at,
          direction: 'out',
          channel: 'email',
          purpose: r.purpose ?? 'other',
          contactId: r.contactId,
          interviewId: null,
          subject: r.subject,
          body: r.body,
          messageId: r.messageId,
        }
      : {
          id: opts.touchId,
          at,
          direction: 'in',
          channel: 'email',
          kind: r.kind ?? 'other',
          // An offer's touch keeps its answer date too (INGEST.md), as `heard` does; it is also the offer's deadline.
          decisionBy: r.decisionBy,
          contactId: r.contactId,
          interviewId: null,
          subject: r.subject,
          body: r.body,
          messageId: r.messageId,
        };
  const invitation = r.invitation && {
    start: msInstant(r.invitation.startMs),
    durationMinutes: r.invitation.durationMinutes,
    round: r.invitation.summary,
    uid: r.invitation.uid,
    people: invitationPeople(opp, r.invitation.attendees, opts.own),
  };
  return recordEvent(
    sink,
    opp,
    { touch, invitation, cancels: r.cancels },
    { clock: opts.clock, meetings: opts.meetings, facts: opts.facts },
  );
}

export interface InboxEntry extends MailMessageRecord {}

/** The review list: unmatched messages and readings with low confidence. */
export async function inbox(ctx: AppContext, input: { all?: boolean } = {}): Promise<InboxEntry[]> {
  const statuses: MailStatus[] = input.all
    ? ['unmatched', 'review', 'failed', 'applied', 'ignored']
    : ['unmatched', 'review', 'failed'];
  return ctx.store.listMailMessages(statuses);
}

/**
 * Settles one message of the review list: `ignore` it, `assign` it to an
 * opportunity (it becomes a touch there), or `confirm` its reading. The
 * decision is stored with the message, so reading the mail again keeps it.
 */
export async function reviewMail(
  ctx: AppContext,
  input: {
    messageId: string;
    action: 'ignore' | 'assign' | 'confirm';
    opportunity?: string | null;
    kind?: InKind | null;
    purpose?: OutPurpose | null;
    decisionBy?: Temporal.PlainDate | null;
  },
): Promise<{ messageId: string; status: MailStatus; touchId: string | null }> {
  const message = (await ctx.store.listMailMessages(['unmatched', 'review', 'failed', 'applied', 'ignored'])).find(
    (m) => m.messageId === input.messageId,
  );
  if (!message)
    throw new AppError('message_not_found', `no message ${input.messageId} in the inbox`, {
      hint: 'the inbox lists the Message-IDs',
      details: { field: 'messageId', got: input.messageId },
    });
  if (input.action === 'ignore') {
    await ctx.store.putMailMessage({ ...message, status: 'ignored' });
    return { messageId: message.messageId, status: 'ignored', touchId: message.touchId };
  }
  if (input.action === 'confirm') {
    if (message.status !== 'review')
      throw new AppError('invalid_input', `${message.messageId} has no reading to confirm (it is ${message.status})`);
    await ctx.store.putMailMessage({ ...message, status: 'applied' });
    return { messageId: message.messageId, status: 'applied', touchId: message.touchId };
  }
  const records = await ctx.store.listOpportunities();
  const opp = resolveOpportunity(records, input.opportunity ?? '');
  const profile = await ctx.store.getProfile();
  const clock = new ZoneClock(profile.timezone ?? ctx.machineZone);
  const direction = message.direction ?? 'in';
  // Stored times are whole seconds: so is the time of a message that gave none.
  const atMs = message.sentAt ? Date.parse(message.sentAt) : Math.floor(ctx.now.epochMilliseconds / 1000) * 1000;
  const kind = input.kind ?? (message.reading?.kind as InKind | null) ?? 'reply';
  const purpose = input.purpose ?? (message.reading?.purpose as OutPurpose | null) ?? 'other';
  const decisionBy =
    input.decisionBy ?? (message.reading?.decisionBy ? Temporal.PlainDate.from(message.reading.decisionBy) : null);
  const contact = (opp.contacts ?? []).find((c) => c.email && c.email.toLowerCase() === message.sender?.toLowerCase());
  const result = await ctx.store.transaction(async (store) => {
    if (message.touchId && message.opportunityId) await store.deleteTouch(message.opportunityId, message.touchId);
    const fresh = (await store.getOpportunity(opp.id)) ?? opp;
    const facts: ReadingFacts = {
      atMs,
      direction,
      kind: direction === 'in' ? kind : null,
      purpose: direction === 'out' ? purpose : null,
      decisionBy,
      contactId: contact?.id ?? null,
      subject: clipText('subject', message.subject) || null,
      body: null,
      messageId: message.messageId,
      invitation: null,
      cancels: null,
    };
    const applied = await applyReading(store, fresh, facts, {
      clock,
      touchId: nextId('t', fresh.touches ?? []),
      own: [],
    });
    await store.putMailMessage({
      ...message,
      status: 'applied',
      opportunityId: opp.id,
      touchId: applied.touch?.id ?? null,
      reading: {
        ...(message.reading ?? { confidence: 1, reasons: [], interview: null }),
        kind: direction === 'in' ? kind : null,
        purpose: direction === 'out' ? purpose : null,
        decisionBy: decisionBy?.toString() ?? null,
        confidence: 1,
        reasons: ['corrected by you'],
        effects: applied.effects,
      },
    });
    return applied;
  });
  return { messageId: message.messageId, status: 'applied', touchId: result.touch?.id ?? null };
}
