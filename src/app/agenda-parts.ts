/**
 * The agenda computed in parts, for `afterview today` right after a write:
 * each opportunity's items, hold and summary (src/core/playbook/summary.ts)
 * are kept on disk with the opportunity's change stamp
 * (0008-opportunity-stamps), and a later run recomputes only the
 * opportunities whose stamp changed, plus those whose pending offers could
 * nudge one of them (rule 10), then adds the parts up. Everything that depends on several opportunities is checked, and
 * anything that does not match is recomputed whole:
 *
 * - the program, the database, the seeker, their profile and settings
 *   (seeker-level snoozes too), their templates and the local day: all of it,
 *   whenever any differs;
 * - an accepted offer anywhere (rule 13 then decides every item): all of it;
 * - the pending offers of every opportunity (rule 10 and the holds it
 *   excepts): all of it when they changed;
 * - what a kept item's wording read of the whole pipeline (another process
 *   still open; first choice): all of it when that changed for any;
 * - an opportunity with a fact dated between the time its part was made and
 *   now: that opportunity.
 *
 * The computed agenda equals `evaluate` over all the facts (tests compare the
 * two after each kind of write). Any problem reading the parts is a full
 * recomputation, never an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import type { Agenda, Facts, ItemState, Settings, WholePipeline } from '../core/model.js';
import { evaluate } from '../core/playbook/evaluate.js';
import { type OpportunitySummary, summarizeOpportunities, summarizeWhole } from '../core/playbook/summary.js';
import { ZoneClock } from '../core/time.js';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import type { AgendaReads } from '../store/store.types.js';
import {
  type AgendaItemJson,
  type AgendaJson,
  type HoldJson,
  toAgendaItemJson,
  toHoldJson,
  zonedString,
} from './agenda.json.js';
import type { AppContext } from './context.js';
import { toFacts } from './facts.mapper.js';
import { holidaysFor } from './holidays.js';
import { loadTemplates } from './templates.js';

/** What computing the agenda in parts needs of a context: the store's reads, now, the zones, the home. */
export type AgendaContext = Pick<AppContext, 'now' | 'machineZone' | 'home'> & { readonly store: AgendaReads };

/** Bump when a part's shape or the rules change in a way old parts would hide. */
const PARTS_FORMAT = 1;

/** Above this share of changed opportunities, loading them all is as cheap. */
const MOST = 0.25;

interface PartItem {
  opensMs: number;
  dueMs: number;
  json: AgendaItemJson;
}

/** One opportunity's share of the agenda, as kept on disk. */
interface Part {
  stamp: number;
  /** The summary; its validity window with null for an open end (JSON has no infinity). */
  summary: Omit<OpportunitySummary, 'validFromMs' | 'validUntilMs'>;
  validFrom: number | null;
  validUntil: number | null;
  /** What its items' wording read of the whole pipeline. */
  othersActive: boolean;
  firstChoice: boolean;
  /** Every item, upcoming ones too (the state is set when the parts are added up). */
  items: PartItem[];
  hold: HoldJson | null;
}

/** Every opportunity's part, rewritten whole only now and then. */
interface PartsFile {
  key: string;
  /** Names this version of the file, so a delta knows which one it adds to. */
  id: string;
  /** The pending offers of every opportunity (rule 10), as summarized. */
  offers: string;
  parts: Record<string, Part>;
}

/** The parts recomputed since the parts file was written: what a run after a write keeps (small). */
interface DeltaFile {
  key: string;
  /** The id of the parts file it adds to. */
  base: string;
  offers: string;
  parts: Record<string, Part>;
}

/** The kept parts: the file's, with the delta's over them. */
interface Kept {
  base: PartsFile;
  delta: Record<string, Part>;
  offers: string;
}

/** Above this share of opportunities in the delta, the parts file is rewritten whole instead. */
const DELTA_MOST = 0.1;

/** What the parts depend on besides each opportunity's facts. */
export interface PartsScope {
  /** The program's version and the database, so another build or store never reads these parts. */
  version: string;
  where: string;
  /** Changes when a template is added, removed or edited. */
  templates: string;
}

