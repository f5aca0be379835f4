/**
 * Logging what happened: interviews, what the seeker sent, what they heard,
 * offers and their outcome. Each writes in one transaction and returns the
 * playbook's warnings (rule 9) instead of refusing.
 */
import type { Temporal } from 'temporal-polyfill';
import { latestEndedInterview } from '../../core/events/index.js';
import { CHECK_IN_PURPOSES, type Channel, type InKind, type OutPurpose, type Touch } from '../../core/model.js';
import { checkInGuard } from '../../core/playbook/check-in-guard.js';
import { ZoneClock } from '../../core/time.js';
import { classifyInboundText } from '../../mail/classify.js';
import { type UnreadDateWarning, unreadDateWarnings } from '../../mail/date-phrase.js';
import { readDecisionBy } from '../../mail/decision-date.js';
import type {
  ContactRecord,
  InterviewRecord,
  OfferRecord,
  OpportunityRecord,
  TouchRecord,
} from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { checkText } from '../../records/text-limits.js';
import type { Store } from '../../store/store.types.js';
import type { AppContext } from '../context.js';
import { refuseDuplicateTouch } from '../duplicates.js';
import { recordEvent, touchRecord } from '../event-facts.js';
import { nextId, slugify, uniqueId } from '../ids.js';
import { instantText, loadSeeker, resolveOpportunity } from '../seeker.js';
import { fieldsOf } from './opportunities.js';

export interface Warning {
  code: 'weekly-gap' | 'promise-standing';
  message: string;
  fineFrom: string;
}

export interface PersonInput {
  name: string;
  email: string | null;
}

/**
 * `"Jane Doe <jane@acme.example>"`, `"jane@acme.example"` or `"Jane Doe"`.
 * Throws `invalid_input` naming `field`, the input it came in.
 */
export function parsePerson(text: string, field = 'with'): PersonInput {
  const trimmed = text.trim();
  checkText('person', trimmed, field);
  const angle = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(trimmed);
  if (angle)
    return {
      name: (angle[1] ?? '').replace(/^"|"$/g, '').trim() || (angle[2] ?? ''),
      email: (angle[2] ?? '').toLowerCase(),
    };
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(trimmed))
    return { name: trimmed.split('@')[0] ?? trimmed, email: trimmed.toLowerCase() };
  if (trimmed === '' || /[<>@\r\n]/.test(trimmed)) {
    throw new AppError('invalid_input', `${field}: could not read "${text}" as a person`, {
      hint: 'write "Jane Doe <jane@acme.example>", an email, or a name',
      details: { field },
    });
  }
  return { name: trimmed, email: null };
}

/** Finds the contact by email or name, or adds one; returns its id. */
async function ensureContact(
  store: Store,
  opp: OpportunityRecord,
  person: PersonInput,
  added: ContactRecord[],
): Promise<string> {
  const all = [...(opp.contacts ?? []), ...added];
  const found = all.find(
    (c) =>
      (person.email && c.email?.toLowerCase() === person.email) || c.name.toLowerCase() === person.name.toLowerCase(),
  );
  if (found) {
    if (person.email && !found.email) await store.putContact(opp.id, { ...found, email: person.email });
    return found.id;
  }
  const id = uniqueId(slugify(person.name.split(/\s+/)[0] ?? person.name), new Set(all.map((c) => c.id)));
  const contact: ContactRecord = { id, name: person.name, email: person.email, title: null };
  await store.putContact(opp.id, contact);
  added.push(contact);
  return id;
}

export interface LogInterviewInput {
  opportunity: string;
  at: Temporal.ZonedDateTime;
  with?: PersonInput[];
  round?: string | null;
  durationMinutes?: number;
  timelineAsked?: boolean;
  decisionBy?: Temporal.PlainDate | null;
  notes?: string;
}

export async function logInterview(
  ctx: AppContext,
  input: LogInterviewInput,
): Promise<{ id: string; opportunityId: string }> {
  const duration = input.durationMinutes ?? 60;
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    const zone = profile.timezone ?? ctx.machineZone;
    const added: ContactRecord[] = [];
    const interviewers: string[] = [];
    for (const person of input.with ?? []) interviewers.push(await ensureContact(store, opp, person, added));
    const interview: InterviewRecord = {
      id: nextId('i', opp.interviews ?? []),
      at: instantText(input.at, zone),
      durationMinutes: duration,
      round: input.round?.trim() || null,
      interviewers,
      timelineAsked: input.timelineAsked ?? input.decisionBy != null,
      decisionBy: input.decisionBy ? input.decisionBy.toString() : null,
      notes: input.notes ?? '',
    };
    await store.putInterview(opp.id, interview);
    return { id: interview.id, opportunityId: opp.id };
  });
}

