/**
 * The agenda computed in parts (src/app/agenda-parts.ts) against the whole
 * recomputation, after each kind of write and as time passes: the parts kept
 * from the run before must never show a stale item, hold or number. Each
 * case primes the parts, changes something, and compares the next run with
 * `evaluate` over all the facts, for `today` and `agenda --all`; the cases
 * the parts are for (a check-in sent, a reply heard) must also have been
 * answered from them, reading only a few opportunities.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toAgendaJson } from '../../src/app/agenda.json.js';
import { agendaInParts } from '../../src/app/agenda-parts.js';
import { logHeard, logOffer, logSent } from '../../src/app/commands/facts.js';
import { closeOpportunity, deleteOpportunity } from '../../src/app/commands/opportunities.js';
import { setConfig } from '../../src/app/commands/settings.js';
import type { AppContext } from '../../src/app/context.js';
import { agendaFor, loadSeeker } from '../../src/app/seeker.js';
import { openStore } from '../../src/store/index.js';
import { makeDirs } from '../../src/store/make-dirs.js';
import type { Store } from '../../src/store/store.types.js';
import { generatePipeline } from '../factories/pipeline.js';

const NOW = '2026-11-26T14:00:00Z';
const ZONE = 'America/New_York';
let home: string;
let store: Store;
/** How many opportunities the last run read from the store (every one: the whole was recomputed). */
let read: number[] = [];

const at = (iso: string = NOW): AppContext => ({
  store: counting(store),
  now: Temporal.Instant.from(iso),
  machineZone: 'UTC',
  home,
});

