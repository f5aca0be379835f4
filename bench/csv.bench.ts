// CSV import throughput: `npx tsx bench/csv.bench.ts [--rows=100000] [--rounds=3] [--cli=dist/cli.js]`.
// Generates a generic CSV of N rows (header synonyms, quoted commas and line
// breaks, dates in three formats, a few stages) in a temp dir. Times, in the
// same run, csv-parse alone over the file (the baseline) against the whole
// `afterview import csv FILE --json` of the built CLI (dist/cli.js) into a
// fresh SQLite home, in a child process whose peak RSS (VmHWM in
// /proc/PID/status) is read while it runs. Prints rows/s, the ratio and the
// peak. Targets (issue 13): >= 20,000 rows/s, < 200 MB peak RSS. On a loaded
// machine wall times swing with the other work, so the CPU time each side
// used (the parse's own, the child's utime + stime from /proc/PID/stat, read
// every 10 ms until it exits) is printed too, as rows per CPU second.

import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse';

const arg = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const ROWS = arg('rows', 100_000);
const ROUNDS = arg('rounds', 3);
/** `--cli=PATH` times another build (an older one, to compare in the same run). */
const CLI = resolve(
  process.argv.find((x) => x.startsWith('--cli='))?.slice(6) ?? resolve(import.meta.dirname, '../dist/cli.js'),
);

const STAGES = ['Applied', 'Phone screen', 'Interviewing', 'Offer', 'Rejected', 'Withdrew', 'Ghosted', 'Wishlist'];

/** A generic export: every row a different company, so each one makes an opportunity. */
function writeCsv(path: string, rows: number): void {
  const lines = ['Company,Job Title,Stage,Link,Stars,Notes,Date Applied,Location'];
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const date =
      i % 3 === 0 ? `2026-10-${String(day).padStart(2, '0')}` : i % 3 === 1 ? `10/${day}/2026` : `"Oct ${day}, 2026"`;
    const notes = i % 10 === 0 ? `"Met the team, ""great"" fit.\nFollow up in a week."` : 'Referred by a friend';
    lines.push(
      [
        `Company ${i}`,
        i % 4 === 0 ? `"Engineer, Backend"` : 'Data Analyst',
        STAGES[i % STAGES.length],
        `https://jobs.example/${i}`,
        String((i % 5) + 1),
        notes,
        date,
        i % 2 === 0 ? '"Berlin, DE"' : 'Remote',
      ].join(','),
    );
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

/** csv-parse alone, streaming the file and touching every record: wall and CPU milliseconds. */
async function parseOnly(path: string): Promise<{ ms: number; cpuMs: number }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let fields = 0;
  for await (const record of createReadStream(path).pipe(parse({ relax_column_count: true }))) {
    fields += (record as string[]).length;
  }
  if (fields === 0) throw new Error('nothing parsed');
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** CPU time process `pid` has used so far (utime + stime in /proc/PID/stat), in ms, or null once it is gone. */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** The highest resident set of process `pid` so far, in bytes (VmHWM), or 0 once it is gone. */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `afterview import csv FILE --json` in a fresh home: wall time, the report and the peak RSS. */
function importCli(path: string, dir: string): Promise<{ ms: number; cpuMs: number; report: string; peak: number }> {
  const home = mkdtempSync(join(dir, 'home-'));
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, '--home', home, 'import', 'csv', path, '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    let peak = 0;
    let cpuMs = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid ?? 0));
      cpuMs = cpuMsOf(child.pid ?? 0) ?? cpuMs;
    }, 10);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`import csv exited ${code}`));
      const r = JSON.parse(out) as { created: number; updated: number; unchanged: number; failed: unknown[] };
      done({
        ms: performance.now() - t0,
        cpuMs,
        report: `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed.length} failed`,
        peak,
      });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'afterview-csv-bench-'));
try {
  const file = join(dir, 'generic.csv');
  writeCsv(file, ROWS);
  console.log(
    `generic CSV of ${ROWS.toLocaleString('en-US')} rows (${(statSync(file).size / 1e6).toFixed(1)} MB), ${ROUNDS} rounds`,
  );
  await parseOnly(file); // warm-up
  const rounds: { parse: number; parseCpu: number; imported: number; importCpu: number; peak: number }[] = [];
  let report = '';
  for (let r = 0; r < ROUNDS; r++) {
    const parsed = await parseOnly(file);
    const imported = await importCli(file, dir);
    report = imported.report;
    rounds.push({
      parse: parsed.ms,
      parseCpu: parsed.cpuMs,
      imported: imported.ms,
      importCpu: imported.cpuMs,
      peak: imported.peak,
    });
    console.log(
      `  round ${r + 1}: csv-parse alone ${parsed.ms.toFixed(0)} ms (CPU ${parsed.cpuMs.toFixed(0)} ms), afterview import csv ${imported.ms.toFixed(0)} ms (CPU ${imported.cpuMs.toFixed(0)} ms) (ratio ${(imported.ms / parsed.ms).toFixed(2)}x, CPU ${(imported.cpuMs / parsed.cpuMs).toFixed(2)}x), peak RSS ${(imported.peak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  const median = (pick: (r: (typeof rounds)[number]) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  const importMs = median((r) => r.imported);
  const parseMs = median((r) => r.parse);
  const importCpu = median((r) => r.importCpu);
  const parseCpu = median((r) => r.parseCpu);
  const peak = Math.max(...rounds.map((r) => r.peak));
  console.log('medians:');
  console.log(
    `csv-parse alone:                 ${Math.round((ROWS / parseMs) * 1000)} rows/s (${parseMs.toFixed(0)} ms)`,
  );
  console.log(
    `afterview import csv (process):  ${Math.round((ROWS / importMs) * 1000)} rows/s (${importMs.toFixed(0)} ms, start included): ${report}`,
  );
  console.log(
    `by CPU time: csv-parse alone ${Math.round((ROWS / parseCpu) * 1000)} rows/s, afterview import csv ${Math.round((ROWS / importCpu) * 1000)} rows/s (${importCpu.toFixed(0)} ms; ratio ${(importCpu / parseCpu).toFixed(2)}x)`,
  );
  console.log(
    `ratio import/parse: ${(importMs / parseMs).toFixed(2)}x; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (targets: >= 20,000 rows/s, < 200 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