export interface UpdateInterviewInput {
  opportunity: string;
  interview: string;
  at?: Temporal.ZonedDateTime;
  round?: string | null;
  durationMinutes?: number;
  timelineAsked?: boolean;
  decisionBy?: Temporal.PlainDate | null;
  notes?: string;
}

/** Edits a logged interview; `timelineAsked` ends prepare-timeline-question. */
export async function updateInterview(ctx: AppContext, input: UpdateInterviewInput): Promise<{ id: string }> {
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    const iv = (opp.interviews ?? []).find((x) => x.id === input.interview);
    if (!iv)
      throw new AppError('interview_not_found', `${opp.id} has no interview "${input.interview}"`, {
        hint: 'its story lists the interview ids',
        details: { id: input.interview, opportunityId: opp.id },
      });
    const zone = profile.timezone ?? ctx.machineZone;
    await store.putInterview(opp.id, {
      ...iv,
      ...(input.at ? { at: instantText(input.at, zone) } : {}),
      ...(input.round !== undefined ? { round: input.round?.trim() || null } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.timelineAsked !== undefined ? { timelineAsked: input.timelineAsked } : {}),
      ...(input.decisionBy !== undefined
        ? {
            decisionBy: input.decisionBy?.toString() ?? null,
            timelineAsked: input.decisionBy ? true : (input.timelineAsked ?? iv.timelineAsked),
          }
        : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    });
    return { id: iv.id };
  });
}

export interface LogSentInput {
  opportunity: string;
  purpose: OutPurpose;
  interview?: string | null;
  to?: string | null;
  at?: Temporal.ZonedDateTime | null;
  channel?: Channel | null;
  subject?: string | null;
  body?: string | null;
  messageId?: string | null;
  /** Log it even when it repeats a touch just logged (src/app/duplicates.ts). */
  again?: boolean;
}

export interface LoggedTouches {
  opportunityId: string;
  ids: string[];
  warnings: Warning[];
}

/**
 * Logs an outbound touch. `thank-you` without an interview means the latest
 * one that has ended; without `to` it thanks each of its interviewers (one
 * touch each). A check-in inside the weekly gap or before a promised date is
 * logged with warnings, never refused. Throws `duplicate_touch` when it
 * repeats one logged within half an hour (src/app/duplicates.ts) unless `again`.
 */
export async function logSent(ctx: AppContext, input: LogSentInput): Promise<LoggedTouches> {
  const purpose = input.purpose;
  const channel = input.channel ?? 'email';
  return ctx.store.transaction(async (store) => {
    const seeker = await loadSeeker({ ...ctx, store, cache: undefined });
    const opp = resolveOpportunity(seeker.records, input.opportunity);
    const at = input.at ? input.at.toInstant() : ctx.now;
    const interviews = opp.interviews ?? [];
    let interviewId: string | null = null;
    if (input.interview) {
      if (!interviews.some((iv) => iv.id === input.interview)) {
        throw new AppError('interview_not_found', `${opp.id} has no interview "${input.interview}"`, {
          hint: 'its story lists the interview ids',
          details: { id: input.interview, opportunityId: opp.id },
        });
      }
      interviewId = input.interview;
    } else if (purpose === 'thank-you') {
      // The latest END, as the thank-you rule and a thank-you read from mail have it (src/core/events).
      const ended = latestEndedInterview(seeker.facts.opportunities.find((o) => o.id === opp.id)?.interviews ?? [], at);
      if (!ended)
        throw new AppError('interview_not_found', `${opp.id} has no interview that has ended to thank them for`, {
          hint: 'log the interview first',
          details: { opportunityId: opp.id },
        });
      interviewId = ended.id;
    }
    const interview = interviews.find((iv) => iv.id === interviewId);
    let contactIds: (string | null)[];
    if (input.to) {
      contactIds = [await contactFor(store, opp, input.to, 'to')];
    } else if (purpose === 'thank-you' && interview && (interview.interviewers ?? []).length > 0) {
      contactIds = [...(interview.interviewers ?? [])];
    } else {
      contactIds = [null];
    }
    const atText = instantText(at, seeker.timeZone);
    const [body, messageId] = [input.body ?? null, input.messageId ?? null];
    for (const contactId of input.again ? [] : contactIds)
      refuseDuplicateTouch(opp, { at: atText, direction: 'out', purpose, contactId, interviewId, body, messageId });
    const warnings: Warning[] = [];
    if (CHECK_IN_PURPOSES.has(purpose)) {
      const guard = checkInGuard(seeker.facts, opp.id, at, seeker.holidays);
      for (const w of guard.warnings)
        warnings.push({ code: w.code, message: w.message, fineFrom: w.fineFrom.toString() });
    }
    const ids: string[] = [];
    const existing = [...(opp.touches ?? [])];
    for (const contactId of contactIds) {
      const touch: TouchRecord = {
        id: nextId('t', existing),
        at: instantText(at, seeker.timeZone),
        direction: 'out',
        channel,
        purpose,
        contactId,
        interviewId,
        subject: input.subject ?? null,
        body: input.body ?? null,
        messageId: input.messageId ?? null,
      };
      await store.putTouch(opp.id, touch);
      existing.push(touch);
      ids.push(touch.id);
    }
    return { opportunityId: opp.id, ids, warnings };
  });
}

