/**
 * The server's cache answers from memory only while the store is unchanged:
 * a write from another process (another store on the same file) is seen on
 * the next request; and two seekers served by one process, even at the same
 * revision, never get each other's facts or agenda.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenda } from '../../src/app/commands/items.js';
import { listOpportunities } from '../../src/app/commands/opportunities.js';
import type { AppContext } from '../../src/app/context.js';
import type { Seeker } from '../../src/app/seeker.types.js';
import { MAX_KEPT_OPPORTUNITIES, SeekerCache } from '../../src/app/seeker-cache.js';
import { openDatabase, openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

let home: string;
let server: Store;
let other: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-cache-'));
  server = await openStore({ sqlitePath: join(home, 'afterview.db') });
  other = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = {
    store: server,
    now: Temporal.Instant.from('2026-11-26T14:00:00Z'),
    machineZone: 'UTC',
    home,
    cache: new SeekerCache(),
  };
});

afterEach(async () => {
  await server.close();
  await other.close();
  rmSync(home, { recursive: true, force: true });
});

describe('the seeker cache', () => {
  it('answers the same agenda while nothing changes, and sees another process write at once', async () => {
    await other.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-20T10:00:00Z' });
    const first = await agenda(ctx);
    expect(await agenda(ctx)).toBe(first);
    expect(first.items.some((i) => i.kind === 'thank-you')).toBe(false);
    await other.putInterview('acme', { id: 'i1', at: '2026-11-26T09:00:00Z', durationMinutes: 60 });
    const second = await agenda(ctx);
    expect(second).not.toBe(first);
    expect(second.items.map((i) => i.id)).toContain('thank-you:acme:i1');
  });

  it("lists opportunities from the kept facts while nothing changes, and sees another process's write at once", async () => {
    await other.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-20T10:00:00Z' });
    let reads = 0;
    const counted = new Proxy(server, {
      get(target, property) {
        if (property === 'listOpportunities') reads++;
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const listed = { ...ctx, store: counted };
    expect((await listOpportunities(listed)).map((o) => o.company)).toEqual(['Acme']);
    expect((await listOpportunities(listed)).map((o) => o.company)).toEqual(['Acme']);
    expect(reads).toBe(1);
    await other.putOpportunity({ id: 'globex', company: 'Globex', createdAt: '2026-11-21T10:00:00Z' });
    expect((await listOpportunities(listed)).map((o) => o.company).sort()).toEqual(['Acme', 'Globex']);
    expect(reads).toBe(2);
  });

  it('recomputes when the minute changes, so states follow the clock', async () => {
    await other.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-20T10:00:00Z' });
    await other.putInterview('acme', { id: 'i1', at: '2026-11-25T09:00:00Z', durationMinutes: 60 });
    const before = await agenda(ctx);
    const later = await agenda({ ...ctx, now: Temporal.Instant.from('2026-11-26T14:01:00Z') });
    expect(later).not.toBe(before);
    expect(later.asOf).toBe('2026-11-26T14:01:00+00:00');
  });

  it('keeps two seekers of one database apart, even at the same revision', async () => {
    const db = await openDatabase({ sqlitePath: join(home, 'afterview.db') });
    try {
      const cache = new SeekerCache();
      const scoped = async (seekerId: string, company: string) => {
        const store = await db.forSeeker(seekerId);
        await store.putOpportunity({ id: company.toLowerCase(), company, createdAt: '2026-11-20T10:00:00Z' });
        await store.putInterview(company.toLowerCase(), {
          id: 'i1',
          at: '2026-11-25T09:00:00Z',
          durationMinutes: 60,
        });
        return { ...ctx, store, cache } satisfies AppContext;
      };
      const ann = await scoped('ann', 'Acme');
      const bo = await scoped('bo', 'Globex');
      expect(await ann.store.revision()).toBe(await bo.store.revision());

      const ids = async (c: AppContext) => (await agenda(c)).items.map((i) => i.id);
      expect(await ids(ann)).toContain('thank-you:acme:i1');
      expect(await ids(bo)).toEqual(expect.arrayContaining(['thank-you:globex:i1']));
      expect(await ids(bo)).not.toContain('thank-you:acme:i1');
      expect(await ids(ann)).not.toContain('thank-you:globex:i1');
      expect((await listOpportunities(bo)).map((o) => o.company)).toEqual(['Globex']);
      expect((await listOpportunities(ann)).map((o) => o.company)).toEqual(['Acme']);
    } finally {
      await db.close();
    }
  });

  it('keeps many small seekers, and bounds them by their opportunities, the one used longest ago first', () => {
    const cache = new SeekerCache();
    const seekerOf = (opportunities: number) =>
      ({ records: Array.from({ length: opportunities }, () => ({})) }) as unknown as Seeker;
    // A thousand seekers of 10 opportunities: all of them stay (the old bound kept 64).
    for (let n = 0; n < 1000; n++) cache.setSeeker(`s${n}`, 1, seekerOf(10));
    expect(cache.size).toEqual({ seekers: 1000, opportunities: 10_000 });
    expect(cache.seeker('s0', 1)).not.toBeNull();
    // Large ones push out the seekers used longest ago until the kept ones fit the bound again.
    const big = MAX_KEPT_OPPORTUNITIES / 4 - 1; // each weighs its opportunities and one
    for (let n = 0; n < 4; n++) cache.setSeeker(`big${n}`, 1, seekerOf(big));
    expect(cache.size.opportunities).toBeLessThanOrEqual(MAX_KEPT_OPPORTUNITIES);
    expect(cache.seeker('s1', 1)).toBeNull();
    expect(cache.seeker('s0', 1)).toBeNull();
    expect(cache.seeker('big0', 1)).not.toBeNull();
    expect(cache.seeker('big3', 1)).not.toBeNull();
    // One seeker larger than the whole bound is still kept, alone.
    cache.setSeeker('huge', 1, seekerOf(MAX_KEPT_OPPORTUNITIES * 2));
    expect(cache.size.seekers).toBe(1);
    expect(cache.seeker('huge', 1)).not.toBeNull();
    // A seeker kept again at a new revision replaces its own entry, not another's weight.
    cache.setSeeker('huge', 2, seekerOf(5));
    expect(cache.size).toEqual({ seekers: 1, opportunities: 5 });
  });
});
