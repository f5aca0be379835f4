/**
 * What every playbook rule receives and what it yields. Rules work on epoch
 * milliseconds and epoch days (see ../time.ts); `evaluate` turns the few
 * candidates it returns into agenda items with zoned times and wording.
 */
import type { DraftContext } from '../drafts/draft.types.js';
import type { Facts, Interview, ItemKind, Opportunity, Settings } from '../model.js';
import type { ZoneClock } from '../time.js';

/** The evaluation's fixed inputs, shared by all rules. */
export interface RuleContext {
  facts: Facts;
  settings: Settings;
  clock: ZoneClock;
  /** Public holidays as epoch days. */
  holidays: ReadonlySet<number>;
  nowMs: number;
  /** The seeker's local date now, as an epoch day. */
  today: number;
}

/** An item a rule has decided on, before filtering, ordering and wording. */
export interface Candidate {
  id: string;
  kind: ItemKind;
  opportunity: Opportunity | null;
  /** The person to write to, when the rule knows it (thank-you); otherwise evaluate picks one. */
  contactId: string | null;
  interview: Interview | null;
  opensMs: number;
  dueMs: number;
  /** status-check: the date they had promised (epoch day). */
  promisedDay?: number;
  /** offer-nudge: the competing offer. */
  competingOffer?: DraftContext['competingOffer'];
}

/** A day-granular window: 00:00 local on `openDay` to 23:59:59 local on `dueDay`. */
export function dayWindow(ctx: RuleContext, openDay: number, dueDay: number): { opensMs: number; dueMs: number } {
  return { opensMs: ctx.clock.startOfDayMs(openDay), dueMs: ctx.clock.endOfDayMs(dueDay) };
}
