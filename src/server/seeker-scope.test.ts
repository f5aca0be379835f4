/**
 * Two seekers served by one server process on one database: each request's
 * context is built for its own seeker from the database opened once (the
 * composition root's `contextFor`), with one shared cache. Neither seeker
 * sees the other's opportunities, agenda, calendar feed or idempotency keys,
 * even at the same store revision. The seeker is picked here by a test
 * header, standing in for the session that will pick it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeekerCache } from '../app/seeker-cache.js';
import { type Runtime, startRuntime } from '../main.js';
import { createApp } from './app.js';
import { loopbackHosts } from './security.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
const HOST = '127.0.0.1:4411';
let home: string;
let rt: Runtime;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-scope-'));
  rt = await startRuntime({ home, now: '2026-11-26T14:00:00Z' });
  app = createApp({
    ctx: { ...rt.ctx, cache: new SeekerCache() },
    scope: { seekerOf: (req) => req.header('x-test-seeker') ?? rt.config.seekerId, contextFor: rt.contextFor },
    allowedHosts: loopbackHosts(4411),
    logError: () => {},
  });
});

afterEach(async () => {
  await rt.close();
  rmSync(home, { recursive: true, force: true });
});

async function call(
  seeker: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await app.request(`http://${HOST}${path}`, {
    method,
    headers: {
      host: HOST,
      'x-test-seeker': seeker,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, text, body: (/^[[{]/.test(text) ? JSON.parse(text) : null) as Json };
}

/** An opportunity with an interview that ended this morning: a thank-you is due. */
async function interviewed(seeker: string, company: string): Promise<string> {
  const added = await call(seeker, 'POST', '/api/opportunities', { company });
  expect(added.status).toBe(201);
  const id = added.body.id as string;
  const interview = await call(seeker, 'POST', `/api/opportunities/${id}/interviews`, {
    at: '2026-11-26T09:00:00Z',
    durationMinutes: 60,
  });
  expect(interview.status).toBe(201);
  return id;
}

describe('one server, two seekers', () => {
  it('answers each seeker only about their own opportunities and agenda, even at the same revision', async () => {
    const acme = await interviewed('local', 'Acme');
    const globex = await interviewed('bo', 'Globex');
    const [mine, theirs] = [await rt.contextFor('local'), await rt.contextFor('bo')];
    expect(await mine.store.revision()).toBe(await theirs.store.revision());

    const agendaIds = async (seeker: string) =>
      ((await call(seeker, 'GET', '/api/agenda?all=1')).body.items as Json[]).map((i) => i.id);
    expect(await agendaIds('local')).toContain(`thank-you:${acme}:i1`);
    // Asked right after, from the same cache: Bo's own agenda, not the one just computed.
    expect(await agendaIds('bo')).toContain(`thank-you:${globex}:i1`);
    expect(await agendaIds('bo')).not.toContain(`thank-you:${acme}:i1`);
    expect(await agendaIds('local')).not.toContain(`thank-you:${globex}:i1`);

    const listed = async (seeker: string) => (await call(seeker, 'GET', '/api/opportunities')).text;
    expect(await listed('bo')).toContain('Globex');
    expect(await listed('bo')).not.toContain('Acme');
    // Another seeker's id answers exactly as an id that does not exist.
    const foreign = await call('bo', 'GET', `/api/opportunities/${acme}`);
    const missing = await call('bo', 'GET', '/api/opportunities/nothing-here');
    expect([foreign.status, foreign.body.error.code]).toEqual([missing.status, missing.body.error.code]);
    expect(foreign.status).toBe(404);
  });

  it('gives each seeker their own calendar feed: the process seeker’s in the home, another’s in the store', async () => {
    const localUrl = (await call('local', 'GET', '/api/calendar')).body.url as string;
    const boUrl = (await call('bo', 'GET', '/api/calendar')).body.url as string;
    expect(localUrl).not.toBe(boUrl);
    const secrets = readFileSync(join(home, 'secrets.json'), 'utf8');
    expect(secrets).toContain(localUrl.slice('/calendar/'.length, -'.ics'.length));
    expect(secrets).not.toContain(boUrl.slice('/calendar/'.length, -'.ics'.length));

    expect((await call('bo', 'GET', boUrl)).status).toBe(200);
    expect((await call('bo', 'GET', localUrl)).status).toBe(404);
    expect((await call('local', 'GET', boUrl)).status).toBe(404);
    expect(existsSync(join(home, 'templates'))).toBe(false);
  });

  it('keeps idempotency keys per seeker: the same key does each seeker’s own action', async () => {
    const key = { 'idempotency-key': 'same-key-1' };
    const first = await call('local', 'POST', '/api/opportunities', { company: 'Acme' }, key);
    const second = await call('bo', 'POST', '/api/opportunities', { company: 'Acme' }, key);
    expect([first.status, second.status]).toEqual([201, 201]);
    const bo = await rt.contextFor('bo');
    expect((await bo.store.listOpportunities()).map((o) => o.company)).toEqual(['Acme']);
    const replay = await call('bo', 'POST', '/api/opportunities', { company: 'Acme' }, key);
    expect(replay.text).toBe(second.text);
    expect((await bo.store.listOpportunities()).length).toBe(1);
  });
});
