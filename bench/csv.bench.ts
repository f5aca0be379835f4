// CSV import throughput: `npx tsx bench/csv.bench.ts [--rows=100000] [--rounds=3]`.
// Generates a generic CSV of N rows (header synonyms, quoted commas and line
// breaks, dates in three formats, a few stages) in a temp dir. Times, in the
// same run, csv-parse alone over the file (the baseline) against the whole
// `afterview import csv FILE --json` of the built CLI (dist/cli.js) into a
// fresh SQLite home, in a child process whose peak RSS (VmHWM in
// /proc/PID/status) is read while it runs. Prints rows/s, the ratio and the
// peak. Targets (issue 13): >= 20,000 rows/s, < 200 MB peak RSS.

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
const CLI = resolve(import.meta.dirname, '../dist/cli.js');

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

/** csv-parse alone, streaming the file and touching every record: milliseconds. */
async function parseOnly(path: string): Promise<number> {
  const t0 = performance.now();
  let fields = 0;
  for await (const record of createReadStream(path).pipe(parse({ relax_column_count: true }))) {
    fields += (record as string[]).length;
  }
  if (fields === 0) throw new Error('nothing parsed');
  return performance.now() - t0;
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
function importCli(path: string, dir: string): Promise<{ ms: number; report: string; peak: number }> {
  const home = mkdtempSync(join(dir, 'home-'));
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, '--home', home, 'import', 'csv', path, '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid ?? 0));
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
  const rounds: { parse: number; imported: number; peak: number }[] = [];
  let report = '';
  for (let r = 0; r < ROUNDS; r++) {
    const parseMs = await parseOnly(file);
    const imported = await importCli(file, dir);
    report = imported.report;
    rounds.push({ parse: parseMs, imported: imported.ms, peak: imported.peak });
    console.log(
      `  round ${r + 1}: csv-parse alone ${parseMs.toFixed(0)} ms, afterview import csv ${imported.ms.toFixed(0)} ms (ratio ${(imported.ms / parseMs).toFixed(2)}x), peak RSS ${(imported.peak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  const median = (pick: (r: (typeof rounds)[number]) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  const importMs = median((r) => r.imported);
  const parseMs = median((r) => r.parse);
  const peak = Math.max(...rounds.map((r) => r.peak));
  console.log('medians:');
  console.log(
    `csv-parse alone:                 ${Math.round((ROWS / parseMs) * 1000)} rows/s (${parseMs.toFixed(0)} ms)`,
  );
  console.log(
    `afterview import csv (process):  ${Math.round((ROWS / importMs) * 1000)} rows/s (${importMs.toFixed(0)} ms, start included): ${report}`,
  );
  console.log(
    `ratio import/parse: ${(importMs / parseMs).toFixed(2)}x; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (targets: >= 20,000 rows/s, < 200 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
