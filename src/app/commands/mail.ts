/**
 * Reading the seeker's mail into the facts (INGEST.md): every message is
 * kept once by Message-ID; matched messages become touches (and
 * interviews, offers, closures), unmatched ones and low-confidence readings
 * wait in the review list (`inbox`). A message read again is a duplicate
 * and changes nothing, so a correction made in review sticks.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { IN_KINDS, type InKind, OUT_PURPOSES, type OutPurpose } from '../../core/model.js';
import { classify, REVIEW_BELOW } from '../../mail/classify.js';
import { matchOpportunity } from '../../mail/match.js';
import { parseMessage, peekMessageId } from '../../mail/parse.js';
import { readMailPaths } from '../../mail/sources.js';
import type { MailMessageRecord, MailStatus } from '../../store/store.types.js';
import type { AppContext } from '../context.js';
import type { InterviewRecord, OpportunityRecord, TouchRecord } from '../data-file.js';
import { AppError } from '../errors.js';
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

/** Messages written per transaction while importing. */
const BATCH_SIZE = 100;

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

export interface RawMail {
  source: string;
  raw: Uint8Array | null;
  error: string | null;
}

/** Reads files, folders and mbox files (streamed) into the facts. */
export async function importMail(
  ctx: AppContext,
  input: { paths: string[]; onProgress?: ((done: number) => void) | undefined },
): Promise<MailReport> {
  // A path that is not there at all is a typo, not a message that failed: refuse before reading anything.
  const missing = input.paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new AppError('invalid_input', `no such file or folder: ${missing.join(', ')}`, {
      hint: 'give .eml files, folders of them, or mbox files; nothing was imported',
    });
  }
  return ingestMail(ctx, readMailPaths(input.paths), input.onProgress);
}

/**
 * Ingests a stream of raw messages (from files or IMAP). Per message:
 * `failed` (with why; it is still recorded so nothing is lost), `duplicate`,
 * `unmatched` (kept for review) or `imported`.
 */
export async function ingestMail(
  ctx: AppContext,
  source: AsyncIterable<RawMail>,
  onProgress?: (done: number) => void,
): Promise<MailReport> {
  const profile = await ctx.store.getProfile();
  const zone = profile.timezone ?? ctx.machineZone;
  const holidays = await holidaysFor(
    profile.country ?? null,
    ctx.now.toZonedDateTimeISO(zone).year,
    join(ctx.home, 'cache'),
  );
  const own = profile.email ? [profile.email] : [];
  const records = new Map((await ctx.store.listOpportunities()).map((o) => [o.id, o]));
  const known = await ctx.store.knownMail();
  for (const o of records.values()) for (const t of o.touches ?? []) if (t.messageId) known.set(t.messageId, o.id);
  const report: MailReport = { imported: 0, duplicate: 0, unmatched: 0, failed: 0, review: 0, messages: [] };
  const add = (entry: MailReportEntry) => {
    report[entry.outcome]++;
    if (entry.review) report.review++;
    report.messages.push(entry);
    onProgress?.(report.messages.length);
  };
  // Writes are grouped into transactions of BATCH_SIZE messages: one commit per
  // message would cost more than reading it. Report entries follow the commit.
  let bytesRead = 0;
  let lastRelief = 0;
  type Write = (store: AppContext['store']) => Promise<MailReportEntry>;
  let pending: { write: Write; writes: boolean }[] = [];
  /** `writes: false` for messages that only need reporting (duplicates, unreadable files). */
  const queue = (write: Write, options: { writes: boolean } = { writes: true }) => {
    pending.push({ write, writes: options.writes });
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // A batch of nothing but duplicates and unreadable files writes nothing (and raises no revision).
    const run = async (store: AppContext['store']) => {
      const out: MailReportEntry[] = [];
      for (const { write } of batch) out.push(await write(store));
      return out;
    };
    const entries = batch.some((w) => w.writes) ? await ctx.store.transaction(run) : await run(ctx.store);
    for (const entry of entries) add(entry);
  };
  for await (const item of source) {
    if (item.raw === null) {
      queue(
        async () => ({
          source: item.source,
          messageId: null,
          outcome: 'failed',
          detail: item.error ?? 'unreadable',
          review: false,
        }),
        { writes: false },
      );
      continue;
    }
    bytesRead += item.raw.length;
    if (bytesRead - lastRelief >= RELIEF_EVERY_BYTES) {
      lastRelief = bytesRead;
      relieveMemory();
    }
    // A message read before is recognised from its header lines, without parsing it again.
    const peeked = peekMessageId(item.raw);
    if (known.has(peeked)) {
      queue(
        async () => ({
          source: item.source,
          messageId: peeked,
          outcome: 'duplicate',
          detail: 'already read',
          review: false,
        }),
        { writes: false },
      );
      continue;
    }
    const parsed = await parseMessage(item.raw);
    if (known.has(parsed.messageId)) {
      queue(
        async () => ({
          source: item.source,
          messageId: parsed.messageId,
          outcome: 'duplicate',
          detail: 'already read',
          review: false,
        }),
        { writes: false },
      );
      continue;
    }
    const base = {
      messageId: parsed.messageId,
      source: item.source,
      subject: parsed.subject,
      sender: parsed.from?.address ?? null,
      sentAt: parsed.date,
    };
    if (parsed.error && !parsed.date && !parsed.from) {
      const failed = parsed.error;
      known.set(parsed.messageId, null);
      queue(async (store) => {
        await store.putMailMessage({
          ...base,
          status: 'failed',
          opportunityId: null,
          direction: null,
          reading: null,
          touchId: null,
          note: failed,
        });
        return { source: item.source, messageId: parsed.messageId, outcome: 'failed', detail: failed, review: false };
      });
      continue;
    }
    const reading = classify(parsed, { ownAddresses: own, holidays });
    const match = matchOpportunity(parsed, [...records.values()], (id) => known.get(id) ?? null, own);
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
      const record = {
        ...base,
        status: 'unmatched' as const,
        opportunityId: null,
        direction: reading.direction,
        reading: readingJson,
        touchId: null,
        note: match.reason,
      };
      queue(async (store) => {
        await store.putMailMessage(record);
        return {
          source: record.source,
          messageId: record.messageId,
          outcome: 'unmatched',
          detail: record.note,
          review: true,
        };
      });
      continue;
    }
    const at = parsed.date
      ? Temporal.Instant.from(parsed.date).toZonedDateTimeISO(zone)
      : ctx.now.toZonedDateTimeISO(zone);
    const review = reading.confidence < REVIEW_BELOW;
    const oppId = opp.id;
    known.set(parsed.messageId, oppId);
    // Only what the write needs is kept until the batch commits, never the parsed message itself.
    const facts: ReadingFacts = {
      at: at.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
      direction: reading.direction,
      kind: reading.direction === 'in' ? reading.kind : null,
      purpose: reading.direction === 'out' ? reading.purpose : null,
      decisionBy: reading.decisionBy,
      contactId: match.contactId,
      subject: parsed.subject || null,
      body: reading.text.slice(0, MAX_BODY_CHARS) || null,
      messageId: parsed.messageId,
      invitation: reading.invitation
        ? {
            at: Temporal.Instant.from(reading.invitation.start)
              .toZonedDateTimeISO(zone)
              .toString({ timeZoneName: 'never', smallestUnit: 'second' }),
            durationMinutes: reading.invitation.durationMinutes,
            attendees: reading.invitation.attendees,
            summary: reading.invitation.summary,
          }
        : null,
    };
    const source = item.source;
    const reason = match.reason;
    const what = `${facts.direction === 'in' ? `in ${facts.kind}` : `out ${facts.purpose}`}${facts.decisionBy ? `, decision by ${facts.decisionBy}` : ''}`;
    queue(async (store) => {
      const current = records.get(oppId) ?? opp;
      const { updated, touchId, effects } = await applyReading(store, current, facts);
      await store.putMailMessage({
        ...base,
        status: review ? 'review' : 'applied',
        opportunityId: oppId,
        direction: facts.direction,
        reading: readingJson,
        touchId,
        note: reason,
      });
      records.set(oppId, updated);
      return {
        source,
        messageId: facts.messageId,
        outcome: 'imported',
        detail: `${what} -> ${oppId} (${touchId})${effects.length ? `; ${effects.join(', ')}` : ''}`,
        review,
      };
    });
    if (pending.length >= BATCH_SIZE) await flush();
  }
  await flush();
  return report;
}

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
  } | null;
}

