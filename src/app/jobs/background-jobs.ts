/**
 * Background work on a server shared by many seekers (accounts mode on
 * PostgreSQL): each seeker's mail sync and morning digest run as jobs in
 * graphile-worker, a maintained queue on PostgreSQL that creates its own
 * schema (`graphile_worker`) when it starts.
 *
 * - Jobs are rows: queued work survives a restart, and every server
 *   process on the database takes jobs from the same queue.
 * - One queue per seeker (`afterview:<seekerId>`): graphile-worker runs the
 *   jobs of one named queue one after another across every process, so a
 *   seeker never has two syncs at once, while other seekers' run alongside.
 *   A job key per seeker and kind keeps at most one waiting copy.
 * - A failed job is tried again with graphile-worker's backoff (about 3 s,
 *   7 s, 20 s, 55 s... : e to the power of the attempt).
 * - Two cron items, each run once per time slot whatever the number of
 *   processes: every 5 minutes a sync for every seeker with an IMAP account
 *   (a thousand seekers without one queue nothing); every 15 minutes a
 *   digest for each seeker whose hour (`digest.hour`, in their zone) it is.
 *   The digest's own claim (src/app/digest.ts) keeps it to one a day.
 *
 * The local single-seeker server does not use this (src/app/mail-watch).
 */
import { type JobHelpers, Logger, parseCronItems, type Runner, run, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { Temporal } from 'temporal-polyfill';
import { AppError } from '../../records/errors.js';
import { imapUrlOf, syncImap } from '../commands/imap-sync.js';
import type { AppContext } from '../context.js';
import { digestHourOf, runDigest } from '../digest.js';
import { failureLine } from '../mail-watch/always-on.js';
import { dataChanged } from '../mail-watch/changes.js';
import { setQueueView, updateWatchStatus, watchStatus } from '../mail-watch/watch-status.js';
import { queuedJobs, seekerQueue } from './queued-jobs.js';

/** The task names in graphile-worker's tables. */
export const TASKS = {
  sync: 'afterview_mail_sync',
  digest: 'afterview_digest',
  syncAll: 'afterview_sync_all',
  digestsDue: 'afterview_digests_due',
} as const;

/** Attempts before a job is given up (the next scheduled one starts afresh). */
const SYNC_ATTEMPTS = 5;
/** About half an hour of backoff in all, for an SMTP server that is briefly away. */
const DIGEST_ATTEMPTS = 8;

export interface BackgroundJobsOptions {
  /** The PostgreSQL URL; the role needs CREATE on the database the first time (the queue's schema). */
  databaseUrl: string;
  /** A context for a seeker, "now" read at the call. */
  contextFor(seekerId: string): Promise<AppContext>;
  /** The server's "now" (the scheduler's digest hours). */
  clock(): Temporal.Instant;
  /** The seekers to schedule work for (enabled accounts with their own data). */
  seekers(): Promise<string[]>;
  /**
   * Of those, the ones the 5-minute sync is queued for: seekers with an IMAP
   * account (see `seekersWithImap`). Default: every one of `seekers`.
   */
  mailSeekers?(): Promise<string[]>;
  /** Where the web app is reached, for the digest's links. */
  publicUrl: string;
  /** Jobs run at once in this process. Default 4. */
  concurrency?: number;
  /** Run the two cron items (default true; tests enqueue by hand). */
  schedule?: boolean;
  /** How often to look for jobs due later (retries), in ms. Default 2000. */
  pollIntervalMs?: number;
  /** Failures in one line (default: nowhere; they are in the status). */
  log?: (line: string) => void;
}

/** Payload of a seeker's job. */
interface SeekerPayload {
  seekerId: string;
}

/** A running job runner. */
export interface BackgroundJobs {
  /** Queues a sync for the seeker (joins one already waiting). */
  enqueueSync(seekerId: string): Promise<void>;
  /** Queues a digest check for the seeker (joins one already waiting). */
  enqueueDigest(seekerId: string): Promise<void>;
  /** What the scheduler's digest tick would queue at `at`: the seekers whose digest hour it is. */
  digestsDue(at: Temporal.Instant): Promise<string[]>;
  /** Job events (job:start, job:success, job:error, job:complete...), for tests and logs. */
  readonly events: Runner['events'];
  /** Stops taking jobs, lets running ones finish (and unlocks them), and closes the pool. */
  stop(): Promise<void>;
}

/** How a job is added: to the seeker's queue, under the seeker's key for its kind. */
export function seekerJobSpec(task: string, seekerId: string) {
  return {
    identifier: task,
    payload: { seekerId } satisfies SeekerPayload,
    queueName: seekerQueue(seekerId),
    jobKey: `${task}:${seekerId}`,
    maxAttempts: task === TASKS.digest ? DIGEST_ATTEMPTS : SYNC_ATTEMPTS,
  };
}

/**
 * Starts the runner: creates or upgrades the queue's schema (graphile-worker
 * does it under its own care, safe with several processes), then takes
 * jobs until `stop()`. Rejects when PostgreSQL refuses (no CREATE right the
 * first time, unreachable).
 */
export async function startBackgroundJobs(options: BackgroundJobsOptions): Promise<BackgroundJobs> {
  const concurrency = options.concurrency ?? 4;
  const log = options.log ?? (() => {});
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 2 });
  // A dropped connection: the query on it fails (and its job is retried); the pool opens another.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));

  const digestsDue = async (at: Temporal.Instant) => {
    const due: string[] = [];
    for (const seekerId of await options.seekers()) {
      const ctx = await options.contextFor(seekerId);
      const hour = await digestHourOf(ctx);
      if (hour === null) continue;
      const zone = (await ctx.store.getProfile()).timezone ?? ctx.machineZone;
      if (at.toZonedDateTimeISO(zone).hour === hour) due.push(seekerId);
    }
    return due;
  };

  const taskList: TaskList = {
    [TASKS.sync]: async (payload) => {
      const { seekerId } = payload as SeekerPayload;
      const ctx = await options.contextFor(seekerId);
      try {
        const report = await syncImap(ctx);
        updateWatchStatus(seekerId, {
          state: 'scheduled',
          lastSyncedAt: new Date().toISOString(),
          lastNewMessages: report.messages.length - report.duplicate,
          lastError: null,
          nextAttemptAt: null,
        });
        if (report.messages.length > report.duplicate) dataChanged(seekerId);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_configured') {
          updateWatchStatus(seekerId, { state: 'not_configured', nextAttemptAt: null });
          return; // nothing to retry until an account is set
        }
        const line = failureLine(error);
        updateWatchStatus(seekerId, { state: 'retrying', lastError: { at: new Date().toISOString(), ...line } });
        log(`mail sync for ${seekerId}: ${line.message}`);
        throw error;
      }
    },
    [TASKS.digest]: async (payload) => {
      const { seekerId } = payload as SeekerPayload;
      const ctx = await options.contextFor(seekerId);
      const at = new Date().toISOString();
      try {
        const outcome = await runDigest(ctx, { publicUrl: options.publicUrl });
        if (outcome.state !== 'off') {
          updateWatchStatus(seekerId, { digest: { lastDay: outcome.day, outcome: outcome.state, at } });
        }
      } catch (error) {
        const line = failureLine(error);
        const lastDay = watchStatus(seekerId).digest.lastDay;
        updateWatchStatus(seekerId, { digest: { lastDay, outcome: `failed: ${line.message}`, at } });
        log(`morning digest for ${seekerId}: ${line.message}`);
        // No address or no SMTP account: trying again cannot help.
        if (!(error instanceof AppError && error.code === 'not_configured')) throw error;
      }
    },
    [TASKS.syncAll]: async (_payload, helpers) => {
      await addSeekerJobs(helpers, TASKS.sync, await (options.mailSeekers ?? options.seekers)());
    },
    [TASKS.digestsDue]: async (payload, helpers) => {
      // A tick backfilled after a restart looks at the hour it was meant for.
      const late = Date.now() - Date.parse((payload as { _cron?: { ts: string } })._cron?.ts ?? '');
      const now = options.clock();
      const at = Number.isFinite(late) && late > 0 ? now.subtract({ milliseconds: late }) : now;
      await addSeekerJobs(helpers, TASKS.digest, await digestsDue(at));
    },
  };

  const parsedCronItems =
    options.schedule === false
      ? []
      : parseCronItems([
          { task: TASKS.syncAll, match: '*/5 * * * *', identifier: TASKS.syncAll },
          {
            task: TASKS.digestsDue,
            match: '*/15 * * * *',
            identifier: TASKS.digestsDue,
            options: { backfillPeriod: 60 * 60_000 },
          },
        ]);

  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: options.pollIntervalMs ?? 2000,
      taskList,
      parsedCronItems,
      logger: quietLogger(log),
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  const clearQueueView = setQueueView((seekerId) => queuedJobs(pool, seekerId));

  return {
    enqueueSync: async (seekerId) => {
      await runner.addJob(TASKS.sync, { seekerId }, spec(TASKS.sync, seekerId));
    },
    enqueueDigest: async (seekerId) => {
      await runner.addJob(TASKS.digest, { seekerId }, spec(TASKS.digest, seekerId));
    },
    digestsDue,
    events: runner.events,
    async stop() {
      clearQueueView();
      await runner.stop();
      await pool.end();
    },
  };
}

