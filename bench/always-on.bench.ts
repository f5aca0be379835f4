/**
 * Benchmark: `afterview serve` with the always-on mail sync (issue 12),
 * the built CLI against a real Dovecot (test/dovecot.ts), on SQLite.
 *
 * 1. Idle cost: after start-up and the first sync, the server's resident
 *    memory (VmRSS) and CPU time (utime + stime from /proc) over a quiet
 *    window, for `serve` (watching the inbox with IDLE) and, in the same
 *    run, `serve --no-sync` as the baseline.
 * 2. Latency: messages appended to the inbox one at a time; for each, the
 *    time from the append until /api/events reports the new revision and a
 *    fresh GET /api/agenda has answered (what the Today view does), p50/p95.
 *
 * Run: `node scripts/build.mjs && npx tsx bench/always-on.bench.ts [WINDOW_S] [MESSAGES]`
 * (defaults: a 60 s window and 20 messages; Linux only, for /proc).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ROOT } from '../test/cli/cli-runner.js';
import { startDovecot } from '../test/dovecot.js';
import { BRIGHTWATER_DOC, message } from '../test/factories/brightwater-mail.js';

const WINDOW_S = Number(process.argv[2] ?? 60);
const MESSAGES = Number(process.argv[3] ?? 20);
const NOW = '2026-11-26T14:00:00Z';
const TARGET_RSS_MB = 120;
const TARGET_CPU_PCT = 1;
const TARGET_P95_MS = 10_000;
const TICKS_PER_S = 100;

ensureBuilt();
const dovecot = await startDovecot();

function homeFor(imap: boolean): string {
  const home = freshHome();
  const file = join(home, 'doc.json');
  writeFileSync(file, JSON.stringify(BRIGHTWATER_DOC));
  cli(home, ['import', file]);
  if (imap)
    cli(home, ['config', 'set', 'imap.url', `imap://${dovecot.user}:${dovecot.pass}@127.0.0.1:${dovecot.port}`]);
  return home;
}

async function serve(home: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    env: cliEnv(home, NOW),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  return { child, url };
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return kb / 1024;
}

async function idle(args: string[], imap: boolean): Promise<{ rss: number; cpuPct: number }> {
  const { child, url } = await serve(homeFor(imap), args);
  const pid = child.pid!;
  if (imap) {
    for (;;) {
      const status = (await (await fetch(new URL('/api/mail/status', url))).json()) as { state: string };
      if (status.state === 'watching') break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await new Promise((r) => setTimeout(r, 2000));
  const t0 = cpuTicks(pid);
  await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
  const cpuPct = ((cpuTicks(pid) - t0) / TICKS_PER_S / WINDOW_S) * 100;
  const rss = rssMb(pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { rss, cpuPct };
}

async function latency(): Promise<number[]> {
  const { child, url } = await serve(homeFor(true), []);
  for (;;) {
    const status = (await (await fetch(new URL('/api/mail/status', url))).json()) as { state: string };
    if (status.state === 'watching') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const res = await fetch(new URL('/api/events', url));
  const reader = res.body!.getReader();
  let text = '';
  const nextRevision = async (): Promise<number> => {
    for (;;) {
      const m = /event: revision\ndata: \{"revision":(\d+)\}\n\n/.exec(text);
      if (m) {
        text = text.slice(m.index + m[0].length);
        return Number(m[1]);
      }
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
  };
  await nextRevision();
  const times: number[] = [];
  for (let n = 0; n < MESSAGES; n++) {
    const started = performance.now();
    await dovecot.append(
      'INBOX',
      message({
        id: `bench-${n}@brightwater.example`,
        from: 'Maya Chen <maya@brightwater.example>',
        to: 'Sam Lee <sam.lee@example.com>',
        subject: `Update ${n}`,
        date: 'Tue, 24 Nov 2026 09:30:00 -0500',
        body: `Hi Sam,\r\n\r\nA short update (${n}): we will decide by Friday, December 4.\r\n\r\nMaya`,
      }),
    );
    await nextRevision();
    await (await fetch(new URL('/api/agenda', url))).json();
    times.push(performance.now() - started);
  }
  await reader.cancel();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return times;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!;

try {
  const base = await idle(['--no-sync'], false);
  const watched = await idle([], true);
  const times = await latency();
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(`idle window: ${WINDOW_S} s`);
  console.log(`serve --no-sync (baseline): RSS ${base.rss.toFixed(1)} MB, CPU ${base.cpuPct.toFixed(2)}% of a core`);
  console.log(
    `serve with sync (IDLE):     RSS ${watched.rss.toFixed(1)} MB, CPU ${watched.cpuPct.toFixed(2)}% of a core` +
      ` (x${(watched.rss / base.rss).toFixed(2)} memory of the baseline)`,
  );
  console.log(
    `RSS under ${TARGET_RSS_MB} MB: ${watched.rss < TARGET_RSS_MB ? 'yes' : 'NO'}; CPU under ${TARGET_CPU_PCT}%: ${watched.cpuPct < TARGET_CPU_PCT ? 'yes' : 'NO'}`,
  );
  console.log(
    `new message to Today (${MESSAGES} messages): p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; p95 under ${TARGET_P95_MS / 1000} s: ${p95 < TARGET_P95_MS ? 'yes' : 'NO'}`,
  );
} finally {
  await dovecot.stop();
}
