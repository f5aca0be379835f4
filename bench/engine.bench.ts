/**
 * Benchmark: evaluate the playbook on 100,000 generated opportunities, on one
 * core. Prints the time, a ratio against two baselines measured in the same
 * run (merely walking the same facts' instants, and evaluating 10,000), and
 * whether it is under the 1 s target. Run: `npx tsx bench/engine.bench.ts`.
 */
import { Temporal } from 'temporal-polyfill';
import { toFacts } from '../src/app/facts.mapper.js';
import { evaluate } from '../src/core/index.js';
import type { Facts } from '../src/core/model.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const SIZE = 100_000;
const SMALL = 10_000;
const TARGET_MS = 1000;
const RUNS = 5;
const NOW = '2026-11-26T09:00:00-05:00';
// US public holidays around now (Thanksgiving 2026-11-26, Christmas, New Year).
const HOLIDAYS = new Set(['2026-11-11', '2026-11-26', '2026-12-25', '2027-01-01', '2026-09-07', '2026-10-12']);

function best(fn: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function walk(facts: Facts): number {
  let sum = 0;
  for (const o of facts.opportunities) {
    sum += o.createdAt.epochMilliseconds;
    for (const iv of o.interviews) sum += iv.at.epochMilliseconds;
    for (const t of o.touches) sum += t.at.epochMilliseconds;
  }
  return sum;
}

function prepare(n: number): Facts {
  const doc = generatePipeline({ opportunities: n, seed: 42, now: NOW });
  return toFacts(doc.profile ?? {}, doc.opportunities ?? [], 'UTC');
}

const t0 = performance.now();
const doc = generatePipeline({ opportunities: SIZE, seed: 42, now: NOW });
const genMs = performance.now() - t0;
const t1 = performance.now();
const facts = toFacts(doc.profile ?? {}, doc.opportunities ?? [], 'UTC');
const mapMs = performance.now() - t1;
const small = prepare(SMALL);
const now = Temporal.Instant.from(NOW);
const opts = { now, holidays: HOLIDAYS };

const interviews = facts.opportunities.reduce((n, o) => n + o.interviews.length, 0);
const touches = facts.opportunities.reduce((n, o) => n + o.touches.length, 0);
const agenda = evaluate(facts, opts);
const walkMs = best(() => walk(facts));
const smallMs = best(() => evaluate(small, opts));
const fullMs = best(() => evaluate(facts, opts));
const allMs = best(() => evaluate(facts, { ...opts, includeUpcoming: true }));

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`pipeline: ${SIZE} opportunities, ${interviews} interviews, ${touches} touches`);
console.log(`generate ${fmt(genMs)}, toFacts ${fmt(mapMs)}`);
console.log(
  `agenda: ${agenda.items.length} items, ${agenda.holds.length} holds, pipeline ${JSON.stringify(agenda.pipeline)}`,
);
console.log(`baseline walk of the same facts: ${fmt(walkMs)}`);
console.log(`evaluate ${SMALL}: ${fmt(smallMs)}`);
console.log(`evaluate ${SIZE}: ${fmt(fullMs)} (best of ${RUNS})`);
console.log(`evaluate ${SIZE} --all: ${fmt(allMs)}`);
console.log(
  `ratio: ${(fullMs / walkMs).toFixed(1)}x the walk, ${(fullMs / smallMs).toFixed(1)}x evaluate(${SMALL}) (linear = ${SIZE / SMALL}x)`,
);
console.log(`${fullMs < TARGET_MS ? 'PASS' : 'FAIL'}: under ${TARGET_MS} ms on one core: ${fmt(fullMs)}`);
