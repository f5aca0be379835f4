/**
 * The command line's agenda cache: a hit only while nothing that shapes the
 * agenda changed (a write from any process, the minute, a template edited in
 * place, another build).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedAgenda, readCachedAgenda } from '../../src/app/agenda-file-cache.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';
import { peekSqliteRevision } from '../../src/store/sqlite-peek.js';
import type { Store } from '../../src/store/store.types.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
let home: string;
let store: Store;
let ctx: AppContext;
const db = () => join(home, 'afterview.db');
const scope = (over: Partial<Parameters<typeof readCachedAgenda>[0]> = {}) => ({
  all: true,
  version: 'v1',
  where: db(),
  seekerId: 'local',
  nowMs: NOW.epochMilliseconds,
  machineZone: 'UTC',
  home,
  ...over,
});

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-agenda-cache-'));
  store = await openStore({ sqlitePath: db() });
  ctx = { store, now: NOW, machineZone: 'UTC', home };
  await store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-20T10:00:00Z' });
  await store.putInterview('acme', { id: 'i1', at: '2026-11-26T09:00:00Z', durationMinutes: 60 });
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

describe('the agenda cache on disk', () => {
  it('serves the same agenda until the store is written, from the file alone', async () => {
    const first = await cachedAgenda(ctx, { all: true, version: 'v1', where: db() });
    const revision = peekSqliteRevision(db(), 'local');
    expect(revision).not.toBeNull();
    expect(readCachedAgenda(scope(), revision ?? -1)).toEqual(first);
    const other = await openStore({ sqlitePath: db() });
    await other.putTouch('acme', {
      id: 't1',
      at: '2026-11-26T12:00:00Z',
      direction: 'out',
      purpose: 'thank-you',
      interviewId: 'i1',
    });
    await other.close();
    const after = peekSqliteRevision(db(), 'local');
    expect(after).not.toBe(revision);
    expect(readCachedAgenda(scope(), after ?? -1)).toBeNull();
    const fresh = await cachedAgenda(ctx, { all: true, version: 'v1', where: db() });
    expect(fresh.items.some((i) => i.kind === 'thank-you')).toBe(false);
    expect(first.items.some((i) => i.kind === 'thank-you')).toBe(true);
  });

  it('misses on another minute, another build, or a template edited in place; asOf follows now', async () => {
    await cachedAgenda(ctx, { all: true, version: 'v1', where: db() });
    const revision = peekSqliteRevision(db(), 'local') ?? -1;
    expect(
      readCachedAgenda(scope({ nowMs: Temporal.Instant.from('2026-11-26T14:00:42Z').epochMilliseconds }), revision)
        ?.asOf,
    ).toBe('2026-11-26T14:00:42+00:00');
    expect(
      readCachedAgenda(scope({ nowMs: Temporal.Instant.from('2026-11-26T14:01:00Z').epochMilliseconds }), revision),
    ).toBeNull();
    expect(readCachedAgenda(scope({ version: 'v2' }), revision)).toBeNull();
    mkdirSync(join(home, 'templates'));
    writeFileSync(join(home, 'templates', 'thank-you.txt'), 'Subject: Thanks\n\nHello {{firstName}}');
    await cachedAgenda(ctx, { all: true, version: 'v1', where: db() });
    expect(readCachedAgenda(scope(), revision)).not.toBeNull();
    writeFileSync(join(home, 'templates', 'thank-you.txt'), 'Subject: Thanks\n\nHello {{firstName}}, longer now');
    expect(readCachedAgenda(scope(), revision)).toBeNull();
  });

  it('peeks nothing from a file that is not there', () => {
    expect(peekSqliteRevision(join(home, 'missing.db'), 'local')).toBeNull();
  });
});
