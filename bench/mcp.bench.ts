/**
 * Benchmark: `get_agenda` over MCP in process against the same command
 * called directly. A seeker with 200 generated opportunities on SQLite; the
 * MCP server (src/mcp) and the SDK's own client joined by an in-memory pair
 * of transports, so the figure is what MCP adds (JSON-RPC, the client's
 * parsing, the result's JSON text), not a network. The two are called in
 * turn, one call at a time, so both see the same machine. Two contexts: one
 * that computes the agenda on every call (a one-shot command), and one with
 * the cache a long-running process keeps (`afterview mcp`, `serve`), which
 * answers from the agenda of this minute. Prints p50/p99 of each and the p99
 * ratio against the target of 2x.
 * Run: `npx tsx bench/mcp.bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../src/app/context.js';
import { invoke } from '../src/app/registry/command.js';
import { COMMANDS } from '../src/app/registry/index.js';
import { SeekerCache } from '../src/app/seeker-cache.js';
import { createMcpServer } from '../src/mcp/server.js';
import { openStore } from '../src/store/index.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const OPPORTUNITIES = 200;
const CALLS = Number(process.env.MCP_BENCH_CALLS ?? 400);
const WARMUP = 40;
const TARGET_RATIO = 2;
const NOW = '2026-11-26T09:00:00-05:00';

const home = mkdtempSync(join(tmpdir(), 'afterview-mcp-bench-'));
const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
await store.importDocument(
  generatePipeline({ opportunities: OPPORTUNITIES, seed: 7, now: NOW, timezone: 'America/New_York' }),
);
const base: AppContext = { store, now: Temporal.Instant.from(NOW), machineZone: 'America/New_York', home };

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const result = { p50: pct(sorted, 50), p99: pct(sorted, 99) };
  console.log(
    `  ${name.padEnd(22)} n=${samples.length}  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms`,
  );
  return result;
}

/** Times `direct` and `overMcp` in turn, `CALLS` times each after a warm-up; returns the p99 ratio. */
async function compare(label: string, ctx: AppContext): Promise<number> {
  const server = createMcpServer({ contextOf: () => ctx });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'afterview-bench', version: '1.0.0' });
  await client.connect(clientSide);
  const direct = async () => {
    await invoke(COMMANDS.getAgenda, ctx, {});
  };
  const overMcp = async () => {
    const result = await client.callTool({ name: 'get_agenda', arguments: {} });
    if (result.isError) throw new Error(JSON.stringify(result.content));
  };
  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await overMcp();
  }
  const times = { direct: [] as number[], mcp: [] as number[] };
  for (let i = 0; i < CALLS; i++) {
    let t0 = performance.now();
    await direct();
    times.direct.push(performance.now() - t0);
    t0 = performance.now();
    await overMcp();
    times.mcp.push(performance.now() - t0);
  }
  console.log(`${label}:`);
  const a = report('invoke (direct)', times.direct);
  const b = report('get_agenda over MCP', times.mcp);
  const ratio = b.p99 / a.p99;
  console.log(
    `  p99 ratio ${ratio.toFixed(2)}x (p50 ${(b.p50 / a.p50).toFixed(2)}x); target < ${TARGET_RATIO}x: ${ratio < TARGET_RATIO ? 'met' : 'NOT met'}`,
  );
  await client.close();
  return ratio;
}

try {
  const items = (await invoke(COMMANDS.getAgenda, base, {})).items.length;
  const bytes = JSON.stringify(await invoke(COMMANDS.getAgenda, base, {})).length;
  console.log(
    `${OPPORTUNITIES} opportunities; the agenda has ${items} due items, ${(bytes / 1024).toFixed(0)} KB of JSON`,
  );
  await compare('computed on every call (no cache)', base);
  await compare('with the process cache (afterview mcp, serve)', { ...base, cache: new SeekerCache() });
} finally {
  await store.close();
  rmSync(home, { recursive: true, force: true });
}
