/**
 * Each opportunity's change stamp (0008-opportunity-stamps), on every
 * dialect: a write to an opportunity or any of its children sets the stamp
 * to the revision that write ends at, and leaves every other opportunity's
 * stamp alone; reading by ids reads only those opportunities.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../test/dialects.js';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`opportunity stamps on ${dialect.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await dialect.freshStore();
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putOpportunity({ id: 'globex', company: 'Globex', createdAt: '2026-11-03T15:00:00Z' });
    });
    afterEach(async () => {
      await t.dispose();
    });

    /** Applies a write and returns which opportunities it stamped, checking each stamp is the new revision. */
    const stampedBy = async (write: () => Promise<unknown>): Promise<string[]> => {
      const before = await t.store.opportunityStamps();
      await write();
      const after = await t.store.opportunityStamps();
      const revision = await t.store.revision();
      const changed = [...after].filter(([id, stamp]) => before.get(id) !== stamp).map(([id]) => id);
      for (const id of changed) expect(after.get(id)).toBe(revision);
      return changed.sort();
    };

    it('stamps the opportunity each kind of write touches, and only that one', async () => {
      const s = t.store;
      expect((await s.opportunityStamps()).get('acme')).toBeGreaterThan(0);
      expect(await stampedBy(() => s.putContact('acme', { id: 'c1', name: 'Jane Doe' }))).toEqual(['acme']);
      expect(await stampedBy(() => s.putInterview('globex', { id: 'i1', at: '2026-11-10T15:00:00Z' }))).toEqual([
        'globex',
      ]);
      const touch = { id: 't1', at: '2026-11-11T15:00:00Z', direction: 'out', purpose: 'thank-you' } as const;
      expect(await stampedBy(() => s.putTouch('globex', touch))).toEqual(['globex']);
      expect(await stampedBy(() => s.putTouch('globex', { ...touch, purpose: 'other' }))).toEqual(['globex']);
      expect(await stampedBy(() => s.deleteTouch('globex', 't1'))).toEqual(['globex']);
      expect(
        await stampedBy(() => s.putOffer('acme', { id: 'f1', status: 'received', at: '2026-11-12T15:00:00Z' })),
      ).toEqual(['acme']);
      expect(await stampedBy(() => s.putSnooze('acme', { item: 'status-check:acme', until: '2026-12-01' }))).toEqual([
        'acme',
      ]);
      expect(await stampedBy(() => s.putDismissed('globex', 'ask-timeline:globex:i1'))).toEqual(['globex']);
      expect(
        await stampedBy(() =>
          s.putOpportunity({ id: 'acme', company: 'Acme Corp', createdAt: '2026-11-02T15:00:00Z' }),
        ),
      ).toEqual(['acme']);
      expect(await stampedBy(() => s.saveProfile({ timezone: 'Europe/Berlin' }))).toEqual([]);
      expect(
        await stampedBy(() =>
          s.transaction(async (tx) => {
            await tx.putTouch('acme', { ...touch, id: 't2' });
            await tx.putTouch('globex', { ...touch, id: 't3' });
          }),
        ),
      ).toEqual(['acme', 'globex']);
      await s.deleteOpportunity('acme');
      expect([...(await s.opportunityStamps()).keys()]).toEqual(['globex']);
    });

    it('reads only the opportunities asked for', async () => {
      expect((await t.store.listOpportunities({ ids: ['globex'] })).map((o) => o.id)).toEqual(['globex']);
      expect(await t.store.listOpportunities({ ids: [] })).toEqual([]);
      expect((await t.store.listOpportunities({ ids: ['acme', 'globex', 'gone'] })).map((o) => o.id)).toEqual([
        'acme',
        'globex',
      ]);
    });
  });
}
