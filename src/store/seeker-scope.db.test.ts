/**
 * One database opened once, two seekers' stores taken from it (as a server
 * takes one per request): on every dialect each store reads and writes only
 * its own seeker's rows, its own revision, idempotency keys, mail log,
 * secrets and templates; the stores it hands out leave the connection open.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../test/dialects.js';
import { openDatabase } from './index.js';
import type { MailMessageRecord, Store, StoreDatabase } from './store.types.js';

const CREATED = '2026-11-02T15:00:00Z';

function message(messageId: string, opportunityId: string | null): MailMessageRecord {
  return {
    messageId,
    source: 'inbox.mbox',
    subject: 'Next steps',
    sender: 'jane@acme.example',
    sentAt: '2026-11-20T09:00:00-05:00',
    status: opportunityId ? 'applied' : 'unmatched',
    opportunityId,
    direction: 'in',
    reading: null,
    touchId: null,
    note: null,
  };
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`seeker scope on ${dialect.name}`, () => {
    let place: TestDatabase;
    let db: StoreDatabase;
    let ann: Store;
    let bo: Store;
    beforeEach(async () => {
      place = await dialect.freshDatabase();
      db = await openDatabase({ ...place.location, poolSize: 4 });
      ann = await db.forSeeker('ann');
      bo = await db.forSeeker('bo');
    });
    afterEach(async () => {
      await db.close();
      await place.dispose();
    });

    it('keeps facts, profiles and deletions to their own seeker', async () => {
      await ann.putOpportunity({ id: 'acme', company: 'Acme (Ann)', createdAt: CREATED });
      await ann.putOpportunity({ id: 'globex', company: 'Globex', createdAt: CREATED });
      await bo.putOpportunity({ id: 'acme', company: 'Acme (Bo)', createdAt: CREATED });
      await ann.putTouch('acme', { id: 't1', at: '2026-11-20T18:00:00Z', direction: 'out', purpose: 'other' });
      await ann.saveProfile({ name: 'Ann', timezone: 'Europe/Paris' });

      expect((await bo.listOpportunities()).map((o) => [o.id, o.company, o.touches])).toEqual([
        ['acme', 'Acme (Bo)', []],
      ]);
      expect(await bo.getOpportunity('globex')).toBeNull();
      expect((await bo.getProfile()).name).toBeNull();
      expect((await bo.exportDocument()).opportunities).toHaveLength(1);
      // Another seeker's id is absent, exactly as an id that does not exist.
      await expect(
        bo.putTouch('globex', { id: 't9', at: CREATED, direction: 'in', kind: 'reply' }),
      ).rejects.toMatchObject({
        code: 'opportunity_not_found',
      });
      expect(await bo.deleteOpportunity('globex')).toBe(false);
      expect(await bo.deleteTouch('acme', 't1')).toBe(false);
      expect((await ann.getOpportunity('acme'))?.touches?.map((t) => t.id)).toEqual(['t1']);
      expect(await ann.getOpportunity('globex')).not.toBeNull();
    });

    it('raises only the writing seeker’s revision', async () => {
      const [annStart, boStart] = [await ann.revision(), await bo.revision()];
      await ann.putOpportunity({ id: 'acme', company: 'Acme', createdAt: CREATED });
      await ann.transaction((tx) => tx.putDismissed('acme', 'thank-you:acme:i1'));
      expect(await ann.revision()).toBe(annStart + 2);
      expect(await bo.revision()).toBe(boStart);
    });

    it('keeps idempotency keys per seeker, even the same key', async () => {
      const claim = { key: 'k1', request: 'POST /api/opportunities #1', nowMs: 1_000, keepMs: 60_000 };
      expect(await ann.claimRequestKey(claim)).toEqual({ state: 'claimed' });
      expect(await bo.claimRequestKey(claim)).toEqual({ state: 'claimed' });
      await ann.finishRequestKey('k1', { status: 201, contentType: 'application/json', body: '{"id":"acme"}' });
      expect(await bo.claimRequestKey(claim)).toEqual({ state: 'pending' });
      await bo.releaseRequestKey('k1');
      expect(await ann.claimRequestKey(claim)).toMatchObject({ state: 'done', response: { status: 201 } });
      // Bo's expiry sweep (a claim far in the future) leaves Ann's key alone.
      expect(await bo.claimRequestKey({ ...claim, key: 'k2', nowMs: 10_000_000 })).toEqual({ state: 'claimed' });
      expect(await ann.claimRequestKey(claim)).toMatchObject({ state: 'done' });
    });

    it('keeps the mail log, meetings and sync positions per seeker', async () => {
      await ann.putOpportunity({ id: 'acme', company: 'Acme', createdAt: CREATED });
      await ann.putInterview('acme', { id: 'i1', at: '2026-11-24T15:00:00Z' });
      await ann.putMailMessage(message('<m1@acme.example>', 'acme'));
      await ann.putCalendarEvent('uid-1', { opportunityId: 'acme', interviewId: 'i1' });
      await ann.putImapState('INBOX', { uidValidity: 7, lastUid: 42 });
      await bo.putMailMessage(message('<m2@else.example>', null));

      expect([...(await ann.knownMail()).keys()]).toEqual(['<m1@acme.example>']);
      expect([...(await bo.knownMail()).keys()]).toEqual(['<m2@else.example>']);
      expect(await bo.mailMessagesById(['<m1@acme.example>'])).toEqual([]);
      expect((await bo.listMailMessages(['applied', 'unmatched'])).map((m) => m.messageId)).toEqual([
        '<m2@else.example>',
      ]);
      expect(await bo.calendarEvents()).toEqual(new Map());
      expect(await bo.getImapState()).toEqual({});
      expect(await ann.getImapState()).toEqual({ INBOX: { uidValidity: 7, lastUid: 42 } });
    });

    it('keeps secrets and templates per seeker, and out of every export', async () => {
      expect(await ann.readSecrets()).toEqual({});
      await ann.updateSecrets((s) => ({ ...s, 'smtp.url': 'smtp://ann:s3cret-ann@mail.example:587' }));
      await bo.updateSecrets((s) => ({ ...s, 'calendar.token': 'bo-token' }));
      await ann.updateSecrets((s) => ({ ...s, 'calendar.token': 'ann-token' }));
      expect(await ann.readSecrets()).toEqual({
        'calendar.token': 'ann-token',
        'smtp.url': 'smtp://ann:s3cret-ann@mail.example:587',
      });
      expect(await bo.readSecrets()).toEqual({ 'calendar.token': 'bo-token' });
      // A name the change leaves out is removed.
      await bo.updateSecrets(() => ({}));
      expect(await bo.readSecrets()).toEqual({});
      expect(await ann.readSecrets()).toHaveProperty('calendar.token', 'ann-token');

      const before = await ann.revision();
      await ann.putTemplate('thank-you', 'Subject: Thanks\n\nThank you, {{contact}}.\n');
      expect(await ann.revision()).toBeGreaterThan(before);
      expect(await ann.readTemplates()).toEqual({ 'thank-you': 'Subject: Thanks\n\nThank you, {{contact}}.\n' });
      expect(await bo.readTemplates()).toEqual({});
      await ann.putTemplate('thank-you', null);
      expect(await ann.readTemplates()).toEqual({});

      expect(JSON.stringify(await ann.exportDocument())).not.toContain('s3cret-ann');
    });

    it('changes secrets under the seeker’s lock: two changes at once both keep their name', async () => {
      await Promise.all([
        ann.updateSecrets((s) => ({ ...s, 'smtp.url': 'smtp://a@x' })),
        ann.updateSecrets((s) => ({ ...s, 'imap.url': 'imaps://a@x' })),
      ]);
      expect(Object.keys(await ann.readSecrets()).sort()).toEqual(['imap.url', 'smtp.url']);
    });

    it('hands out stores that leave the database open, and makes each seeker’s row once', async () => {
      await ann.close();
      expect(await bo.revision()).toBe(0);
      const again = await db.forSeeker('ann');
      expect(await again.isEmpty()).toBe(true);
      expect(
        (await place.query('select seeker_id from seekers order by seeker_id')).map((r) => r['seeker_id']),
      ).toEqual(['ann', 'bo']);
    });
  });
}
