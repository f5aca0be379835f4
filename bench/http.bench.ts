/**
 * Benchmark: the HTTP API under a bounded load. A seeker with 200 generated
 * opportunities on SQLite, the real server on loopback, and an open-loop
 * load of 200 requests/s for ~10 s, spread over GET /api/agenda and
 * GET /api/opportunities/:id, with node's http client (keep-alive). The
 * same load against GET /healthz in the same run is the baseline (what the
 * socket, Hono and the guards cost). Prints p50/p99 of each and their ratio,
 * whether the API's p99 is under 20 ms, and the web bundle size gzipped.
 * Run: `npx tsx bench/http.bench.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Temporal } from 'temporal-polyfill';
import { startServer } from '../src/server/serve.js';
import { openStore } from '../src/store/index.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const OPPORTUNITIES = 200;
const RATE_PER_S = 200;
const SECONDS = 10;
const WARMUP = 50;
const TARGET_P99_MS = 20;
const NOW = '2026-11-26T09:00:00-05:00';

const home = mkdtempSync(join(tmpdir(), 'afterview-http-bench-'));
const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
const doc = generatePipeline({ opportunities: OPPORTUNITIES, seed: 7, now: NOW, timezone: 'America/New_York' });
await store.importDocument(doc);
const ids = (doc.opportunities ?? []).map((o) => o.id);
const server = await startServer({
  ctx: { store, now: Temporal.Instant.from(NOW), machineZone: 'America/New_York', home },
  port: 0,
});
const agent = new Agent({ keepAlive: true, maxSockets: 32 });
const host = `127.0.0.1:${server.port}`;

function get(path: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port: server.port, path, agent, headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${path}: HTTP ${res.statusCode}`));
        else resolvePromise(performance.now() - t0);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Open loop: requests start on schedule whatever the latency, so slow answers cannot hide queueing. */
async function load(paths: (i: number) => string): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await get(paths(i));
  const total = RATE_PER_S * SECONDS;
  const interval = 1000 / RATE_PER_S;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(get(paths(i)));
  }
  return Promise.all(pending);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const result = { p50: pct(sorted, 50), p99: pct(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
  console.log(
    `${name.padEnd(34)} n=${samples.length}  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  max ${result.max.toFixed(2)} ms`,
  );
  return result;
}

/** One request at a time: the service time without queueing, for reading the loaded figures. */
async function sequential(paths: (i: number) => string, n = 200): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await get(paths(i)));
  return out;
}

try {
  console.log('one request at a time (service time, no queueing):');
  report('  GET /healthz', await sequential(() => '/healthz'));
  report('  GET /api/agenda', await sequential(() => '/api/agenda'));
  report('  GET /api/opportunities/:id', await sequential((i) => `/api/opportunities/${ids[i % ids.length]}`));
  console.log(`${OPPORTUNITIES} opportunities, ${RATE_PER_S} requests/s for ${SECONDS} s each, keep-alive`);
  const baseline = report('GET /healthz (baseline)', await load(() => '/healthz'));
  const api = report(
    'GET /api/agenda + /opportunities/:id',
    await load((i) => (i % 2 === 0 ? '/api/agenda' : `/api/opportunities/${ids[i % ids.length]}`)),
  );
  const agendaOnly = report('  of which GET /api/agenda alone', await load(() => '/api/agenda'));
  console.log(
    `ratio to baseline: p50 ${(api.p50 / baseline.p50).toFixed(1)}x, p99 ${(api.p99 / baseline.p99).toFixed(1)}x`,
  );
  console.log(
    `target p99 < ${TARGET_P99_MS} ms: ${api.p99 < TARGET_P99_MS ? 'met' : 'NOT met'} (mixed ${api.p99.toFixed(1)} ms, agenda alone ${agendaOnly.p99.toFixed(1)} ms)`,
  );
  const assets = resolve(import.meta.dirname, '../web/dist/assets');
  if (existsSync(assets)) {
    let js = 0;
    let css = 0;
    for (const f of readdirSync(assets)) {
      const size = gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
      if (f.endsWith('.js')) js += size;
      else if (f.endsWith('.css')) css += size;
    }
    console.log(
      `web bundle gzipped: JS ${(js / 1024).toFixed(1)} KB (budget 150 KB), CSS ${(css / 1024).toFixed(1)} KB`,
    );
  } else console.log('web bundle: not built (run `npm run build`)');
} finally {
  agent.destroy();
  await server.close();
  await store.close();
  rmSync(home, { recursive: true, force: true });
}
