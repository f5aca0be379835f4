/**
 * Benchmark: a coach's view over 100 seekers on PostgreSQL. A throwaway
 * cluster (or $AFTERVIEW_TEST_DATABASE_URL), migrated by its owner and
 * served as a role under row-level security, as docs/deploy.md runs it; 100
 * seekers with 30 generated opportunities each, all granting one coach; the
 * real server on loopback in accounts mode. Times GET /api/seekers (every
 * seeker's summary in one answer) once on a cold server and then over
 * repeated requests, against GET /api/session (the session lookup every
 * request pays) in the same run as the baseline. Prints p50/p99 of each,
 * their ratio, and whether the view's p99 is under 200 ms.
 * Run: `npx tsx bench/coach-view.bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { addUser } from '../src/app/accounts/accounts.js';
import { SeekerCache } from '../src/app/seeker-cache.js';
import { startRuntime } from '../src/main.js';
import { startServer } from '../src/server/serve.js';
import { generatePipeline } from '../test/factories/pipeline.js';
import { findPostgresBin, startCluster } from '../test/global-setup.js';

const SEEKERS = 100;
const OPPORTUNITIES = 30;
const BASELINE_RUNS = 200;
const VIEW_RUNS = 40;
const TARGET_MS = 200;
const NOW = '2026-11-26T09:00:00-05:00';
const ROLE = 'afterview_bench_app';

const bin = findPostgresBin();
const external = process.env.AFTERVIEW_TEST_DATABASE_URL;
if (!external && !bin) {
  console.log('coach-view: no PostgreSQL installed (apt-get install postgresql); skipped');
  process.exit(0);
}
const cluster = external ? null : await startCluster(bin as string);
const ownerUrl = external ?? (cluster as NonNullable<typeof cluster>).url;
const home = mkdtempSync(join(tmpdir(), 'afterview-coach-bench-'));

// The owner migrates; the server runs as a role that neither owns the tables nor bypasses row-level security.
await (await startRuntime({ home, database: ownerUrl, now: NOW })).close();
const admin = new pg.Client({ connectionString: ownerUrl });
await admin.connect();
await admin.query(`drop role if exists ${ROLE}`).catch(() => {});
for (const statement of [
  `create role ${ROLE} login nosuperuser nobypassrls`,
  'grant usage on schema public to ' + ROLE,
  `grant select, insert, update, delete on all tables in schema public to ${ROLE}`,
]) {
  await admin.query(statement);
}
const appUrl = new URL(ownerUrl);
appUrl.username = ROLE;
const rt = await startRuntime({ home, database: appUrl.toString(), now: NOW });
const accounts = rt.database.accounts();
const nowMs = rt.ctx.now.epochMilliseconds;

const setupStart = performance.now();
const coach = await addUser(accounts, { email: 'coach@example.org', role: 'coach', nowMs }, async () => {});
for (let i = 0; i < SEEKERS; i++) {
  const seeker = await addUser(accounts, { email: `seeker${i}@example.org`, role: 'seeker', nowMs }, async (id) => {
    await rt.database.forSeeker(id);
  });
  const seekerId = seeker.user.seekerId as string;
  const doc = generatePipeline({ opportunities: OPPORTUNITIES, seed: 1000 + i, now: NOW });
  await (await rt.contextFor(seekerId)).store.importDocument(doc);
  await accounts.grant(seekerId, coach.user.userId, nowMs);
}
console.log(
  `setup: ${SEEKERS} seekers x ${OPPORTUNITIES} opportunities in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
);

// The server's clock, moved on to time the view as time passes (summaries are kept until their next change) and past midnight.
let now = Temporal.Instant.from(NOW);
const server = await startServer({
  ctx: { ...rt.ctx, cache: new SeekerCache() },
  clock: () => now,
  accounts: { accounts, contextFor: rt.contextFor },
  port: 0,
  logError: (error) => console.error(String(error)),
});
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const host = `127.0.0.1:${server.port}`;

/** One request; resolves with its time in ms and its body. */
function call(method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ ms: number; status: number; body: string; cookie: string | null }>((resolve, reject) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port: server.port, method, path, agent, headers: { host, ...headers } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const cookie = String(res.headers['set-cookie'] ?? '');
        resolve({
          ms: performance.now() - t0,
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          cookie: /afterview_session=([^;]+)/.exec(cookie)?.[1] ?? null,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const signedIn = await call(
  'POST',
  '/api/session',
  { 'content-type': 'application/json' },
  JSON.stringify({ token: coach.signinToken }),
);
if (signedIn.status !== 200 || !signedIn.cookie) throw new Error(`sign-in failed: ${signedIn.status} ${signedIn.body}`);
const session = { cookie: `afterview_session=${signedIn.cookie}` };

async function timed(path: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const res = await call('GET', path, session);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${res.body}`);
    samples.push(res.ms);
  }
  return samples;
}

const cold = await call('GET', '/api/seekers', session);
const list = JSON.parse(cold.body) as { summary: { stages: Record<string, number> } }[];
const counted = list.reduce((n, s) => n + Object.values(s.summary.stages).reduce((a, b) => a + b, 0), 0);
if (list.length !== SEEKERS || counted !== SEEKERS * OPPORTUNITIES) {
  throw new Error(
    `expected ${SEEKERS} seekers and ${SEEKERS * OPPORTUNITIES} opportunities, got ${list.length} / ${counted}`,
  );
}
await timed('/api/session', 20);
const baseline = await timed('/api/session', BASELINE_RUNS);
const view = await timed('/api/seekers', VIEW_RUNS);
const nextMinutes: number[] = [];
for (let i = 0; i < 3; i++) {
  now = now.add({ minutes: 1 });
  nextMinutes.push(...(await timed('/api/seekers', 1)));
}
const nextHours: number[] = [];
for (let i = 0; i < 3; i++) {
  now = now.add({ hours: 1 });
  nextHours.push(...(await timed('/api/seekers', 1)));
}
// Past midnight in New York every seeker's date changes: every summary is computed again.
now = Temporal.Instant.from('2026-11-27T00:00:30-05:00');
const afterMidnight = await timed('/api/seekers', 1);
const nextDay = await timed('/api/seekers', VIEW_RUNS);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
function report(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const result = { p50: pct(sorted, 50), p99: pct(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
  console.log(
    `${name.padEnd(40)} n=${String(samples.length).padStart(3)}  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  max ${result.max.toFixed(2)} ms`,
  );
  return result;
}

console.log(`GET /api/seekers, cold server (first)      ${cold.ms.toFixed(1)} ms, ${cold.body.length} bytes`);
console.log(`GET /api/seekers, a minute later (x3)      ${nextMinutes.map((ms) => ms.toFixed(1)).join(', ')} ms`);
console.log(`GET /api/seekers, an hour later (x3)       ${nextHours.map((ms) => ms.toFixed(1)).join(', ')} ms`);
console.log(`GET /api/seekers, first after midnight     ${afterMidnight.map((ms) => ms.toFixed(1)).join(', ')} ms`);
const base = report('GET /api/session (baseline)', baseline);
const seekers = report(`GET /api/seekers (${SEEKERS} seekers, warm)`, view);
report('GET /api/seekers (the next day, warm)', nextDay);
console.log(`ratio p50 seekers/session: ${(seekers.p50 / base.p50).toFixed(1)}x`);
console.log(
  `coach's view p99 ${seekers.p99.toFixed(1)} ms: ${seekers.p99 < TARGET_MS ? 'under' : 'OVER'} the ${TARGET_MS} ms budget`,
);

await server.close();
await rt.close();
await admin.query(`drop owned by ${ROLE}`);
await admin.query(`drop role ${ROLE}`);
await admin.end();
await cluster?.stop();
rmSync(home, { recursive: true, force: true });
