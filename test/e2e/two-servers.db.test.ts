/**
 * Two `afterview serve` processes (the built CLI) started at the same moment
 * on one fresh PostgreSQL database, as two machines behind one proxy would
 * be, each with its own data home: both apply the migrations safely (under
 * the Migrator's lock, each exactly once), both serve, a write through one
 * is read through the other, and writes sent to both at once are all kept,
 * new opportunities as well as facts added to one opportunity from both
 * sides. Skipped without PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { CLI, cliEnv, ensureBuilt, ROOT } from '../cli/cli-runner.js';
import { DIALECTS, type TestDatabase } from '../dialects.js';

const postgres = DIALECTS.find((d) => d.name === 'postgres');

interface Server {
  child: ChildProcess;
  home: string;
  url: string;
}

/** Starts `afterview serve` on the database and resolves once it says where it runs. */
function startServe(databaseUrl: string): { started: Promise<Server>; child: ChildProcess; home: string } {
  const home = mkdtempSync(join(tmpdir(), 'afterview-two-'));
  const child = spawn(process.execPath, [CLI, '--database', databaseUrl, 'serve', '--port', '0', '--no-sync'], {
    cwd: ROOT,
    env: cliEnv(home),
  });
  const started = new Promise<Server>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+?\/)/.exec(out);
      if (m?.[1]) resolve({ child, home, url: m[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
  return { started, child, home };
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(path, base), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any, text };
}

describe.skipIf(!postgres || postgres.skip !== null)('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: Server;
  let b: Server;
  const children: ChildProcess[] = [];
  const homes: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    const url = database.location.databaseUrl as string;
    // Both at the same moment on a database with no tables yet: both run the migrations' first step.
    const starts = [startServe(url), startServe(url)];
    for (const s of starts) {
      children.push(s.child);
      homes.push(s.home);
    }
    [a, b] = (await Promise.all(starts.map((s) => s.started))) as [Server, Server];
  }, 60_000);

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGINT');
          }),
      ),
    );
    await database?.dispose();
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  });

  it('applies every migration exactly once, and both serve', async () => {
    const applied = await database.query('select name from kysely_migration order by name');
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    for (const server of [a, b]) expect((await call(server.url, 'GET', '/healthz')).body).toEqual({ ok: true });
    expect(a.url).not.toBe(b.url);
  });

  it('shows a write through one server when read through the other', async () => {
    const added = await call(a.url, 'POST', '/api/opportunities', { company: 'Acme', role: 'Engineer' });
    expect(added.status, added.text).toBe(201);
    const seen = await call(b.url, 'GET', `/api/opportunities/${added.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.opportunity.company).toBe('Acme');
    const logged = await call(b.url, 'POST', `/api/opportunities/${added.body.id}/interviews`, {
      at: '2026-11-26T09:00:00Z',
      durationMinutes: 45,
    });
    expect(logged.status, logged.text).toBe(201);
    const agenda = await call(a.url, 'GET', '/api/agenda?all=1');
    expect(agenda.body.items.map((i: { id: string }) => i.id)).toContain(`thank-you:${added.body.id}:i1`);
  });

  it('keeps every write when both servers write at once', async () => {
    const companies = Array.from({ length: 16 }, (_, i) => `Parallel ${i}`);
    const created = await Promise.all(
      companies.map((company, i) => call(i % 2 === 0 ? a.url : b.url, 'POST', '/api/opportunities', { company })),
    );
    expect(created.map((r) => r.status)).toEqual(companies.map(() => 201));
    expect(new Set(created.map((r) => r.body.id)).size).toBe(companies.length);
    for (const server of [a, b]) {
      const listed = (await call(server.url, 'GET', '/api/opportunities')).body as { company: string }[];
      expect(listed.map((o) => o.company).sort()).toEqual(['Acme', ...companies].sort());
    }

    // One opportunity changed from both sides at once: each side's interview is kept.
    const id = created[0]?.body.id as string;
    const times = Array.from(
      { length: 12 },
      (_, i) => `2026-11-2${i < 6 ? 3 : 4}T${String(9 + (i % 6)).padStart(2, '0')}:00:00Z`,
    );
    const logged = await Promise.all(
      times.map((at, i) =>
        call(i % 2 === 0 ? a.url : b.url, 'POST', `/api/opportunities/${id}/interviews`, { at, durationMinutes: 30 }),
      ),
    );
    expect(logged.map((r) => r.status)).toEqual(times.map(() => 201));
    for (const server of [a, b]) {
      const shown = (await call(server.url, 'GET', `/api/opportunities/${id}`)).body;
      const interviews = shown.opportunity.interviews as { id: string; at: string }[];
      expect(interviews).toHaveLength(times.length);
      expect(new Set(interviews.map((x) => x.id)).size).toBe(times.length);
    }
  });
});
