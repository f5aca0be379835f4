/**
 * The tone-check facts that go with a draft context: what the message is
 * allowed to claim (other offers, other processes) and whether it is a
 * check-in (so the 150-word limit applies).
 */
import { CHECK_IN_ITEM_KINDS } from '../model.js';
import type { ToneFacts } from '../tone/tone.types.js';
import type { DraftContext } from './draft.types.js';

/**
 * Tone facts for a context. An offer is backed by a competing offer, and a
 * withdrawal implies the seeker accepted one (the engine only words withdraw
 * items after an acceptance).
 */
export function toneFactsFor(ctx: DraftContext): ToneFacts {
  return {
    company: ctx.opportunity?.company ?? ctx.competingOffer?.company,
    role: ctx.opportunity?.role ?? null,
    otherOpenOpportunities: ctx.otherOpenOpportunities,
    hasOtherOffer: ctx.competingOffer !== null || ctx.kind === 'withdraw',
    isCheckIn: CHECK_IN_ITEM_KINDS.has(ctx.kind),
  };
}
