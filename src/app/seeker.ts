/**
 * Loading one seeker for a decision: records from the store, mapped to the
 * domain, with the holidays of their country and their own templates. The
 * agenda use case and every warning share it.
 */

import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Agenda } from '../core/model.js';
import { evaluate } from '../core/playbook/evaluate.js';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import { AppError } from '../records/errors.js';
import type { AppContext } from './context.js';
import { toFacts } from './facts.mapper.js';
import { holidaysFor } from './holidays.js';
import type { Seeker } from './seeker.types.js';
import { settingsOf } from './seeker-settings.js';

/**
 * The seeker's facts, from the server's cache when the store has not changed
 * since they were loaded. `revision`: the store's revision, when the caller
 * has just read it (one round trip fewer).
 */
export async function loadSeeker(ctx: AppContext, revision?: number): Promise<Seeker> {
  if (!ctx.cache) return readSeeker(ctx);
  revision ??= await ctx.store.revision();
  const cached = ctx.cache.seeker(ctx.store.seekerId, revision);
  if (cached) return cached;
  const seeker = await readSeeker(ctx);
  // Keep it only if nothing was written while it was read.
  if ((await ctx.store.revision()) === revision) {
    ctx.cache.setSeeker(ctx.store.seekerId, revision, keptSeeker(seeker, ctx.machineZone));
  }
  return seeker;
}

/**
 * The seeker as a server keeps it: the records, with the facts mapped from
 * them again at each read. About half the memory of keeping both (30
 * opportunities: ~100 KB instead of ~220 KB), for about a millisecond of
 * mapping when an agenda or a check needs them.
 */
function keptSeeker(seeker: Seeker, machineZone: string): Seeker {
  const { profile, records, timeZone, holidays } = seeker;
  return {
    profile,
    records,
    timeZone,
    holidays,
    get facts() {
      return toFacts(profile, records, machineZone);
    },
  };
}

async function readSeeker(ctx: AppContext): Promise<Seeker> {
  const [profile, records] = await Promise.all([ctx.store.getProfile(), ctx.store.listOpportunities()]);
  const facts = toFacts(profile, records, ctx.machineZone);
  const timeZone = facts.profile.timezone;
  const year = ctx.now.toZonedDateTimeISO(timeZone).year;
  const holidays = await holidaysFor(facts.profile.country, year, join(ctx.home, 'cache'));
  return { profile, records, facts, timeZone, holidays };
}

/** The agenda for now; `all` adds upcoming items. */
export async function agendaFor(ctx: AppContext, seeker: Seeker, all: boolean): Promise<Agenda> {
  return evaluate(seeker.facts, {
    now: ctx.now,
    holidays: seeker.holidays,
    templates: await settingsOf(ctx).templates.load(),
    includeUpcoming: all,
  });
}

/** How many known ids an `opportunity_not_found` offers: enough to spot a typo, short enough for one line. */
const KNOWN_IDS_SHOWN = 8;

/**
 * Finds an opportunity by id, or by company name when exactly one matches
 * (case-insensitive). Throws `opportunity_not_found` or `ambiguous_opportunity`.
 */
export function resolveOpportunity(records: readonly OpportunityRecord[], ref: string): OpportunityRecord {
  const byId = records.find((o) => o.id === ref);
  if (byId) return byId;
  const wanted = ref.trim().toLowerCase();
  const byName = records.filter((o) => o.company.toLowerCase() === wanted);
  const candidates = byName.length > 0 ? byName : records.filter((o) => o.company.toLowerCase().startsWith(wanted));
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length > 1) {
    const ids = candidates.map((o) => o.id);
    throw new AppError('ambiguous_opportunity', `"${ref}" matches ${candidates.length} opportunities`, {
      hint: `use an id: ${ids.join(', ')}`,
      details: { got: ref, allowed: ids },
    });
  }
  const known = records.slice(0, KNOWN_IDS_SHOWN).map((o) => o.id);
  const more = records.length > KNOWN_IDS_SHOWN;
  throw new AppError('opportunity_not_found', `no opportunity "${ref}"`, {
    hint:
      known.length > 0
        ? `use an id or a company name: ${known.join(', ')}${more ? ', ...' : ''}`
        : 'add an opportunity first',
    details: { got: ref, allowed: known, more },
  });
}

/** An instant written with the seeker's UTC offset, as the data file keeps it. */
export function instantText(value: Temporal.ZonedDateTime | Temporal.Instant, timeZone: string): string {
  const zoned = value instanceof Temporal.Instant ? value.toZonedDateTimeISO(timeZone) : value;
  return zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
