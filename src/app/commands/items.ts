/**
 * Agenda items: the agenda itself, snoozing and dismissing, an item's draft
 * with its tone check, and the tone check on any text.
 */
import { Temporal } from 'temporal-polyfill';
import { type AgendaItem, CHECK_IN_ITEM_KINDS, type Facts, type ItemKind } from '../../core/model.js';
import { checkTone, type ToneFacts, type ToneFlag } from '../../core/tone/index.js';
import { AppError } from '../../records/errors.js';
import {
  type AgendaItemJson,
  type AgendaJson,
  type SnoozedItemJson,
  type TodayJson,
  toAgendaItemJson,
  toAgendaJson,
  toTodayItemJson,
} from '../agenda.json.js';
import type { AppContext } from '../context.js';
import { agendaFor, loadSeeker, resolveOpportunity } from '../seeker.js';
import type { Seeker } from '../seeker.types.js';

/** The agenda JSON (CONTRACT.md "The agenda"); a server's context keeps it for the minute at the revision. */
export async function agenda(
  ctx: AppContext,
  input: { all?: boolean } = {},
  knownRevision?: number,
): Promise<AgendaJson> {
  const all = input.all ?? false;
  if (!ctx.cache) return toAgendaJson(await agendaFor(ctx, await loadSeeker(ctx), all));
  // A server answers from the agenda computed this minute at this revision.
  const revision = knownRevision ?? (await ctx.store.revision());
  const key = `${all ? 'all' : 'due'}:${Math.floor(ctx.now.epochMilliseconds / 60_000)}`;
  const cached = ctx.cache.agenda(ctx.store.seekerId, revision, key);
  if (cached) return cached;
  const result = toAgendaJson(await agendaFor(ctx, await loadSeeker(ctx, revision), all));
  ctx.cache.setAgenda(ctx.store.seekerId, revision, key, result);
  return result;
}

/**
 * The lean agenda the web app's Today reads: every item due or overdue and
 * those opening in the next `TODAY_AHEAD_DAYS` days, each without its draft, and the items snoozed now with the day each comes back,
 * so a page of thousands of opportunities stays small.
 */
export async function todayView(ctx: AppContext): Promise<TodayJson> {
  const full = await agenda(ctx, { all: true });
  const horizon = ctx.now.epochMilliseconds + TODAY_AHEAD_DAYS * 86_400_000;
  const items = full.items.filter((i) => i.state !== 'upcoming' || Date.parse(i.opensAt) <= horizon);
  return { ...full, items: items.map(toTodayItemJson), snoozed: await snoozedNow(ctx) };
}

/** How far ahead Today lists upcoming items ("Coming up"). */
export const TODAY_AHEAD_DAYS = 14;

/** The items hidden by a snooze that has not ended, soonest back first. */
async function snoozedNow(ctx: AppContext): Promise<SnoozedItemJson[]> {
  const seeker = await loadSeeker(ctx);
  const today = ctx.now.toZonedDateTimeISO(seeker.timeZone).toPlainDate();
  const { facts } = seeker;
  const until = new Map<string, Temporal.PlainDate>();
  for (const owner of [facts, ...facts.opportunities]) {
    for (const s of owner.snoozed ?? []) if (Temporal.PlainDate.compare(s.until, today) > 0) until.set(s.item, s.until);
  }
  if (until.size === 0) return [];
  // The agenda as it would be without the snoozes: the snoozed items are the ones it adds.
  const unsnoozed = {
    ...facts,
    snoozed: [],
    opportunities: facts.opportunities.map((o) => (o.snoozed.length === 0 ? o : { ...o, snoozed: [] })),
  };
  const all = await agendaFor(ctx, { ...seeker, facts: unsnoozed }, true);
  return all.items
    .filter((i) => until.has(i.id))
    .map((i) => ({ ...toTodayItemJson(toAgendaItemJson(i)), until: String(until.get(i.id)) }))
    .sort((a, b) => a.until.localeCompare(b.until) || a.id.localeCompare(b.id));
}

/** Finds an item among everything open now, upcoming included. Throws `item_not_found`. */
export async function findItem(ctx: AppContext, seeker: Seeker, id: string): Promise<AgendaItem> {
  const all = await agendaFor(ctx, seeker, true);
  const item = all.items.find((i) => i.id === id);
  if (!item) {
    throw new AppError('item_not_found', `no open item "${id}"`, {
      hint: 'the agenda with upcoming items lists the ids (snoozed and dismissed items are not listed)',
      details: { id },
    });
  }
  return item;
}

