/**
 * What the agenda needs to know about each opportunity beyond its own items:
 * the figures across the pipeline (counts, the highest interest, whether an
 * offer was accepted), what rule 10 reads of it as the one holding an offer,
 * and for how long all of this holds. An agenda computed in parts
 * (src/app/agenda-parts.ts) keeps these per opportunity, recomputes only the
 * opportunities that changed, and adds them up here; `evaluate` given the
 * same facts counts the same way.
 */
import type { EvaluateOptions, Facts, OpportunityStatus, PipelineHealth, Settings, WholePipeline } from '../model.js';
import { MS_PER_DAY } from '../time.js';
import { deriveState, isActive } from './derived.js';
import { PIPELINE_RECENT_DAYS, ruleContextOf } from './evaluate.js';
import { isPendingOffer } from './offer-nudge.rule.js';

/** Plain data (kept on disk between runs): one opportunity's share of the whole. */
export interface OpportunitySummary {
  id: string;
  status: OpportunityStatus;
  interest: number;
  createdMs: number;
  /** Offers pending now, when open (the pipeline's `offers`). */
  pendingOffers: number;
  /** Open and undecided. */
  active: boolean;
  hasInterview: boolean;
  /** An offer accepted at or before now: the search is over (rule 13). */
  accepted: boolean;
  /** Everything rule 10 reads of it as the opportunity with an offer; null when it has none pending. */
  offerKey: string | null;
  /**
   * Nothing about it changes while now stays in `[validFromMs, validUntilMs)`
   * on the same local day: no fact of it is dated in between.
   */
  validFromMs: number;
  validUntilMs: number;
}

/** Summaries of `facts.opportunities`, in their order, at `options.now`. */
export function summarizeOpportunities(
  facts: Facts,
  options: Pick<EvaluateOptions, 'now' | 'holidays'>,
): OpportunitySummary[] {
  const ctx = ruleContextOf(facts, options);
  const nowMs = ctx.nowMs;
  return facts.opportunities.map((opp) => {
    let from = Number.NEGATIVE_INFINITY;
    let until = Number.POSITIVE_INFINITY;
    const seen = (ms: number): void => {
      if (ms <= nowMs) {
        if (ms > from) from = ms;
      } else if (ms < until) until = ms;
    };
    seen(opp.createdAt.epochMilliseconds);
    if (opp.closedAt !== null) seen(opp.closedAt.epochMilliseconds);
    for (const iv of opp.interviews) {
      const at = iv.at.epochMilliseconds;
      seen(at);
      seen(at + iv.durationMinutes * 60_000);
    }
    for (const t of opp.touches) seen(t.at.epochMilliseconds);
    let pendingOffers = 0;
    let accepted = false;
    const pending: unknown[] = [];
    for (const offer of opp.offers) {
      seen(offer.at.epochMilliseconds);
      if (offer.decidedAt !== null) seen(offer.decidedAt.epochMilliseconds);
      if (offer.status === 'accepted' && (offer.decidedAt ?? offer.at).epochMilliseconds <= nowMs) accepted = true;
      if (opp.status === 'open' && isPendingOffer(offer, nowMs)) {
        pendingOffers++;
        pending.push([offer.id, offer.status, offer.at.epochMilliseconds, offer.deadline?.toString() ?? null]);
      }
    }
    const active = opp.status === 'open' && isActive(deriveState(opp, ctx));
    return {
      id: opp.id,
      status: opp.status,
      interest: opp.interest,
      createdMs: opp.createdAt.epochMilliseconds,
      pendingOffers,
      active,
      hasInterview: opp.interviews.length > 0,
      accepted,
      offerKey: pending.length === 0 ? null : JSON.stringify([opp.interest, opp.company, opp.role, pending]),
      validFromMs: from,
      validUntilMs: until,
    };
  });
}

/** The pipeline numbers and the whole-pipeline figures, from every opportunity's summary. */
export function summarizeWhole(
  summaries: Iterable<
    Pick<
      OpportunitySummary,
      'status' | 'interest' | 'createdMs' | 'pendingOffers' | 'active' | 'hasInterview' | 'accepted'
    >
  >,
  nowMs: number,
  settings: Settings,
): { pipeline: PipelineHealth; whole: WholePipeline } {
  const pipeline: PipelineHealth = { open: 0, interviewing: 0, offers: 0, addedLast7Days: 0 };
  const whole: WholePipeline = {
    active: 0,
    maxOpenInterest: Number.NEGATIVE_INFINITY,
    open: 0,
    addedRecently: 0,
    accepted: false,
  };
  const recentFrom = nowMs - PIPELINE_RECENT_DAYS * MS_PER_DAY;
  const newFrom = nowMs - settings.newOpportunityDays * MS_PER_DAY;
  for (const s of summaries) {
    if (s.createdMs <= nowMs) {
      if (s.createdMs > recentFrom) pipeline.addedLast7Days++;
      if (s.createdMs > newFrom) whole.addedRecently++;
    }
    if (s.accepted || s.status === 'accepted') whole.accepted = true;
    if (s.status !== 'open') continue;
    pipeline.open++;
    if (s.interest > whole.maxOpenInterest) whole.maxOpenInterest = s.interest;
    pipeline.offers += s.pendingOffers;
    if (s.active) {
      whole.active++;
      if (s.hasInterview) pipeline.interviewing++;
    }
  }
  whole.open = pipeline.open;
  return { pipeline, whole };
}
