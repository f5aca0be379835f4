/**
 * The driver-only reader (./sqlite-reader.ts) against the store on the same
 * SQLite file: the same revision, profile, stamps and records, whole and by
 * ids, with and without touch bodies, one seeker's only; and null where the
 * ordinary store must open the file itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePipeline } from '../../test/factories/pipeline.js';
import { openDatabase } from './index.js';
import { openSqliteReader } from './sqlite-reader.js';
import type { Store, StoreDatabase } from './store.types.js';

let home: string;
let database: StoreDatabase;
let store: Store;
const file = () => join(home, 'afterview.db');

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-reader-'));
  database = await openDatabase({ sqlitePath: file() });
  store = await database.forSeeker('local');
  await store.importDocument(
    generatePipeline({ opportunities: 40, seed: 3, now: '2026-11-26T14:00:00Z', timezone: 'America/New_York' }),
  );
  await store.saveProfile({
    name: 'Sam',
    timezone: 'America/New_York',
    snoozed: [{ item: 'x:1', until: '2026-12-01' }],
  });
  const [some] = await store.listOpportunities();
  await store.putTouch(some!.id, {
    id: 'tb1',
    at: '2026-11-25T12:00:00Z',
    direction: 'in',
    kind: 'reply',
    subject: 'Re: the role',
    body: 'Thanks, we are still interviewing.',
  });
  const other = await database.forSeeker('bo');
  await other.importDocument(generatePipeline({ opportunities: 5, seed: 4, now: '2026-11-26T14:00:00Z' }));
});

afterAll(async () => {
  await database.close();
  rmSync(home, { recursive: true, force: true });
});

describe('the driver-only reader', () => {
  it('reads what the store reads', async () => {
    const reader = openSqliteReader(file(), 'local');
    expect(reader).not.toBeNull();
    if (!reader) return;
    try {
      const all = await store.listOpportunities();
      expect(all.length).toBe(40);
      expect(await reader.revision()).toBe(await store.revision());
      expect(await reader.getProfile()).toEqual(await store.getProfile());
      expect(await reader.opportunityStamps()).toEqual(await store.opportunityStamps());
      expect(await reader.listOpportunities()).toEqual(all);
      const ids = [all[7]!.id, all[2]!.id, all[31]!.id];
      expect(await reader.listOpportunities({ ids })).toEqual(await store.listOpportunities({ ids }));
      expect(await reader.listOpportunities({ ids: [] })).toEqual([]);
      const bodiless = await reader.listOpportunities({ touchBodies: false });
      expect(bodiless).toEqual(await store.listOpportunities({ touchBodies: false }));
      expect(bodiless.some((o) => (o.touches ?? []).some((t) => t.body))).toBe(false);
      expect(all.some((o) => (o.touches ?? []).some((t) => t.body))).toBe(true);
    } finally {
      reader.close();
    }
  });

  it('follows writes made after it opened', async () => {
    const reader = openSqliteReader(file(), 'local');
    if (!reader) throw new Error('no reader');
    try {
      const [first] = await store.listOpportunities();
      await store.putTouch(first!.id, {
        id: 'tr1',
        at: '2026-11-26T12:00:00Z',
        direction: 'out',
        purpose: 'status-check',
      });
      expect(await reader.revision()).toBe(await store.revision());
      expect(await reader.opportunityStamps()).toEqual(await store.opportunityStamps());
      expect(await reader.listOpportunities({ ids: [first!.id] })).toEqual(
        await store.listOpportunities({ ids: [first!.id] }),
      );
    } finally {
      reader.close();
    }
  });

  it('is null for no file, a seeker with no row, or a schema behind this build', async () => {
    expect(openSqliteReader(join(home, 'none.db'), 'local')).toBeNull();
    expect(openSqliteReader(file(), 'nobody')).toBeNull();
    const behind = join(home, 'behind.db');
    const db = await openDatabase({ sqlitePath: behind });
    await db.forSeeker('local');
    await db.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(behind);
    raw.prepare('delete from kysely_migration where name = (select max(name) from kysely_migration)').run();
    raw.close();
    expect(openSqliteReader(behind, 'local')).toBeNull();
  });
});
