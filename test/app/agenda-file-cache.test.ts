/**
 * What the command line printed, kept on disk: a hit only while nothing that
 * shapes it changed (a write from any process, the minute, the request, a
 * template edited in place, another build).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedAgenda, keepOutput, type OutputScope, readCachedOutput } from '../../src/app/agenda-file-cache.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';
import { peekSqliteRevision } from '../../src/store/sqlite-peek.js';
import type { Store } from '../../src/store/store.types.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
let home: string;
let store: Store;
let ctx: AppContext;
const db = () => join(home, 'afterview.db');
const scope = (over: Partial<OutputScope> = {}): OutputScope => ({
  request: 'agenda --all --json',
  color: false,
  version: 'v1',
  where: db(),
  seekerId: 'local',
  nowMs: NOW.epochMilliseconds,
  machineZone: 'UTC',
  home,
  ...over,
});
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What the CLI does on a miss: compute, print, keep. */
async function printed(): Promise<string> {
  const { agenda, revision } = await cachedAgenda(ctx, { all: true, version: 'v1', where: db() });
  const text = json(agenda);
  if (revision !== null) keepOutput(scope(), revision, text, agenda.asOf);
  return text;
}

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

describe('the printed agenda kept on disk', () => {
  it('serves the same text until the store is written, from the file alone', async () => {
    const first = await printed();
    const revision = peekSqliteRevision(db(), 'local');
    expect(revision).not.toBeNull();
    expect(readCachedOutput(scope(), revision ?? -1)?.toString()).toBe(first);
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
    expect(readCachedOutput(scope(), after ?? -1)).toBeNull();
    const fresh = await printed();
    expect(fresh).not.toContain('"kind": "thank-you"');
    expect(first).toContain('"kind": "thank-you"');
  });

  it('misses on another minute, request, colour or build, or a template edited in place; asOf follows now', async () => {
    const first = await printed();
    const revision = peekSqliteRevision(db(), 'local') ?? -1;
    const later = readCachedOutput(
      scope({ nowMs: Temporal.Instant.from('2026-11-26T14:00:42Z').epochMilliseconds }),
      revision,
    )?.toString();
    expect(JSON.parse(later ?? '{}').asOf).toBe('2026-11-26T14:00:42+00:00');
    expect(later?.replace('14:00:42', '14:00:00')).toBe(first);
    expect(
      readCachedOutput(scope({ nowMs: Temporal.Instant.from('2026-11-26T14:01:00Z').epochMilliseconds }), revision),
    ).toBeNull();
    expect(readCachedOutput(scope({ version: 'v2' }), revision)).toBeNull();
    expect(readCachedOutput(scope({ color: true }), revision)).toBeNull();
    expect(readCachedOutput(scope({ request: 'agenda --json' }), revision)).toBeNull();
    mkdirSync(join(home, 'templates'));
    writeFileSync(join(home, 'templates', 'thank-you.txt'), 'Subject: Thanks\n\nHello {{firstName}}');
    await printed();
    expect(readCachedOutput(scope(), revision)).not.toBeNull();
    writeFileSync(join(home, 'templates', 'thank-you.txt'), 'Subject: Thanks\n\nHello {{firstName}}, longer now');
    expect(readCachedOutput(scope(), revision)).toBeNull();
  });

  it('peeks nothing from a file that is not there', () => {
    expect(peekSqliteRevision(join(home, 'missing.db'), 'local')).toBeNull();
  });
});
