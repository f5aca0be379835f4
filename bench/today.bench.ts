/**
 * `afterview today` on a home with 2,000 opportunities (~5,000 interviews,
 * ~20,000 touches): median wall time of the built CLI against `node -e 0`
 * run the same way in the same run, and its peak memory (target: under
 * 150 MB), read with /usr/bin/time when present. Three cases:
 *
 * - the usual one, nothing written since the last run (target: at most
 *   1.5x `node -e 0`);
 * - right after a write: `sent`, `heard` and `import mail` of one message,
 *   in turn, each on an open opportunity (target: at most 2.5x);
 * - after a settings change, which recomputes every opportunity (no target;
 *   shown for comparison).
 *
 * Run: `npm run build && npx tsx bench/today.bench.ts` (or `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { oneMessageMbox } from '../test/factories/mbox.js';
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
    const afterview = (...args: string[]) => {
      const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      if (result.status !== 0) throw new Error(`afterview ${args.join(' ')} failed: ${result.stderr.toString()}`);
    };
    // Open opportunities with a contact who has an address, for the writes.
    const open = (doc.opportunities ?? []).filter(
      (o) => o.status === 'open' && (o.interviews?.length ?? 0) > 0 && o.contacts?.some((c) => c.email),
    );
    const mbox = join(home, 'one.mbox');
    const writes = [
      (i: number) => afterview('sent', open[i % open.length]!.id, 'other', '--again'),
      (i: number) =>
        afterview('heard', open[i % open.length]!.id, 'reply', 'Thanks, we are still interviewing.', '--again'),
      (i: number) => {
        const o = open[i % open.length]!;
        const from = o.contacts?.find((c) => c.email)?.email;
        writeFileSync(
          mbox,
          oneMessageMbox({
            from: from ?? '',
            company: o.company,
            messageId: `bench-today-${i}@example.com`,
            body: 'Thanks for your patience, we are still talking to candidates.',
          }),
        );
        afterview('import', 'mail', mbox);
      },
    ];
    timeRuns(cli, env); // warm the holiday cache and the page cache
    const baseline: number[] = [];
    const today: number[] = [];
    for (let i = 0; i < 3; i++) {
      baseline.push(...timeRuns(['-e', '0'], env));
      today.push(...timeRuns(cli, env));
    }
    // Right after a write (which raises the store's revision and stamps one opportunity).
    const cold: number[] = [];
    const coldBaseline: number[] = [];
    for (let i = 0; i < Math.max(6, RUNS); i++) {
      writes[i % writes.length]!(i);
      cold.push(...timeRuns(cli, env, 1));
      coldBaseline.push(...timeRuns(['-e', '0'], env, 1));
    }
    // After a settings change: every opportunity recomputed.
    const full: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) {
      afterview('config', 'set', 'settings.checkInGapDays', String(7 + (i % 2)));
      full.push(...timeRuns(cli, env, 1));
    }
    const coldMs = median(cold);
    const fullMs = median(full);
    const baselineMs = median(baseline);
    const coldBaselineMs = median(coldBaseline);
    const medianMs = median(today);
    const kb = peakKb(cli, env);
    writes[0]!(999);
    const coldKb = peakKb(cli, env);
    const peakMb = kb === null ? null : kb / 1024;
    console.log(`today: 2000 opportunities, ${counts.interviews} interviews, ${counts.touches} touches`);
    console.log(
      `  node -e 0 median ${baselineMs.toFixed(0)} ms; afterview today median ${medianMs.toFixed(0)} ms; ratio ${(medianMs / baselineMs).toFixed(2)}x (target <= 1.5x)`,
    );
    console.log(
      `  after a write (sent, heard, import mail): median ${coldMs.toFixed(0)} ms against node -e 0 ${coldBaselineMs.toFixed(0)} ms, ratio ${(coldMs / coldBaselineMs).toFixed(2)}x (target <= 2.5x); peak ${coldKb === null ? 'n/a' : `${(coldKb / 1024).toFixed(0)} MB`}`,
    );
    console.log(
      `  after a settings change (every opportunity recomputed): median ${fullMs.toFixed(0)} ms, ratio ${(fullMs / baselineMs).toFixed(2)}x`,
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