/** Writes one reading as facts; returns the opportunity as it now stands. */
async function applyReading(
  store: AppContext['store'],
  opp: OpportunityRecord,
  r: ReadingFacts,
): Promise<{ updated: OpportunityRecord; touchId: string; effects: string[] }> {
  const contacts = [...(opp.contacts ?? [])];
  const interviews = [...(opp.interviews ?? [])];
  const effects: string[] = [];
  let interviewId: string | null = null;
  if (r.invitation && !interviews.some((iv) => Date.parse(iv.at) === Date.parse(r.invitation?.at ?? ''))) {
    const interviewers: string[] = [];
    for (const person of r.invitation.attendees) {
      const found = contacts.find((c) => c.email?.toLowerCase() === person.email.toLowerCase());
      if (found) interviewers.push(found.id);
    }
    const interview: InterviewRecord = {
      id: nextId('i', interviews),
      at: r.invitation.at,
      durationMinutes: r.invitation.durationMinutes,
      round: r.invitation.summary,
      interviewers,
      timelineAsked: false,
      decisionBy: null,
      notes: '',
    };
    await store.putInterview(opp.id, interview);
    interviews.push(interview);
    effects.push(`interview ${interview.id} scheduled`);
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
          id: nextId('t', opp.touches ?? []),
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
          id: nextId('t', opp.touches ?? []),
          at: r.at,
          direction: 'in',
          channel: 'email',
          kind: r.kind ?? 'other',
          decisionBy: r.kind === 'offer' ? null : (r.decisionBy?.toString() ?? null),
          contactId: r.contactId,
          interviewId: null,
          subject: r.subject,
          body: r.body,
          messageId: r.messageId,
        };
  await store.putTouch(opp.id, touch);
  if (r.direction === 'in' && r.kind)
    effects.push(...(await applyInboundEffects(store, opp, r.kind, touch, r.kind === 'offer' ? r.decisionBy : null)));
  if (r.direction === 'out' && r.purpose === 'withdraw' && (opp.status ?? 'open') === 'open') {
    // The seeker's own withdrawal, read from their sent mail, ends the opportunity as they said.
    await store.putOpportunity({ ...fieldsOf(opp), status: 'withdrawn', closedAt: r.at });
    opp.status = 'withdrawn';
    opp.closedAt = r.at;
    effects.push('closed as withdrawn');
  }
  // Read back only when more than the touch list changed (an interview, an offer, a closure).
  // The caller's own copy (the import's working set) follows every write, so a long import never
  // reads an opportunity back; touches join it without their text, so a 1 GB mailbox stays on disk.
  opp.interviews = interviews;
  opp.touches = opp.touches ?? [];
  opp.touches.push({ ...touch, body: null });
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
      subject: message.subject || null,
      body: null,
      messageId: message.messageId,
      invitation: null,
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
      },
    });
    return applied;
  });
  return { messageId: message.messageId, status: 'applied', touchId: result.touchId };
}
