/**
 * The store as the rest of the program sees it: one seeker's data, in the
 * `afterview/1` record shapes, on SQLite or PostgreSQL behind one seam.
 * Records read back are normalized: every optional field of the data file
 * is present with its default (`interest: 3`, `status: "open"`, `null`s,
 * empty lists), so an export is a stable document.
 */

import type {
  ContactRecord,
  DataFile,
  InterviewRecord,
  OfferRecord,
  OpportunityRecord,
  ProfileRecord,
  SnoozeRecord,
  TouchRecord,
} from '../records/data-file.schema.js';
import type { AccountStore } from './accounts.js';

export type Dialect = 'sqlite' | 'postgres';

/** An opportunity's own fields, without its child lists. */
export type OpportunityFields = Omit<
  OpportunityRecord,
  'contacts' | 'interviews' | 'touches' | 'offers' | 'snoozed' | 'dismissed'
>;

export interface Store {
  readonly dialect: Dialect;
  /** The seeker this store is scoped to ("local" on one machine). */
  readonly seekerId: string;

  /**
   * A number raised by every write to this seeker (from any process): equal
   * revisions mean nothing changed in between. Cheap: one indexed row read.
   */
  revision(): Promise<number>;
  /**
   * Each opportunity's change stamp: the revision of the last write that
   * touched it or its children (0008-opportunity-stamps). An opportunity
   * whose stamp is the same as when something was derived from it has not
   * changed since; one that is missing was deleted.
   */
  opportunityStamps(): Promise<Map<string, number>>;

  /** True when the seeker has no opportunities (demo refuses otherwise). */
  isEmpty(): Promise<boolean>;

  /** The whole document for this seeker, normalized, opportunities ordered by createdAt then id. */
  exportDocument(): Promise<DataFile>;
  /**
   * Writes a validated document in one transaction: ids that exist are
   * updated in place (their child lists replaced by the document's), new
   * ids are inserted, nothing else is touched. All or nothing.
   */
  importDocument(doc: DataFile): Promise<{ created: number; updated: number }>;

  getProfile(): Promise<ProfileRecord>;
  saveProfile(profile: ProfileRecord): Promise<void>;

  /**
   * Every opportunity with its children, normalized, ordered by createdAt
   * then id. `touchBodies: false` leaves each
   * touch's body out (null), for work that never reads them, such as a mail
   * import's working set, whose memory would otherwise grow with the mail
   * already read. `ids` reads only those opportunities (one query per
   * table, however many).
   */
  listOpportunities(options?: { touchBodies?: boolean; ids?: readonly string[] }): Promise<OpportunityRecord[]>;
  getOpportunity(id: string): Promise<OpportunityRecord | null>;

  /** Inserts or updates an opportunity's own fields. */
  putOpportunity(fields: OpportunityFields): Promise<void>;
  /**
   * Inserts or updates many opportunities' own fields in a few multi-row
   * statements (bulk-insert.ts); their child lists are left as they are.
   */
  putOpportunities(fields: readonly OpportunityFields[]): Promise<void>;
  deleteOpportunity(id: string): Promise<boolean>;

  /** Child facts: insert or update by (opportunity, id); delete returns false when absent. */
  putContact(opportunityId: string, contact: ContactRecord): Promise<void>;
  putInterview(opportunityId: string, interview: InterviewRecord): Promise<void>;
  deleteInterview(opportunityId: string, id: string): Promise<boolean>;
  putTouch(opportunityId: string, touch: TouchRecord): Promise<void>;
  deleteTouch(opportunityId: string, id: string): Promise<boolean>;
  putOffer(opportunityId: string, offer: OfferRecord): Promise<void>;
  deleteOffer(opportunityId: string, id: string): Promise<boolean>;

  /** Snoozes and dismissals; opportunityId null is the seeker level (keep-searching). */
  putSnooze(opportunityId: string | null, snooze: SnoozeRecord): Promise<void>;
  putDismissed(opportunityId: string | null, item: string): Promise<void>;
  /** Lifts an item's snooze and dismissal (an undo); false when it had neither. */
  restoreItem(opportunityId: string | null, item: string): Promise<boolean>;

  /** Mail read so far: Message-ID -> the opportunity it belongs to (null when not placed). */
  knownMail(): Promise<Map<string, string | null>>;
  /** Records (inserts or replaces) one message read from mail, by Message-ID. */
  putMailMessage(message: MailMessageRecord): Promise<void>;
  /**
   * What one batch of mail read adds, in a few multi-row statements: the
   * touches and offers at the end of their opportunities' lists (in the
   * order given; an id already there is updated in place) and the messages' records (as
   * `putMailMessage` would). Throws `opportunity_not_found` and writes
   * nothing when an opportunity is not there.
   */
  appendMail(batch: MailBatch): Promise<void>;
  /** The records of the given messages that were read from mail (by Message-ID), for timelines. */
  mailMessagesById(messageIds: readonly string[]): Promise<MailMessageRecord[]>;
  /** Messages with one of the statuses, oldest first. */
  listMailMessages(statuses: readonly MailStatus[]): Promise<MailMessageRecord[]>;
  /** The meetings invitations created interviews for, by iCalendar UID. */
  calendarEvents(): Promise<Map<string, { opportunityId: string; interviewId: string }>>;
  /** Remembers (or moves) the interview a meeting's UID stands for. */
  putCalendarEvent(uid: string, event: { opportunityId: string; interviewId: string }): Promise<void>;
  /** IMAP sync positions by folder. */
  getImapState(): Promise<Record<string, { uidValidity: number; lastUid: number }>>;
  putImapState(folder: string, state: { uidValidity: number; lastUid: number }): Promise<void>;

