/**
 * The playbook engine: `facts + now + settings -> agenda` (PLAYBOOK.md).
 * A pure function: no I/O, no clock, no randomness; the same input gives the
 * same output, byte for byte, once serialized.
 *
 * How it runs: one pass over the opportunities (closed ones are skipped after
 * counting, except for rule 8), each open one derived once (./derived.ts) and
 * handed to the per-opportunity rules; then the rules across opportunities
 * (offer-nudge, withdraw, keep-searching). Rules work on epoch milliseconds
 * and days; only the items returned get zoned times and wording.
 */

import type { DraftContext } from '../drafts/draft.types.js';
import { wordItem } from '../drafts/index.js';
import type {
  Agenda,
  AgendaItem,
  Contact,
  EvaluateOptions,
  Facts,
  Hold,
  ItemState,
  Opportunity,
  PipelineHealth,
  WholePipeline,
} from '../model.js';
import { daysFromCivil, fromEpochDay, holidayDays, MS_PER_DAY, ZoneClock } from '../time.js';
import { askTimeline } from './ask-timeline.rule.js';
import type { Candidate, RuleContext } from './context.js';
import { deriveState, isActive, type OpportunityState } from './derived.js';
import { evaluateOffer } from './evaluate-offer.rule.js';
import { explicitCheck } from './explicit-check.rule.js';
import { type HoldException, holdFor } from './hold.rule.js';
import { keepSearching } from './keep-searching.rule.js';
import { moveOn } from './move-on.rule.js';
import { offerNudges } from './offer-nudge.rule.js';
import { prepareTimelineQuestion } from './prepare-timeline-question.rule.js';
import { reconsider } from './reconsider.rule.js';
import { statusCheck } from './status-check.rule.js';
import { thankYou } from './thank-you.rule.js';
import { firstAcceptance, withdraw } from './withdraw.rule.js';

/** The pipeline's "added lately" figure looks back this many days (CONTRACT.md `addedLast7Days`). */
export const PIPELINE_RECENT_DAYS = 7;

const STATE_RANK: Record<ItemState, number> = { overdue: 0, due: 1, upcoming: 2 };

function stateOf(c: Candidate, nowMs: number): ItemState {
  if (nowMs < c.opensMs) return 'upcoming';
  return nowMs <= c.dueMs ? 'due' : 'overdue';
}

function isHidden(c: Candidate, facts: Facts, today: number): boolean {
  const lists = c.opportunity === null ? [] : [c.opportunity];
  for (const owner of [...lists, facts]) {
    if (owner.dismissed?.includes(c.id)) return true;
    for (const s of owner.snoozed ?? []) {
      if (s.item === c.id && today < daysFromCivil(s.until.year, s.until.month, s.until.day)) return true;
    }
  }
  return false;
}

/**
 * Whom an item is written to: the rule's contact (thank-you), else the person
 * of the latest touch that names one, else the first interviewer of the
 * latest interview, else the opportunity's first contact.
 */
function contactFor(
  c: Candidate,
  nowMs: number,
  states: ReadonlyMap<Opportunity, OpportunityState>,
  fallbacks: Map<Opportunity, Contact | null>,
): Contact | null {
  const opp = c.opportunity;
  if (opp === null) return null;
  if (c.contactId != null) {
    const named = opp.contacts.find((x) => x.id === c.contactId);
    if (named) return named;
  }
  let fallback = fallbacks.get(opp);
  if (fallback === undefined) {
    const state = states.get(opp);
    fallback = state ? knownContact(opp, state.latestContactId, state.latestInterviewerId) : latestContact(opp, nowMs);
    fallbacks.set(opp, fallback);
  }
  if (fallback !== null) return fallback;
  const interviewer = c.interview?.interviewers[0];
  return (
    (interviewer === undefined ? undefined : opp.contacts.find((x) => x.id === interviewer)) ?? opp.contacts[0] ?? null
  );
}

/** The contact named by the latest touch, else by the latest interview's first interviewer. */
function knownContact(opp: Opportunity, fromTouch: string | null, fromInterview: string | null): Contact | null {
  const byId = (id: string | null) => (id === null ? undefined : opp.contacts.find((x) => x.id === id));
  return byId(fromTouch) ?? byId(fromInterview) ?? null;
}

