/**
 * PostgreSQL stopped mid-command: a throwaway cluster of its own (on a fresh
 * port, started with pg_ctl as test/global-setup.ts does) is stopped while
 * `afterview --database URL import FILE` runs. The command must fail, in
 * one line naming the database with exit 3 once this tree maps an
 * unreachable database to 3 (CONTRACT.md; `UNREACHABLE_EXITS_3` below);
 * nothing of the file may be stored; after the server is back, a re-run
 * completes and its export matches a clean run's. Skipped without
 * PostgreSQL binaries unless CI is set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, exitCodeFor } from '../../src/app/errors.js';
import { CLI, cliEnv, ensureBuilt, NOW, ROOT } from '../cli/cli-runner.js';
import { generatePipeline } from '../factories/pipeline.js';
import { findPostgresBin, startCluster } from '../global-setup.js';
import { runOk, start } from './kill-harness.js';

const bin = findPostgresBin();
/**
 * Whether this tree maps an unreachable database to exit 3 (issue 9, item 5,
 * done on another branch with the one-line message for a server that goes
 * away mid-command). Until then the command fails with a driver trace (exit
 * 1), and only the failure, the rollback and the re-run are checked.
 */
const UNREACHABLE_EXITS_3 = (exitCodeFor(new AppError('database_unavailable', '')) as number) === 3;
if (!bin && process.env.CI) throw new Error('CI is set but PostgreSQL is not installed');

describe.runIf(bin !== null)('PostgreSQL stopped and started mid-command', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    ensureBuilt();
    cluster = await startCluster(bin!);
    dir = mkdtempSync(join(tmpdir(), 'afterview-pg-restart-'));
    file = join(dir, 'pipeline.json');
    writeFileSync(file, JSON.stringify(generatePipeline({ opportunities: 1500, seed: 4, now: NOW })));
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const env = (seeker: string) => ({ AFTERVIEW_SEEKER: seeker, AFTERVIEW_DATABASE_URL: cluster.url });
  const exported = (seeker: string) => {
    const r = spawnSync(process.execPath, [CLI, 'export'], {
      cwd: ROOT,
      env: { ...cliEnv(join(dir, seeker), NOW), ...env(seeker) },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('fails while the server is down (one line, exit 3, once mapped), stores nothing, and a re-run after the restart matches a clean run', async () => {
    const t0 = performance.now();
    runOk(join(dir, 'clean'), ['import', file], env('clean'));
    const cleanMs = performance.now() - t0;
    const clean = exported('clean');
    expect(JSON.parse(clean).opportunities).toHaveLength(1500);
    // An empty seeker's export, to tell "nothing stored" from "half stored".
    const empty = exported('faulted');

    const run = start(join(dir, 'faulted'), ['import', file], env('faulted'));
    // Within the import: past the start of the process and the connection, before its end.
    await new Promise((r) => setTimeout(r, cleanMs * 0.5));
    cluster.halt();
    const r = await run.done;
    let restarted = false;
    try {
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.signal).toBeNull();
      if (UNREACHABLE_EXITS_3) {
        expect(r.code, r.stderr).toBe(3);
        const lines = r.stderr.split('\n').filter((l) => l.length > 0);
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/^afterview: .*(database|PostgreSQL)/i);
      }

      cluster.resume();
      restarted = true;
      expect(exported('faulted')).toBe(empty);
      runOk(join(dir, 'faulted'), ['import', file], env('faulted'));
      expect(exported('faulted')).toBe(clean);
    } finally {
      if (!restarted) cluster.resume();
    }
  }, 120_000);
});
