/**
 * What the always-on mail watch is doing for each seeker, kept in this
 * process while `afterview serve` runs: whether it watches the inbox, when
 * it last synced, the last failure in one line with what to do, and the
 * morning digest's last outcome. `mail_status` and GET /api/mail/status
 * read it; nothing is written to the store.
 */

/**
 * `off`: nothing watches (no serve in this process); `not_configured`: no IMAP account is set;
 * `reconnect`: the provider sign-in behind the account was revoked or has expired, so the seeker
 * must connect it again (the watch keeps trying, and picks the new sign-in up by itself).
 */
export type WatchState = 'off' | 'not_configured' | 'connecting' | 'watching' | 'retrying' | 'reconnect';

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
