/**
 * The server's cache answers from memory only while the store is unchanged:
 * a write from another process (another store on the same file) is seen on
 * the next request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenda } from '../../src/app/commands/items.js';
import type { AppContext } from '../../src/app/context.js';
import { SeekerCache } from '../../src/app/seeker-cache.js';
import { openStore } from '../../src/store/index.js';
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
});
