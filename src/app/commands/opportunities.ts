/**
 * Opportunities: add, close, list, and one opportunity's whole story.
 */
import type { OpportunityStatus } from '../../core/model.js';
import type { OpportunityRecord } from '../../records/data-file.schema.js';
import type { AgendaItemJson } from '../agenda.json.js';
import type { AppContext } from '../context.js';
import { findSameOpportunity, opportunityExistsError } from '../duplicates.js';
import { slugify, uniqueId } from '../ids.js';
import { instantText, loadSeeker, resolveOpportunity } from '../seeker.js';
import { agenda } from './items.js';

export interface AddOpportunityInput {
  company: string;
  role?: string | null | undefined;
  interest?: number | undefined;
  url?: string | null | undefined;
  notes?: string | undefined;
  /** Add it even when an open opportunity of the same company (and role) exists. */
  again?: boolean | undefined;
}

/**
 * Adds an opportunity (its input checked by the registry,
 * src/app/registry/opportunities.registry.ts). Throws `opportunity_exists`
 * when an open one of the same company and role is there
 * (src/app/duplicates.ts) unless `again`.
 */
export async function addOpportunity(ctx: AppContext, input: AddOpportunityInput): Promise<{ id: string }> {
  const company = input.company.trim();
  const interest = input.interest ?? 3;
  return ctx.store.transaction(async (store) => {
    const [profile, existing] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const same = input.again ? undefined : findSameOpportunity(existing, company, input.role);
    if (same) throw opportunityExistsError(same);
    const zone = profile.timezone ?? ctx.machineZone;
    const id = uniqueId(slugify(company), new Set(existing.map((o) => o.id)));
    await store.putOpportunity({
      id,
      company,
      role: input.role?.trim() || null,
      interest,
      createdAt: instantText(ctx.now, zone),
      status: 'open',
      closedAt: null,
      url: input.url || null,
      notes: input.notes ?? '',
    });
    return { id };
  });
}

export async function closeOpportunity(
  ctx: AppContext,
  input: { opportunity: string; as: Exclude<OpportunityStatus, 'open'> },
): Promise<{ id: string; status: OpportunityStatus }> {
  const status = input.as;
  return ctx.store.transaction(async (store) => {
    const [profile, records] = await Promise.all([store.getProfile(), store.listOpportunities()]);
    const opp = resolveOpportunity(records, input.opportunity);
    await store.putOpportunity({
      ...fieldsOf(opp),
      status,
      closedAt: instantText(ctx.now, profile.timezone ?? ctx.machineZone),
    });
    return { id: opp.id, status };
  });
}

/** Reopens a closed opportunity (an employer came back; the seeker wants to go on). */
export async function reopenOpportunity(ctx: AppContext, input: { opportunity: string }): Promise<{ id: string }> {
  return ctx.store.transaction(async (store) => {
    const opp = resolveOpportunity(await store.listOpportunities(), input.opportunity);
    await store.putOpportunity({ ...fieldsOf(opp), status: 'open', closedAt: null });
    return { id: opp.id };
  });
}

export interface UpdateOpportunityInput {
  opportunity: string;
  company?: string | undefined;
  role?: string | null | undefined;
  interest?: number | undefined;
  url?: string | null | undefined;
  notes?: string | undefined;
}

