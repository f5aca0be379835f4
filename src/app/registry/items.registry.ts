/**
 * The agenda and its items: the agenda itself, snoozing, dismissing, an
 * item's draft with its tone check, and the tone check on any text. Each
 * loads its use case (src/app/commands/items.ts) when it runs.
 *
 * The command line's `today` and `agenda` answer from the on-disk agenda
 * cache (src/app/agenda-file-cache.ts), which computes a miss with the same
 * use case; `get_agenda` is the agenda for the other front ends.
 */
import { z } from 'zod';
import { defineCommand } from './command.js';
import { ItemId, OpportunityRef, seekerWhen, WhenText } from './fields.js';

const load = () => import('../commands/items.js');

export const getAgenda = defineCommand({
  name: 'get_agenda',
  summary: 'the agenda: due and overdue items (most urgent first), holds and pipeline health',
  input: z.strictObject({ all: z.boolean().optional().describe('include upcoming items') }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).agenda(ctx, { all: input.all ?? false }),
});

export const snoozeItem = defineCommand({
  name: 'snooze_item',
  summary: 'put an agenda item off until a later day',
  input: z.strictObject({ item: ItemId, until: WhenText.describe('the day it comes back, e.g. "next Monday"') }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const [{ parseWhenDate }, use] = await Promise.all([import('../when.js'), load()]);
    return use.snoozeItem(ctx, { item: input.item, until: parseWhenDate(input.until, await seekerWhen(ctx), 'until') });
  },
});

export const dismissItem = defineCommand({
  name: 'dismiss_item',
  summary: 'dismiss an agenda item for good',
  input: z.strictObject({ item: ItemId }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).dismissItem(ctx, input),
});

export const restoreItem = defineCommand({
  name: 'restore_item',
  summary: 'bring back a snoozed or dismissed agenda item (undo a snooze or a dismissal)',
  input: z.strictObject({ item: ItemId }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).restoreItem(ctx, input),
});

export const showToday = defineCommand({
  name: 'show_today',
  summary: 'the lean agenda for a daily screen: every item without its draft, holds, pipeline and snoozed items',
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async (ctx) => (await load()).todayView(ctx),
});

export const draftItem = defineCommand({
  name: 'draft_item',
  summary: "an agenda item's draft message (or its guidance), with the tone check on request",
  input: z.strictObject({ item: ItemId, check: z.boolean().optional().describe('run the tone check on the draft') }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).draftItem(ctx, { item: input.item, check: input.check ?? false }),
});

/** The longest text the tone check reads. */
const CHECKED_TEXT_LIMIT = 100_000;

export const checkTone = defineCommand({
  name: 'check_tone',
  summary: 'the tone check on any text: pleading, over-apology, pressure, generic, too long, unbacked claims',
  input: z.strictObject({
    text: z.string().max(CHECKED_TEXT_LIMIT, `must be at most ${CHECKED_TEXT_LIMIT} characters`),
    opportunity: OpportunityRef.nullish().describe('also check against this opportunity (its company, role and facts)'),
    checkIn: z.boolean().optional().describe('the text is a check-in (default: true with an opportunity)'),
  }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) =>
    (await load()).checkText(ctx, {
      text: input.text,
      for: input.opportunity ?? null,
      ...(input.checkIn !== undefined ? { checkIn: input.checkIn } : {}),
    }),
});
