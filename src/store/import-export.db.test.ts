/**
 * The data file through the store, on every dialect: export, import into an
 * empty home, export again gives the same bytes; import updates by id and
 * replaces child lists; a failing import writes nothing; and the large
 * document stays fast.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../test/dialects.js';
import type { DataFile } from '../records/data-file.schema.js';
import { DataFileSchema } from '../records/data-file.schema.js';
import { largeDocument, richDocument } from './sample-documents.fixture.js';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`import and export on ${dialect.name}`, () => {
    const opened: TestStore[] = [];
    const fresh = async () => {
      const t = await dialect.freshStore();
      opened.push(t);
      return t.store;
    };
    let home: Awaited<ReturnType<typeof fresh>>;
    beforeEach(async () => {
      home = await fresh();
    });
    afterEach(async () => {
      for (const t of opened.splice(0)) await t.dispose();
    });

    it('exports, imports into an empty home, and exports the same document again', async () => {
      expect(await home.importDocument(DataFileSchema.parse(richDocument()))).toEqual({ created: 3, updated: 0 });
      const first = await home.exportDocument();
      expect(DataFileSchema.safeParse(first).success).toBe(true);

      const second = await fresh();
      expect(await second.importDocument(DataFileSchema.parse(JSON.parse(JSON.stringify(first))))).toEqual({
        created: 3,
        updated: 0,
      });
      const again = await second.exportDocument();
      expect(again).toEqual(first);
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    });

    it('exports the document normalized, in createdAt order, child lists in document order', async () => {
      await home.importDocument(richDocument());
      const doc = await home.exportDocument();
      expect(doc.profile).toEqual(richDocument().profile);
      expect(doc.opportunities?.map((o) => o.id)).toEqual(['bare', 'globex', 'acme']);
      const [bare, globex, acme] = doc.opportunities ?? [];
      expect(bare).toEqual({
        id: 'bare',
        company: 'Bare Co',
        role: null,
        interest: 3,
        createdAt: '2026-10-30T00:00:00Z',
        status: 'open',
        closedAt: null,
        url: null,
        notes: '',
        contacts: [],
        interviews: [],
        touches: [],
        offers: [],
        snoozed: [],
        dismissed: [],
      });
      expect(globex).toMatchObject({ status: 'rejected', closedAt: '2026-11-22T12:00:00Z' });
      expect(acme?.contacts?.map((c) => c.id)).toEqual(['jane', 'raj']);
      expect(acme?.interviews?.map((i) => i.id)).toEqual(['i1', 'i0']);
      expect(acme?.interviews?.[0]?.interviewers).toEqual(['raj', 'jane']);
      expect(acme?.touches?.map((x) => x.id)).toEqual(['t1', 't2', 't0']);
      expect(acme?.touches?.[1]).toEqual({
        id: 't2',
        at: '2026-11-24T09:12:00-05:00',
        direction: 'in',
        channel: 'email',
        kind: 'timeline',
        decisionBy: '2026-12-11',
        contactId: 'jane',
        interviewId: null,
        subject: null,
        body: null,
        messageId: '<abc@acme.example>',
      });
      expect(acme?.dismissed).toEqual(['thank-you:acme:i1:jane', 'ask-timeline:acme:i1']);
    });

    it('updates opportunities in place by id, replaces their child lists, and leaves the rest alone', async () => {
      await home.importDocument(richDocument());
      await home.putOpportunity({ id: 'mine', company: 'Only here', createdAt: '2026-11-05T00:00:00Z' });
      await home.putTouch('mine', { id: 't1', at: '2026-11-06T00:00:00Z', direction: 'out', purpose: 'other' });

      const change: DataFile = {
        format: 'afterview/1',
        opportunities: [
          {
            id: 'acme',
            company: 'Acme Inc',
            createdAt: '2026-11-02T15:00:00Z',
            contacts: [{ id: 'kim', name: 'Kim' }],
            touches: [{ id: 't7', at: '2026-11-27T10:00:00Z', direction: 'out', purpose: 'status-check' }],
            dismissed: ['x'],
          },
          { id: 'new', company: 'New Co', createdAt: '2026-11-28T10:00:00Z' },
        ],
      };
      expect(await home.importDocument(change)).toEqual({ created: 1, updated: 1 });

      const acme = await home.getOpportunity('acme');
      expect(acme).toMatchObject({ company: 'Acme Inc', role: null, interest: 3, url: null, notes: '' });
      expect(acme?.contacts?.map((c) => c.id)).toEqual(['kim']);
      expect(acme?.interviews).toEqual([]);
      expect(acme?.touches?.map((x) => x.id)).toEqual(['t7']);
      expect(acme?.offers).toEqual([]);
      expect(acme?.snoozed).toEqual([]);
      expect(acme?.dismissed).toEqual(['x']);

      const ids = (await home.listOpportunities()).map((o) => o.id);
      expect(ids).toEqual(['bare', 'globex', 'acme', 'mine', 'new']);
      expect((await home.getOpportunity('mine'))?.touches?.map((x) => x.id)).toEqual(['t1']);
      expect((await home.getOpportunity('globex'))?.status).toBe('rejected');
      // No profile in the document: the stored profile is untouched.
      expect((await home.getProfile()).name).toBe('Sam Lee');
    });

    it('writes nothing when an insert fails part-way through an import', async () => {
      await home.importDocument(richDocument());
      const before = await home.exportDocument();
      const bad = {
        format: 'afterview/1',
        profile: { name: 'Should not stick' },
        opportunities: [
          { id: 'acme', company: 'Changed', createdAt: '2026-11-02T15:00:00Z' },
          { id: 'fresh', company: 'Fresh', createdAt: '2026-11-09T15:00:00Z', contacts: [{ id: 'c', name: 'C' }] },
          {
            id: 'broken',
            company: 'Broken',
            createdAt: '2026-11-10T15:00:00Z',
            // Two touches with one id: the schema would refuse this; here it
            // reaches the database, whose primary key fails the insert.
            touches: [
              { id: 'dup', at: '2026-11-11T00:00:00Z', direction: 'out', purpose: 'other' },
              { id: 'dup', at: '2026-11-12T00:00:00Z', direction: 'out', purpose: 'other' },
            ],
          },
        ],
      } satisfies DataFile;
      await expect(home.importDocument(bad)).rejects.toThrow();
      expect(await home.exportDocument()).toEqual(before);
    });

    it('merges an imported profile key by key', async () => {
      await home.importDocument(richDocument());
      await home.importDocument({ format: 'afterview/1', profile: { timezone: 'Europe/London', signature: null } });
      const profile = await home.getProfile();
      expect(profile).toMatchObject({ name: 'Sam Lee', timezone: 'Europe/London', signature: null, country: 'US' });
      expect(profile.settings).toEqual({ checkInGapDays: 5, thankYouHours: 12 });
    });

    // Its speed is a figure of bench/ (a timed assertion here would fail on a busy machine, not on a regression).
    it('imports and lists 2,000 opportunities with 6,000 interviews and 20,000 touches', {
      timeout: 180_000,
    }, async () => {
      const doc = largeDocument(2000, 3, 10);
      expect(await home.importDocument(doc)).toEqual({ created: 2000, updated: 0 });
      const list = await home.listOpportunities();
      expect(list).toHaveLength(2000);
      expect(list.reduce((n, o) => n + (o.touches?.length ?? 0), 0)).toBe(20_000);
      expect(list.reduce((n, o) => n + (o.interviews?.length ?? 0), 0)).toBe(6000);
      expect(list[0]?.id).toBe('opp-00000');
      expect(list[1999]?.touches?.map((x) => x.id)).toEqual([
        't0',
        't1',
        't2',
        't3',
        't4',
        't5',
        't6',
        't7',
        't8',
        't9',
      ]);

      // Re-importing the same document updates every opportunity in place.
      expect(await home.importDocument(doc)).toEqual({ created: 0, updated: 2000 });
      expect(JSON.stringify(await home.listOpportunities())).toBe(JSON.stringify(list));
    });
  });
}
