/**
 * Benchmark: many seekers on one PostgreSQL server (accounts mode).
 * 1,000 seekers with 30 generated opportunities each; the built
 * `afterview serve` in its own process (so its RSS is the server's alone,
 * with its job runner on); each seeker signed in with their one-time link.
 * An open-loop load of 200 requests/s for ~10 s, each from a random seeker:
 * GET /api/agenda (40%), GET /api/opportunities (30%),
 * GET /api/opportunities/:id (20%), POST /api/opportunities (10%). The same
 * load on GET /healthz in the same run is the baseline. Prints p50/p99 of
 * each and their ratio, whether p99 is under 50 ms, the server's RSS (now
 * and peak) against 300 MB, and the time of one Argon2id hash with the
 * parameters sign-in uses (OWASP's minimum: 19 MiB, t=2, p=1).
 *
 * PostgreSQL: `$AFTERVIEW_TEST_DATABASE_URL` if set, else a throwaway
 * cluster from scripts/pg.sh. Run: `npx tsx bench/many-seekers.bench.ts`
 * (after `npm run build`; `npm run bench` builds first).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { addUser } from '../src/app/accounts/accounts.js';
import { ARGON2_PARAMETERS } from '../src/app/accounts/passwords.js';
import { startRuntime } from '../src/main.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 1000);
const OPPORTUNITIES = 30;
const RATE_PER_S = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = 10;
/** Requests one at a time, before the open loop: what one request costs without queueing. */
const SEQUENTIAL = 400;
const WARMUP = 200;
const TARGET_P99_MS = 50;
const TARGET_RSS_MB = 300;
const NOW = '2026-11-26T14:00:00Z';
const ROOT = resolve(import.meta.dirname, '..');

// PostgreSQL: the given server, or a throwaway cluster.
let pgDir: string | null = null;
let baseUrl = process.env.AFTERVIEW_TEST_DATABASE_URL ?? null;
if (!baseUrl) {
  const out = execFileSync('sh', [join(ROOT, 'scripts/pg.sh'), 'start'], { encoding: 'utf8' });
  pgDir = /AFTERVIEW_PG_DIR='([^']+)'/.exec(out)?.[1] ?? null;
  baseUrl = /AFTERVIEW_TEST_DATABASE_URL='([^']+)'/.exec(out)?.[1] ?? null;
  if (!baseUrl) throw new Error(`scripts/pg.sh start said: ${out}`);
}
const dbName = `afterview_bench_${process.pid}`;
await admin(baseUrl, `create database ${dbName}`);
const url = new URL(baseUrl);
url.pathname = `/${dbName}`;
const databaseUrl = url.toString();
const home = mkdtempSync(join(tmpdir(), 'afterview-seekers-bench-'));
let server: ChildProcess | null = null;

