/**
 * Background jobs on a real PostgreSQL (graphile-worker's own schema), with
 * real Dovecot servers (test/dovecot.ts) and a real SMTP peer
 * (test/smtp-peer.ts). Two runners on one database stand for two server
 * processes.
 *
 * - A sync job for seeker A reads A's mailbox into A's data only.
 * - Syncs for one seeker asked for at once, from two runners, run one after
 *   another, never overlapping; every message is read once.
 * - A failing sync is tried again after a backoff and then succeeds.
 * - A digest job queued while no runner ran is done after a restart, and
 *   the digest goes out exactly once, however often it is queued again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quickAddJob } from 'graphile-worker';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../../test/dialects.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../../../test/dovecot.js';
import { BRIGHTWATER_DOC, message } from '../../../test/factories/brightwater-mail.js';
import { type SmtpPeer, startSmtpPeer } from '../../../test/smtp-peer.js';
import { until } from '../../../test/until.js';
import { type Runtime, startRuntime } from '../../main.js';
import { addUser } from '../accounts/accounts.js';
import { importDocument, validateDocument } from '../commands/data.js';
import { inbox } from '../commands/mail.js';
import { setConfig } from '../commands/settings.js';
import { mailStatus } from '../mail-watch/watch-status.js';
import { type BackgroundJobs, seekerJobSpec, seekersWithImap, startBackgroundJobs, TASKS } from './background-jobs.js';

const postgres = DIALECTS.find((d) => d.name === 'postgres');
/** Thursday, November 26, 2026, 09:00 in New York. */
const NOW = '2026-11-26T14:00:00Z';

const mail = (id: string, to: string) =>
  message({
    id,
    from: 'Maya Chen <maya@brightwater.example>',
    to,
    subject: `Note ${id}`,
    date: 'Tue, 24 Nov 2026 09:30:00 -0500',
    body: 'Hi,\r\n\r\nJust a note.\r\n\r\nMaya',
  });

/** One job's run as a runner saw it. */
interface Run {
  runner: string;
  jobId: string;
  task: string;
  seekerId: string;
  start: number;
  end: number | null;
  error: string | null;
}