function partsFile(ctx: AgendaContext, which: 'parts' | 'delta'): string {
  return join(ctx.home, 'cache', `agenda-${which}-${encodeURIComponent(ctx.store.seekerId)}.json`);
}

function readJson<T extends { key: string }>(file: string, key: string): T | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as T;
    return parsed.key === key ? parsed : null;
  } catch {
    return null;
  }
}

function readKept(ctx: AgendaContext, key: string): Kept | null {
  const base = readJson<PartsFile>(partsFile(ctx, 'parts'), key);
  if (base === null) return null;
  const delta = readJson<DeltaFile>(partsFile(ctx, 'delta'), key);
  return delta !== null && delta.base === base.id
    ? { base, delta: delta.parts, offers: delta.offers }
    : { base, delta: {}, offers: base.offers };
}

const within = (part: Part, nowMs: number): boolean =>
  (part.validFrom === null || part.validFrom <= nowMs) && (part.validUntil === null || nowMs < part.validUntil);

const othersActiveOf = (s: Part['summary'], whole: WholePipeline): boolean => whole.active - (s.active ? 1 : 0) > 0;
const firstChoiceOf = (s: Part['summary'], whole: WholePipeline): boolean =>
  s.status === 'open' && s.interest >= whole.maxOpenInterest;

/** Every pending offer, in opportunity order: what rule 10 reads across opportunities. */
function offersOf(summaries: Iterable<Part['summary']>): string {
  const keys: string[] = [];
  for (const s of summaries) if (s.offerKey !== null) keys.push(`${s.id}\u0000${s.offerKey}`);
  return keys.sort().join('\u0001');
}

/**
 * The agenda for now (upcoming items with `all`), from the kept parts where
 * they still hold; keeps the new parts when nothing was written meanwhile.
 * `write` keeps them (given by the caller, which owns the cache folder).
 */
export async function agendaInParts(
  ctx: AgendaContext,
  input: { all: boolean; scope: PartsScope },
  write: (file: string, data: unknown) => void,
): Promise<AgendaJson> {
  const { store } = ctx;
  const revision = await store.revision();
  const [profile, stamps] = await Promise.all([store.getProfile(), store.opportunityStamps()]);
  const base = toFacts(profile, [], ctx.machineZone);
  const zone = base.profile.timezone;
  const clock = new ZoneClock(zone);
  const nowMs = ctx.now.epochMilliseconds;
  const today = clock.localDay(nowMs);
  const key = JSON.stringify([
    PARTS_FORMAT,
    input.scope.version,
    input.scope.where,
    store.seekerId,
    profile,
    input.scope.templates,
    ctx.machineZone,
    today,
  ]);
  const kept = readKept(ctx, key);
  const holidays = await holidaysFor(
    base.profile.country,
    ctx.now.toZonedDateTimeISO(zone).year,
    join(ctx.home, 'cache'),
  );
  const templates = loadTemplates(ctx.home);

  const reuse = new Map<string, Part>();
  if (kept) {
    for (const [id, stamp] of stamps) {
      const part = kept.delta[id] ?? kept.base.parts[id];
      if (part && part.stamp === stamp && within(part, nowMs)) reuse.set(id, part);
    }
  }
  const changed = stamps.size - reuse.size;
  let result: { parts: Map<string, Part>; agenda: Agenda; partial?: Set<string> } | null = null;
  if (kept && changed <= stamps.size * MOST) {
    result = await inParts(ctx, { profile, holidays, templates, reuse, kept, stamps });
  }
  if (result === null) {
    const facts = toFacts(profile, await store.listOpportunities(), ctx.machineZone);
    const agenda = evaluate(facts, { now: ctx.now, holidays, templates, includeUpcoming: true });
    result = { parts: partsOf(facts, agenda, stamps, ctx, holidays, null), agenda };
  }

  const { parts, agenda } = result;
  if ((await store.revision()) === revision) keep(ctx, { key, parts, kept, partial: result.partial }, write);
  return assemble(parts, agenda, nowMs, input.all, { zone, settings: base.profile.settings }, ctx);
}

