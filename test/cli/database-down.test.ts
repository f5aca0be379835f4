/**
 * PostgreSQL going away under a running command or server, on a throwaway
 * cluster of this file's own (started, stopped with `-m immediate` as a crash
 * would, and started again): the command ends in one line and exit 3 with
 * nothing written, and the server answers 503 (its /healthz too) until the
 * database is back. Skipped where no PostgreSQL is installed, as the store tests.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { createApp } from '../../src/server/app.js';
import { loopbackHosts } from '../../src/server/security.js';
import { openStore, type Store } from '../../src/store/index.js';
import { findPostgresBin, startCluster } from '../global-setup.js';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ok, ROOT } from './cli-runner.js';

const bin = findPostgresBin();

describe.skipIf(bin === null)('PostgreSQL stopped mid-command and under the server', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let running = true;

  beforeAll(async () => {
    ensureBuilt();
    cluster = await startCluster(bin!);
  }, 120_000);
  afterAll(async () => {
    if (!running) cluster?.resume();
    await cluster?.stop();
  }, 60_000);

  const pause = () => {
    cluster.pause();
    running = false;
  };
  const resume = () => {
    cluster.resume();
    running = true;
  };

  /** Waits until a session other than ours runs an INSERT inside a transaction that is not a migration's: the import is writing. */
  async function untilWriting(): Promise<void> {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      for (let tries = 0; tries < 1200; tries++) {
        const { rows } = await client.query(
          `select count(*)::int as n from pg_stat_activity
            where pid <> pg_backend_pid() and xact_start is not null and query ilike 'insert%' and query not ilike '%kysely_migration%'`,
        );
        if ((rows[0] as { n: number }).n > 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the import never started writing');
    } finally {
      await client.end();
    }
  }

  it('an import cut off by the server stopping ends in one line, exit 3, and nothing written', async () => {
    // A data file large enough that writing it takes seconds: the demo search, many times over.
    const source = freshHome();
    ok(source, ['demo']);
    const doc = JSON.parse(ok(source, ['export'])) as { opportunities: { id: string; company: string }[] };
    const copies = [];
    for (let i = 0; i < 1500; i++)
      for (const o of doc.opportunities) copies.push({ ...o, id: `${o.id}-${i}`, company: `${o.company} ${i}` });
    const text = JSON.stringify({ ...doc, opportunities: copies });

    const home = freshHome();
    const child = spawn(process.execPath, [CLI, '--database', cluster.url, 'import', '-'], {
      cwd: ROOT,
      env: cliEnv(home),
      stdio: 'pipe',
    });
    const out = { stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out.stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      out.stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The child may stop reading once the server is gone; a write that finds the pipe closed is
    // not what this test is about (its exit code and stderr are), so the pipe's error is kept for
    // the failure message instead of failing the run as an unhandled error.
    let pipeError = '';
    child.stdin.on('error', (e: Error) => {
      pipeError = ` (standard input: ${e.message})`;
    });
    child.stdin.end(text);

    await untilWriting();
    pause();
    const code = await exited;
    resume();

    expect(code, out.stderr + pipeError).toBe(3);
    const lines = out.stderr.split('\n').filter((l) => l !== '');
    expect(lines, out.stderr + pipeError).toHaveLength(1);
    expect(lines[0]).toMatch(/^afterview: could not reach the PostgreSQL server at 127\.0\.0\.1:\d+ \(.*\); check/);
    expect(out.stderr).not.toMatch(/this is a bug|Unhandled|at .*\.js:\d+/);
    const listed = JSON.parse(ok(home, ['--database', cluster.url, 'list', '--json'])) as unknown[];
    expect(listed).toEqual([]);
  }, 120_000);

  it('a command started while the server is down: exit 3, one line', () => {
    pause();
    try {
      const r = cli(freshHome(), ['--database', cluster.url, 'list']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
      expect(r.stderr).toMatch(/PostgreSQL server at 127\.0\.0\.1:\d+ \(connection refused\)/);
    } finally {
      resume();
    }
  }, 60_000);

  it('a database that does not exist: the server refused it, exit 3, one line, no password', () => {
    const url = new URL(cluster.url);
    url.password = 'secret';
    url.pathname = '/no_such_database';
    const r = cli(freshHome(), ['--database', url.toString(), 'list']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(r.stderr).toMatch(/PostgreSQL server at 127\.0\.0\.1:\d+ refused the connection \(.*no_such_database.*\)/);
    expect(r.stderr).not.toContain('secret');
  }, 60_000);

  describe('the web server', () => {
    let store: Store;
    const logged: string[] = [];
    let app: ReturnType<typeof createApp>;
    const host = '127.0.0.1:4411';
    const get = (path: string) => app.request(`http://${host}${path}`, { headers: { host } });

    beforeAll(async () => {
      store = await openStore({ databaseUrl: cluster.url, seekerId: 'server-down', poolSize: 2 });
      const ctx: AppContext = { store, now: Temporal.Now.instant(), machineZone: 'UTC', home: freshHome() };
      app = createApp({ ctx, allowedHosts: loopbackHosts(4411), logError: (e) => logged.push(String(e)) });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('answers 503 service_unavailable (not 500) and /healthz says false while the database is down', async () => {
      expect((await get('/healthz')).status).toBe(200);
      expect((await get('/api/opportunities')).status).toBe(200);
      pause();
      try {
        const api = await get('/api/opportunities');
        expect(api.status).toBe(503);
        expect(((await api.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
        const health = await get('/healthz');
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({ ok: false, error: { code: 'service_unavailable' } });
      } finally {
        resume();
      }
      expect(logged.length).toBeGreaterThan(0);
      for (const line of logged) expect(line).toMatch(/^could not reach the PostgreSQL server at [^\n]*$/);
      // Back: the pool opens new connections, nothing to restart.
      expect((await get('/healthz')).status).toBe(200);
      expect((await get('/api/opportunities')).status).toBe(200);
    }, 60_000);
  });
});