/** For an opportunity without derived state (closed): the same choice, by scanning its facts. */
function latestContact(opp: Opportunity, nowMs: number): Contact | null {
  let touchContact: string | null = null;
  let touchMs = Number.NEGATIVE_INFINITY;
  for (const t of opp.touches) {
    if (t.contactId === null) continue;
    const ms = t.at.epochMilliseconds;
    if (ms <= nowMs && ms >= touchMs) {
      touchContact = t.contactId;
      touchMs = ms;
    }
  }
  let interviewer: string | null = null;
  let interviewMs = Number.NEGATIVE_INFINITY;
  for (const iv of opp.interviews) {
    const first = iv.interviewers[0];
    if (first === undefined) continue;
    const ms = iv.at.epochMilliseconds;
    if (ms <= nowMs && ms >= interviewMs) {
      interviewer = first;
      interviewMs = ms;
    }
  }
  return knownContact(opp, touchContact, interviewer);
}

/**
 * Evaluates the playbook.
 *
 * Returns the agenda: items (due and overdue, plus upcoming with
 * `includeUpcoming`), most urgent first (overdue then due by `dueAt`, then
 * upcoming by `opensAt`, ties by id), holds ordered by date then opportunity,
 * and the pipeline numbers. Snoozed items stay hidden until their `until`
 * date, dismissed ones never show (opportunity lists, and `facts.snoozed` /
 * `facts.dismissed` for any item).
 *
 * Choice where PLAYBOOK.md is silent: once an offer is accepted, the search
 * is over and the only items are the withdraw courtesies (no check-ins,
 * nudges, holds or reminders for the other opportunities).
 *
 * Throws RangeError when `facts.profile.timezone` is not a known IANA zone.
 */