describe.skipIf(!postgres || postgres.skip !== null || !dovecotAvailable())('background jobs on PostgreSQL', () => {
  let database: TestDatabase;
  let url: string;
  let home: string;
  let rt: Runtime;
  let dovecotA: Dovecot;
  let dovecotB: Dovecot;
  let peer: SmtpPeer;
  const seekers: Record<'a' | 'b' | 'd', string> = { a: '', b: '', d: '' };
  const runs: Run[] = [];
  const runners: BackgroundJobs[] = [];

  const imapUrl = (d: Dovecot) => `imap://${d.user}:${d.pass}@127.0.0.1:${d.port}`;
  const set = async (seekerId: string, key: string, value: string) =>
    setConfig(await rt.contextFor(seekerId), { key, value });
  const inboxIds = async (seekerId: string) =>
    (await inbox(await rt.contextFor(seekerId), { all: true })).map((m) => m.messageId);
  const queueEmpty = async () =>
    Number((await database.query('select count(*) as n from graphile_worker.jobs'))[0]?.['n']) === 0;

  /** A runner, as one server process has; its job runs are recorded in `runs`. */
  async function runner(name: string): Promise<BackgroundJobs> {
    const jobs = await startBackgroundJobs({
      databaseUrl: url,
      contextFor: (id) => rt.contextFor(id),
      clock: () => Temporal.Instant.from(NOW),
      seekers: async () => Object.values(seekers),
      publicUrl: 'https://jobs.example.org/',
      schedule: false,
      pollIntervalMs: 200,
    });
    jobs.events.on('job:start', ({ job }) => {
      runs.push({
        runner: name,
        jobId: job.id,
        task: job.task_identifier,
        seekerId: (job.payload as { seekerId: string }).seekerId,
        start: performance.now(),
        end: null,
        error: null,
      });
    });
    jobs.events.on('job:complete', ({ job, error }) => {
      const run = runs.findLast((r) => r.jobId === job.id && r.end === null);
      if (run) {
        run.end = performance.now();
        run.error = error ? String((error as Error).message ?? error) : null;
      }
    });
    runners.push(jobs);
    return jobs;
  }
  const stopRunner = async (jobs: BackgroundJobs) => {
    runners.splice(runners.indexOf(jobs), 1);
    await jobs.stop();
  };

  beforeAll(async () => {
    database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    url = database.location.databaseUrl as string;
    home = mkdtempSync(join(tmpdir(), 'afterview-jobs-'));
    rt = await startRuntime({ home, database: url, now: NOW });
    const accounts = rt.database.accounts();
    for (const key of ['a', 'b', 'd'] as const) {
      const added = await addUser(
        accounts,
        { email: `${key}@example.org`, role: 'seeker', nowMs: Date.parse(NOW) },
        async (id) => {
          await rt.database.forSeeker(id);
        },
      );
      seekers[key] = added.user.seekerId as string;
    }
    [dovecotA, dovecotB, peer] = await Promise.all([startDovecot(), startDovecot(), startSmtpPeer()]);
    await dovecotA.append('INBOX', mail('for-a@brightwater.example', 'a@example.org'));
    await dovecotB.append('INBOX', mail('for-b@brightwater.example', 'b@example.org'));
    await set(seekers.a, 'imap.url', imapUrl(dovecotA));
    await set(seekers.b, 'imap.url', imapUrl(dovecotB));
  }, 60_000);

  afterAll(async () => {
    for (const jobs of [...runners]) await jobs.stop();
    await rt?.close();
    await Promise.all([dovecotA?.stop(), dovecotB?.stop(), peer?.close()]);
    await database?.dispose();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('queues the 5-minute sync only for seekers with an IMAP account (D has none), or all when the server has one', async () => {
    const all = Object.values(seekers);
    const withSecrets = await rt.database.seekersWithSecrets();
    expect(await seekersWithImap(all, withSecrets, rt.contextFor, false)).toEqual([seekers.a, seekers.b]);
    expect(await seekersWithImap(all, withSecrets, rt.contextFor, true)).toEqual(all);
  });

  it("a sync job for seeker A reads A's mail into A's data only", async () => {
    const jobs = await runner('one');
    // The queue's schema is graphile-worker's own, made at start.
    expect(await database.query("select 1 from pg_namespace where nspname = 'graphile_worker'")).toHaveLength(1);
    await jobs.enqueueSync(seekers.a);
    await until(
      'A synced',
      async () => (await mailStatus(seekers.a)).lastSyncedAt !== null && (await queueEmpty()),
      20_000,
    );
    expect(await inboxIds(seekers.a)).toEqual(['<for-a@brightwater.example>']);
    expect(await inboxIds(seekers.b)).toEqual([]);
    expect(await mailStatus(seekers.a)).toMatchObject({ state: 'scheduled', lastError: null, jobs: [] });
    expect(await mailStatus(seekers.b)).toMatchObject({ state: 'scheduled', lastSyncedAt: null });

    await jobs.enqueueSync(seekers.b);
    await until(
      'B synced',
      async () => (await mailStatus(seekers.b)).lastSyncedAt !== null && (await queueEmpty()),
      20_000,
    );
    expect(await inboxIds(seekers.b)).toEqual(['<for-b@brightwater.example>']);
    expect(await inboxIds(seekers.a)).toEqual(['<for-a@brightwater.example>']);
  }, 60_000);

  it("one seeker's syncs asked for at once by two server processes run one at a time", async () => {
    const one = runners[0] ?? (await runner('one'));
    const two = await runner('two');
    dovecotA.deliver(
      'INBOX',
      Array.from({ length: 400 }, (_, n) => mail(`bulk-${n}@news.example`, 'a@example.org')),
    );
    const before = runs.length;
    await Promise.all([one.enqueueSync(seekers.a), two.enqueueSync(seekers.a), two.enqueueSync(seekers.b)]);
    // Once one runs, ask again from both: a new job waits behind the running one.
    await until('a sync running', async () => runs.slice(before).some((r) => r.seekerId === seekers.a));
    await Promise.all([one.enqueueSync(seekers.a), two.enqueueSync(seekers.a)]);
    await until('the queue empty', async () => (await queueEmpty()) && runs.every((r) => r.end !== null), 60_000);

    const mine = runs.slice(before).filter((r) => r.seekerId === seekers.a);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((r) => r.error === null)).toBe(true);
    const ordered = [...mine].sort((x, y) => x.start - y.start);
    for (let i = 1; i < ordered.length; i++) {
      expect(ordered[i]!.start).toBeGreaterThanOrEqual(ordered[i - 1]!.end as number);
    }
    const ids = await inboxIds(seekers.a);
    expect(ids.filter((id) => id.startsWith('<bulk-'))).toHaveLength(400);
    expect(new Set(ids).size).toBe(ids.length);
    await stopRunner(two);
  }, 90_000);

  it('a failing sync is tried again after a backoff, and succeeds', async () => {
    const jobs = runners[0] ?? (await runner('one'));
    // Nothing listens on port 1 of loopback: the first attempt fails.
    await set(seekers.b, 'imap.url', `imap://${dovecotB.user}:${dovecotB.pass}@127.0.0.1:1`);
    await dovecotB.append('INBOX', mail('later-b@brightwater.example', 'b@example.org'));
    const before = runs.length;
    await jobs.enqueueSync(seekers.b);
    await until('the first failure', async () => runs.slice(before).some((r) => r.error !== null));
    const status = await mailStatus(seekers.b);
    expect(status.lastError?.message).toMatch(/lost the connection|IMAP/);
    expect(status.jobs).toEqual([
      expect.objectContaining({ kind: 'mail_sync', state: 'retrying', attempts: 1, maxAttempts: 5 }),
    ]);
    await set(seekers.b, 'imap.url', imapUrl(dovecotB));
    await until(
      'the retry',
      async () => (await queueEmpty()) && runs.slice(before).some((r) => r.end && !r.error),
      20_000,
    );
    const attempts = runs.slice(before).filter((r) => r.seekerId === seekers.b);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.jobId).toBe(attempts[1]!.jobId);
    // graphile-worker's first backoff is e^1 seconds.
    expect(attempts[1]!.start - (attempts[0]!.end as number)).toBeGreaterThan(2000);
    expect(await inboxIds(seekers.b)).toContain('<later-b@brightwater.example>');
    expect(await mailStatus(seekers.b)).toMatchObject({ lastError: null, jobs: [] });
  }, 60_000);

  it('a digest job queued while no server ran is done after the restart, and sends exactly one message', async () => {
    for (const jobs of [...runners]) await stopRunner(jobs);
    const d = seekers.d;
    await importDocument(await rt.contextFor(d), validateDocument(BRIGHTWATER_DOC));
    await set(d, 'smtp.url', peer.url('sam', 'correct horse'));
    await set(d, 'digest.hour', '9');

    // Queued with no runner at all, as the scheduler of a process that then stopped would have.
    const { identifier, payload, ...spec } = seekerJobSpec(TASKS.digest, d);
    await quickAddJob({ connectionString: url }, identifier, payload, spec);
    expect(peer.messages).toHaveLength(0);

    const first = await runner('after restart');
    await until('the digest', async () => peer.messages.length > 0 && (await queueEmpty()), 20_000).catch(
      async (error) => {
        throw new Error(`${error.message}: ${JSON.stringify({ runs, status: await mailStatus(d) })}`);
      },
    );
    expect(peer.messages).toHaveLength(1);
    expect(peer.messages[0]!.to).toEqual(['sam.lee@example.com']);
    expect(peer.messages[0]!.raw.toString('utf8')).toMatch(/^X-Afterview-Digest: 2026-11-26\r\n/);

    // Another restart, and the scheduler's tick at 09:00 in New York queues it again: nothing more is sent.
    await stopRunner(first);
    const second = await runner('second restart');
    const due = await second.digestsDue(Temporal.Instant.from(NOW));
    expect(due).toEqual([d]);
    expect(await second.digestsDue(Temporal.Instant.from('2026-11-26T13:59:00Z'))).toEqual([]);
    const before = runs.length;
    await Promise.all([second.enqueueDigest(d), second.enqueueDigest(d)]);
    await until('the second digest job', async () => (await queueEmpty()) && runs.length > before);
    expect(peer.messages).toHaveLength(1);
    expect((await mailStatus(d)).digest).toMatchObject({ lastDay: '2026-11-26', outcome: 'done_today' });
  }, 60_000);

  it('runs as the server role of docs/deploy.md, which makes the queue schema its own at the first start', async () => {
    const fresh = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    const role = `afterview_jobs_${process.pid}_${Date.now() % 100_000}`;
    const ownerUrl = fresh.location.databaseUrl as string;
    const roleUrl = new URL(ownerUrl);
    roleUrl.username = role;
    const name = roleUrl.pathname.slice(1);
    let appRt: Runtime | null = null;
    let jobs: BackgroundJobs | null = null;
    try {
      await (await startRuntime({ home, database: ownerUrl, now: NOW })).close();
      for (const statement of [
        `create role ${role} login nosuperuser nobypassrls`,
        `grant usage on schema public to ${role}`,
        `grant create on database ${name} to ${role}`,
        `grant select, insert, update, delete on all tables in schema public to ${role}`,
      ]) {
        await fresh.query(statement);
      }
      appRt = await startRuntime({ home, database: roleUrl.toString(), now: NOW });
      const rtAsApp = appRt;
      const added = await addUser(
        rtAsApp.database.accounts(),
        { email: 'e@example.org', role: 'seeker', nowMs: Date.parse(NOW) },
        async (id) => {
          await rtAsApp.database.forSeeker(id);
        },
      );
      const seekerId = added.user.seekerId as string;
      jobs = await startBackgroundJobs({
        databaseUrl: roleUrl.toString(),
        contextFor: (id) => rtAsApp.contextFor(id),
        clock: () => Temporal.Instant.from(NOW),
        seekers: async () => [seekerId],
        publicUrl: 'https://jobs.example.org/',
        // With the scheduler's cron items, as `afterview serve` starts it.
        pollIntervalMs: 200,
      });
      const owner = await fresh.query(
        "select nspowner::regrole::text as owner from pg_namespace where nspname = 'graphile_worker'",
      );
      expect(owner).toEqual([{ owner: role }]);
      await jobs.enqueueSync(seekerId);
      const done = async () =>
        Number((await fresh.query('select count(*) as n from graphile_worker.jobs'))[0]?.['n']) === 0;
      await until('the sync job', done);
      // No IMAP account: the job ends without retrying, and the status says so.
      expect(await mailStatus(seekerId)).toMatchObject({ state: 'not_configured', jobs: [] });
    } finally {
      await jobs?.stop();
      await appRt?.close();
      await fresh.dispose();
    }
  }, 60_000);
});
