/**
 * Migrations on every dialect: applied once on first open, nothing on
 * reopen, and safe when several stores open a brand-new database at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../../test/dialects.js';
import { openStore } from '../index.js';
import type { Store } from '../store.types.js';
import { MIGRATION_COUNT } from './count.js';
import { MIGRATIONS } from './index.js';

const NAMES = MIGRATIONS.map((m) => m.name);

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`migrations on ${dialect.name}`, () => {
    let db: TestDatabase | null = null;
    const stores: Store[] = [];
    afterEach(async () => {
      for (const s of stores.splice(0)) await s.close();
      await db?.dispose();
      db = null;
    });
    const open = async (seekerId = 'local') => {
      if (!db) throw new Error('no database');
      const store = await openStore({ ...db.location, seekerId, poolSize: 2 });
      stores.push(store);
      return store;
    };
    const applied = async () =>
      ((await db?.query('select name from kysely_migration order by name')) ?? []).map((r) => r['name']);

    it('keeps its migrations in name order, so Kysely runs them in list order', () => {
      expect([...NAMES].sort()).toEqual(NAMES);
      expect(new Set(NAMES).size).toBe(NAMES.length);
      expect(MIGRATION_COUNT).toBe(NAMES.length);
    });

    it('applies each migration once and nothing on reopen, keeping the data', async () => {
      db = await dialect.freshDatabase();
      const first = await open();
      expect(await applied()).toEqual(NAMES);
      await first.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await first.close();
      stores.length = 0;

      await open();
      const third = await open();
      expect((await third.getOpportunity('acme'))?.company).toBe('Acme');
      expect(await applied()).toEqual(NAMES);
      expect(await db.query('select seeker_id from seekers')).toEqual([{ seeker_id: 'local' }]);
    });

    it('lets several stores open a new database at the same time', async () => {
      db = await dialect.freshDatabase();
      const opened = await Promise.all([open('s1'), open('s2'), open('s3'), open('s4')]);
      await Promise.all(
        opened.map((s, i) => s.putOpportunity({ id: 'same', company: `C${i}`, createdAt: '2026-11-02T15:00:00Z' })),
      );
      for (const [i, s] of opened.entries()) expect((await s.getOpportunity('same'))?.company).toBe(`C${i}`);
      expect(await applied()).toEqual(NAMES);
    });
  });
}
