/**
 * Benchmark: the web app's Today on a long search. A seeker with 2,000
 * generated opportunities (5 of them with an offer pending) on SQLite, the
 * real server with the built UI on loopback, and Debian's chromium. Prints
 * the bytes Today's agenda costs on the wire (the lean `GET /api/today`,
 * gzipped, against the full `GET /api/agenda?all=1` the page read before),
 * Today's first render from a cold load (a fresh browser profile each run,
 * median of 3; the server's first agenda computation included in the first
 * run), its DOM size, and the JavaScript gzipped. The demo home's first
 * render is the baseline. Run: `npx tsx bench/today-ui.bench.ts` after
 * `npm run build`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { startServer } from '../src/server/serve.js';
import { openStore } from '../src/store/index.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const OPPORTUNITIES = 2000;
const PENDING_OFFERS = 5;
const RUNS = 3;
const TARGET_AGENDA_KB = 300;
const TARGET_RENDER_MS = 1000;
const TARGET_JS_KB = 200;
const NOW = '2026-11-26T09:00:00-05:00';
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

if (!existsSync(CHROMIUM) || !existsSync(join(WEB_DIST, 'index.html'))) {
  console.log(`needs ${CHROMIUM} and the built UI (npm run build)`);
  process.exit(1);
}

/** A home of `count` generated opportunities, keeping exactly `offers` pending offers (fewer if the seed has fewer). */
async function openHome(count: number, offers: number) {
  const home = mkdtempSync(join(tmpdir(), 'afterview-today-ui-bench-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  const doc = generatePipeline({ opportunities: count, seed: 7, now: NOW, timezone: 'America/New_York' });
  let pending = 0;
  for (const opp of doc.opportunities ?? []) {
    const open = (opp.offers ?? []).filter((f) => f.status === 'received' || f.status === 'expected');
    if (open.length === 0) continue;
    if (pending < offers) pending++;
    else {
      opp.offers = (opp.offers ?? []).filter((f) => !open.includes(f));
      opp.touches = (opp.touches ?? []).filter((t) => !(t.direction === 'in' && t.kind === 'offer'));
    }
  }
  await store.importDocument(doc);
  const server = await startServer({
    ctx: { store, now: Temporal.Instant.from(NOW), machineZone: 'America/New_York', home },
    port: 0,
    webRoot: WEB_DIST,
  });
  return { home, store, server, pending };
}

/** Bytes on the wire for a GET with and without gzip. */
function wireBytes(port: number, path: string, gzip: boolean): Promise<number> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = {
      host: `127.0.0.1:${port}`,
      ...(gzip ? { 'accept-encoding': 'gzip' } : {}),
    };
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => (res.statusCode === 200 ? done(bytes) : fail(new Error(`${path}: HTTP ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Today's first render from a cold browser (fresh profile): ms to the `today-rendered` mark, and the DOM size. */
async function coldRender(url: string): Promise<{ ms: number; nodes: number; rows: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'afterview-bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    // Polled from here: a string predicate in the page would need eval, which the CSP refuses.
    const deadline = Date.now() + 60_000;
    while (!(await page.evaluate("performance.getEntriesByName('today-rendered').length > 0"))) {
      if (Date.now() > deadline) throw new Error('Today did not render within 60 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = (await page.evaluate("performance.getEntriesByName('today-rendered')[0].startTime")) as number;
    const nodes = (await page.evaluate("document.getElementsByTagName('*').length")) as number;
    const rows = (await page.evaluate("document.querySelectorAll('[data-row]').length")) as number;
    return { ms, nodes, rows };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(label: string, count: number) {
  const h = await openHome(count, PENDING_OFFERS);
  try {
    const port = h.server.port;
    const renders = [];
    for (let i = 0; i < RUNS; i++) renders.push(await coldRender(h.server.url));
    const lean = await wireBytes(port, '/api/today', true);
    const leanRaw = await wireBytes(port, '/api/today', false);
    const full = await wireBytes(port, '/api/agenda?all=1', false);
    const fullGz = await wireBytes(port, '/api/agenda?all=1', true);
    const ms = median(renders.map((r) => r.ms));
    console.log(`${label}: ${count} opportunities, ${h.pending} pending offers`);
    console.log(
      `  Today's agenda on the wire: ${kb(lean)} gzipped (${kb(leanRaw)} raw) via /api/today; the full agenda ${kb(fullGz)} gzipped, ${kb(full)} raw`,
    );
    console.log(
      `  first render, cold: ${renders.map((r) => r.ms.toFixed(0)).join(' / ')} ms (median ${ms.toFixed(0)} ms), ${renders[0]?.nodes} DOM elements, ${renders[0]?.rows} rows drawn`,
    );
    return { lean, ms };
  } finally {
    await h.server.close();
    await h.store.close();
    rmSync(h.home, { recursive: true, force: true });
  }
}

const big = await measure('long search', OPPORTUNITIES);
await measure('baseline (small home)', 10);

let js = 0;
for (const f of readdirSync(join(WEB_DIST, 'assets'))) {
  if (f.endsWith('.js')) js += gzipSync(readFileSync(join(WEB_DIST, 'assets', f)), { level: 9 }).length;
}
console.log(`web JS gzipped: ${kb(js)}`);
console.log(
  `targets: agenda < ${TARGET_AGENDA_KB} KB ${big.lean < TARGET_AGENDA_KB * 1024 ? 'met' : 'NOT met'}; first render < ${TARGET_RENDER_MS} ms ${big.ms < TARGET_RENDER_MS ? 'met' : 'NOT met'}; JS < ${TARGET_JS_KB} KB ${js < TARGET_JS_KB * 1024 ? 'met' : 'NOT met'}`,
);
