/**
 * The Store's methods, one by one, on every dialect: normalization of what
 * comes back, put/delete of every fact, snoozes and dismissals at both
 * levels, transactions, and seekers kept apart on one database.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../test/dialects.js';
import { AppError } from '../records/errors.js';
import { openStore } from './index.js';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`store on ${dialect.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await dialect.freshStore();
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('starts empty with a normalized profile', async () => {
      expect(await t.store.isEmpty()).toBe(true);
      expect(await t.store.listOpportunities()).toEqual([]);
      expect(await t.store.getProfile()).toEqual({
        name: null,
        email: null,
        timezone: null,
        country: null,
        signature: null,
        settings: {},
        snoozed: [],
        dismissed: [],
      });
      expect(t.store.dialect).toBe(dialect.name);
    });

    it('raises the revision on every write and never on a read', async () => {
      const start = await t.store.revision();
      await t.store.listOpportunities();
      await t.store.exportDocument();
      expect(await t.store.revision()).toBe(start);
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      const afterPut = await t.store.revision();
      expect(afterPut).toBeGreaterThan(start);
      await t.store.transaction(async (tx) => {
        await tx.putDismissed('acme', 'thank-you:acme:i1');
        await tx.putDismissed(null, 'keep-searching:2026-11-29');
      });
      expect(await t.store.revision()).toBeGreaterThan(afterPut);
      const beforeFailure = await t.store.revision();
      await expect(
        t.store.transaction(async (tx) => {
          await tx.putDismissed('acme', 'x');
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await t.store.revision()).toBe(beforeFailure);
    });

    it('puts an opportunity and reads it back with every default filled in', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      expect(await t.store.isEmpty()).toBe(false);
      expect(await t.store.getOpportunity('acme')).toEqual({
        id: 'acme',
        company: 'Acme',
        role: null,
        interest: 3,
        createdAt: '2026-11-02T15:00:00Z',
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
      expect(await t.store.getOpportunity('nope')).toBeNull();
    });

    it('updates an opportunity in place and keeps its facts', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putContact('acme', { id: 'jane', name: 'Jane' });
      await t.store.putOpportunity({
        id: 'acme',
        company: 'Acme Corp',
        role: 'SRE',
        interest: 5,
        createdAt: '2026-11-02T15:00:00Z',
        status: 'withdrawn',
        closedAt: '2026-11-30T10:00:00Z',
        url: 'https://acme.example',
        notes: 'n',
      });
      const opp = await t.store.getOpportunity('acme');
      expect(opp).toMatchObject({
        company: 'Acme Corp',
        role: 'SRE',
        interest: 5,
        status: 'withdrawn',
        closedAt: '2026-11-30T10:00:00Z',
        url: 'https://acme.example',
        notes: 'n',
      });
      expect(opp?.contacts).toEqual([{ id: 'jane', name: 'Jane', email: null, title: null }]);
      expect(await t.store.listOpportunities()).toHaveLength(1);
    });

    it('orders opportunities by the instant they were created, then by id', async () => {
      // 09:00-08:00 is 17:00Z, later than 15:00Z although its text sorts first.
      await t.store.putOpportunity({ id: 'b', company: 'B', createdAt: '2026-11-02T09:00:00-08:00' });
      await t.store.putOpportunity({ id: 'c', company: 'C', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putOpportunity({ id: 'a', company: 'A', createdAt: '2026-11-02T16:00:00+01:00' });
      await t.store.putOpportunity({ id: 'd', company: 'D', createdAt: '2026-11-02T15:00:00Z' });
      const ids = (await t.store.listOpportunities()).map((o) => o.id);
      expect(ids).toEqual(['a', 'c', 'd', 'b']);
    });

    it('puts contacts, interviews, touches and offers, normalized, in insertion order', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putContact('acme', { id: 'zed', name: 'Zed', email: 'zed@acme.example', title: 'CTO' });
      await t.store.putContact('acme', { id: 'amy', name: 'Amy' });
      await t.store.putInterview('acme', { id: 'i2', at: '2026-11-21T10:00:00-05:00' });
      await t.store.putInterview('acme', {
        id: 'i1',
        at: '2026-11-20T14:00:00-05:00',
        durationMinutes: 90,
        round: 'Onsite',
        interviewers: ['zed', 'amy'],
        timelineAsked: true,
        decisionBy: '2026-12-04',
        notes: 'went well',
      });
      await t.store.putTouch('acme', {
        id: 't9',
        at: '2026-11-20T18:00:00-05:00',
        direction: 'out',
        purpose: 'thank-you',
      });
      await t.store.putTouch('acme', { id: 't1', at: '2026-11-24T09:12:00-05:00', direction: 'in', kind: 'timeline' });
      await t.store.putOffer('acme', { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00' });

      const opp = await t.store.getOpportunity('acme');
      expect(opp?.contacts).toEqual([
        { id: 'zed', name: 'Zed', email: 'zed@acme.example', title: 'CTO' },
        { id: 'amy', name: 'Amy', email: null, title: null },
      ]);
      expect(opp?.interviews).toEqual([
        {
          id: 'i2',
          at: '2026-11-21T10:00:00-05:00',
          durationMinutes: 60,
          round: null,
          interviewers: [],
          timelineAsked: false,
          decisionBy: null,
          notes: '',
        },
        {
          id: 'i1',
          at: '2026-11-20T14:00:00-05:00',
          durationMinutes: 90,
          round: 'Onsite',
          interviewers: ['zed', 'amy'],
          timelineAsked: true,
          decisionBy: '2026-12-04',
          notes: 'went well',
        },
      ]);
      expect(opp?.touches).toEqual([
        {
          id: 't9',
          at: '2026-11-20T18:00:00-05:00',
          direction: 'out',
          channel: 'email',
          purpose: 'thank-you',
          contactId: null,
          interviewId: null,
          subject: null,
          body: null,
          messageId: null,
        },
        {
          id: 't1',
          at: '2026-11-24T09:12:00-05:00',
          direction: 'in',
          channel: 'email',
          kind: 'timeline',
          decisionBy: null,
          contactId: null,
          interviewId: null,
          subject: null,
          body: null,
          messageId: null,
        },
      ]);
      expect(opp?.offers).toEqual([
        { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00', deadline: null, decidedAt: null },
      ]);
    });

    it('updates a child in place, keeping its place in the list', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putOffer('acme', { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00' });
      await t.store.putOffer('acme', { id: 'o2', status: 'received', at: '2026-11-26T10:00:00-05:00' });
      await t.store.putOffer('acme', {
        id: 'o1',
        status: 'accepted',
        at: '2026-11-25T10:00:00-05:00',
        deadline: '2026-12-09',
        decidedAt: '2026-12-01T09:00:00-05:00',
      });
      await t.store.putTouch('acme', { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' });
      await t.store.putTouch('acme', {
        id: 't1',
        at: '2026-11-20T18:00:00Z',
        direction: 'in',
        kind: 'offer',
        decisionBy: '2026-12-09',
        channel: 'phone',
      });
      const opp = await t.store.getOpportunity('acme');
      expect(opp?.offers?.map((o) => [o.id, o.status, o.decidedAt])).toEqual([
        ['o1', 'accepted', '2026-12-01T09:00:00-05:00'],
        ['o2', 'received', null],
      ]);
      expect(opp?.touches).toHaveLength(1);
      expect(opp?.touches?.[0]).toMatchObject({
        direction: 'in',
        kind: 'offer',
        decisionBy: '2026-12-09',
        channel: 'phone',
      });
      expect(opp?.touches?.[0]).not.toHaveProperty('purpose');
    });

    it('deletes interviews, touches and offers, and says whether anything was there', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putInterview('acme', { id: 'i1', at: '2026-11-20T14:00:00-05:00' });
      await t.store.putTouch('acme', {
        id: 't1',
        at: '2026-11-20T18:00:00-05:00',
        direction: 'out',
        purpose: 'thank-you',
        interviewId: 'i1',
      });
      await t.store.putTouch('acme', { id: 't2', at: '2026-11-21T18:00:00-05:00', direction: 'out', purpose: 'other' });
      await t.store.putOffer('acme', { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00' });

      expect(await t.store.deleteInterview('acme', 'i1')).toBe(true);
      expect(await t.store.deleteInterview('acme', 'i1')).toBe(false);
      expect(await t.store.deleteTouch('acme', 't2')).toBe(true);
      expect(await t.store.deleteTouch('acme', 't2')).toBe(false);
      expect(await t.store.deleteOffer('acme', 'o1')).toBe(true);
      expect(await t.store.deleteOffer('acme', 'o1')).toBe(false);
      expect(await t.store.deleteTouch('other', 't1')).toBe(false);

      const opp = await t.store.getOpportunity('acme');
      expect(opp?.interviews).toEqual([]);
      expect(opp?.offers).toEqual([]);
      // The thank-you stays, unlinked from the deleted interview, so the export stays valid.
      expect(opp?.touches?.map((x) => [x.id, x.interviewId])).toEqual([['t1', null]]);
    });

    it('deletes an opportunity with all of its facts', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putOpportunity({ id: 'keep', company: 'Keep', createdAt: '2026-11-03T15:00:00Z' });
      await t.store.putContact('acme', { id: 'jane', name: 'Jane' });
      await t.store.putInterview('acme', { id: 'i1', at: '2026-11-20T14:00:00-05:00' });
      await t.store.putTouch('acme', { id: 't1', at: '2026-11-20T18:00:00-05:00', direction: 'out', purpose: 'other' });
      await t.store.putOffer('acme', { id: 'o1', status: 'expected', at: '2026-11-25T10:00:00-05:00' });
      await t.store.putSnooze('acme', { item: 'x', until: '2026-12-01' });
      await t.store.putDismissed('acme', 'y');

      expect(await t.store.deleteOpportunity('acme')).toBe(true);
      expect(await t.store.deleteOpportunity('acme')).toBe(false);
      expect((await t.store.listOpportunities()).map((o) => o.id)).toEqual(['keep']);

      // Re-creating the id starts from nothing: no facts survived.
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      const again = await t.store.getOpportunity('acme');
      expect([
        again?.contacts,
        again?.interviews,
        again?.touches,
        again?.offers,
        again?.snoozed,
        again?.dismissed,
      ]).toEqual([[], [], [], [], [], []]);
    });

    it('refuses facts for an opportunity that does not exist', async () => {
      const put = t.store.putTouch('ghost', {
        id: 't1',
        at: '2026-11-20T18:00:00Z',
        direction: 'out',
        purpose: 'other',
      });
      await expect(put).rejects.toBeInstanceOf(AppError);
      await expect(put).rejects.toMatchObject({ code: 'opportunity_not_found' });
      await expect(t.store.putSnooze('ghost', { item: 'x', until: '2026-12-01' })).rejects.toMatchObject({
        code: 'opportunity_not_found',
      });
    });

    it('keeps snoozes and dismissals per opportunity, one per item', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putSnooze('acme', { item: 'status-check:acme:2026-12-07', until: '2026-12-09' });
      await t.store.putSnooze('acme', { item: 'offer-nudge:acme:o1', until: '2026-12-02' });
      await t.store.putSnooze('acme', { item: 'status-check:acme:2026-12-07', until: '2026-12-14' });
      await t.store.putDismissed('acme', 'thank-you:acme:i1:jane');
      await t.store.putDismissed('acme', 'ask-timeline:acme:i1');
      await t.store.putDismissed('acme', 'thank-you:acme:i1:jane');
      const opp = await t.store.getOpportunity('acme');
      expect(opp?.snoozed).toEqual([
        { item: 'status-check:acme:2026-12-07', until: '2026-12-14' },
        { item: 'offer-nudge:acme:o1', until: '2026-12-02' },
      ]);
      expect(opp?.dismissed).toEqual(['thank-you:acme:i1:jane', 'ask-timeline:acme:i1']);
      expect((await t.store.getProfile()).snoozed).toEqual([]);
    });

    it('keeps seeker-level snoozes and dismissals on the profile', async () => {
      await t.store.putSnooze(null, { item: 'keep-searching:2026-11-30', until: '2026-12-03' });
      await t.store.putSnooze(null, { item: 'keep-searching:2026-11-16', until: '2026-11-20' });
      await t.store.putSnooze(null, { item: 'keep-searching:2026-11-30', until: '2026-12-05' });
      await t.store.putDismissed(null, 'keep-searching:2026-11-23');
      await t.store.putDismissed(null, 'keep-searching:2026-11-23');
      const profile = await t.store.getProfile();
      expect(profile.snoozed).toEqual([
        { item: 'keep-searching:2026-11-30', until: '2026-12-05' },
        { item: 'keep-searching:2026-11-16', until: '2026-11-20' },
      ]);
      expect(profile.dismissed).toEqual(['keep-searching:2026-11-23']);
    });

    it('saves the profile key by key: absent keys keep their value, null clears', async () => {
      await t.store.saveProfile({
        name: 'Sam',
        email: 'sam@example.com',
        timezone: 'Europe/Paris',
        country: 'FR',
        signature: 'Sam',
        settings: { checkInGapDays: 9 },
      });
      await t.store.putDismissed(null, 'keep-searching:2026-11-23');
      await t.store.saveProfile({ name: 'Sam Lee', signature: null });
      expect(await t.store.getProfile()).toEqual({
        name: 'Sam Lee',
        email: 'sam@example.com',
        timezone: 'Europe/Paris',
        country: 'FR',
        signature: null,
        settings: { checkInGapDays: 9 },
        snoozed: [],
        dismissed: ['keep-searching:2026-11-23'],
      });
    });

    it('commits a transaction as a whole and rolls it back on a throw', async () => {
      const result = await t.store.transaction(async (tx) => {
        await tx.putOpportunity({ id: 'a', company: 'A', createdAt: '2026-11-02T15:00:00Z' });
        await tx.putContact('a', { id: 'c', name: 'C' });
        // A nested call joins the same transaction.
        await tx.transaction((inner) => inner.putDismissed('a', 'x'));
        return (await tx.getOpportunity('a'))?.contacts?.length;
      });
      expect(result).toBe(1);
      await expect(
        t.store.transaction(async (tx) => {
          await tx.putOpportunity({ id: 'b', company: 'B', createdAt: '2026-11-02T15:00:00Z' });
          await tx.putDismissed('a', 'y');
          await tx.saveProfile({ name: 'Rolled back' });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await t.store.listOpportunities()).map((o) => [o.id, o.dismissed])).toEqual([['a', ['x']]]);
      expect((await t.store.getProfile()).name).toBeNull();
    });

    it('appends a batch of mail: touches and offers after the ones there, records by Message-ID', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      await t.store.putOpportunity({ id: 'zeta', company: 'Zeta', createdAt: '2026-11-03T15:00:00Z' });
      await t.store.putTouch('acme', { id: 't1', at: '2026-11-10T15:00:00Z', direction: 'out', purpose: 'thank-you' });
      const message = (n: number, opportunityId: string | null) => ({
        messageId: `<m${n}@acme.example>`,
        source: `inbox/${n}.eml`,
        subject: `Message ${n}`,
        sender: 'jane@acme.example',
        sentAt: '2026-11-12T10:00:00-05:00',
        status: opportunityId ? ('applied' as const) : ('unmatched' as const),
        opportunityId,
        direction: 'in' as const,
        reading: {
          kind: 'reply',
          purpose: null,
          decisionBy: null,
          confidence: 0.9,
          reasons: ['answers an earlier message'],
          interview: null,
        },
        touchId: opportunityId ? `t${n}` : null,
        note: null,
      });
      const touch = (n: number) => ({
        id: `t${n}`,
        at: `2026-11-1${n}T15:00:00Z`,
        direction: 'in' as const,
        kind: 'reply' as const,
        messageId: `<m${n}@acme.example>`,
      });
      const before = await t.store.revision();
      // 150 touches: more than one statement's worth of rows.
      const many = Array.from({ length: 150 }, (_, i) => ({
        opportunityId: 'zeta',
        touch: { id: `z${i}`, at: '2026-11-20T15:00:00Z', direction: 'out' as const, purpose: 'other' as const },
      }));
      await t.store.appendMail({
        touches: [
          { opportunityId: 'acme', touch: touch(2) },
          ...many,
          { opportunityId: 'acme', touch: touch(3) },
          // Written again in the same batch: the later one wins, in the first one's place.
          { opportunityId: 'acme', touch: { ...touch(2), subject: 'second reading' } },
        ],
        offers: [
          { opportunityId: 'acme', offer: { id: 'o1', status: 'received', at: '2026-11-13T15:00:00Z' } },
          {
            opportunityId: 'acme',
            offer: { id: 'o1', status: 'received', at: '2026-11-13T15:00:00Z', deadline: '2026-11-30' },
          },
        ],
        messages: [message(2, 'acme'), message(3, 'acme'), message(4, null)],
      });
      expect(await t.store.revision()).toBe(before + 1);
      const acme = await t.store.getOpportunity('acme');
      expect(acme?.touches?.map((x) => [x.id, x.subject])).toEqual([
        ['t1', null],
        ['t2', 'second reading'],
        ['t3', null],
      ]);
      expect(acme?.offers).toEqual([
        { id: 'o1', status: 'received', at: '2026-11-13T15:00:00Z', deadline: '2026-11-30', decidedAt: null },
      ]);
      expect((await t.store.getOpportunity('zeta'))?.touches?.map((x) => x.id)).toEqual(many.map((m) => m.touch.id));
      expect([...(await t.store.knownMail())].sort()).toEqual([
        ['<m2@acme.example>', 'acme'],
        ['<m3@acme.example>', 'acme'],
        ['<m4@acme.example>', null],
      ]);
      // A record appended again replaces the first and keeps its place in the list.
      await t.store.appendMail({ touches: [], offers: [], messages: [{ ...message(2, 'acme'), status: 'ignored' }] });
      expect(
        (await t.store.listMailMessages(['applied', 'unmatched', 'ignored'])).map((m) => [m.messageId, m.status]),
      ).toEqual([
        ['<m2@acme.example>', 'ignored'],
        ['<m3@acme.example>', 'applied'],
        ['<m4@acme.example>', 'unmatched'],
      ]);
    });

    it('lists opportunities without touch bodies when asked', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      const touch = { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' } as const;
      await t.store.putTouch('acme', { ...touch, subject: 'Thanks', body: 'A long body' });
      const [full] = await t.store.listOpportunities();
      const [light] = await t.store.listOpportunities({ touchBodies: false });
      expect(full?.touches?.[0]).toMatchObject({ id: 't1', subject: 'Thanks', body: 'A long body' });
      expect(light?.touches?.[0]).toEqual({ ...full?.touches?.[0], body: null });
    });

    it('appends nothing of a batch that names an opportunity that is not there', async () => {
      await t.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
      const before = await t.store.revision();
      const append = t.store.appendMail({
        touches: [
          {
            opportunityId: 'acme',
            touch: { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' },
          },
          {
            opportunityId: 'ghost',
            touch: { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' },
          },
        ],
        offers: [],
        messages: [],
      });
      await expect(append).rejects.toMatchObject({ code: 'opportunity_not_found' });
      expect((await t.store.getOpportunity('acme'))?.touches).toEqual([]);
      expect(await t.store.revision()).toBe(before);
    });

    it.skipIf(dialect.name !== 'postgres')(
      'carries on when the server ends its idle connections (a restart, an administrator)',
      async () => {
        const db = await dialect.freshDatabase();
        const store = await openStore({ ...db.location, seekerId: 'restart', poolSize: 2 });
        try {
          await store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-02T15:00:00Z' });
          const ended = await db.query(
            'select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
          );
          expect(ended.length).toBeGreaterThan(0);
          // The pool drops the dead connection (without crashing the process) and opens another.
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect((await store.getOpportunity('acme'))?.company).toBe('Acme');
        } finally {
          await store.close();
          await db.dispose();
        }
      },
    );

    it('keeps seekers apart on one database, even with the same opportunity ids', async () => {
      const other = await t.reopen(`${t.seekerId}-other`);
      await t.store.putOpportunity({ id: 'acme', company: 'Acme (mine)', createdAt: '2026-11-02T15:00:00Z' });
      await other.putOpportunity({ id: 'acme', company: 'Acme (theirs)', createdAt: '2026-11-03T15:00:00Z' });
      await t.store.putContact('acme', { id: 'jane', name: 'Jane' });
      await other.putContact('acme', { id: 'jane', name: 'Jane B' });
      await other.putTouch('acme', { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' });
      await t.store.putSnooze(null, { item: 'keep-searching:1', until: '2026-12-01' });
      await other.saveProfile({ name: 'Other seeker' });

      const mine = await t.store.getOpportunity('acme');
      const theirs = await other.getOpportunity('acme');
      expect(mine?.company).toBe('Acme (mine)');
      expect(mine?.contacts?.map((c) => c.name)).toEqual(['Jane']);
      expect(mine?.touches).toEqual([]);
      expect(theirs?.company).toBe('Acme (theirs)');
      expect(theirs?.contacts?.map((c) => c.name)).toEqual(['Jane B']);
      expect((await t.store.getProfile()).name).toBeNull();
      expect((await other.getProfile()).snoozed).toEqual([]);

      expect(await other.deleteOpportunity('acme')).toBe(true);
      expect(await t.store.getOpportunity('acme')).not.toBeNull();
      expect(await other.isEmpty()).toBe(true);
      expect(await t.store.isEmpty()).toBe(false);
    });
  });
}