export interface LogHeardInput {
  opportunity: string;
  kind?: InKind | null;
  by?: Temporal.PlainDate | null;
  at?: Temporal.ZonedDateTime | null;
  text?: string | null;
  from?: string | null;
  channel?: Channel | null;
  subject?: string | null;
  messageId?: string | null;
  /** Log it even when it repeats a touch just logged (src/app/duplicates.ts). */
  again?: boolean;
}

export interface LoggedHeard {
  opportunityId: string;
  id: string;
  kind: InKind;
  decisionBy: string | null;
  /** What logging it changed: an offer received, the opportunity closed as rejected. */
  effects: string[];
  /** Words that look like a date but could not be read as one ("by the 45th"): logged, with no decision date. */
  warnings: UnreadDateWarning[];
}

/**
 * Logs an inbound touch. Without a kind it is read from the words; a date in
 * the words about deciding becomes `decisionBy` (INGEST.md's table). An
 * `offer` makes a received offer; a `rejection` closes the opportunity.
 * Throws `duplicate_touch` like `logSent` unless `again`.
 */
export async function logHeard(ctx: AppContext, input: LogHeardInput): Promise<LoggedHeard> {
  const channel = input.channel ?? 'email';
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    const zone = profile.timezone ?? ctx.machineZone;
    const at = input.at ?? ctx.now.toZonedDateTimeISO(zone);
    const text = input.text?.trim() || null;
    const kind: InKind = input.kind ?? (text ? classifyInboundText(text) : 'reply');
    const decisionBy =
      input.by ?? (text ? readDecisionBy(text, { date: instantText(at, zone), offer: kind === 'offer' }) : null);
    const contact = input.from ? await contactFor(store, opp, input.from, 'from') : null;
    const clock = new ZoneClock(zone);
    const touch: Touch = {
      id: nextId('t', opp.touches ?? []),
      // Stored times are whole seconds.
      at: at.toInstant().round({ smallestUnit: 'second', roundingMode: 'floor' }),
      direction: 'in',
      channel,
      kind,
      decisionBy: decisionBy ?? null,
      contactId: contact,
      interviewId: null,
      subject: input.subject ?? null,
      body: text,
      messageId: input.messageId ?? null,
    };
    if (!input.again) refuseDuplicateTouch(opp, touchRecord(touch, clock));
    const { effects, touch: written } = await recordEvent(store, opp, { touch }, { clock });
    const atText = written?.at ?? instantText(touch.at, zone);
    const warnings = text && !decisionBy ? unreadDateWarnings(text, { date: atText }) : [];
    return { opportunityId: opp.id, id: touch.id, kind, decisionBy: decisionBy?.toString() ?? null, effects, warnings };
  });
}

export interface OfferInput {
  opportunity: string;
  expected?: boolean;
  deadline?: Temporal.PlainDate | null;
  at?: Temporal.ZonedDateTime | null;
}

