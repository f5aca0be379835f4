/**
 * Database row types: the shape of every table as Kysely sees it. These
 * types live only in src/store; the rest of the program sees `afterview/1`
 * records, joined to these rows by the named functions in `mapping.ts`.
 *
 * Every table is scoped by `seeker_id`. Times are kept as the ISO strings
 * the records carry (so export, import, export is exact), with an epoch-ms
 * twin (`*_ms`) where ordering needs it. Child lists keep their order in a
 * `position` column. Booleans are integers (0/1) on both dialects, and JSON
 * is stored as text, so one set of migrations serves SQLite and PostgreSQL.
 */

export interface SeekerRow {
  seeker_id: string;
  name: string | null;
  email: string | null;
  timezone: string | null;
  country: string | null;
  signature: string | null;
  /** JSON object of playbook settings, e.g. `{"checkInGapDays":7}`. */
  settings: string;
  /** JSON array of seeker-level snoozes (items without an opportunity). */
  snoozed: string;
  /** JSON array of seeker-level dismissed item ids. */
  dismissed: string;
}

export interface OpportunityRow {
  seeker_id: string;
  id: string;
  company: string;
  role: string | null;
  interest: number;
  created_at: string;
  /** Epoch ms of `created_at`, for ordering. Never read back. */
  created_at_ms: number;
  status: string;
  closed_at: string | null;
  url: string | null;
  notes: string;
}

/** Columns every child of an opportunity carries. */
interface ChildKey {
  seeker_id: string;
  opportunity_id: string;
  /** Order within the opportunity's list (insertion or document order). */
  position: number;
}

export interface ContactRow extends ChildKey {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
}

export interface InterviewRow extends ChildKey {
  id: string;
  at: string;
  at_ms: number;
  duration_minutes: number;
  round: string | null;
  /** JSON array of contact ids, in the order given. */
  interviewers: string;
  /** 0 or 1. */
  timeline_asked: number;
  decision_by: string | null;
  notes: string;
}

export interface TouchRow extends ChildKey {
  id: string;
  at: string;
  at_ms: number;
  direction: string;
  channel: string;
  /** Set for outbound touches only. */
  purpose: string | null;
  /** Set for inbound touches only. */
  kind: string | null;
  /** Inbound touches only. */
  decision_by: string | null;
  contact_id: string | null;
  interview_id: string | null;
  subject: string | null;
  body: string | null;
  message_id: string | null;
}

export interface OfferRow extends ChildKey {
  id: string;
  status: string;
  at: string;
  at_ms: number;
  deadline: string | null;
  decided_at: string | null;
}

export interface SnoozeRow extends ChildKey {
  item: string;
  until: string;
}

export interface DismissalRow extends ChildKey {
  item: string;
}

/** The whole database as Kysely sees it. */
export interface Database {
  seekers: SeekerRow;
  opportunities: OpportunityRow;
  contacts: ContactRow;
  interviews: InterviewRow;
  touches: TouchRow;
  offers: OfferRow;
  snoozes: SnoozeRow;
  dismissals: DismissalRow;
}

/** The tables that hang off an opportunity, in the order they are written. */
export const CHILD_TABLES = ['contacts', 'interviews', 'touches', 'offers', 'snoozes', 'dismissals'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

/** Columns the store writes but never maps back to records (scoping, parent, order, sort keys). */
type BookkeepingColumn = 'seeker_id' | 'opportunity_id' | 'position' | 'at_ms' | 'created_at_ms';

/** A row as read for mapping: without the bookkeeping columns, so reads fetch less. */
export type ReadRow<R> = Omit<R, BookkeepingColumn>;

/** The columns read for each table, in the order they are selected. */
export const READ_COLUMNS = {
  opportunities: ['id', 'company', 'role', 'interest', 'created_at', 'status', 'closed_at', 'url', 'notes'],
  contacts: ['id', 'name', 'email', 'title'],
  interviews: ['id', 'at', 'duration_minutes', 'round', 'interviewers', 'timeline_asked', 'decision_by', 'notes'],
  touches: [
    'id',
    'at',
    'direction',
    'channel',
    'purpose',
    'kind',
    'decision_by',
    'contact_id',
    'interview_id',
    'subject',
    'body',
    'message_id',
  ],
  offers: ['id', 'status', 'at', 'deadline', 'decided_at'],
  snoozes: ['item', 'until'],
  dismissals: ['item'],
} as const satisfies { [T in keyof Omit<Database, 'seekers'>]: readonly (keyof ReadRow<Database[T]>)[] };
