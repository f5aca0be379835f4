/**
 * Always on: while `afterview serve` runs, the seeker's mail syncs by
 * itself and the morning digest goes out. An in-process loop (one seeker,
 * one process; no job queue):
 *
 * - sync once, then hold an IMAP IDLE connection on the inbox; new mail
 *   there runs the usual sync (`syncImap`, one at a time per seeker);
 * - every few minutes, a sync of the inbox and the sent folder (IDLE only
 *   watches the inbox), which also notices a changed `imap.url`;
 * - a dropped connection or a failed sync retries after 1 s, 2 s, 4 s...
 *   up to a few minutes; a good sync resets the wait;
 * - every minute, the digest's tick (src/app/digest.ts).
 *
 * What it is doing is kept in watch-status.ts for `mail_status`.
 */
import { InboxWatchClosed, watchInbox } from '../../mail/imap-watch.js';
import { AppError, isServiceError, networkReason } from '../../records/errors.js';
import { imapAccountOf, imapUrlOf, parseImapUrl, syncImap } from '../commands/imap-sync.js';
import type { AppContext } from '../context.js';
import { runDigest } from '../digest.js';
import { dataChanged } from './changes.js';
import { clearWatchStatus, updateWatchStatus, watchStatus } from './watch-status.js';

export interface AlwaysOnOptions {
  /** A context for the seeker with "now" read at the call (the server's clock). */
  contextFor(): Promise<AppContext>;
  seekerId: string;
  /** Where the web app is reached, for the digest's links. */
  publicUrl: string;
  /** The sent folder's round (and the check for a changed account). Default 5 minutes. */
  roundMs?: number;
  /** The first wait after a failure, doubled each time up to `maxRetryMs`. Default 1 s. */
  firstRetryMs?: number;
  /** Default 5 minutes. */
  maxRetryMs?: number;
  /** How often to look again for an IMAP account when none is set. Default 1 minute. */
  configCheckMs?: number;
  /** How often the digest's tick runs. Default 1 minute. */
  digestEveryMs?: number;
  /** Where failures are reported in one line (default: nowhere; they are in the status). */
  log?: (line: string) => void;
}

/** A running loop. */
export interface AlwaysOn {
  /** Stops watching and waits for the loop to end (a sync under way finishes first). */
  stop(): Promise<void>;
}

/** Starts the loop for one seeker. Never throws; failures go to the status and `log`. */
export function startAlwaysOn(options: AlwaysOnOptions): AlwaysOn {
  const { seekerId } = options;
  const roundMs = options.roundMs ?? 5 * 60_000;
  const firstRetryMs = options.firstRetryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 5 * 60_000;
  const log = options.log ?? (() => {});
  let stopped = false;
  let wake: () => void = () => {};
  /** Resolves after `ms`, or at once when stopped or woken. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref?.();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      wake = done;
    });

  updateWatchStatus(seekerId, { state: 'connecting' });
  const failed = (error: unknown, nextAttemptAt: string | null) => {
    const line = failureLine(error);
    updateWatchStatus(seekerId, {
      state:
        error instanceof AppError && error.code === 'mail_reconnect'
          ? 'reconnect'
          : nextAttemptAt
            ? 'retrying'
            : watchStatus(seekerId).state,
      lastError: { at: new Date().toISOString(), ...line },
      nextAttemptAt,
    });
    log(line.hint ? `${line.message}; ${line.hint}` : line.message);
  };

  /** One sync through the shared lock; records how it went. Throws what the sync throws. */
  const syncOnce = async () => {
    const report = await syncImap(await options.contextFor());
    updateWatchStatus(seekerId, {
      lastSyncedAt: new Date().toISOString(),
      lastNewMessages: report.messages.length - report.duplicate,
      lastError: null,
      nextAttemptAt: null,
    });
    if (report.messages.length > report.duplicate) dataChanged(seekerId);
  };

  // New mail while a sync runs: one more sync after it, however many messages arrived.
  let pending: Promise<void> | null = null;
  let again = false;
  const onNewMail = () => {
    if (pending) {
      again = true;
      return;
    }
    pending = (async () => {
      do {
        again = false;
        await syncOnce().catch((error: unknown) => failed(error, null));
      } while (again && !stopped);
      pending = null;
    })();
  };

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      const ctx = await options.contextFor().catch(() => null);
      const url = ctx ? await imapUrlOf(ctx).catch(() => null) : null;
      if (!url) {
        updateWatchStatus(seekerId, { state: 'not_configured', nextAttemptAt: null });
        await pause(options.configCheckMs ?? 60_000);
        continue;
      }
      let watch: Awaited<ReturnType<typeof watchInbox>> | null = null;
      try {
        const account = ctx ? await imapAccountOf(ctx, url) : parseImapUrl(url);
        updateWatchStatus(seekerId, { state: 'connecting' });
        await syncOnce();
        watch = await watchInbox(account, onNewMail);
        updateWatchStatus(seekerId, { state: 'watching', nextAttemptAt: null });
        failures = 0;
        for (;;) {
          const ended = await Promise.race([watch.ended, pause(roundMs).then(() => 'round' as const)]);
          if (stopped) break;
          if (ended !== 'round') throw ended ?? new InboxWatchClosed();
          const current = await imapUrlOf(await options.contextFor());
          if (current !== url) break;
          await syncOnce();
        }
      } catch (error) {
        failures++;
        const waitMs = Math.min(firstRetryMs * 2 ** (failures - 1), maxRetryMs);
        failed(error, new Date(Date.now() + waitMs).toISOString());
        await watch?.close();
        watch = null;
        await pause(waitMs);
      } finally {
        await watch?.close();
      }
    }
  })();

  const digest = (async () => {
    while (!stopped) {
      try {
        const outcome = await runDigest(await options.contextFor(), { publicUrl: options.publicUrl });
        if (outcome.state !== 'off') {
          updateWatchStatus(seekerId, {
            digest: { lastDay: outcome.day, outcome: outcome.state, at: new Date().toISOString() },
          });
        }
      } catch (error) {
        const line = failureLine(error);
        const day = watchStatus(seekerId).digest.lastDay;
        updateWatchStatus(seekerId, {
          digest: { lastDay: day, outcome: `failed: ${line.message}`, at: new Date().toISOString() },
        });
        log(`morning digest: ${line.hint ? `${line.message}; ${line.hint}` : line.message}`);
      }
      await pauseFor(options.digestEveryMs ?? 60_000, () => stopped);
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake();
      await Promise.all([loop, digest, pending]);
      clearWatchStatus(seekerId);
    },
  };
}

/** Waits `ms` in short steps, ending early once `stop()` is true. */
async function pauseFor(ms: number, stop: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!stop() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, until - Date.now())).unref?.());
  }
}

/** A failure in one line and what to do about it; never a password (the sync's errors already hide it). */
export function failureLine(error: unknown): { message: string; hint: string | null } {
  if (error instanceof AppError) return { message: error.message, hint: error.hint };
  const e = error as { authenticationFailed?: boolean; message?: string } | null;
  if (e?.authenticationFailed) {
    return {
      message: 'the IMAP server refused the user name or password',
      hint: 'check imap.url, or make a new app password and run `afterview connect` again',
    };
  }
  const reason = networkReason(error);
  if (reason || isServiceError(error) || error instanceof InboxWatchClosed) {
    return {
      message: `lost the connection to the IMAP server (${reason ?? 'the connection closed'})`,
      hint: 'it is tried again by itself; check the network if this stays',
    };
  }
  return {
    message: `watching the inbox failed: ${e?.message ?? String(error)}`,
    hint: 'it is tried again by itself',
  };
}