/** Logs an expected or received offer; receiving one that was expected updates it. */
export async function logOffer(
  ctx: AppContext,
  input: OfferInput,
): Promise<{ opportunityId: string; id: string; status: 'expected' | 'received' }> {
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    if ((opp.status ?? 'open') !== 'open') {
      throw new AppError('conflict', `${opp.id} is closed (${opp.status})`, {
        hint: 'reopen it first',
        details: { opportunityId: opp.id },
      });
    }
    const zone = profile.timezone ?? ctx.machineZone;
    const status = input.expected ? 'expected' : 'received';
    const pending = (opp.offers ?? []).find((o) => o.status === 'expected' || o.status === 'received');
    const offer: OfferRecord = pending
      ? {
          ...pending,
          status: pending.status === 'received' ? 'received' : status,
          deadline: input.deadline?.toString() ?? pending.deadline ?? null,
        }
      : {
          id: nextId('o', opp.offers ?? []),
          status,
          at: instantText(input.at ?? ctx.now.toZonedDateTimeISO(zone), zone),
          deadline: input.deadline?.toString() ?? null,
          decidedAt: null,
        };
    await store.putOffer(opp.id, offer);
    return { opportunityId: opp.id, id: offer.id, status: offer.status as 'expected' | 'received' };
  });
}

/**
 * Accepts or declines the pending offer. Accepting closes the opportunity as
 * `accepted` (the withdraw items for the others follow); declining closes it
 * as `declined`. Throws `offer_not_found` when no offer is pending: log it
 * with `logOffer` first.
 */
export async function decideOffer(
  ctx: AppContext,
  input: { opportunity: string; decision: 'accepted' | 'declined' },
): Promise<{ opportunityId: string; offerId: string }> {
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    const zone = profile.timezone ?? ctx.machineZone;
    const now = instantText(ctx.now, zone);
    const offer =
      (opp.offers ?? []).find((o) => o.status === 'received') ??
      (opp.offers ?? []).find((o) => o.status === 'expected');
    if (!offer) {
      // Both refuse: accepting closes the opportunity and asks to withdraw from every other one,
      // too much to do on a mistyped name; logging the offer first records when it came.
      const verb = input.decision === 'accepted' ? 'accept' : 'decline';
      throw new AppError('offer_not_found', `${opp.id} has no pending offer to ${verb}`, {
        hint: `log the offer first${verb === 'decline' ? ' (or, to stop pursuing it, close it as withdrawn)' : ''}`,
        details: { opportunityId: opp.id, got: verb },
      });
    }
    await store.putOffer(opp.id, { ...offer, status: input.decision, decidedAt: now });
    await store.putOpportunity({ ...fieldsOf(opp), status: input.decision, closedAt: now });
    return { opportunityId: opp.id, offerId: offer.id };
  });
}

/** Deletes a logged interview, touch or offer (the web app's edit/delete). */
export async function deleteFact(
  ctx: AppContext,
  input: { opportunity: string; type: 'interview' | 'touch' | 'offer'; id: string },
): Promise<{ id: string }> {
  const opp = resolveOpportunity(await ctx.store.listOpportunities(), input.opportunity);
  const done =
    input.type === 'interview'
      ? await ctx.store.deleteInterview(opp.id, input.id)
      : input.type === 'touch'
        ? await ctx.store.deleteTouch(opp.id, input.id)
        : await ctx.store.deleteOffer(opp.id, input.id);
  if (!done) throw new AppError(`${input.type}_not_found`, `${opp.id} has no ${input.type} "${input.id}"`);
  return { id: input.id };
}

/**
 * The contact `ref` names (id, email, name or first name), or a new one when
 * `ref` carries an address (`"Jane Doe <jane@acme.example>"` or a bare email),
 * as `interview --with` adds people. A bare word that names nobody is more
 * likely a typo than a new person: throws `contact_not_found` listing the ids.
 */
async function contactFor(store: Store, opp: OpportunityRecord, ref: string, field: 'to' | 'from'): Promise<string> {
  const found = findContact(opp, ref);
  if (found) return found.id;
  let person: PersonInput | null = null;
  try {
    person = parsePerson(ref, field);
  } catch {
    // Not a person either: refused below.
  }
  if (person?.email) return ensureContact(store, opp, person, []);
  const known = (opp.contacts ?? []).map((c) => c.id);
  throw new AppError(
    'contact_not_found',
    `${opp.id} has no contact ${JSON.stringify(ref)} (${known.length > 0 ? `known: ${known.join(', ')}` : 'none yet'})`,
    {
      hint: `give ${known.length > 0 ? 'one of them, or ' : ''}someone new as "Name <email>"`,
      details: { field },
    },
  );
}

function findContact(opp: OpportunityRecord, ref: string): ContactRecord | undefined {
  const wanted = ref.trim().toLowerCase();
  return (opp.contacts ?? []).find(
    (c) =>
      c.id === ref ||
      c.email?.toLowerCase() === wanted ||
      c.name.toLowerCase() === wanted ||
      c.name.toLowerCase().split(/\s+/)[0] === wanted,
  );
}