try {
  // Seeding: accounts and their data, through the app as `user add` and `import` would.
  const seedStart = performance.now();
  const rt = await startRuntime({ home, database: databaseUrl, now: NOW });
  const accounts = rt.database.accounts();
  const seekers: { token: string; ids: string[]; cookie: string }[] = [];
  const seedOne = async (n: number) => {
    const added = await addUser(
      accounts,
      { email: `seeker${n}@example.org`, role: 'seeker', nowMs: Date.parse(NOW) },
      async (id) => {
        await rt.database.forSeeker(id);
      },
    );
    const doc = generatePipeline({ opportunities: OPPORTUNITIES, seed: n + 1, now: NOW, timezone: 'America/New_York' });
    const store = await rt.database.forSeeker(added.user.seekerId as string);
    await store.importDocument(doc);
    seekers[n] = { token: added.signinToken, ids: (doc.opportunities ?? []).map((o) => o.id), cookie: '' };
  };
  for (let n = 0; n < SEEKERS; n += 8) {
    await Promise.all(Array.from({ length: Math.min(8, SEEKERS - n) }, (_, k) => seedOne(n + k)));
  }
  await rt.close();
  const seedMs = performance.now() - seedStart;

  // The server, as an operator runs it.
  // `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"` profiles the server (written when it stops).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  server = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/cli.js'), 'serve', '--port', '0'], {
    env: {
      ...process.env,
      AFTERVIEW_HOME: home,
      AFTERVIEW_DATABASE_URL: databaseUrl,
      AFTERVIEW_NOW: NOW,
      TZ: 'UTC',
      // Accounts mode keeps secrets sealed and will not start without a key; a fixed one for the bench.
      AFTERVIEW_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = server;
  const port = await new Promise<number>((resolvePort, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d) => {
      err += String(d);
    });
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /running at http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) resolvePort(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const host = `127.0.0.1:${port}`;

  /** One request; resolves to [latency ms, status, set-cookie]. */
  const send = (method: string, path: string, cookie: string, body?: unknown) =>
    new Promise<{ ms: number; status: number; setCookie: string[] }>((resolveReq, reject) => {
      const data = body === undefined ? null : JSON.stringify(body);
      const t0 = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method,
          agent,
          headers: {
            host,
            ...(cookie ? { cookie } : {}),
            ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolveReq({
              ms: performance.now() - t0,
              status: res.statusCode ?? 0,
              setCookie: res.headers['set-cookie'] ?? [],
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(data ?? undefined);
    });

  // Every seeker signs in with their one-time link.
  for (let n = 0; n < SEEKERS; n += 16) {
    await Promise.all(
      seekers.slice(n, n + 16).map(async (s) => {
        const res = await send('POST', '/api/session', '', { token: s.token });
        if (res.status !== 200) throw new Error(`sign-in: HTTP ${res.status}`);
        s.cookie = (res.setCookie[0] ?? '').split(';')[0] ?? '';
      }),
    );
  }

  // A fixed, seeded mix so runs compare.
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const KINDS = ['agenda', 'list', 'one', 'write'] as const;
  let lastKind: (typeof KINDS)[number] = 'agenda';
  const mixed = (i: number) => {
    const s = seekers[Math.floor(rand() * SEEKERS)]!;
    const r = rand();
    lastKind = r < 0.4 ? 'agenda' : r < 0.7 ? 'list' : r < 0.9 ? 'one' : 'write';
    if (lastKind === 'agenda') return send('GET', '/api/agenda', s.cookie);
    if (lastKind === 'list') return send('GET', '/api/opportunities', s.cookie);
    if (lastKind === 'one') return send('GET', `/api/opportunities/${s.ids[i % s.ids.length]}`, s.cookie);
    return send('POST', '/api/opportunities', s.cookie, { company: `Bench Co ${i}` });
  };
  const health = () => send('GET', '/healthz', '');

  /** Open loop: requests start on schedule whatever the latency, so slow answers cannot hide queueing. */
  const load = async (next: (i: number) => Promise<{ ms: number; status: number }>) => {
    for (let i = 0; i < WARMUP; i++) await next(i);
    const total = RATE_PER_S * SECONDS;
    const start = performance.now();
    const pending: Promise<{ ms: number; status: number }>[] = [];
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / RATE_PER_S - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending.push(next(WARMUP + i));
    }
    const results = await Promise.all(pending);
    const bad = results.filter((r) => r.status >= 400);
    if (bad.length > 0) throw new Error(`${bad.length} requests failed (first: HTTP ${bad[0]?.status})`);
    return results.map((r) => r.ms);
  };

  const rssSignedIn = rssOf(child.pid as number);
  const sequential = async (next: (i: number) => Promise<{ ms: number; status: number }>) => {
    const out: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) out.push((await next(i)).ms);
    return summary(out);
  };
  const oneHealth = await sequential(health);
  const byKind = new Map<string, number[]>(KINDS.map((k) => [k, []]));
  const oneApi = await sequential(async (i) => {
    const res = await mixed(i);
    byKind.get(lastKind)?.push(res.ms);
    return res;
  });
  const timed = async (next: (i: number) => Promise<{ ms: number; status: number }>) => {
    const t0 = performance.now();
    const samples = await load(next);
    return { ...summary(samples), rate: (RATE_PER_S * SECONDS) / ((performance.now() - t0) / 1000) };
  };
  const baseline = await timed(health);
  const api = await timed(mixed);
  const rss = rssOf(child.pid as number);

  // One Argon2id hash with sign-in's parameters, the median of 10.
  const hashes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await hash(`correct horse battery ${i}`, ARGON2_PARAMETERS);
    hashes.push(performance.now() - t0);
  }
  const argon = summary(hashes);

  console.log(`seeded ${SEEKERS} seekers x ${OPPORTUNITIES} opportunities in ${(seedMs / 1000).toFixed(1)} s`);
  line('one at a time: GET /healthz', oneHealth);
  line('one at a time: mixed API', oneApi);
  for (const [kind, samples] of byKind) line(`  of which ${kind}`, summary(samples));
  console.log(
    `ratio one at a time: p50 ${(oneApi.p50 / oneHealth.p50).toFixed(1)}x  p99 ${(oneApi.p99 / oneHealth.p99).toFixed(1)}x`,
  );
  line(`${RATE_PER_S}/s: GET /healthz (baseline)`, baseline);
  line(`${RATE_PER_S}/s: mixed signed-in API`, api);
  console.log(
    `answered per second over the open loop (warm-up included): healthz ${baseline.rate.toFixed(0)}, API ${api.rate.toFixed(0)}`,
  );
  console.log(
    `ratio p50 ${(api.p50 / baseline.p50).toFixed(1)}x  p99 ${(api.p99 / baseline.p99).toFixed(1)}x  ` +
      `(p99 under ${TARGET_P99_MS} ms: ${api.p99 < TARGET_P99_MS ? 'yes' : 'NO'})`,
  );
  console.log(
    `server RSS ${rssSignedIn.now.toFixed(0)} MB after sign-ins, ${rss.now.toFixed(0)} MB after the load, ${rss.peak.toFixed(0)} MB peak (under ${TARGET_RSS_MB} MB: ${rss.peak < TARGET_RSS_MB ? 'yes' : 'NO'})`,
  );
  console.log(
    `Argon2id m=${ARGON2_PARAMETERS.memoryCost} KiB t=${ARGON2_PARAMETERS.timeCost} p=${ARGON2_PARAMETERS.parallelism}: ` +
      `median ${argon.p50.toFixed(1)} ms per hash (max ${argon.max.toFixed(1)} ms of 10)`,
  );
} finally {
  server?.kill('SIGTERM');
  if (server && server.exitCode === null) await new Promise((r) => server?.once('exit', r));
  await admin(baseUrl, `drop database if exists ${dbName} with (force)`).catch(() => {});
  if (pgDir) execFileSync('sh', [join(ROOT, 'scripts/pg.sh'), 'stop', pgDir]);
  rmSync(home, { recursive: true, force: true });
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  return { n: samples.length, p50: at(50), p99: at(99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

function line(name: string, s: ReturnType<typeof summary>) {
  console.log(
    `${name.padEnd(36)} n=${s.n}  p50 ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  max ${s.max.toFixed(2)} ms`,
  );
}

/** The process's resident memory now and at its peak, in MB (Linux /proc). */
function rssOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function admin(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
