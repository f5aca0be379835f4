/**
 * The built CLI's `today` and `agenda` fast path (src/cli/entry.ts: what was
 * printed last time, else the agenda computed alone in parts) against the
 * slow, plain answers:
 *
 * - right after each kind of write (`sent`, `heard`, `import mail`), what
 *   it prints from the parts kept before the write is byte for byte what a
 *   run with no kept parts prints (the whole recomputed);
 * - `today --json` and `agenda --json` print exactly what the registry's
 *   `get_agenda` returns on the same home, before and after a write and
 *   from the kept text.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../src/app/registry/command.js';
import { getAgenda } from '../../src/app/registry/items.registry.js';
import type { OpportunityRecord } from '../../src/records/data-file.schema.js';
import { openStore } from '../../src/store/index.js';
import { oneMessageMbox } from '../factories/mbox.js';
import { generatePipeline } from '../factories/pipeline.js';
import { ensureBuilt, NOW, ok } from './cli-runner.js';

let home: string;
let open: OpportunityRecord[];
const cache = () => join(home, 'cache');
const REQUESTS = [['today'], ['today', '--json'], ['agenda', '--all', '--json'], ['agenda', '--all']];

beforeAll(async () => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), 'afterview-fast-path-'));
  const doc = generatePipeline({ opportunities: 150, seed: 11, now: NOW, timezone: 'America/New_York' });
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  await store.importDocument(doc);
  await store.close();
  open = (doc.opportunities ?? []).filter(
    (o) => o.status === 'open' && (o.interviews?.length ?? 0) > 0 && o.contacts?.some((c) => c.email),
  );
  expect(open.length).toBeGreaterThan(3);
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

/** What every request prints now, each run twice: computed, then the kept text (which must be the same). */
function printed(): string[] {
  return REQUESTS.map((args) => {
    const first = ok(home, args);
    expect(ok(home, args)).toBe(first);
    return first;
  });
}

/** What every request prints with nothing kept: the whole agenda recomputed. */
function recomputed(): string[] {
  rmSync(cache(), { recursive: true, force: true });
  return REQUESTS.map((args) => {
    rmSync(cache(), { recursive: true, force: true });
    return ok(home, args);
  });
}

/** The registry's `get_agenda` on the same home and clock, as `--json` prints it. */
async function registryAgenda(all: boolean): Promise<string> {
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  try {
    const ctx = { store, now: Temporal.Instant.from(NOW), machineZone: 'UTC', home };
    return `${JSON.stringify(await invoke(getAgenda, ctx, all ? { all: true } : {}), null, 2)}\n`;
  } finally {
    await store.close();
  }
}

/** An item due now on an open opportunity with a contact's address, one per `n`, with its opportunity. */
function dueItem(n: number): { kind: string; opportunity: OpportunityRecord } {
  const items = (JSON.parse(ok(home, ['today', '--json'])) as { items: { kind: string; opportunityId: string }[] })
    .items;
  const due = items.filter((i) => ['status-check', 'ask-timeline', 'thank-you'].includes(i.kind));
  const found = due.flatMap((i) => {
    const opportunity = open.find((o) => o.id === i.opportunityId);
    return opportunity ? [{ kind: i.kind, opportunity }] : [];
  })[n];
  if (!found) throw new Error(`no due item #${n} on an open opportunity in the generated pipeline`);
  return found;
}

/** Each write the fast path is for, on an opportunity with an item due, so that the agenda changes. */
const writes: [string, (item: { kind: string; opportunity: OpportunityRecord }, n: number) => void][] = [
  ['sent', ({ kind, opportunity }) => ok(home, ['sent', opportunity.id, kind, '--again'])],
  [
    'heard',
    ({ opportunity }) =>
      ok(home, ['heard', opportunity.id, 'timeline', 'We will decide by December 10.', '--by', 'Dec 10', '--again']),
  ],
  [
    'import mail',
    ({ opportunity: o }, n) => {
      const from = o.contacts?.find((c) => c.email)?.email;
      const mbox = join(home, 'one.mbox');
      writeFileSync(
        mbox,
        oneMessageMbox({
          from: from ?? '',
          company: o.company,
          messageId: `fast-path-${n}@example.com`,
          body: 'Thanks for your patience: we will get back to you by Thursday, December 10.',
        }),
      );
      ok(home, ['import', 'mail', mbox]);
    },
  ],
];

describe('today and agenda through the fast path', () => {
  it.each(writes.map(([name, write], n) => ({ name, write, n })))(
    'right after `$name`, print what the whole recomputation prints',
    ({ write, n }) => {
      recomputed();
      printed(); // kept: the parts and the printed text
      const before = ok(home, ['today', '--json']);
      write(dueItem(n), n);
      const after = printed();
      // Answered from the kept parts: only the written opportunity went into the delta.
      expect(existsSync(join(cache(), 'agenda-delta-local.json'))).toBe(true);
      expect(after[1]).not.toBe(before);
      expect(recomputed()).toEqual(after);
    },
    120_000,
  );

  it('`today --json` and `agenda --json` print what the registry gives', async () => {
    rmSync(cache(), { recursive: true, force: true });
    const expected = await registryAgenda(false);
    expect(JSON.parse(expected).items.length).toBeGreaterThan(0);
    for (const args of [
      ['today', '--json'],
      ['agenda', '--json'],
    ]) {
      expect(ok(home, args)).toBe(expected); // computed
      expect(ok(home, args)).toBe(expected); // kept
    }
    expect(ok(home, ['agenda', '--all', '--json'])).toBe(await registryAgenda(true));
    const { kind, opportunity } = dueItem(3);
    ok(home, ['sent', opportunity.id, kind, '--again']);
    const written = await registryAgenda(false);
    expect(written).not.toBe(expected);
    expect(ok(home, ['today', '--json'])).toBe(written); // in parts, right after a write
    expect(ok(home, ['agenda', '--json'])).toBe(written);
  }, 120_000);
});