interface PartsInput {
  profile: Awaited<ReturnType<AgendaReads['getProfile']>>;
  holidays: ReadonlySet<string>;
  templates: ReturnType<typeof loadTemplates>;
  reuse: Map<string, Part>;
  kept: Kept;
  stamps: Map<string, number>;
}

/**
 * Keeps the parts: after a partial run, only what it recomputed, in the
 * delta (with what the delta held); the whole file after a full run or
 * once the delta has grown.
 */
function keep(
  ctx: AgendaContext,
  { key, parts, kept, partial }: { key: string; parts: Map<string, Part>; kept: Kept | null; partial?: Set<string> },
  write: (file: string, data: unknown) => void,
): void {
  const offers = offersOf([...parts.values()].map((p) => p.summary));
  if (kept !== null && partial !== undefined) {
    const delta: Record<string, Part> = {};
    for (const id of Object.keys(kept.delta)) {
      const part = parts.get(id);
      if (part) delta[id] = part;
    }
    for (const id of partial) {
      const part = parts.get(id);
      if (part) delta[id] = part;
    }
    if (Object.keys(delta).length <= parts.size * DELTA_MOST) {
      write(partsFile(ctx, 'delta'), { key, base: kept.base.id, offers, parts: delta } satisfies DeltaFile);
      return;
    }
  }
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  write(partsFile(ctx, 'parts'), { key, id, offers, parts: Object.fromEntries(parts) } satisfies PartsFile);
}

/**
 * Recomputes the changed opportunities, with those whose pending offers
 * could nudge one of them (rule 10: an offer at a lower interest, when the
 * changed one is active, interviewing and holds no offer itself); null when
 * the whole must be recomputed.
 */
async function inParts(
  ctx: AgendaContext,
  { profile, holidays, templates, reuse, kept, stamps }: PartsInput,
): Promise<{ parts: Map<string, Part>; agenda: Agenda; partial: Set<string> } | null> {
  const changed = [...stamps.keys()].filter((id) => !reuse.has(id));
  const records: OpportunityRecord[] = await ctx.store.listOpportunities({ ids: changed });
  const options = { now: ctx.now, holidays };
  let facts = toFacts(profile, records, ctx.machineZone);
  let fresh = summarizeOpportunities(facts, options);
  let nudged = Number.NEGATIVE_INFINITY;
  for (const s of fresh) if (s.active && s.hasInterview && s.offerKey === null) nudged = Math.max(nudged, s.interest);
  const offering = [...reuse.values()].filter((p) => p.summary.offerKey !== null && p.summary.interest < nudged);
  if (offering.length > 0) {
    for (const p of offering) reuse.delete(p.summary.id);
    records.push(...(await ctx.store.listOpportunities({ ids: offering.map((p) => p.summary.id) })));
    facts = toFacts(profile, records, ctx.machineZone);
    fresh = summarizeOpportunities(facts, options);
  }
  const summaries: Part['summary'][] = [...fresh, ...[...reuse.values()].map((p) => p.summary)];
  if (summaries.some((s) => s.accepted)) return null;
  if (offersOf(summaries) !== kept.offers) return null;
  const nowMs = ctx.now.epochMilliseconds;
  const { whole } = summarizeWhole(summaries, nowMs, facts.profile.settings);
  for (const part of reuse.values()) {
    if (othersActiveOf(part.summary, whole) !== part.othersActive) return null;
    if (firstChoiceOf(part.summary, whole) !== part.firstChoice) return null;
  }
  const agenda = evaluate(facts, { ...options, templates, includeUpcoming: true, whole });
  const parts = partsOf(facts, agenda, stamps, ctx, holidays, whole, fresh);
  const partial = new Set(parts.keys());
  for (const [id, part] of reuse) parts.set(id, part);
  return { parts, agenda, partial };
}

