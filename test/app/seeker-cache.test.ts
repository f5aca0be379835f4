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
import { SeekerCache } from '../../src/app/seeker-cache.js';
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
});

describe("the seeker cache's memory", () => {
  /** A seeker of `opportunities` opportunities with one touch each, as loaded (only the records are weighed). */
  const seekerOf = (opportunities: number): Seeker =>
    ({
      records: Array.from({ length: opportunities }, (_, i) => ({
        id: `o${i}`,
        company: `C${i}`,
        createdAt: '2026-11-20T10:00:00Z',
        touches: [{ id: 't', at: '2026-11-21T10:00:00Z', direction: 'in', channel: 'email' }],
      })),
    }) as unknown as Seeker;

  it("keeps a coach's hundred small seekers warm at once", () => {
    const cache = new SeekerCache();
    for (let i = 0; i < 100; i++) cache.setSeeker(`s${i}`, 1, seekerOf(30));
    for (let i = 0; i < 100; i++) expect(cache.seeker(`s${i}`, 1), `s${i}`).not.toBeNull();
  });

  it('bounds the facts kept: large seekers push out the ones used longest ago', () => {
    const cache = new SeekerCache({ maxFacts: 200 });
    // 30 opportunities with a touch each and the profile: 61 facts a seeker, so three fit.
    for (const id of ['a', 'b', 'c']) cache.setSeeker(id, 1, seekerOf(30));
    expect(cache.seeker('a', 1)).not.toBeNull();
    cache.setSeeker('d', 1, seekerOf(30));
    expect(cache.seeker('b', 1)).toBeNull();
    expect(['a', 'c', 'd'].map((id) => cache.seeker(id, 1) !== null)).toEqual([true, true, true]);
    // A seeker larger than the whole budget is kept alone.
    cache.setSeeker('huge', 1, seekerOf(150));
    expect(['a', 'c', 'd', 'huge'].map((id) => cache.seeker(id, 1) !== null)).toEqual([false, false, false, true]);
    // Kept again at a new revision, a seeker is weighed once, not twice.
    cache.setSeeker('e', 1, seekerOf(30));
    cache.setSeeker('e', 2, seekerOf(30));
    cache.setSeeker('f', 1, seekerOf(30));
    expect(['e', 'f'].map((id) => cache.seeker(id, id === 'e' ? 2 : 1) !== null)).toEqual([true, true]);
  });
});
