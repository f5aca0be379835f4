/**
 * `afterview today` on a home with 2,000 opportunities (~6,000 interviews,
 * ~20,000 touches): median wall time of the built CLI against `node -e 0`
 * run the same way in the same run (target: at most 2x), and its peak
 * memory (target: under 150 MB), read with /usr/bin/time when present.
 * Both with the agenda cache warm (nothing written since the last run, the
 * usual case) and cold (right after a write).
 *
 * Run: `npm run build && npx tsx bench/today.bench.ts` (or `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NOW = '2026-11-26T14:00:00Z';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeRuns(args: string[], env: NodeJS.ProcessEnv, count = RUNS): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    out.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  }
  return out;
}

function peakKb(args: string[], env: NodeJS.ProcessEnv): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines = result.stderr.toString().trim().split('\n');
  return Number(lines[lines.length - 1]);
}

export async function benchToday(): Promise<{
  ratio: number;
  medianMs: number;
  baselineMs: number;
  peakMb: number | null;
}> {
  const home = mkdtempSync(join(tmpdir(), 'afterview-bench-'));
  try {
    const doc = generatePipeline({ opportunities: 2000, seed: 42, now: NOW, timezone: 'America/New_York' });
    const counts = (doc.opportunities ?? []).reduce(
      (acc, o) => ({
        interviews: acc.interviews + (o.interviews?.length ?? 0),
        touches: acc.touches + (o.touches?.length ?? 0),
      }),
      { interviews: 0, touches: 0 },
    );
    const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
    await store.importDocument(doc);
    await store.close();
    const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW, NO_COLOR: '1' };
    const cli = ['dist/cli.js', 'today'];
    timeRuns(cli, env); // warm the holiday cache and the page cache
    const baseline: number[] = [];
    const today: number[] = [];
    for (let i = 0; i < 3; i++) {
      baseline.push(...timeRuns(['-e', '0'], env));
      today.push(...timeRuns(cli, env));
    }
    // Cold: a write (which raises the store's revision) before each run, so the agenda cache misses.
    const cold: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) {
      spawnSync(process.execPath, ['dist/cli.js', 'config', 'set', 'settings.checkInGapDays', '7'], {
        env,
        stdio: 'ignore',
      });
      cold.push(...timeRuns(cli, env, 1));
    }
    const coldMs = median(cold);
    const baselineMs = median(baseline);
    const medianMs = median(today);
    const kb = peakKb(cli, env);
    spawnSync(process.execPath, ['dist/cli.js', 'config', 'set', 'settings.checkInGapDays', '7'], {
      env,
      stdio: 'ignore',
    });
    const coldKb = peakKb(cli, env);
    const peakMb = kb === null ? null : kb / 1024;
    console.log(`today: 2000 opportunities, ${counts.interviews} interviews, ${counts.touches} touches`);
    console.log(
      `  node -e 0 median ${baselineMs.toFixed(0)} ms; afterview today median ${medianMs.toFixed(0)} ms; ratio ${(medianMs / baselineMs).toFixed(2)}x (target <= 2x)`,
    );
    console.log(
      `  after a write (cache miss: load, evaluate, draft): median ${coldMs.toFixed(0)} ms, ratio ${(coldMs / baselineMs).toFixed(2)}x; peak ${coldKb === null ? 'n/a' : `${(coldKb / 1024).toFixed(0)} MB`}`,
    );
    console.log(
      `  peak memory ${peakMb === null ? 'n/a (/usr/bin/time missing)' : `${peakMb.toFixed(0)} MB`} (target < 150 MB)`,
    );
    return { ratio: medianMs / baselineMs, medianMs, baselineMs, peakMb };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchToday();
}