export async function updateOpportunity(ctx: AppContext, input: UpdateOpportunityInput): Promise<{ id: string }> {
  return ctx.store.transaction(async (store) => {
    const opp = resolveOpportunity(await store.listOpportunities(), input.opportunity);
    await store.putOpportunity({
      ...fieldsOf(opp),
      ...(input.company !== undefined ? { company: input.company.trim() } : {}),
      ...(input.role !== undefined ? { role: input.role?.trim() || null } : {}),
      ...(input.interest !== undefined ? { interest: input.interest } : {}),
      ...(input.url !== undefined ? { url: input.url || null } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    });
    return { id: opp.id };
  });
}

export async function deleteOpportunity(ctx: AppContext, input: { opportunity: string }): Promise<{ id: string }> {
  const opp = resolveOpportunity(await ctx.store.listOpportunities(), input.opportunity);
  await ctx.store.deleteOpportunity(opp.id);
  return { id: opp.id };
}

export interface OpportunitySummary {
  id: string;
  company: string;
  role: string | null;
  interest: number;
  status: OpportunityStatus;
  stage: Stage;
  interviews: number;
  lastTouchAt: string | null;
  createdAt: string;
  /** Its contacts' names, so a list can be searched by the person as well as the company. */
  contacts: string[];
  /** The most urgent open agenda item on it (upcoming included), or null when nothing is due or coming. */
  nextMove: NextMove | null;
}

/** An opportunity's next move: one agenda item, as the agenda JSON names it. */
export interface NextMove {
  item: string;
  kind: string;
  title: string;
  dueAt: string;
  state: 'upcoming' | 'due' | 'overdue';
}

/** What `listOpportunities` keeps: one status, and text found in the id, company or role (any case). */
export interface OpportunityFilter {
  status?: OpportunityStatus | undefined;
  query?: string | undefined;
}

/** The board's columns (web app) and `list`'s stage. */
export type Stage = 'applied' | 'interviewing' | 'waiting' | 'offer' | 'closed';

/**
 * Where an opportunity stands: closed; an offer pending; waiting (an
 * interview has ended and nothing is scheduled); interviewing (one is
 * coming up); applied (no interview yet).
 */
export function stageOf(opp: OpportunityRecord, nowMs: number): Stage {
  if ((opp.status ?? 'open') !== 'open') return 'closed';
  if ((opp.offers ?? []).some((o) => o.status === 'expected' || o.status === 'received')) return 'offer';
  const interviews = opp.interviews ?? [];
  if (interviews.length === 0) return 'applied';
  const upcoming = interviews.some((iv) => Date.parse(iv.at) > nowMs);
  return upcoming ? 'interviewing' : 'waiting';
}

/**
 * Every opportunity with its stage and next move, in the store's order;
 * `filter` keeps those of one status and those whose id, company, role or
 * a contact's name or email contains the query.
 */
export async function listOpportunities(
  ctx: AppContext,
  filter: OpportunityFilter = {},
): Promise<OpportunitySummary[]> {
  const query = filter.query?.trim().toLowerCase() ?? '';
  // A server reads them from its cache of the seeker (one revision read), as the agenda below does.
  const revision = ctx.cache ? await ctx.store.revision() : undefined;
  const all = revision === undefined ? await ctx.store.listOpportunities() : (await loadSeeker(ctx, revision)).records;
  const records = all.filter(
    (o) =>
      (!filter.status || (o.status ?? 'open') === filter.status) &&
      (query === '' ||
        [o.id, o.company, o.role ?? '', ...(o.contacts ?? []).flatMap((c) => [c.name, c.email ?? ''])].some((text) =>
          text.toLowerCase().includes(query),
        )),
  );
  const nextMoves =
    records.length > 0 ? nextMoveByOpportunity((await agenda(ctx, { all: true }, revision)).items) : new Map();
  const nowMs = ctx.now.epochMilliseconds;
  return records.map((o) => {
    const touches = o.touches ?? [];
    const last = touches.reduce<string | null>(
      (acc, t) => (acc === null || Date.parse(t.at) > Date.parse(acc) ? t.at : acc),
      null,
    );
    return {
      id: o.id,
      company: o.company,
      role: o.role ?? null,
      interest: o.interest ?? 3,
      status: o.status ?? 'open',
      stage: stageOf(o, nowMs),
      interviews: (o.interviews ?? []).length,
      lastTouchAt: last,
      createdAt: o.createdAt,
      contacts: (o.contacts ?? []).map((c) => c.name),
      nextMove: nextMoves.get(o.id) ?? null,
    };
  });
}

/** The first item of each opportunity in the agenda's order (most urgent first). */
function nextMoveByOpportunity(items: readonly AgendaItemJson[]): Map<string, NextMove> {
  const moves = new Map<string, NextMove>();
  for (const i of items) {
    if (i.opportunityId === null || moves.has(i.opportunityId)) continue;
    moves.set(i.opportunityId, { item: i.id, kind: i.kind, title: i.title, dueAt: i.dueAt, state: i.state });
  }
  return moves;
}

export type TimelineEntry =
  | { type: 'created'; at: string; text: string }
  | { type: 'interview'; at: string; id: string; text: string; upcoming: boolean }
  | {
      type: 'touch';
      at: string;
      id: string;
      direction: 'in' | 'out';
      text: string;
      messageId: string | null;
      /** What the message changed when it was read from mail ("interview i1 scheduled", "closed as rejected"). */
      effects: string[];
    }
  | { type: 'offer'; at: string; id: string; text: string }
  | { type: 'closed'; at: string; text: string };

export interface OpportunityStory {
  opportunity: OpportunityRecord;
  stage: Stage;
  timeline: TimelineEntry[];
}

/** One opportunity with its whole story in time order. */
export async function showOpportunity(ctx: AppContext, input: { opportunity: string }): Promise<OpportunityStory> {
  const seeker = await loadSeeker(ctx);
  const opp = resolveOpportunity(seeker.records, input.opportunity);
  const contactName = (id: string | null | undefined) => (opp.contacts ?? []).find((c) => c.id === id)?.name ?? null;
  const nowMs = ctx.now.epochMilliseconds;
  const read = await ctx.store.mailMessagesById((opp.touches ?? []).flatMap((t) => (t.messageId ? [t.messageId] : [])));
  const effectsOf = new Map(read.map((m) => [m.messageId, m.reading?.effects ?? []]));
  const entries: TimelineEntry[] = [
    { type: 'created', at: opp.createdAt, text: `Added ${opp.company}${opp.role ? ` (${opp.role})` : ''}` },
  ];
  for (const iv of opp.interviews ?? []) {
    const names = (iv.interviewers ?? []).map(contactName).filter((n): n is string => n !== null);
    const parts = [`${iv.round ?? 'Interview'}${names.length ? ` with ${names.join(', ')}` : ''}`];
    if (iv.timelineAsked) parts.push('asked about the timeline');
    if (iv.decisionBy) parts.push(`decision by ${iv.decisionBy}`);
    entries.push({
      type: 'interview',
      at: iv.at,
      id: iv.id,
      text: parts.join('; '),
      upcoming: Date.parse(iv.at) > nowMs,
    });
  }
  for (const t of opp.touches ?? []) {
    const who = contactName(t.contactId);
    const text =
      t.direction === 'out'
        ? `Sent ${t.purpose}${who ? ` to ${who}` : ''}${t.channel && t.channel !== 'email' ? ` (${t.channel})` : ''}`
        : `Heard ${t.kind}${who ? ` from ${who}` : ''}${t.decisionBy ? `; decision by ${t.decisionBy}` : ''}`;
    entries.push({
      type: 'touch',
      at: t.at,
      id: t.id,
      direction: t.direction,
      text: t.subject ? `${text}: "${t.subject}"` : text,
      messageId: t.messageId ?? null,
      effects: (t.messageId ? effectsOf.get(t.messageId) : undefined) ?? [],
    });
  }
  for (const o of opp.offers ?? []) {
    entries.push({
      type: 'offer',
      at: o.at,
      id: o.id,
      text: `Offer ${o.status}${o.deadline ? `, answer by ${o.deadline}` : ''}`,
    });
  }
  if (opp.closedAt) entries.push({ type: 'closed', at: opp.closedAt, text: `Closed as ${opp.status}` });
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { opportunity: opp, stage: stageOf(opp, nowMs), timeline: entries };
}

/** The opportunity's own fields, for a put that changes some of them. */
export function fieldsOf(opp: OpportunityRecord) {
  const { contacts: _c, interviews: _i, touches: _t, offers: _o, snoozed: _s, dismissed: _d, ...fields } = opp;
  return fields;
}