/** The store, noting how many opportunities each read asked for (all of them: -1). */
function counting(inner: Store): Store {
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'listOpportunities') {
        return (options?: { ids?: readonly string[] }) => {
          read.push(options?.ids?.length ?? -1);
          return target.listOpportunities(options);
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const scope = { version: 'test', where: 'test.db', templates: 'none' };

function keep(file: string, data: unknown): void {
  makeDirs(join(file, '..'), 0o700);
  writeFileSync(file, JSON.stringify(data));
}

async function inParts(ctx: AppContext, all: boolean) {
  read = [];
  return agendaInParts(ctx, { all, scope }, keep);
}

async function whole(ctx: AppContext, all: boolean) {
  return toAgendaJson(await agendaFor(ctx, await loadSeeker(ctx), all));
}

/** Runs the parts once (so they are kept), applies `change`, then compares both agendas at `later`. */
async function afterChange(change: () => Promise<unknown>, later: string = NOW): Promise<number[]> {
  await inParts(at(), true);
  await change();
  const fast = await inParts(at(later), true);
  const reads = [...read];
  expect(fast).toEqual(await whole(at(later), true));
  expect(await inParts(at(later), false)).toEqual(await whole(at(later), false));
  return reads;
}

/** Opportunities of the generated pipeline by what the agenda says of them. */
async function pick(kind: string): Promise<string> {
  const agenda = await whole(at(), true);
  const item = agenda.items.find((i) => i.kind === kind && i.opportunityId !== null);
  if (!item?.opportunityId) throw new Error(`no ${kind} item in the generated pipeline`);
  return item.opportunityId;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-agenda-parts-'));
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

beforeEach(async () => {
  await store?.close();
  rmSync(join(home, 'cache'), { recursive: true, force: true });
  rmSync(join(home, 'afterview.db'), { force: true });
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  await store.importDocument(generatePipeline({ opportunities: 160, seed: 11, now: NOW, timezone: ZONE }));
});

describe('the agenda in parts equals the whole recomputation', () => {
  it('before any parts are kept, and when nothing changed', async () => {
    const first = await inParts(at(), true);
    expect(read).toEqual([-1]);
    expect(first).toEqual(await whole(at(), true));
    const again = await inParts(at(), false);
    expect(read).toEqual([0]);
    expect(again).toEqual(await whole(at(), false));
  });

  it('after a check-in is sent, reading only that opportunity and those whose offers could nudge it', async () => {
    const opp = await pick('status-check');
    const reads = await afterChange(() => logSent(at(), { opportunity: opp, purpose: 'status-check' }));
    expect(reads[0]).toBe(1);
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(40);
  });

  it('after a thank-you is sent', async () => {
    const opp = await pick('thank-you');
    const reads = await afterChange(() => logSent(at(), { opportunity: opp, purpose: 'thank-you' }));
    expect(reads[0]).toBeGreaterThan(0);
  });

  it('after hearing a decision date (a new hold) and after a rejection (one fewer process open)', async () => {
    const waiting = await pick('ask-timeline');
    const reads = await afterChange(() =>
      logHeard(at(), { opportunity: waiting, kind: 'reply', by: Temporal.PlainDate.from('2026-12-09') }),
    );
    expect(reads[0]).toBeGreaterThan(0);
    const other = await pick('status-check');
    await afterChange(() => logHeard(at(), { opportunity: other, kind: 'rejection' }));
  });

  it('after an offer at a low-interest opportunity, which nudges the others', async () => {
    const before = await whole(at(), true);
    const low = before.items.find(
      (i) => i.kind !== 'offer-nudge' && !before.items.some((j) => j.id.startsWith(`offer-nudge:${i.opportunityId}:`)),
    );
    const opp = low?.opportunityId ?? (await pick('status-check'));
    const { updateOpportunity } = await import('../../src/app/commands/opportunities.js');
    await updateOpportunity(at(), { opportunity: opp, interest: 1 });
    await afterChange(() => logOffer(at(), { opportunity: opp }));
    const after = await whole(at(), true);
    expect(after.items.filter((i) => i.id.includes(`:${opp}:`) && i.kind === 'offer-nudge').length).toBeGreaterThan(0);
  });

  it('after a check-in to an opportunity nudged about an offer elsewhere (that offer is read again)', async () => {
    const agenda = await whole(at(), true);
    const nudge = agenda.items.find((i) => i.kind === 'offer-nudge');
    if (!nudge?.opportunityId) throw new Error('no offer-nudge item in the generated pipeline');
    const offering = nudge.id.split(':')[2] ?? '';
    const reads = await afterChange(() =>
      logSent(at(), { opportunity: nudge.opportunityId ?? '', purpose: 'other', again: true }),
    );
    expect(reads[0]).toBe(1);
    expect(reads[1]).toBeGreaterThan(0);
    expect((await whole(at(), true)).items.some((i) => i.id === nudge.id)).toBe(true);
    expect(offering).not.toBe(nudge.opportunityId);
  });

  it('after many writes in a row, each on another opportunity (the kept delta grows, then is folded in)', async () => {
    await inParts(at(), true);
    const open = (await store.listOpportunities()).filter((o) => o.status === 'open').slice(0, 24);
    for (const [n, o] of open.entries()) {
      await logSent(at(), { opportunity: o.id, purpose: n % 2 ? 'other' : 'status-check', again: true });
      const fast = await inParts(at(), n % 3 === 0);
      expect(read[0]).toBe(1);
      expect(fast).toEqual(await whole(at(), n % 3 === 0));
    }
  });

  it('after an opportunity is closed or deleted', async () => {
    const opp = await pick('status-check');
    await afterChange(() => closeOpportunity(at(), { opportunity: opp, as: 'withdrawn' }));
    const gone = await pick('thank-you');
    await afterChange(() => deleteOpportunity(at(), { opportunity: gone }));
  });

  it('after a setting or the profile zone changes', async () => {
    await afterChange(() => setConfig(at(), { key: 'settings.checkInGapDays', value: '9' }));
    await afterChange(() => setConfig(at(), { key: 'timezone', value: 'Europe/Berlin' }));
  });

  it('after an offer is accepted (rule 13 decides every item)', async () => {
    const opp = await pick('status-check');
    await afterChange(async () => {
      await logOffer(at(), { opportunity: opp });
      const { decideOffer } = await import('../../src/app/commands/facts.js');
      await decideOffer(at(), { opportunity: opp, decision: 'accepted' });
    });
  });

  it('as time passes: later the same day, the next day, a week on, and back', async () => {
    await afterChange(async () => {}, '2026-11-26T20:30:00Z');
    await afterChange(async () => {}, '2026-11-27T15:00:00Z');
    await afterChange(async () => {}, '2026-12-03T09:00:00Z');
    await afterChange(async () => {}, '2026-11-26T11:00:00Z');
  });

  it('after the first choice changes (the wording of every other item may name it)', async () => {
    const { updateOpportunity } = await import('../../src/app/commands/opportunities.js');
    const records = await store.listOpportunities();
    const open = records.filter((o) => o.status === 'open');
    const top = Math.max(...open.map((o) => o.interest ?? 3));
    // Every open opportunity at the top level but one drops a level first, then the last one does.
    const tops = open.filter((o) => (o.interest ?? 3) === top);
    for (const o of tops.slice(1)) await updateOpportunity(at(), { opportunity: o.id, interest: top - 1 });
    const last = tops[0]?.id ?? '';
    const reads = await afterChange(() => updateOpportunity(at(), { opportunity: last, interest: top - 1 }));
    expect(reads.at(-1)).toBe(-1);
  });

  it('when nothing is written but a write raised the revision', async () => {
    const reads = await afterChange(() => store.transaction(async () => {}));
    expect(reads).toEqual([0]);
  });
});