export function evaluate(facts: Facts, options: EvaluateOptions): Agenda {
  const zone = facts.profile.timezone;
  const ctx = ruleContextOf(facts, options);
  const { settings, clock, nowMs } = ctx;
  const includeUpcoming = options.includeUpcoming ?? false;
  const acceptance = firstAcceptance(facts.opportunities, nowMs);

  const candidates: Candidate[] = [];
  const states: OpportunityState[] = [];
  const stateByOpp = new Map<Opportunity, OpportunityState>();
  const openOpps: Opportunity[] = [];
  const held: OpportunityState[] = [];
  const activeIds = new Set<string>();
  /** The highest interest among open opportunities: who may be called the first choice. */
  let maxOpenInterest = Number.NEGATIVE_INFINITY;
  const pipeline: PipelineHealth = { open: 0, interviewing: 0, offers: 0, addedLast7Days: 0 };
  const recentFrom = nowMs - PIPELINE_RECENT_DAYS * MS_PER_DAY;
  const newFrom = nowMs - settings.newOpportunityDays * MS_PER_DAY;
  let addedRecently = 0;
  let acceptedStatus = false;

  for (const opp of facts.opportunities) {
    const created = opp.createdAt.epochMilliseconds;
    if (created <= nowMs) {
      if (created > recentFrom) pipeline.addedLast7Days++;
      if (created > newFrom) addedRecently++;
    }
    if (opp.status !== 'open') {
      if (opp.status === 'accepted') acceptedStatus = true;
      else if (opp.status === 'no-response' && acceptance === null) reconsider(opp, ctx, candidates);
      continue;
    }
    pipeline.open++;
    if (opp.interest > maxOpenInterest) maxOpenInterest = opp.interest;
    openOpps.push(opp);
    for (const offer of opp.offers) {
      if ((offer.status === 'expected' || offer.status === 'received') && offer.at.epochMilliseconds <= nowMs)
        pipeline.offers++;
    }
    const state = deriveState(opp, ctx);
    stateByOpp.set(opp, state);
    if (isActive(state)) {
      activeIds.add(opp.id);
      if (state.hasInterview) pipeline.interviewing++;
    }
    if (acceptance !== null) continue;
    states.push(state);
    prepareTimelineQuestion(state, ctx, candidates);
    thankYou(state, ctx, candidates);
    askTimeline(state, ctx, candidates);
    statusCheck(state, ctx, candidates);
    explicitCheck(state, ctx, candidates);
    moveOn(state, ctx, candidates);
    evaluateOffer(state, ctx, candidates);
    if (state.promiseStands) held.push(state);
  }

  if (acceptance !== null) withdraw(acceptance, openOpps, ctx, candidates);
  else offerNudges(states, ctx, candidates);
  const whole: WholePipeline = options.whole ?? {
    active: activeIds.size,
    maxOpenInterest,
    open: pipeline.open,
    addedRecently,
    accepted: acceptance !== null || acceptedStatus,
  };
  keepSearching({ open: whole.open, addedRecently: whole.addedRecently, accepted: whole.accepted }, ctx, candidates);

  const chosen: { c: Candidate; state: ItemState }[] = [];
  for (const c of candidates) {
    const state = stateOf(c, nowMs);
    if (state === 'upcoming' && !includeUpcoming) continue;
    if (isHidden(c, facts, ctx.today)) continue;
    chosen.push({ c, state });
  }
  chosen.sort((x, y) => {
    const r = STATE_RANK[x.state] - STATE_RANK[y.state];
    if (r !== 0) return r;
    const t = x.state === 'upcoming' ? x.c.opensMs - y.c.opensMs : x.c.dueMs - y.c.dueMs;
    if (t !== 0) return t;
    return x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0;
  });

  const todayDate = fromEpochDay(ctx.today);
  const draftPipeline = {
    open: whole.open,
    addedRecently: whole.addedRecently,
    minOpen: settings.minOpenOpportunities,
    newOpportunityDays: settings.newOpportunityDays,
  };
  const fallbacks = new Map<Opportunity, Contact | null>();
  const items: AgendaItem[] = chosen.map(({ c, state }) => {
    const contact = contactFor(c, nowMs, stateByOpp, fallbacks);
    const opp = c.opportunity;
    const draftCtx: DraftContext = {
      kind: c.kind,
      profile: facts.profile,
      opportunity: opp,
      contact,
      interview: c.interview,
      competingOffer: c.competingOffer ?? null,
      promisedDate: c.promisedDay === undefined ? null : fromEpochDay(c.promisedDay),
      otherOpenOpportunities: whole.active - (opp !== null && activeIds.has(opp.id) ? 1 : 0),
      firstChoice: opp !== null && opp.status === 'open' && opp.interest >= whole.maxOpenInterest,
      pipeline: draftPipeline,
      template: options.templates?.[c.kind] ?? null,
      today: todayDate,
    };
    const wording = wordItem(draftCtx);
    return {
      id: c.id,
      kind: c.kind,
      opportunityId: opp?.id ?? null,
      company: opp?.company ?? null,
      role: opp?.role ?? null,
      contactId: contact?.id ?? null,
      interviewId: c.interview?.id ?? null,
      opensAt: clock.zoned(c.opensMs),
      dueAt: clock.zoned(c.dueMs),
      state,
      title: wording.title,
      why: wording.why,
      draft: wording.draft,
      guidance: wording.guidance,
    };
  });

  const nudges = new Map<string, HoldException>();
  for (const { c } of chosen) {
    if (c.kind === 'offer-nudge' && c.opportunity !== null && c.competingOffer) {
      nudges.set(c.opportunity.id, { itemId: c.id, offerFrom: c.competingOffer.company });
    }
  }
  const holds: Hold[] = [];
  for (const state of held) {
    const hold = holdFor(state, ctx, nudges.get(state.opp.id) ?? null);
    if (hold !== null) holds.push(hold);
  }
  holds.sort((a, b) => {
    const d = compareUntil(a, b);
    if (d !== 0) return d;
    return a.opportunityId < b.opportunityId ? -1 : a.opportunityId > b.opportunityId ? 1 : 0;
  });

  return { asOf: options.now.toZonedDateTimeISO(zone), timezone: zone, items, holds, pipeline };
}

/** The inputs every rule shares, for these facts and options. Throws RangeError for an unknown zone. */
export function ruleContextOf(facts: Facts, options: Pick<EvaluateOptions, 'now' | 'holidays'>): RuleContext {
  const clock = new ZoneClock(facts.profile.timezone);
  const nowMs = options.now.epochMilliseconds;
  return {
    facts,
    settings: facts.profile.settings,
    clock,
    holidays: holidayDays(options.holidays),
    nowMs,
    today: clock.localDay(nowMs),
  };
}

function compareUntil(a: Hold, b: Hold): number {
  return (
    daysFromCivil(a.until.year, a.until.month, a.until.day) - daysFromCivil(b.until.year, b.until.month, b.until.day)
  );
}
