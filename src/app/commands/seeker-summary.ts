/**
 * What a coach sees of one seeker at a glance (the coach's "Your seekers"
 * list): the moves that are overdue, the offers still open with their
 * deadlines, the opportunities gone silent, and the pipeline by stage. The
 * stages are the board's own (`stageOf`) and the moves the seeker's own
 * agenda, so the numbers agree with the seeker's screens. Read only.
 */
import type { PipelineHealth } from '../../core/model.js';
import { PIPELINE_RECENT_DAYS } from '../../core/playbook/evaluate.js';
import { summarizeOpportunities } from '../../core/playbook/summary.js';
import { toAgendaJson } from '../agenda.json.js';
import type { AppContext } from '../context.js';
import { agendaFor, loadSeeker } from '../seeker.js';
import { type Stage, stageOf } from './opportunities.js';

/**
 * Days without a word from the employer after which an open opportunity
 * counts as gone silent: two weeks, twice the playbook's default wait before
 * a status check, so it names the ones the usual follow-ups did not revive.
 */
export const SILENT_DAYS = 14;

/** Days before an offer's deadline when it starts to need attention. */
const OFFER_SOON_DAYS = 7;

const DAY_MS = 86_400_000;

/** An offer not yet decided, with the day the seeker must answer by (null when none was given). */
export interface OpenOffer {
  opportunityId: string;
  company: string;
  role: string | null;
  status: 'expected' | 'received';
  deadline: string | null;
}

/** An open opportunity that has heard nothing since `since` (the last word in, or when it was added). */
export interface SilentOpportunity {
  opportunityId: string;
  company: string;
  role: string | null;
  since: string;
}

/** One seeker's summary, as `GET /api/seekers` gives it under `summary`. */
export interface SeekerSummary {
  /** Agenda items past their due time. */
  overdue: number;
  /** Agenda items due now (not yet overdue). */
  due: number;
  /** The oldest overdue item's due time, or null. */
  oldestOverdueAt: string | null;
  /** Undecided offers, the nearest deadline first (those without one last). */
  offers: OpenOffer[];
  /** Open opportunities gone silent for `SILENT_DAYS`, the longest silent first. */
  silent: SilentOpportunity[];
  /** How many opportunities sit in each stage of the seeker's board. */
  stages: Record<Stage, number>;
  /** The agenda's pipeline health (open, interviewing, offers, added in the last days). */
  pipeline: PipelineHealth;
  /**
   * How much this seeker needs the coach now, higher first: overdue moves,
   * offers whose deadline is within a week (or passed), silent
   * opportunities, too few open ones.
   */
  attention: number;
}

/**
 * The summary of the seeker `ctx` is for, read from their opportunities and
 * their agenda. A server keeps it per seeker and revision until the first
 * instant at which the clock alone could change it (`summarize` says when),
 * so a coach's view of many seekers costs one revision read per seeker while
 * nothing changed, and never loads a seeker's facts for a summary still
 * valid. Never writes.
 */
export async function seekerSummary(ctx: AppContext): Promise<SeekerSummary> {
  if (!ctx.cache) return (await summarize(ctx)).summary;
  const revision = await ctx.store.revision();
  const nowMs = ctx.now.epochMilliseconds;
  const kept = ctx.cache.summary<SeekerSummary>(ctx.store.seekerId, revision, nowMs);
  if (kept) return kept;
  const { summary, validUntilMs } = await summarize(ctx);
  ctx.cache.setSummary(ctx.store.seekerId, revision, { fromMs: nowMs, untilMs: validUntilMs }, summary);
  return summary;
}

/**
 * The summary at `ctx.now` and the earliest later instant at which the
 * clock alone could change it: an agenda item opening or passing its due
 * time, a fact dated after now coming to pass (an interview starting or
 * ending, a touch, an offer), an opportunity leaving the pipeline's recent
 * windows or going silent, and the next midnight in the seeker's zone (the
 * rules, the holidays and the offers' "within a week" read the date).
 */
