/**
 * Benchmark: rule 10 (offer-nudge) with many pending offers. A home of
 * 2,000 generated opportunities gets 200 pending offers at its least wanted
 * interviewed opportunities (interest 1-2); before the rule changed, every
 * offer nudged every higher-ranked opportunity (122,001 items, a 145 MB
 * agenda). Prints the agenda's size with and without the offers (the
 * baseline, same run) and the ratio, and whether every opportunity has at
 * most one nudge. Run: `npx tsx bench/offer-nudge.bench.ts`.
 */
import { Temporal } from 'temporal-polyfill';
import { toAgendaJson } from '../src/app/agenda.json.js';
import { toFacts } from '../src/app/facts.mapper.js';
import { evaluate } from '../src/core/index.js';
import { generatePipeline } from '../test/factories/pipeline.js';

const SIZE = 2_000;
const OFFERS = 200;
const NOW = '2026-11-26T09:00:00-05:00';
const now = Temporal.Instant.from(NOW);

const doc = generatePipeline({ opportunities: SIZE, seed: 7, now: NOW });
const opportunities = doc.opportunities ?? [];
const plain = toFacts(doc.profile ?? {}, opportunities, 'UTC');

// 200 offers at open, interviewed opportunities, least wanted first.
const hosts = opportunities
  .filter((o) => (o.status ?? 'open') === 'open' && (o.interviews ?? []).length > 0 && (o.offers ?? []).length === 0)
  .sort((a, b) => (a.interest ?? 3) - (b.interest ?? 3))
  .slice(0, OFFERS);
const withOffers = opportunities.map((o) =>
  hosts.includes(o)
    ? {
        ...o,
        interest: Math.min(o.interest ?? 3, 2),
        offers: [{ id: 'bench', status: 'received' as const, at: '2026-11-25T10:00:00-05:00', deadline: '2026-12-04' }],
      }
    : o,
);
const offered = toFacts(doc.profile ?? {}, withOffers, 'UTC');

function measure(facts: typeof plain) {
  const t0 = performance.now();
  const agenda = evaluate(facts, { now, holidays: new Set(), includeUpcoming: true });
  const ms = performance.now() - t0;
  const bytes = Buffer.byteLength(JSON.stringify(toAgendaJson(agenda)));
  return { agenda, ms, bytes };
}

const base = measure(plain);
const many = measure(offered);
const nudges = many.agenda.items.filter((i) => i.kind === 'offer-nudge');
const perOpp = new Map<string, number>();
for (const n of nudges) perOpp.set(n.opportunityId ?? '', (perOpp.get(n.opportunityId ?? '') ?? 0) + 1);
const worst = Math.max(0, ...perOpp.values());
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

console.log(`home: ${SIZE} opportunities; ${hosts.length} pending offers added`);
console.log(
  `baseline (no added offers): ${base.agenda.items.length} items, ${kb(base.bytes)}, ${base.ms.toFixed(0)} ms`,
);
console.log(
  `with ${hosts.length} offers: ${many.agenda.items.length} items (${nudges.length} offer nudges), ${kb(many.bytes)}, ${many.ms.toFixed(0)} ms`,
);
console.log(
  `ratio: ${(many.bytes / base.bytes).toFixed(2)}x the bytes, ${(many.agenda.items.length / base.agenda.items.length).toFixed(2)}x the items`,
);
console.log(`${worst <= 1 ? 'PASS' : 'FAIL'}: at most one nudge per opportunity (most: ${worst})`);
