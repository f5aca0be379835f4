/**
 * The web app's Today on the server: the lean agenda (`GET /api/today`,
 * items without drafts, snoozed items with their day back), undoing a
 * snooze or a dismissal (`POST /api/items/:item/restore`), and compressed
 * answers. Real SQLite, the demo's facts, a fixed clock.
 */
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../app.fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  expect((await h.call('POST', '/api/demo', {})).status).toBe(201);
});
afterEach(async () => h.close());

const itemPath = (id: string) => `/api/items/${encodeURIComponent(id)}`;

describe('GET /api/today', () => {
  it('lists the items due and those opening within two weeks without their drafts, saying whether each has one and to whom', async () => {
    const everything = (await h.json<Json>('GET', '/api/agenda?all=1')).body;
    const lean = (await h.json<Json>('GET', '/api/today')).body;
    // Upcoming items only as far as two weeks ahead.
    const horizon = Date.parse(everything.asOf) + 14 * 86_400_000;
    const full: Json = {
      ...everything,
      items: everything.items.filter((i: Json) => i.state !== 'upcoming' || Date.parse(i.opensAt) <= horizon),
    };
    expect(lean.items.map((i: Json) => i.id)).toEqual(full.items.map((i: Json) => i.id));
    expect(lean.holds).toEqual(full.holds);
    expect(lean.pipeline).toEqual(full.pipeline);
    for (const [n, item] of lean.items.entries()) {
      expect(item).not.toHaveProperty('draft');
      expect(item.hasDraft).toBe(full.items[n].draft !== null);
      expect(item.to).toBe(full.items[n].draft?.to ?? null);
    }
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length);
    expect(lean.items.some((i: Json) => i.state === 'upcoming')).toBe(true);
    expect(lean.snoozed).toEqual([]);
  });

  it('keeps the default agenda JSON as it was: drafts included', async () => {
    const agenda = (await h.json<Json>('GET', '/api/agenda')).body;
    expect(agenda.items.some((i: Json) => i.draft !== null)).toBe(true);
    expect(agenda).not.toHaveProperty('snoozed');
  });

  it('lists a snoozed item with the day it comes back, and a restore brings it back', async () => {
    const item = (await h.json<Json>('GET', '/api/today')).body.items.find((i: Json) => i.hasDraft).id as string;
    expect((await h.json('POST', `${itemPath(item)}/snooze`, { until: 'next monday' })).status).toBe(200);
    const snoozed = (await h.json<Json>('GET', '/api/today')).body;
    expect(snoozed.items.map((i: Json) => i.id)).not.toContain(item);
    expect(snoozed.snoozed).toEqual([expect.objectContaining({ id: item, until: '2026-11-30', hasDraft: true })]);

    expect(await h.json('POST', `${itemPath(item)}/restore`)).toEqual({ status: 200, body: { item } });
    const back = (await h.json<Json>('GET', '/api/today')).body;
    expect(back.items.map((i: Json) => i.id)).toContain(item);
    expect(back.snoozed).toEqual([]);
  });
});

describe('POST /api/items/:item/restore', () => {
  it('undoes a dismissal', async () => {
    const item = (await h.json<Json>('GET', '/api/agenda')).body.items[0].id as string;
    expect((await h.json('POST', `${itemPath(item)}/dismiss`)).status).toBe(200);
    expect((await h.json<Json>('GET', '/api/agenda')).body.items.map((i: Json) => i.id)).not.toContain(item);
    expect((await h.json('POST', `${itemPath(item)}/restore`)).status).toBe(200);
    expect((await h.json<Json>('GET', '/api/agenda')).body.items.map((i: Json) => i.id)).toContain(item);
  });

  it('refuses an item that is neither snoozed nor dismissed, with item_not_found', async () => {
    const item = (await h.json<Json>('GET', '/api/agenda')).body.items[0].id as string;
    const res = await h.json<Json>('POST', `${itemPath(item)}/restore`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'item_not_found',
      message: `"${item}" is neither snoozed nor dismissed`,
    });
  });
});

describe('compression', () => {
  it('gzips a JSON answer when the client accepts it, and the body reads back the same', async () => {
    const plain = await h.call('GET', '/api/agenda?all=1');
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await h.call('GET', '/api/agenda?all=1', undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
  });
});
