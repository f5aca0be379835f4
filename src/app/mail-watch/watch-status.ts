/**
 * What the always-on mail watch is doing for each seeker, kept in this
 * process while `afterview serve` runs: whether it watches the inbox, when
 * it last synced, the last failure in one line with what to do, and the
 * morning digest's last outcome. `mail_status` and GET /api/mail/status
 * read it; nothing is written to the store.
 */

/**
 * `off`: nothing watches (no serve in this process); `not_configured`: no
 * IMAP account is set; `scheduled`: a server shared by many seekers syncs as
 * jobs every few minutes (src/app/jobs); `reconnect`: the provider sign-in
 * behind the account was revoked or has expired, so the seeker must connect
 * it again (the watch keeps trying, and picks the new sign-in up by itself).
 */
export type WatchState = 'off' | 'not_configured' | 'connecting' | 'watching' | 'retrying' | 'scheduled' | 'reconnect';

/** A job in the seeker's queue (accounts mode): what, and how it goes. */
export interface QueuedJob {
  kind: 'mail_sync' | 'digest';
  state: 'waiting' | 'running' | 'retrying';
  /** When it runs (or ran), ISO. */
  runAt: string;
  attempts: number;
  maxAttempts: number;
  /** The last attempt's failure in one line, or null. */
  lastError: string | null;
}

export interface MailWatchStatus {
  state: WatchState;
  /** When the last sync ended well (ISO), or null. */
  lastSyncedAt: string | null;
  /** Messages the last good sync read for the first time (placed or not). */
  lastNewMessages: number | null;
  /** The last failure (ISO time, one line, what to do), cleared by the next good sync. */
  lastError: { at: string; message: string; hint: string | null } | null;
  /** While retrying: when the next attempt is (ISO). */
  nextAttemptAt: string | null;
  /** The morning digest: the last day it was sent or skipped, and how that went. */
  digest: { lastDay: string | null; outcome: string | null; at: string | null };
  /** Accounts mode: the seeker's jobs in the queue (read from the database). */
  jobs?: QueuedJob[];
}

const statuses = new Map<string, MailWatchStatus>();

/** The status for a seeker whose mail nothing watches. */
export function offStatus(): MailWatchStatus {
  return {
    state: 'off',
    lastSyncedAt: null,
    lastNewMessages: null,
    lastError: null,
    nextAttemptAt: null,
    digest: { lastDay: null, outcome: null, at: null },
  };
}

/** The seeker's status (a copy); `off` when no watch runs for them here. */
export function watchStatus(seekerId: string): MailWatchStatus {
  const status = statuses.get(seekerId);
  return status ? structuredClone(status) : offStatus();
}

/** Changes the seeker's status (starting from `off`). */
export function updateWatchStatus(seekerId: string, change: Partial<MailWatchStatus>): void {
  statuses.set(seekerId, { ...(statuses.get(seekerId) ?? offStatus()), ...change });
}

/** Forgets the seeker's status (the watch stopped). */
export function clearWatchStatus(seekerId: string): void {
  statuses.delete(seekerId);
}

/** Readers of the queue, one per running job runner (tests run two in one process); the latest answers. */
const queueViews: ((seekerId: string) => Promise<QueuedJob[]>)[] = [];

/** Where `mailStatus` reads a seeker's queued jobs while a job runner runs; returns how to stop. */
export function setQueueView(view: (seekerId: string) => Promise<QueuedJob[]>): () => void {
  queueViews.push(view);
  return () => {
    const at = queueViews.indexOf(view);
    if (at !== -1) queueViews.splice(at, 1);
  };
}

/**
 * What `mail_status` answers: this process's status, and in accounts mode
 * the seeker's queued jobs, `scheduled` even in a process that has not run
 * one of their jobs yet.
 */
export async function mailStatus(seekerId: string): Promise<MailWatchStatus> {
  const status = watchStatus(seekerId);
  const queueView = queueViews.at(-1);
  if (!queueView) return status;
  return { ...status, state: status.state === 'off' ? 'scheduled' : status.state, jobs: await queueView(seekerId) };
}