/** The parts of the opportunities in `facts`, from their agenda. */
function partsOf(
  facts: Facts,
  agenda: Agenda,
  stamps: Map<string, number>,
  ctx: AgendaContext,
  holidays: ReadonlySet<string>,
  given: WholePipeline | null,
  known?: OpportunitySummary[],
): Map<string, Part> {
  const summaries = known ?? summarizeOpportunities(facts, { now: ctx.now, holidays });
  const whole = given ?? summarizeWhole(summaries, ctx.now.epochMilliseconds, facts.profile.settings).whole;
  const parts = new Map<string, Part>();
  for (const { validFromMs, validUntilMs, ...summary } of summaries) {
    parts.set(summary.id, {
      stamp: stamps.get(summary.id) ?? -1,
      summary,
      validFrom: Number.isFinite(validFromMs) ? validFromMs : null,
      validUntil: Number.isFinite(validUntilMs) ? validUntilMs : null,
      othersActive: othersActiveOf(summary, whole),
      firstChoice: firstChoiceOf(summary, whole),
      items: [],
      hold: null,
    });
  }
  const zoned = zonedWriter(new ZoneClock(facts.profile.timezone));
  for (const item of agenda.items) {
    const part = item.opportunityId === null ? undefined : parts.get(item.opportunityId);
    part?.items.push({
      opensMs: item.opensAt.epochMilliseconds,
      dueMs: item.dueAt.epochMilliseconds,
      json: toAgendaItemJson(item, zoned),
    });
  }
  for (const hold of agenda.holds) {
    const part = parts.get(hold.opportunityId);
    if (part) part.hold = toHoldJson(hold);
  }
  return parts;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `zonedString` for times in the clock's zone, from the clock's kept
 * offsets: the polyfill's own formatting costs ~50 µs a time, and a full
 * recomputation writes two per item. The offset is rounded to the minute as
 * Temporal prints it; a year outside 1000-9999 goes to Temporal.
 */
function zonedWriter(clock: ZoneClock): (value: Temporal.ZonedDateTime) => string {
  return (value) => {
    const ms = value.epochMilliseconds;
    const offset = Math.round(clock.offsetMs(ms) / 60_000);
    const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000).toISOString();
    if (local.length !== 24 || local < '1000') return zonedString(value);
    const abs = Math.abs(offset);
    return `${local.slice(0, 19)}${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  };
}

const STATE_RANK = { overdue: 0, due: 1, upcoming: 2 } as const;

/** The parts added up, as `evaluate` orders them; the item for no opportunity comes from `agenda`. */
function assemble(
  parts: Map<string, Part>,
  agenda: Agenda,
  nowMs: number,
  all: boolean,
  { zone, settings }: { zone: string; settings: Settings },
  ctx: AgendaContext,
): AgendaJson {
  const chosen: { at: number; rank: number; json: AgendaItemJson }[] = [];
  const add = (item: PartItem): void => {
    const state: ItemState = nowMs < item.opensMs ? 'upcoming' : nowMs <= item.dueMs ? 'due' : 'overdue';
    if (state === 'upcoming' && !all) return;
    const json = item.json.state === state ? item.json : { ...item.json, state };
    chosen.push({ at: state === 'upcoming' ? item.opensMs : item.dueMs, rank: STATE_RANK[state], json });
  };
  const holds: HoldJson[] = [];
  for (const part of parts.values()) {
    for (const item of part.items) add(item);
    if (part.hold) holds.push(part.hold);
  }
  for (const item of agenda.items) {
    if (item.opportunityId === null) {
      add({
        opensMs: item.opensAt.epochMilliseconds,
        dueMs: item.dueAt.epochMilliseconds,
        json: toAgendaItemJson(item),
      });
    }
  }
  chosen.sort((x, y) => x.rank - y.rank || x.at - y.at || (x.json.id < y.json.id ? -1 : x.json.id > y.json.id ? 1 : 0));
  holds.sort((a, b) =>
    a.until !== b.until
      ? a.until < b.until
        ? -1
        : 1
      : a.opportunityId < b.opportunityId
        ? -1
        : a.opportunityId > b.opportunityId
          ? 1
          : 0,
  );
  const { pipeline } = summarizeWhole(
    [...parts.values()].map((p) => p.summary),
    nowMs,
    settings,
  );
  return {
    asOf: zonedString(ctx.now.toZonedDateTimeISO(zone)),
    timezone: zone,
    items: chosen.map((c) => c.json),
    holds,
    pipeline,
  };
}
