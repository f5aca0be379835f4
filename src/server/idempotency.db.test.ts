/**
 * Idempotent web actions through the whole app (`app.request()`), on every
 * dialect: a retried request with the same Idempotency-Key is answered with
 * the first response and done once; the same key with another body is 422;
 * keys belong to one seeker and expire after a day; requests without a key
 * are done as before; a malformed key is 400; two claims of one key at
 * once: one runs, the other waits its answer.
 */
import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../test/dialects.js';
import type { AppContext } from '../app/context.js';
import { createApp } from './app.js';
import { KEY_LIFETIME_MS } from './idempotency.js';
import { loopbackHosts } from './security.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
const HOST = '127.0.0.1:4411';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`Idempotency-Key on ${dialect.name}`, () => {
    let db: TestStore | null = null;
    afterEach(async () => {
      await db?.dispose();
      db = null;
    });

    /** An app on a fresh store whose clock the test moves. */
    async function open(store?: AppContext['store']) {
      db ??= await dialect.freshStore();
      let now = NOW;
      const ctx: AppContext = { store: store ?? db.store, now, machineZone: 'UTC', home: '/nonexistent' };
      const app = createApp({ ctx, allowedHosts: loopbackHosts(4411), clock: () => now, logError: () => {} });
      const call = async (method: string, path: string, body: unknown, key?: string) => {
        const res = await app.request(`http://${HOST}/api${path}`, {
          method,
          headers: { host: HOST, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify(body),
        });
        return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.json() };
      };
      return {
        call,
        ctx,
        later: (ms: number) => {
          now = now.add({ milliseconds: ms });
        },
      };
    }

    it('answers a retry with the first response and adds the opportunity once', async () => {
      const { call, ctx } = await open();
      const first = await call('POST', '/opportunities', { company: 'Acme' }, 'key-1');
      expect(first).toEqual({ status: 201, replayed: null, body: { id: 'acme' } });
      const retry = await call('POST', '/opportunities', { company: 'Acme' }, 'key-1');
      expect(retry).toEqual({ status: 201, replayed: 'true', body: { id: 'acme' } });
      expect((await ctx.store.listOpportunities()).map((o) => o.id)).toEqual(['acme']);
    });

    it('logs "Mark as sent" once for a retried key, and replays a refusal as it was', async () => {
      const { call, ctx } = await open();
      await call('POST', '/opportunities', { company: 'Acme' }, 'add');
      const sent = await call('POST', '/opportunities/acme/sent', { purpose: 'status-check' }, 'send-1');
      expect(sent.status).toBe(201);
      expect(await call('POST', '/opportunities/acme/sent', { purpose: 'status-check' }, 'send-1')).toEqual({
        ...sent,
        replayed: 'true',
      });
      // A second click is a new action with a new key: the duplicate rule refuses it, and its retry gets the same refusal.
      const second = await call('POST', '/opportunities/acme/sent', { purpose: 'status-check' }, 'send-2');
      expect(second).toMatchObject({ status: 409, body: { error: { code: 'duplicate_touch' } } });
      const retried = await call('POST', '/opportunities/acme/sent', { purpose: 'status-check' }, 'send-2');
      expect(retried).toEqual({ ...second, replayed: 'true' });
      expect((await ctx.store.getOpportunity('acme'))?.touches).toHaveLength(1);
    });

    it('refuses the same key with another body or path with 422 idempotency_key_reused, doing nothing', async () => {
      const { call, ctx } = await open();
      await call('POST', '/opportunities', { company: 'Acme' }, 'key-1');
      const other = await call('POST', '/opportunities', { company: 'Globex' }, 'key-1');
      expect(other).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
      const path = await call('POST', '/opportunities/acme/close', { company: 'Acme' }, 'key-1');
      expect(path.status).toBe(422);
      expect((await ctx.store.listOpportunities()).map((o) => [o.id, o.status])).toEqual([['acme', 'open']]);
    });

    it('keeps keys per seeker and for a day; requests without a key are each done', async () => {
      const { call, later, ctx } = await open();
      await call('POST', '/opportunities', { company: 'Acme' }, 'key-1');
      const otherSeeker = await open(await db!.reopen(`${db!.seekerId}_b`));
      expect(await otherSeeker.call('POST', '/opportunities', { company: 'Acme' }, 'key-1')).toMatchObject({
        status: 201,
        replayed: null,
      });
      later(KEY_LIFETIME_MS + 1);
      const expired = await call('POST', '/opportunities', { company: 'Acme' }, 'key-1');
      expect(expired).toMatchObject({ status: 409, replayed: null, body: { error: { code: 'opportunity_exists' } } });
      expect((await call('POST', '/opportunities', { company: 'Initech' })).status).toBe(201);
      expect((await call('POST', '/opportunities', { company: 'Globex' })).status).toBe(201);
      expect(await ctx.store.listOpportunities()).toHaveLength(3);
    });

    it('claims a key in the store once: pending until finished, then done; released, it is new again', async () => {
      db = await dialect.freshStore();
      const claim = { key: 'k', request: 'POST /api/x abc', nowMs: NOW.epochMilliseconds, keepMs: KEY_LIFETIME_MS };
      const other = await db.reopen();
      const both = await Promise.all([db.store.claimRequestKey(claim), other.claimRequestKey(claim)]);
      expect(both.map((c) => c.state).sort()).toEqual(['claimed', 'pending']);
      expect(await db.store.claimRequestKey({ ...claim, request: 'POST /api/x def' })).toEqual({ state: 'mismatch' });
      await db.store.finishRequestKey('k', { status: 201, contentType: 'application/json', body: '{"id":"acme"}' });
      expect(await other.claimRequestKey(claim)).toEqual({
        state: 'done',
        response: { status: 201, contentType: 'application/json', body: '{"id":"acme"}' },
      });
      await db.store.releaseRequestKey('k');
      expect(await db.store.claimRequestKey(claim)).toEqual({ state: 'claimed' });
    });

    it('answers 409 request_in_progress while the first request with the key runs, doing nothing', async () => {
      const { call, ctx } = await open();
      const body = JSON.stringify({ company: 'Acme' });
      const request = `POST /api/opportunities ${createHash('sha256').update(body).digest('hex')}`;
      // The first request has claimed the key and not answered yet.
      await ctx.store.claimRequestKey({ key: 'k', request, nowMs: NOW.epochMilliseconds, keepMs: KEY_LIFETIME_MS });
      const second = await call('POST', '/opportunities', { company: 'Acme' }, 'k');
      expect(second).toMatchObject({ status: 409, body: { error: { code: 'request_in_progress' } } });
      expect(await ctx.store.listOpportunities()).toEqual([]);
    });

    it('refuses a malformed key with 400 invalid_header', async () => {
      const { call, ctx } = await open();
      const bad = await call('POST', '/opportunities', { company: 'Acme' }, 'no spaces allowed');
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_header' } } });
      expect(await ctx.store.listOpportunities()).toEqual([]);
    });
  });
}