  /**
   * Idempotency keys of state-changing requests (0006), kept `keepMs` from
   * `nowMs`: claims `key` for `request` (a fingerprint of method, path and
   * body), or says what became of it ('pending' while the first request
   * runs, 'mismatch' when it was used for another request, 'done' with the
   * first response).
   */
  claimRequestKey(claim: { key: string; request: string; nowMs: number; keepMs: number }): Promise<RequestKeyClaim>;
  /** Keeps the response of the request that claimed `key`. */
  finishRequestKey(key: string, response: StoredResponse): Promise<void>;
  /** Forgets `key` (its request failed on the server's side; a retry runs it again). */
  releaseRequestKey(key: string): Promise<void>;

  /**
   * The seeker's secrets by name (0007), for a seeker without a data home;
   * the local seeker keeps them in the home's secrets file instead.
   */
  readSecrets(): Promise<Record<string, string>>;
  /**
   * Changes the secrets in one write under the seeker's lock: reads them,
   * saves what `change` returns (names it leaves out are removed), returns
   * that. Two changes at once both keep their names.
   */
  updateSecrets(change: (current: Record<string, string>) => Record<string, string>): Promise<Record<string, string>>;
  /** The seeker's draft templates by item kind (0007), each as its template file would read. */
  readTemplates(): Promise<Record<string, string>>;
  /** Saves one template (null removes it); raises the revision, so agendas with drafts are recomputed. */
  putTemplate(kind: string, text: string | null): Promise<void>;

  /** Runs fn in one transaction on this store; a throw rolls everything back. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  /** Releases the connection(s) of a store opened by `openStore`; a store from `StoreDatabase.forSeeker` leaves them to the database. */
  close(): Promise<void>;
}

/**
 * One opened database (a SQLite file or a PostgreSQL pool, migrated), from
 * which each request or command takes the store of the seeker it runs for.
 */
export interface StoreDatabase {
  readonly dialect: Dialect;
  /**
   * The store scoped to one seeker: it reads and writes only that seeker's
   * rows. Makes the seeker's row on first use (a write, bounded like any
   * other by the lock timeout: AppError `store_busy`). Cheap after the
   * first call for a seeker.
   */
  forSeeker(seekerId: string): Promise<Store>;
  /** The accounts tables (users, sessions, grants: src/store/accounts.ts) of a shared server. */
  accounts(): AccountStore;
  /** Every seeker with saved secrets in the store's table (not a home's file), by id. */
  seekersWithSecrets(): Promise<string[]>;
  /** Closes the connection(s); stores taken from it stop working. */
  close(): Promise<void>;
}

/** A response kept for an idempotency key, replayed for a retry. */
export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/** See `Store.claimRequestKey`. */
export type RequestKeyClaim =
  | { state: 'claimed' }
  | { state: 'pending' }
  | { state: 'mismatch' }
  | { state: 'done'; response: StoredResponse };

/** See `Store.appendMail`. */
export interface MailBatch {
  touches: { opportunityId: string; touch: TouchRecord }[];
  offers: { opportunityId: string; offer: OfferRecord }[];
  messages: MailMessageRecord[];
}

/** What happened to a message read from mail. */
export type MailStatus = 'applied' | 'review' | 'unmatched' | 'ignored' | 'failed';

/** One message read from mail, kept once by Message-ID (never its raw text or attachments). */
export interface MailMessageRecord {
  messageId: string;
  source: string;
  subject: string;
  sender: string | null;
  /** The Date header as ISO with the sender's offset. */
  sentAt: string | null;
  status: MailStatus;
  opportunityId: string | null;
  direction: 'in' | 'out' | null;
  /** The automatic reading (kind or purpose, decisionBy, confidence, reasons), or the seeker's correction. */
  reading: {
    kind: string | null;
    purpose: string | null;
    decisionBy: string | null;
    confidence: number;
    reasons: string[];
    interview: { at: string; durationMinutes: number } | null;
    /** What the message changed besides adding its touch ("interview i1 scheduled", "closed as rejected"). */
    effects?: string[];
  } | null;
  touchId: string | null;
  /** How it matched, why it did not, or why it failed. */
  note: string | null;
}

/**
 * The reads computing the agenda needs of a store: what the store itself
 * and the driver-only reader of src/store/sqlite-reader.ts both give.
 */
export type AgendaReads = Pick<
  Store,
  'seekerId' | 'revision' | 'getProfile' | 'opportunityStamps' | 'listOpportunities'
>;
