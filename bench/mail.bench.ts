// Mail reading throughput: `npx tsx bench/mail.bench.ts [--mb=200] [--count=10000] [--rounds=7]`.
// Generates an mbox of N varied messages in a temp dir and times, in the same
// run, readMbox + parseMessage (the baseline) against readMbox + parseMessage
// + classify + match, and the whole `import mail` into SQLite; prints
// messages/s and the ratios. Then imports a large mbox (default ~200 MB;
// --mb=1024 for the 1 GB figure) and reports the peak RSS.

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { importMail } from '../src/app/commands/mail.js';
import type { OpportunityRecord } from '../src/app/data-file.js';
import { classify } from '../src/mail/classify.js';
import { matchOpportunity } from '../src/mail/match.js';
import { parseMessage } from '../src/mail/parse.js';
import { readMbox } from '../src/mail/sources.js';
import { openStore } from '../src/store/index.js';

const arg = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const COUNT = arg('count', 10_000);
const BIG_MB = arg('mb', 200);
const ROUNDS = arg('rounds', 7);

const OPPS: OpportunityRecord[] = Array.from({ length: 30 }, (_, i) => ({
  id: `opp-${i}`,
  company: `Company ${i} Labs`,
  role: 'Backend Engineer',
  createdAt: '2026-10-01T09:00:00-04:00',
  url: `https://company${i}.example/jobs`,
  contacts: [{ id: `c${i}`, name: `Contact ${i}`, email: `recruiter@company${i}.example` }],
}));
const BODIES = [
  "Thanks for your patience. We'll have a decision for you within 10 days.\n\nBest,\nLinda\n\nLinda Park\nRecruiter",
  'Unfortunately, we have decided to move forward with other candidates.\n\nRegards,\nThe team',
  'Would either of these times work for you?\n\n  - Thursday, November 19, 10:00 AM\n  - Monday, November 23, 1:00 PM\n',
  "Hi Sam,\n\nYou'll hear from us in a couple of weeks.\n\nOn Mon, Nov 2, 2026 at 10:15 AM Maya wrote:\n> old text by Friday\n> more\n",
  'I am out of the office through Friday, December 4, with limited access to email.',
  "We'd like to offer you the position! Please let us know your decision by Friday, December 11.",
  '>From the archive: a line that mboxrd escapes.\nAnd some more filler text about the weekly newsletter.',
];

function message(i: number): string {
  const c = i % 30;
  const from = i % 5 === 0 ? 'Sam Lee <sam.lee@example.com>' : `Recruiter <recruiter@company${c}.example>`;
  const to = i % 5 === 0 ? `recruiter@company${c}.example` : 'sam.lee@example.com';
  const body = BODIES[i % BODIES.length]!;
  return [
    `From sender@x Mon Nov  2 13:41:12 2026`,
    `From: ${from}`,
    `To: ${to}`,
    `Subject: Update ${i} on your application`,
    `Date: Tue, 17 Nov 2026 10:00:00 -0500`,
    `Message-ID: <bench-${i}@company${c}.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body.replace(/^From /gm, '>From '),
    '',
    '',
  ].join('\n');
}

async function writeMbox(path: string, count: number, targetBytes = 0): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  const filler = `\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40)}\n`;
  while (targetBytes > 0 ? written < targetBytes : n < count) {
    let m = message(n++);
    if (targetBytes > 0) m = m.replace('\n\n\n', `${filler.repeat(20)}\n\n`);
    written += Buffer.byteLength(m);
    if (!out.write(m)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return n;
}

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