/** The seekers whose work is scheduled: enabled seeker accounts (a coach has no data of their own). */
export function activeSeekers(
  users: readonly { role: string; disabled: boolean; seekerId: string | null }[],
): string[] {
  return users.flatMap((u) => (u.role === 'seeker' && !u.disabled && u.seekerId ? [u.seekerId] : []));
}

/**
 * Of `seekers`, those a sync has work for: every one when the server's
 * environment gives an IMAP account, else those with `imap.url` in their
 * own saved secrets. Only the seekers in `withSecrets`
 * (StoreDatabase.seekersWithSecrets, one query for all) are read one by
 * one, so seekers who never saved a secret cost nothing.
 */
export async function seekersWithImap(
  seekers: readonly string[],
  withSecrets: readonly string[],
  contextFor: (seekerId: string) => Promise<AppContext>,
  imapFromEnvironment: boolean,
): Promise<string[]> {
  if (imapFromEnvironment) return [...seekers];
  const saved = new Set(withSecrets);
  const found: string[] = [];
  for (const seekerId of seekers) {
    if (saved.has(seekerId) && (await imapUrlOf(await contextFor(seekerId)))) found.push(seekerId);
  }
  return found;
}

/** A spec's options for addJob: waiting copies keep their time (a retry keeps its backoff). */
function spec(task: string, seekerId: string) {
  const { queueName, jobKey, maxAttempts } = seekerJobSpec(task, seekerId);
  return { queueName, jobKey, maxAttempts, jobKeyMode: 'preserve_run_at' as const };
}

async function addSeekerJobs(helpers: JobHelpers, task: string, seekerIds: readonly string[]): Promise<void> {
  if (seekerIds.length === 0) return;
  await helpers.addJobs(
    seekerIds.map((id) => seekerJobSpec(task, id)),
    true,
  );
}

/** graphile-worker's own log: its errors in one line each, but not a job's failure (the task reports that). */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' && !message.startsWith('Failed task')) log(`jobs: ${message.split('\n')[0]}`);
  });
}