/** The opportunity an item id belongs to: the part after the kind; none for keep-searching. */
function opportunityOfItemId(seeker: Seeker, id: string): string | null {
  const [kind, opp] = id.split(':');
  if (kind === 'keep-searching') return null;
  if (!opp)
    throw new AppError('item_not_found', `"${id}" is not an item id`, {
      hint: 'item ids look like thank-you:acme:i1:jane',
    });
  return resolveOpportunity(seeker.records, opp).id;
}

/**
 * Puts an item off until `until` (its input checked by the registry,
 * src/app/registry/items.registry.ts). Throws `invalid_date` for a day that
 * is not after today, `item_not_found` for an item not open now.
 */
export async function snoozeItem(
  ctx: AppContext,
  input: { item: string; until: Temporal.PlainDate },
): Promise<{ item: string; until: string }> {
  const seeker = await loadSeeker(ctx);
  const today = ctx.now.toZonedDateTimeISO(seeker.timeZone).toPlainDate();
  if (input.until.until(today).days >= 0) {
    throw new AppError('invalid_date', `until ${input.until} is not after today (${today})`, {
      hint: 'give a later day, e.g. "next Monday"',
      details: { field: 'until', got: input.until.toString() },
    });
  }
  const opportunityId = opportunityOfItemId(seeker, input.item);
  await findItem(ctx, seeker, input.item);
  await ctx.store.putSnooze(opportunityId, { item: input.item, until: input.until.toString() });
  return { item: input.item, until: input.until.toString() };
}

export async function dismissItem(ctx: AppContext, input: { item: string }): Promise<{ item: string }> {
  const seeker = await loadSeeker(ctx);
  const opportunityId = opportunityOfItemId(seeker, input.item);
  await findItem(ctx, seeker, input.item);
  await ctx.store.putDismissed(opportunityId, input.item);
  return { item: input.item };
}

/**
 * Lifts an item's snooze or dismissal (the undo of either): the item is back
 * on the agenda when its rule still holds. Throws `item_not_found` when the
 * item was neither snoozed nor dismissed.
 */
export async function restoreItem(ctx: AppContext, input: { item: string }): Promise<{ item: string }> {
  const seeker = await loadSeeker(ctx);
  const opportunityId = opportunityOfItemId(seeker, input.item);
  if (!(await ctx.store.restoreItem(opportunityId, input.item))) {
    throw new AppError('item_not_found', `"${input.item}" is neither snoozed nor dismissed`, {
      hint: 'only a snoozed or dismissed item can be restored',
    });
  }
  return { item: input.item };
}

/** What a text about one opportunity may claim, from the facts. */
export function toneFactsForOpportunity(facts: Facts, opportunityId: string | null, kind: ItemKind | null): ToneFacts {
  const opp = facts.opportunities.find((o) => o.id === opportunityId);
  const others = facts.opportunities.filter((o) => o.id !== opportunityId);
  const undecidedOpen = others.filter(
    (o) =>
      o.status === 'open' &&
      !o.offers.some((f) => f.status === 'accepted' || f.status === 'declined') &&
      !o.touches.some((t) => t.direction === 'in' && (t.kind === 'rejection' || t.kind === 'offer')),
  );
  const otherOffer = others.some((o) => o.offers.some((f) => f.status !== 'declined'));
  return {
    ...(opp ? { company: opp.company, role: opp.role } : {}),
    otherOpenOpportunities: undecidedOpen.length,
    hasOtherOffer: otherOffer || kind === 'withdraw',
    isCheckIn: kind !== null && CHECK_IN_ITEM_KINDS.has(kind),
  };
}

export interface DraftResult {
  item: AgendaItemJson;
  flags: ToneFlag[] | null;
}

export async function draftItem(ctx: AppContext, input: { item: string; check?: boolean }): Promise<DraftResult> {
  const seeker = await loadSeeker(ctx);
  const item = await findItem(ctx, seeker, input.item);
  const flags =
    input.check && item.draft
      ? checkTone(item.draft.body, toneFactsForOpportunity(seeker.facts, item.opportunityId, item.kind))
      : input.check
        ? []
        : null;
  return { item: toAgendaItemJson(item), flags };
}

/** The tone check on any text; with an opportunity, the checks that need the facts too. */
export async function checkText(
  ctx: AppContext,
  input: { text: string; for?: string | null; checkIn?: boolean },
): Promise<{ flags: ToneFlag[] }> {
  if (!input.for) return { flags: checkTone(input.text, input.checkIn ? { isCheckIn: true } : {}) };
  const seeker = await loadSeeker(ctx);
  const opp = resolveOpportunity(seeker.records, input.for);
  const facts = toneFactsForOpportunity(seeker.facts, opp.id, null);
  return { flags: checkTone(input.text, { ...facts, isCheckIn: input.checkIn ?? true }) };
}
