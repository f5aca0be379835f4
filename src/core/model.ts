/**
 * The domain model: what a job seeker has logged or what was read from their
 * mail, and what the engine says back. Pure types and defaults, no I/O.
 *
 * Time has types: instants are `Temporal.Instant`, calendar days in the
 * seeker's zone are `Temporal.PlainDate`, and agenda times are
 * `Temporal.ZonedDateTime` in the seeker's zone. Strings appear only at the
 * edges (store rows, JSON documents), joined by named mapping functions.
 */
import type { Temporal } from 'temporal-polyfill';

export const OPPORTUNITY_STATUSES = ['open', 'accepted', 'declined', 'rejected', 'withdrawn', 'no-response'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export type ClosedStatus = Exclude<OpportunityStatus, 'open'>;

export const CHANNELS = ['email', 'phone', 'letter', 'linkedin', 'in-person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUT_PURPOSES = [
  'thank-you',
  'ask-timeline',
  'status-check',
  'explicit-check',
  'offer-nudge',
  'withdraw',
  'reply',
  'other',
] as const;
export type OutPurpose = (typeof OUT_PURPOSES)[number];

/** Out purposes that count as check-ins (PLAYBOOK "Words"). */
export const CHECK_IN_PURPOSES: ReadonlySet<OutPurpose> = new Set(['ask-timeline', 'status-check', 'explicit-check']);

export const IN_KINDS = ['reply', 'timeline', 'scheduling', 'rejection', 'offer', 'auto-reply', 'other'] as const;
export type InKind = (typeof IN_KINDS)[number];

export const OFFER_STATUSES = ['expected', 'received', 'accepted', 'declined'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const ITEM_KINDS = [
  'prepare-timeline-question',
  'thank-you',
  'ask-timeline',
  'status-check',
  'explicit-check',
  'move-on',
  'reconsider',
  'offer-nudge',
  'evaluate-offer',
  'keep-searching',
  'withdraw',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Item kinds whose completion is a check-in, so holds and the weekly gap apply. */
export const CHECK_IN_ITEM_KINDS: ReadonlySet<ItemKind> = new Set(['ask-timeline', 'status-check', 'explicit-check']);

/** Item kinds that come with a draft message; the others carry guidance. */
export const DRAFTED_ITEM_KINDS: ReadonlySet<ItemKind> = new Set([
  'thank-you',
  'ask-timeline',
  'status-check',
  'explicit-check',
  'offer-nudge',
  'withdraw',
]);

/** The per-seeker playbook settings (PLAYBOOK.md "Settings"). */
export interface Settings {
  thankYouHours: number;
  askTimelineOpensDays: number;
  askTimelineDueDays: number;
  checkInGapDays: number;
  silenceDays: number;
  checkInWindowBusinessDays: number;
  minOpenOpportunities: number;
  newOpportunityDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  thankYouHours: 24,
  askTimelineOpensDays: 3,
  askTimelineDueDays: 7,
  checkInGapDays: 7,
  silenceDays: 7,
  checkInWindowBusinessDays: 2,
  minOpenOpportunities: 3,
  newOpportunityDays: 7,
});

/**
 * Upper bounds for each setting. A value outside `1..max` is rejected where
 * settings enter (import, config set, HTTP). The bounds keep windows within
 * a season: nobody waits a year between check-ins.
 */
export const SETTING_BOUNDS: Readonly<Record<keyof Settings, { min: number; max: number }>> = Object.freeze({
  thankYouHours: { min: 1, max: 168 },
  askTimelineOpensDays: { min: 1, max: 60 },
  askTimelineDueDays: { min: 1, max: 90 },
  checkInGapDays: { min: 1, max: 60 },
  silenceDays: { min: 1, max: 60 },
  checkInWindowBusinessDays: { min: 1, max: 20 },
  minOpenOpportunities: { min: 1, max: 100 },
  newOpportunityDays: { min: 1, max: 90 },
});

export interface Profile {
  name: string | null;
  email: string | null;
  /** IANA zone name, e.g. `America/New_York`. */
  timezone: string;
  /** ISO 3166-1 alpha-2, for public holidays; null = only weekends are skipped. */
  country: string | null;
  signature: string | null;
  settings: Settings;
}

export interface Contact {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
}

export interface Interview {
  id: string;
  at: Temporal.Instant;
  durationMinutes: number;
  round: string | null;
  /** Contact ids. */
  interviewers: readonly string[];
  timelineAsked: boolean;
  decisionBy: Temporal.PlainDate | null;
  notes: string;
}

interface TouchBase {
  id: string;
  at: Temporal.Instant;
  channel: Channel;
  contactId: string | null;
  interviewId: string | null;
  subject: string | null;
  body: string | null;
  messageId: string | null;
}

export interface OutTouch extends TouchBase {
  direction: 'out';
  purpose: OutPurpose;
}

export interface InTouch extends TouchBase {
  direction: 'in';
  kind: InKind;
  decisionBy: Temporal.PlainDate | null;
}

export type Touch = OutTouch | InTouch;

export interface Offer {
  id: string;
  status: OfferStatus;
  /** When the offer was logged (expected or received). */
  at: Temporal.Instant;
  deadline: Temporal.PlainDate | null;
  /** When it was accepted or declined. */
  decidedAt: Temporal.Instant | null;
}

export interface Snooze {
  item: string;
  until: Temporal.PlainDate;
}

export interface Opportunity {
  id: string;
  company: string;
  role: string | null;
  /** 1-5, 5 = first choice. */
  interest: number;
  createdAt: Temporal.Instant;
  status: OpportunityStatus;
  closedAt: Temporal.Instant | null;
  url: string | null;
  notes: string;
  contacts: readonly Contact[];
  interviews: readonly Interview[];
  touches: readonly Touch[];
  offers: readonly Offer[];
  snoozed: readonly Snooze[];
  dismissed: readonly string[];
}

/** Everything the engine reads about one seeker. */
export interface Facts {
  profile: Profile;
  opportunities: readonly Opportunity[];
  /** Seeker-level snoozes, for items without an opportunity (keep-searching). */
  snoozed?: readonly Snooze[];
  /** Seeker-level dismissals, for items without an opportunity (keep-searching). */
  dismissed?: readonly string[];
}

/** What the engine needs besides the facts; time is passed in, never read. */
export interface EvaluateOptions {
  now: Temporal.Instant;
  /**
   * Public holidays of the seeker's country as ISO dates (`2026-11-26`),
   * covering at least the years around `now`. Empty when no country is set.
   * Supplied by the app layer (date-holidays), so the core stays pure.
   */
  holidays: ReadonlySet<string>;
  /** The seeker's own templates by item kind; absent kinds use ours. */
  templates?: Readonly<Partial<Record<ItemKind, DraftTemplate>>>;
  /** Include `upcoming` items (agenda --all). Default false. */
  includeUpcoming?: boolean;
  /**
   * When `facts` holds only some of the seeker's opportunities (an agenda
   * computed in parts, src/app/agenda-parts.ts): the whole pipeline's
   * figures that wording and rule 12 read (see `summarizeWhole`). The
   * result's items and holds are then right for the opportunities given;
   * its pipeline numbers count only them.
   */
  whole?: WholePipeline;
}

/** The figures across every opportunity that one item's wording or rule 12 depends on. */
export interface WholePipeline {
  /** Open and undecided opportunities. */
  active: number;
  /** The highest interest among open opportunities (-Infinity when none). */
  maxOpenInterest: number;
  open: number;
  /** Created within `settings.newOpportunityDays` before now. */
  addedRecently: number;
  /** An offer accepted (at or before now) or an opportunity closed as accepted. */
  accepted: boolean;
}

export type ItemState = 'upcoming' | 'due' | 'overdue';

export interface Draft {
  to: string | null;
  subject: string;
  body: string;
}

/** A seeker's own template: `{{placeholders}}` filled from the facts. */
export interface DraftTemplate {
  subject: string;
  body: string;
}

export interface AgendaItem {
  /** Stable: the same facts give the same id. */
  id: string;
  kind: ItemKind;
  opportunityId: string | null;
  company: string | null;
  role: string | null;
  contactId: string | null;
  interviewId: string | null;
  opensAt: Temporal.ZonedDateTime;
  dueAt: Temporal.ZonedDateTime;
  state: ItemState;
  title: string;
  why: string;
  draft: Draft | null;
  /** For items without a draft: what to ask, weigh or do. */
  guidance: string | null;
}

export interface Hold {
  opportunityId: string;
  company: string;
  role: string | null;
  /** The promised local date; checking in becomes fine the next business day. */
  until: Temporal.PlainDate;
  /** The first local day a check-in would be fine. */
  checkInFrom: Temporal.PlainDate;
  reason: string;
  /**
   * The offer-nudge item for this opportunity shown in the same agenda, when
   * there is one: the one message the hold does not forbid (news of another
   * offer is not a check-in). null otherwise.
   */
  offerNudge: string | null;
}

export interface PipelineHealth {
  open: number;
  interviewing: number;
  offers: number;
  addedLast7Days: number;
}

export interface Agenda {
  asOf: Temporal.ZonedDateTime;
  timezone: string;
  items: AgendaItem[];
  holds: Hold[];
  pipeline: PipelineHealth;
}