async function summarize(ctx: AppContext): Promise<{ summary: SeekerSummary; validUntilMs: number }> {
  const seeker = await loadSeeker(ctx);
  const { records, facts } = seeker;
  // Computed at this very instant, not the minute's cached agenda: its states are what `validUntilMs` starts from.
  const full = toAgendaJson(await agendaFor(ctx, seeker, true));
  const items = full.items.filter((i) => i.state !== 'upcoming');
  const nowMs = ctx.now.epochMilliseconds;
  let validUntilMs = ctx.now
    .toZonedDateTimeISO(full.timezone)
    .toPlainDate()
    .add({ days: 1 })
    .toZonedDateTime(full.timezone).epochMilliseconds;
  const changesAt = (ms: number): void => {
    if (ms > nowMs && ms < validUntilMs) validUntilMs = ms;
  };
  for (const item of full.items) {
    changesAt(Date.parse(item.opensAt));
    // Overdue once now is past the due time; the strings drop milliseconds, so this errs early.
    changesAt(Date.parse(item.dueAt) + 1);
  }
  for (const part of summarizeOpportunities(facts, { now: ctx.now, holidays: seeker.holidays })) {
    changesAt(part.validUntilMs);
  }
  for (const opp of facts.opportunities) {
    const created = opp.createdAt.epochMilliseconds;
    changesAt(created + PIPELINE_RECENT_DAYS * DAY_MS);
    changesAt(created + facts.profile.settings.newOpportunityDays * DAY_MS);
  }
  const stages: Record<Stage, number> = { applied: 0, interviewing: 0, waiting: 0, offer: 0, closed: 0 };
  const offers: OpenOffer[] = [];
  const silent: SilentOpportunity[] = [];
  for (const o of records) {
    const stage = stageOf(o, nowMs);
    stages[stage] += 1;
    if (stage === 'closed') continue;
    for (const offer of o.offers ?? []) {
      if (offer.status !== 'expected' && offer.status !== 'received') continue;
      const { id: opportunityId, company } = o;
      offers.push({
        opportunityId,
        company,
        role: o.role ?? null,
        status: offer.status,
        deadline: offer.deadline ?? null,
      });
    }
    const heard = (o.touches ?? []).filter((t) => t.direction === 'in').map((t) => Date.parse(t.at));
    const since = Math.max(Date.parse(o.createdAt), ...heard, ...(o.interviews ?? []).map((i) => Date.parse(i.at)));
    // Its stage may change with the clock too (an interview passing), so its silence is watched whatever the stage.
    changesAt(since + SILENT_DAYS * DAY_MS);
    if (stage === 'offer' || stage === 'interviewing') continue;
    if (nowMs - since >= SILENT_DAYS * DAY_MS) {
      silent.push({
        opportunityId: o.id,
        company: o.company,
        role: o.role ?? null,
        since: new Date(since).toISOString(),
      });
    }
  }
  offers.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  silent.sort((a, b) => a.since.localeCompare(b.since));
  const overdueItems = items.filter((i) => i.state === 'overdue');
  const today = full.asOf.slice(0, 10);
  const soon = new Date(Date.parse(today) + OFFER_SOON_DAYS * DAY_MS).toISOString().slice(0, 10);
  const pressing = offers.filter((o) => o.deadline !== null && o.deadline <= soon).length;
  const tooFew = items.some((i) => i.kind === 'keep-searching') ? 1 : 0;
  const summary: SeekerSummary = {
    overdue: overdueItems.length,
    due: items.filter((i) => i.state === 'due').length,
    oldestOverdueAt: overdueItems.map((i) => i.dueAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null,
    offers,
    silent,
    stages,
    pipeline: full.pipeline,
    attention: overdueItems.length * 3 + pressing * 4 + silent.length + tooFew,
  };
  return { summary, validUntilMs };
}
