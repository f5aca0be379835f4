/**
 * What the job queue holds for one seeker, read from graphile-worker's
 * `graphile_worker.jobs` view: each waiting, running or retrying job of the
 * seeker's queue, for `mail_status`. Any server process answers the same,
 * since it is read from the database.
 */
import type pg from 'pg';
import type { QueuedJob } from '../mail-watch/watch-status.js';

/** The seeker's named queue: its jobs run one at a time across every process. */
export function seekerQueue(seekerId: string): string {
  return `afterview:${seekerId}`;
}

/** The task names, as `mail_status` shows them. */
const KINDS: Record<string, QueuedJob['kind']> = {
  afterview_mail_sync: 'mail_sync',
  afterview_digest: 'digest',
};

/** The seeker's jobs, soonest first. */
export async function queuedJobs(pool: Pick<pg.Pool, 'query'>, seekerId: string): Promise<QueuedJob[]> {
  const { rows } = await pool.query<{
    task_identifier: string;
    run_at: Date;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    locked_at: Date | null;
  }>(
    `select task_identifier, run_at, attempts, max_attempts, last_error, locked_at
       from graphile_worker.jobs where queue_name = $1 order by run_at, id`,
    [seekerQueue(seekerId)],
  );
  return rows.map((row) => ({
    kind: KINDS[row.task_identifier] ?? 'mail_sync',
    state: row.locked_at ? 'running' : row.attempts > 0 ? 'retrying' : 'waiting',
    runAt: row.run_at.toISOString(),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    // graphile-worker keeps the error's message; the first line is the one the seeker needs.
    lastError: row.last_error ? (row.last_error.split('\n')[0] ?? null) : null,
  }));
}
