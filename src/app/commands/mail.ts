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
import { IN_KINDS, type InKind, OUT_PURPOSES, type OutPurpose } from '../../core/model.js';
import { ZoneClock } from '../../core/time.js';
import { classify, REVIEW_BELOW } from '../../mail/classify.js';
import { asksQuestion, settleReading } from '../../mail/families.js';
import { matchOpportunity } from '../../mail/match.js';
import { notMailReason, type ParsedMessage, parseMessage, peekMessageId } from '../../mail/parse.js';
import { mailBytes, readMailPaths } from '../../mail/sources.js';
import type { InterviewRecord, OfferRecord, OpportunityRecord, TouchRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { clipText } from '../../records/text-limits.js';
import type { MailBatch, MailMessageRecord, MailStatus } from '../../store/store.types.js';
import type { AppContext } from '../context.js';
import { holidaysFor } from '../holidays.js';
import { nextId } from '../ids.js';
import { relieveMemory } from '../memory.js';
import { resolveOpportunity } from '../seeker.js';
import { applyInboundEffects } from './facts.js';
import { fieldsOf } from './opportunities.js';

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
  const own = profile.email ? [profile.email] : [];
  // The working set leaves touch bodies in the database: nothing here reads them.
  const records = new Map((await ctx.store.listOpportunities({ touchBodies: false })).map((o) => [o.id, o]));
  const known = await ctx.store.knownMail();
  const events = await ctx.store.calendarEvents();
  /** The highest touch number per opportunity, once read from the working set: no scan of its touches per message. */
  const touchNumbers = new Map<string, number>();
  const clock = new ZoneClock(zone);
  for (const o of records.values()) for (const t of o.touches ?? []) if (t.messageId) known.set(t.messageId, o.id);
  const report: MailReport = { imported: 0, duplicate: 0, unmatched: 0, failed: 0, review: 0, messages: [] };
  const add = (entry: MailReportEntry) => {
    report[entry.outcome]++;
    if (entry.review) report.review++;
    report.messages.push(entry);
  };
  // Writes are grouped into transactions of BATCH_SIZE messages: one commit per
  // message would cost more than reading it. Report entries follow the commit.
  // A pending message is plain data (see `Pending`), never a closure: a closure
  // made in the loop would keep the whole parsed message alive until the commit.
  let read = 0;
  let bytesRead = 0;
  let lastRelief = 0;
  let pending: Pending[] = [];
  const nextTouchId = (o: OpportunityRecord): string => {
    const n = touchNumbers.get(o.id) ?? Number(nextId('t', o.touches ?? []).slice(1)) - 1;
    touchNumbers.set(o.id, n + 1);
    return `t${n + 1}`;
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const run = async (store: AppContext['store']) => {
      const out: MailReportEntry[] = [];
      const appended: MailBatch = { touches: [], offers: [], messages: [] };
      const sink: ReadingSink = {
        nextTouchId,
        events,
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
        } else if (item.kind === 'record') {
          appended.messages.push(item.record);
          out.push(item.entry);
        } else {
          const opp = records.get(item.opportunityId);
          if (!opp) throw new Error(`the import lost opportunity ${item.opportunityId}`);
          const { updated, touchId, effects } = await applyReading(store, opp, item.facts, sink);
          // Kept with the message, so the timeline can say what each message changed.
          if (effects.length > 0 && item.outcome.reading) item.outcome.reading.effects = effects;
          appended.messages.push(messageRecord(item.head, item.outcome, touchId));
          records.set(item.opportunityId, updated);
          out.push({
            source: item.head.source,
            messageId: item.head.messageId,
            outcome: 'imported',
            detail: `${item.what} -> ${item.opportunityId} (${touchId})${effects.length ? `; ${effects.join(', ')}` : ''}`,
            review: item.outcome.status === 'review',
          });
        }
      }
      await store.appendMail(appended);
      return out;
    };
    // A batch of nothing but duplicates and unreadable files writes nothing (and raises no revision).
    const writes = batch.some((item) => item.kind !== 'report');
    const entries = writes ? await ctx.store.transaction(run) : await run(ctx.store);
    for (const entry of entries) add(entry);
  };
  // The import adds no opportunity and keeps each record's identity, so one list serves every message.
  const opportunities = [...records.values()];
  const knownOpportunity = (id: string) => known.get(id) ?? null;
  /** Opportunities whose latest message from the seeker in this import asked a question: an answer to it is a reply. */
  const seekerAsked = new Set<string>();
  /**
   * Understands one parsed message (synchronously) and queues what becomes of
   * it. Messages are parsed a few at a time and then understood together:
   * alternating the parser and the reader on every message runs both slower.
   */
  const understand = (source: string, parsed: ParsedMessage): void => {
    if (known.has(parsed.messageId)) {
      pending.push({
        kind: 'report',
        entry: { source, messageId: parsed.messageId, outcome: 'duplicate', detail: 'already read', review: false },
      });
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
      const note = parsed.error;
      pending.push({
        kind: 'record',
        record: messageRecord(head, {
          status: 'failed',
          opportunityId: null,
          direction: null,
          reading: null,
          note,
        }),
        entry: { source: head.source, messageId: head.messageId, outcome: 'failed', detail: note, review: false },
      });
      return;
    }
    const match = matchOpportunity(parsed, opportunities, knownOpportunity, own);
    const asked = match.opportunityId != null && seekerAsked.has(match.opportunityId);
    const reading = settleReading(classify(parsed, { ownAddresses: own, holidays }), match, asked);
    if (match.opportunityId && reading.direction === 'out') {
      if (asksQuestion(reading)) seekerAsked.add(match.opportunityId);
      else seekerAsked.delete(match.opportunityId);
    }
    const readingJson = {
      kind: reading.direction === 'in' ? reading.kind : null,
      purpose: reading.direction === 'out' ? reading.purpose : null,
      decisionBy: reading.decisionBy?.toString() ?? null,
      confidence: reading.confidence,
      reasons: reading.reasons,
      interview: reading.invitation
        ? { at: reading.invitation.start, durationMinutes: reading.invitation.durationMinutes }
        : null,
    };
    const opp = match.opportunityId ? records.get(match.opportunityId) : undefined;
    if (!opp) {
      known.set(parsed.messageId, null);
      pending.push({
        kind: 'record',
        record: messageRecord(head, {
          status: 'unmatched',
          opportunityId: null,
          direction: reading.direction,
          reading: readingJson,
          note: match.reason,
        }),
        entry: {
          source: head.source,
          messageId: head.messageId,
          outcome: 'unmatched',
          detail: match.reason,
          review: true,
        },
      });
      return;
    }
    const atMs = (parsed.date ? Date.parse(parsed.date) : Number.NaN) || ctx.now.epochMilliseconds;
    known.set(parsed.messageId, opp.id);
    const facts: ReadingFacts = {
      at: clock.formatOffset(atMs),
      direction: reading.direction,
      kind: reading.direction === 'in' ? reading.kind : null,
      purpose: reading.direction === 'out' ? reading.purpose : null,
      decisionBy: reading.decisionBy,
      contactId: match.contactId,
      subject: clipText('subject', parsed.subject) || null,
      body: reading.text.slice(0, MAX_BODY_CHARS) || null,
      messageId: parsed.messageId,
      invitation: reading.invitation
        ? {
            at: clock.formatOffset(Date.parse(reading.invitation.start)),
            durationMinutes: reading.invitation.durationMinutes,
            attendees: reading.invitation.attendees,
            summary: reading.invitation.summary,
            uid: reading.invitation.uid,
          }
        : null,
      cancels: reading.cancels,
    };
    pending.push({
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
  };
  let chunk: ({ source: string; parsed: ParsedMessage } | { entry: MailReportEntry })[] = [];
  const understandChunk = async () => {
    for (const next of chunk) {
      if ('entry' in next) pending.push({ kind: 'report', entry: next.entry });
      else understand(next.source, next.parsed);
      if (pending.length >= BATCH_SIZE) await flush();
    }
    chunk = [];
  };
  for await (const item of source) {
    onProgress?.({ messages: ++read, bytes: bytesRead, totalBytes });
    if (item.raw === null) {
      chunk.push({
        entry: {
          source: item.source,
          messageId: null,
          outcome: 'failed',
          detail: item.error ?? 'unreadable',
          review: false,
        },
      });
      continue;
    }
    bytesRead += item.raw.length;
    if (bytesRead - lastRelief >= RELIEF_EVERY_BYTES) {
      lastRelief = bytesRead;
      relieveMemory();
    }
    // A file that is no message (a JSON file or a picture among the .eml) is reported, not kept for review.
    const notMail = notMailReason(item.raw);
    if (notMail !== null) {
      chunk.push({
        entry: { source: item.source, messageId: null, outcome: 'failed', detail: notMail, review: false },
      });
      continue;
    }
    // A message read before is recognised from its header lines, without parsing it again.
    const peeked = peekMessageId(item.raw);
    if (known.has(peeked)) {
      chunk.push({
        entry: { source: item.source, messageId: peeked, outcome: 'duplicate', detail: 'already read', review: false },
      });
    } else {
      chunk.push({ source: item.source, parsed: await parseMessage(item.raw) });
    }
    if (chunk.length >= READ_AHEAD) await understandChunk();
  }
  await understandChunk();
  await flush();
  onProgress?.({ messages: read, bytes: bytesRead, totalBytes: totalBytes === null ? null : bytesRead });
  return report;
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

interface ReadingFacts {
  at: string;
  direction: 'in' | 'out';
  kind: InKind | null;
  purpose: OutPurpose | null;
  decisionBy: Temporal.PlainDate | null;
  contactId: string | null;
  subject: string | null;
  body: string | null;
  messageId: string;
  invitation: {
    at: string;
    durationMinutes: number;
    attendees: { name: string | null; email: string }[];
    summary: string | null;
    /** The meeting's iCalendar UID: a later invitation with it moves the interview. */
    uid: string | null;
  } | null;
  /** The UID of a meeting this message calls off. */
  cancels: string | null;
}

/**
 * Where a reading's touch and offer go: straight to the store, or to an
 * import's batch (which numbers touches itself). Rarer writes (interviews,
 * closures) always go to the store.
 */
interface ReadingSink {
  /** The id the next touch of `opp` takes (`t` and one more than the highest). */
  nextTouchId(opp: OpportunityRecord): string;
  putTouch(opportunityId: string, touch: TouchRecord): Promise<void>;
  putOffer(opportunityId: string, offer: OfferRecord): Promise<void>;
  /** The meetings known by iCalendar UID (an import's working copy), kept in step by `remember`. */
  events?: Map<string, CalendarEvent>;
}

type CalendarEvent = { opportunityId: string; interviewId: string };
const NO_EVENTS: ReadonlyMap<string, CalendarEvent> = new Map();

/** Stores which interview a meeting's UID stands for, and keeps the sink's copy in step. */
async function remember(
  store: AppContext['store'],
  sink: ReadingSink,
  uid: string,
  event: CalendarEvent,
): Promise<void> {
  await store.putCalendarEvent(uid, event);
  sink.events?.set(uid, event);
}

/** Writes one reading as facts; returns the opportunity as it now stands. */
async function applyReading(
  store: AppContext['store'],
  opp: OpportunityRecord,
  r: ReadingFacts,
  sink: ReadingSink = {
    nextTouchId: (o) => nextId('t', o.touches ?? []),
    putTouch: (id, touch) => store.putTouch(id, touch),
    putOffer: (id, offer) => store.putOffer(id, offer),
  },
): Promise<{ updated: OpportunityRecord; touchId: string; effects: string[] }> {
  const contacts = [...(opp.contacts ?? [])];
  const interviews = [...(opp.interviews ?? [])];
  const effects: string[] = [];
  let interviewId: string | null = null;
  const events = sink.events ?? NO_EVENTS;
  const invitation = r.invitation;
  if (invitation) {
    // An invitation for a meeting already known by its UID is an update: its interview moves.
    const known = invitation.uid ? events.get(invitation.uid) : undefined;
    const index = known?.opportunityId === opp.id ? interviews.findIndex((iv) => iv.id === known.interviewId) : -1;
    const earlier = interviews[index];
    const sameStart = interviews.find((iv) => Date.parse(iv.at) === Date.parse(invitation.at));
    if (earlier) {
      if (
        Date.parse(earlier.at) !== Date.parse(invitation.at) ||
        earlier.durationMinutes !== invitation.durationMinutes
      ) {
        const moved: InterviewRecord = { ...earlier, at: invitation.at, durationMinutes: invitation.durationMinutes };
        await store.putInterview(opp.id, moved);
        interviews[index] = moved;
        effects.push(`interview ${earlier.id} moved to ${invitation.at}`);
      }
    } else if (sameStart) {
      if (invitation.uid)
        await remember(store, sink, invitation.uid, { opportunityId: opp.id, interviewId: sameStart.id });
    } else {
      const interviewers: string[] = [];
      for (const person of invitation.attendees) {
        const found = contacts.find((c) => c.email?.toLowerCase() === person.email.toLowerCase());
        if (found) interviewers.push(found.id);
      }
      const interview: InterviewRecord = {
        id: nextId('i', interviews),
        at: invitation.at,
        durationMinutes: invitation.durationMinutes,
        round: invitation.summary === null ? null : clipText('round', invitation.summary),
        interviewers,
        timelineAsked: false,
        decisionBy: null,
        notes: '',
      };
      await store.putInterview(opp.id, interview);
      interviews.push(interview);
      if (invitation.uid)
        await remember(store, sink, invitation.uid, { opportunityId: opp.id, interviewId: interview.id });
      effects.push(`interview ${interview.id} scheduled`);
    }
  }
  if (r.cancels) {
    // A cancelled meeting that is still ahead and that nothing refers to is no interview.
    const known = events.get(r.cancels);
    const cancelled =
      known?.opportunityId === opp.id ? interviews.find((iv) => iv.id === known.interviewId) : undefined;
    if (
      cancelled &&
      Date.parse(cancelled.at) > Date.parse(r.at) &&
      !(opp.touches ?? []).some((t) => t.interviewId === cancelled.id)
    ) {
      await store.deleteInterview(opp.id, cancelled.id);
      interviews.splice(interviews.indexOf(cancelled), 1);
      effects.push(`interview ${cancelled.id} cancelled`);
    }
  }
  if (r.direction === 'out' && r.purpose === 'thank-you') {
    const atMs = Date.parse(r.at);
    const ended = interviews
      .filter((iv) => Date.parse(iv.at) + (iv.durationMinutes ?? 60) * 60_000 <= atMs)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    interviewId = ended[0]?.id ?? null;
  }
  const touch: TouchRecord =
    r.direction === 'out'
      ? {
          id: sink.nextTouchId(opp),
          at: r.at,
          direction: 'out',
          channel: 'email',
          purpose: r.purpose ?? 'other',
          contactId: r.contactId,
          interviewId,
          subject: r.subject,
          body: r.body,
          messageId: r.messageId,
        }
      : {
          id: sink.nextTouchId(opp),
          at: r.at,
          direction: 'in',
          channel: 'email',
          kind: r.kind ?? 'other',
          // An offer's touch keeps its answer date too (INGEST.md), as `heard` does; it is also the offer's deadline.
          decisionBy: r.decisionBy?.toString() ?? null,
          contactId: r.contactId,
          interviewId: null,
          subject: r.subject,
          body: r.body,
          messageId: r.messageId,
        };
  await sink.putTouch(opp.id, touch);
  if (r.direction === 'in' && r.kind)
    effects.push(
      ...(await applyInboundEffects(
        { putOffer: sink.putOffer, putOpportunity: (fields) => store.putOpportunity(fields) },
        opp,
        r.kind,
        touch,
        r.kind === 'offer' ? r.decisionBy : null,
      )),
    );
  if (r.direction === 'out' && r.purpose === 'withdraw' && (opp.status ?? 'open') === 'open') {
    // The seeker's own withdrawal, read from their sent mail, ends the opportunity as they said.
    await store.putOpportunity({ ...fieldsOf(opp), status: 'withdrawn', closedAt: r.at });
    opp.status = 'withdrawn';
    opp.closedAt = r.at;
    effects.push('closed as withdrawn');
  }
  // The caller's own copy (the import's working set) follows every write that later messages read
  // (interviews, offers, status), so a long import never reads an opportunity back. Touches stay out
  // of it: the sink numbers them and `known` remembers their messages, so memory does not grow
  // with every message of a large mailbox.
  opp.interviews = interviews;
  const updated = opp;
  return { updated, touchId: touch.id, effects };
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
  if (input.kind && !IN_KINDS.includes(input.kind))
    throw new AppError('invalid_input', `unknown kind "${input.kind}"`, { hint: `use one of ${IN_KINDS.join(', ')}` });
  if (input.purpose && !OUT_PURPOSES.includes(input.purpose))
    throw new AppError('invalid_input', `unknown purpose "${input.purpose}"`, {
      hint: `use one of ${OUT_PURPOSES.join(', ')}`,
    });
  const message = (await ctx.store.listMailMessages(['unmatched', 'review', 'failed', 'applied', 'ignored'])).find(
    (m) => m.messageId === input.messageId,
  );
  if (!message)
    throw new AppError('invalid_input', `no message ${input.messageId} in the inbox`, {
      hint: 'see `afterview inbox --json` for the ids',
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
  const zone = profile.timezone ?? ctx.machineZone;
  const direction = message.direction ?? 'in';
  const at = message.sentAt
    ? Temporal.Instant.from(message.sentAt).toZonedDateTimeISO(zone)
    : ctx.now.toZonedDateTimeISO(zone);
  const kind = input.kind ?? (message.reading?.kind as InKind | null) ?? 'reply';
  const purpose = input.purpose ?? (message.reading?.purpose as OutPurpose | null) ?? 'other';
  const decisionBy =
    input.decisionBy ?? (message.reading?.decisionBy ? Temporal.PlainDate.from(message.reading.decisionBy) : null);
  const contact = (opp.contacts ?? []).find((c) => c.email && c.email.toLowerCase() === message.sender?.toLowerCase());
  const result = await ctx.store.transaction(async (store) => {
    if (message.touchId && message.opportunityId) await store.deleteTouch(message.opportunityId, message.touchId);
    const fresh = (await store.getOpportunity(opp.id)) ?? opp;
    const applied = await applyReading(store, fresh, {
      at: at.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
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
    });
    await store.putMailMessage({
      ...message,
      status: 'applied',
      opportunityId: opp.id,
      touchId: applied.touchId,
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
  return { messageId: message.messageId, status: 'applied', touchId: result.touchId };
}
