/**
 * Another process holds the seeker's write lock for a long time (a big
 * import), on every dialect. Reads go on at once (opening the store writes
 * nothing when no migration is pending); a write waits, says so on standard
 * error, and past its bound fails with exit 3 and one line; the server
 * answers a write with 503, a Retry-After and the code `store_busy`, and
 * logs nothing. Once the lock is released, writes go through again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, ensureBuilt } from '../../test/cli/cli-runner.js';
import { type CliTarget, cliTarget, DIALECTS, type TestDatabase } from '../../test/dialects.js';
import type { AppContext } from '../app/context.js';
import { LOCK_WAIT_NOTICE } from '../main.js';
import { createApp } from '../server/app.js';
import { loopbackHosts } from '../server/security.js';
import { openStore } from './index.js';

const HOLDER = fileURLToPath(new URL('./lock-holder.fixture.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
/** The holder's own limit; the test releases it sooner by closing its standard input. */
const HOLD_MS = 60_000;
/** The writers' bound in these tests (seconds): over WAIT_NOTICE_MS, so the notice shows first. */
const BOUND_S = '2';

/** Starts the holder; resolves once it holds the lock. `released` settles when it has committed and ended. */
function holdLock(location: object): Promise<{ child: ChildProcess; released: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [HOLDER, JSON.stringify(location), String(HOLD_MS)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const released = new Promise<string>((done) => child.on('close', (code) => done(`exit ${code}: ${stderr}`)));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('held\n')) resolve({ child, released });
    });
    child.on('error', reject);
    void released.then((why) => reject(new Error(`the lock holder ended before holding: ${why}`)));
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`a write lock held by another process on ${dialect.name}`, () => {
    let db: TestDatabase | null = null;
    let target: CliTarget | null = null;
    let holder: ChildProcess | null = null;

    beforeAll(() => ensureBuilt());
    afterEach(async () => {
      // Ending its input lets the holder commit and exit; the kill is for a holder that hangs.
      holder?.stdin?.end();
      holder?.kill();
      holder = null;
      target?.remove();
      target = null;
      await db?.dispose();
      db = null;
    });

    it('lets reads through, and bounds writes with exit 3 on the CLI and 503 on the server', async () => {
      db = await dialect.freshDatabase();
      const t = cliTarget(db.location);
      target = t;
      const run = (args: string[], env: Record<string, string> = {}) => cliAsync(t.home, [...t.args, ...args], { env });
      expect((await run(['add', 'Acme'])).code).toBe(0);

      const held = await holdLock(db.location);
      holder = held.child;
      let holding = true;
      void held.released.then(() => {
        holding = false;
      });
      const release = async () => {
        held.child.stdin?.end();
        expect(await held.released).toBe('exit 0: ');
        holder = null;
      };

      for (const args of [['list', '--json'], ['show', 'acme'], ['export']]) {
        const r = await run(args);
        expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
      }

      const write = await run(['heard', 'acme', 'reply', 'Thanks for your time'], { AFTERVIEW_LOCK_TIMEOUT: BOUND_S });
      expect(write.code).toBe(3);
      expect(write.stdout).toBe('');
      expect(write.stderr.trimEnd().split('\n')).toEqual([
        `afterview: ${LOCK_WAIT_NOTICE}`,
        expect.stringMatching(/^afterview: another afterview process kept the data store busy for over 2 s; /),
      ]);

      const store = await openStore({ ...db.location, lockTimeoutMs: Number(BOUND_S) * 1000 });
      const logged: unknown[] = [];
      try {
        const ctx: AppContext = { store, now: Temporal.Now.instant(), machineZone: 'UTC', home: t.home };
        const app = createApp({ ctx, allowedHosts: loopbackHosts(4411), logError: (e) => logged.push(e) });
        const res = await app.request('http://127.0.0.1:4411/api/opportunities', {
          method: 'POST',
          headers: { host: '127.0.0.1:4411', 'content-type': 'application/json' },
          body: JSON.stringify({ company: 'Quarry & Finch' }),
        });
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('store_busy');
        expect(logged).toEqual([]);
        // Everything above ran while the other process still held the lock.
        expect(holding).toBe(true);

        await release();
        const after = await run(['heard', 'acme', 'reply', 'Thanks for your time'], {
          AFTERVIEW_LOCK_TIMEOUT: BOUND_S,
        });
        expect({ code: after.code, stderr: after.stderr }).toEqual({ code: 0, stderr: '' });
        const acme = await store.getOpportunity('acme');
        expect(acme?.touches).toHaveLength(1);
        expect((await store.listOpportunities()).map((o) => o.id)).toEqual(['acme']);
        expect((await store.getProfile()).dismissed).toEqual(['held-by-another-process']);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
