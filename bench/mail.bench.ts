// Mail reading throughput: `npx tsx bench/mail.bench.ts [--mb=200] [--count=10000] [--rounds=7]`.
// Generates an mbox of N varied messages in a temp dir and times, in the same
// run, readMbox + parseMessage (the baseline) against readMbox + parseMessage
// + classify + match, and the whole `import mail` into SQLite; prints
// messages/s and the ratios. Then imports a large mbox (default ~200 MB;
// --mb=1024 for the 1 GB figure) and reports the peak RSS.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { importMail } from '../src/app/commands/mail.js';
import { classify } from '../src/mail/classify.js';
import { matchOpportunity } from '../src/mail/match.js';
import { parseMessage } from '../src/mail/parse.js';
import { readMbox } from '../src/mail/sources.js';
import { openStore } from '../src/store/index.js';
import { MAIL_OPPORTUNITIES, writeMbox } from '../test/factories/mbox.js';

const arg = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const COUNT = arg('count', 10_000);
const BIG_MB = arg('mb', 200);
const ROUNDS = arg('rounds', 7);

const OPPS = MAIL_OPPORTUNITIES;

async function timeRun(path: string, full: boolean): Promise<{ n: number; ms: number }> {
  const known = new Map<string, string>();
  const t0 = performance.now();
  let n = 0;
  for await (const { raw } of readMbox(path)) {
    if (raw === null) continue;
    const m = await parseMessage(raw);
    if (full) {
      classify(m, { ownAddresses: ['sam.lee@example.com'] });
      const match = matchOpportunity(m, OPPS, (id) => known.get(id) ?? null, ['sam.lee@example.com']);
      if (match.opportunityId) known.set(m.messageId, match.opportunityId);
    }
    n++;
  }
  return { n, ms: performance.now() - t0 };
}

/** The whole import through the app use case into a fresh SQLite home holding the 30 opportunities. */
async function timeImport(path: string, dir: string): Promise<{ n: number; ms: number; detail: string }> {
  const home = mkdtempSync(join(dir, 'home-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  try {
    await store.importDocument({
      format: 'afterview/1',
      profile: { email: 'sam.lee@example.com', timezone: 'America/New_York' },
      opportunities: OPPS,
    });
    const ctx = { store, now: Temporal.Instant.from('2026-11-26T14:00:00Z'), machineZone: 'UTC', home };
    const t0 = performance.now();
    const report = await importMail(ctx, { paths: [path] });
    const ms = performance.now() - t0;
    return {
      n: report.messages.length,
      ms,
      detail: `${report.imported} imported, ${report.unmatched} unmatched, ${report.failed} failed`,
    };
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'afterview-bench-'));
try {
  const small = join(dir, 'bench.mbox');
  await writeMbox(small, COUNT);
  await timeRun(small, true); // warm-up: JIT and chrono's lazy setup
  await timeImport(small, dir); // warm-up: the store's code paths
  const rate = (r: { n: number; ms: number }) => Math.round((r.n / r.ms) * 1000);
  console.log(`mbox of ${COUNT} messages (${(statSync(small).size / 1e6).toFixed(1)} MB), ${ROUNDS} rounds`);
  // Rounds alternate the three runs, so a slow moment of the machine hits all of them alike.
  const rounds: { base: number; full: number; imported: number }[] = [];
  let detail = '';
  for (let r = 0; r < ROUNDS; r++) {
    const base = await timeRun(small, false);
    const full = await timeRun(small, true);
    const imported = await timeImport(small, dir);
    detail = imported.detail;
    rounds.push({ base: base.ms, full: full.ms, imported: imported.ms });
    console.log(
      `  round ${r + 1}: parse ${base.ms.toFixed(0)} ms, parse + classify + match ${full.ms.toFixed(0)} ms, import ${imported.ms.toFixed(0)} ms (ratio ${(imported.ms / base.ms).toFixed(2)}x)`,
    );
  }
  const median = (pick: (r: (typeof rounds)[number]) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const base = { n: COUNT, ms: median((r) => r.base) };
  const full = { n: COUNT, ms: median((r) => r.full) };
  const imported = { n: COUNT, ms: median((r) => r.imported) };
  const ratios = rounds.map((r) => r.imported / r.base).sort((a, b) => a - b);
  console.log('medians:');
  console.log(`readMbox + parseMessage:                   ${rate(base)} msg/s (${base.ms.toFixed(0)} ms)`);
  console.log(`readMbox + parseMessage + classify + match: ${rate(full)} msg/s (${full.ms.toFixed(0)} ms)`);
  console.log(`ratio full/parse: ${(full.ms / base.ms).toFixed(2)}x`);
  console.log(
    `afterview import mail (into SQLite):        ${rate(imported)} msg/s (${imported.ms.toFixed(0)} ms): ${detail}`,
  );
  console.log(
    `ratio import/parse: ${(imported.ms / base.ms).toFixed(2)}x of the medians; per round ${ratios[0]!.toFixed(2)}-${ratios[ratios.length - 1]!.toFixed(2)}x, median ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}x (targets: >= 2,000 msg/s, <= 2x the parse alone)`,
  );

  const big = join(dir, 'big.mbox');
  const bigCount = await writeMbox(big, 0, BIG_MB * 1024 * 1024);
  let peak = process.memoryUsage().rss;
  const rssBefore = peak;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const bigImport = await timeImport(big, dir);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = statSync(big).size / 1024 / 1024;
  console.log(
    `imported a ${mb.toFixed(0)} MB mbox (${bigImport.n}/${bigCount} messages: ${bigImport.detail}) in ${((performance.now() - t0) / 1000).toFixed(1)} s: peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (before ${(rssBefore / 1024 / 1024).toFixed(0)} MB; target < 250 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
