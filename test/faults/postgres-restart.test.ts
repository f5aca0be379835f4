/**
 * PostgreSQL stopped mid-command: a throwaway cluster of its own (on a fresh
 * port, started with pg_ctl as test/global-setup.ts does) is stopped while
 * `afterview --database URL import FILE` runs. The command must fail in
 * one line naming the database, with exit 3 (CONTRACT.md); nothing of the file may be stored; after the server is back, a re-run
 * completes and its export matches a clean run's. Skipped without
 * PostgreSQL binaries unless CI is set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, ensureBuilt, NOW, ROOT } from '../cli/cli-runner.js';
import { generatePipeline } from '../factories/pipeline.js';
import { findPostgresBin, startCluster } from '../global-setup.js';
import { runOk, start } from './kill-harness.js';

const bin = findPostgresBin();
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

  it('fails while the server is down (one line, exit 3), stores nothing, and a re-run after the restart matches a clean run', async () => {
    const t0 = performance.now();
    runOk(join(dir, 'clean'), ['import', file], env('clean'));
    const cleanMs = performance.now() - t0;
    const clean = exported('clean');
    expect(JSON.parse(clean).opportunities).toHaveLength(1500);
    // Stop the server within the import: past the start of the process and the connection, before its end.
    // The clean run's time is only a guide on a busy machine: an import that still finished before the stop
    // is tried again, sooner, as another seeker.
    let seeker = '';
    let empty = '';
    let r: Awaited<ReturnType<typeof start>['done']> | null = null;
    for (const fraction of [0.5, 0.3, 0.15, 0.05]) {
      seeker = `faulted-${fraction}`;
      // An empty seeker's export, to tell "nothing stored" from "half stored".
      empty = exported(seeker);
      const run = start(join(dir, seeker), ['import', file], env(seeker));
      await new Promise((done) => setTimeout(done, cleanMs * fraction));
      cluster.halt();
      r = await run.done;
      if (r.code !== 0) break;
      cluster.resume();
    }
    if (r === null || r.code === 0) throw new Error('every import finished before the server was stopped');
    let restarted = false;
    try {
      expect(r.signal).toBeNull();
      expect(r.code, r.stderr).toBe(3);
      const lines = r.stderr.split('\n').filter((l) => l.length > 0);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^afterview: .*(database|PostgreSQL)/i);

      cluster.resume();
      restarted = true;
      expect(exported(seeker)).toBe(empty);
      runOk(join(dir, seeker), ['import', file], env(seeker));
      expect(exported(seeker)).toBe(clean);
    } finally {
      if (!restarted) cluster.resume();
    }
  }, 120_000);
});
