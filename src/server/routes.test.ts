import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenda } from '../app/commands/items.js';
import { type Harness, openHarness } from './app.fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as Json;
  return { status: res.status, code: body.error?.code, message: body.error?.message };
}

async function addAcme(): Promise<string> {
  const res = await h.json<Json>('POST', '/api/opportunities', {
    company: 'Acme',
    role: 'Backend Engineer',
    interest: 5,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('GET /healthz and GET /api/agenda', () => {
  it('reports ready', async () => {
    expect(await h.json('GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
  });

  it('returns exactly the agenda JSON of `agenda --json`, and ?all=1 adds upcoming items', async () => {
    await h.call('POST', '/api/demo', {});
    const res = await h.json<Json>('GET', '/api/agenda');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(await agenda(h.ctx, {}))));
    expect(res.body.items.every((i: Json) => i.state !== 'upcoming')).toBe(true);
    const all = await h.json<Json>('GET', '/api/agenda?all=1');
    expect(all.body).toEqual(JSON.parse(JSON.stringify(await agenda(h.ctx, { all: true }))));
    expect(all.body.items.some((i: Json) => i.state === 'upcoming')).toBe(true);
  });

  it('rejects a bad ?all with 400 invalid_input naming the field', async () => {
    const e = await errorOf(await h.call('GET', '/api/agenda?all=yes'));
    expect(e).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(e.message).toMatch(/^all:/);
  });
});

describe('opportunities', () => {
  it('adds, lists with a stage, shows the story, edits, closes, reopens and deletes', async () => {
    const id = await addAcme();
    expect(id).toBe('acme');
    const list = await h.json<Json[]>('GET', '/api/opportunities');
    expect(list.body).toEqual([
      expect.objectContaining({ id: 'acme', company: 'Acme', stage: 'applied', interest: 5 }),
    ]);
    const story = await h.json<Json>('GET', '/api/opportunities/acme');
    expect(story.body.opportunity.company).toBe('Acme');
    expect(story.body.timeline[0]).toMatchObject({ type: 'created' });
    expect((await h.json('PATCH', '/api/opportunities/acme', { role: 'Staff Engineer', interest: 4 })).status).toBe(
      200,
    );
    expect((await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity).toMatchObject({
      role: 'Staff Engineer',
      interest: 4,
    });
    expect((await h.json('POST', '/api/opportunities/acme/close', { as: 'withdrawn' })).body).toEqual({
      id: 'acme',
      status: 'withdrawn',
    });
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body[0]?.stage).toBe('closed');
    expect((await h.json('POST', '/api/opportunities/acme/reopen')).status).toBe(200);
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body[0]?.stage).toBe('applied');
    expect((await h.json('DELETE', '/api/opportunities/acme')).status).toBe(200);
    expect((await h.json('GET', '/api/opportunities')).body).toEqual([]);
  });

  it('finds an opportunity by its company name too', async () => {
    await addAcme();
    expect((await h.json<Json>('GET', '/api/opportunities/Acme')).body.opportunity.id).toBe('acme');
  });

  it('rejects bad input with 400 and a stable code naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/opportunities', {}, 'company'],
      ['POST', '/api/opportunities', { company: '   ' }, 'company'],
      ['POST', '/api/opportunities', { company: 'X', interest: 9 }, 'interest'],
      ['POST', '/api/opportunities', { company: 'X', interest: 'high' }, 'interest'],
    ];
    for (const [method, path, body, field] of cases) {
      const e = await errorOf(await h.call(method, path, body));
      expect(e, JSON.stringify(body)).toMatchObject({ status: 400, code: 'invalid_input' });
      expect(e.message.startsWith(`${field}:`), e.message).toBe(true);
    }
    await addAcme();
    expect(await errorOf(await h.call('PATCH', '/api/opportunities/acme', { colour: 'red' }))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
    expect(await errorOf(await h.call('POST', '/api/opportunities/acme/close', { as: 'open' }))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
    const notJson = await errorOf(await h.call('POST', '/api/opportunities', '{"company": '));
    expect(notJson).toMatchObject({ status: 400, code: 'invalid_input' });
  });

  it('answers 404 opportunity_not_found for an unknown one, on every route', async () => {
    const cases: [string, string, unknown?][] = [
      ['GET', '/api/opportunities/nope'],
      ['PATCH', '/api/opportunities/nope', { role: 'x' }],
      ['DELETE', '/api/opportunities/nope'],
      ['POST', '/api/opportunities/nope/close', { as: 'withdrawn' }],
      ['POST', '/api/opportunities/nope/reopen'],
      ['POST', '/api/opportunities/nope/interviews', { at: 'yesterday 3pm' }],
      ['POST', '/api/opportunities/nope/sent', { purpose: 'status-check' }],
      ['POST', '/api/opportunities/nope/heard', { kind: 'reply' }],
      ['POST', '/api/opportunities/nope/offers', {}],
      ['POST', '/api/opportunities/nope/offers/accept'],
    ];
    for (const [method, path, body] of cases) {
      expect(await errorOf(await h.call(method, path, body)), `${method} ${path}`).toMatchObject({
        status: 404,
        code: 'opportunity_not_found',
      });
    }
  });

  it('answers 409 for a company name that matches two', async () => {
    await h.call('POST', '/api/opportunities', { company: 'Acme Labs' });
    await h.call('POST', '/api/opportunities', { company: 'Acme Works' });
    expect(await errorOf(await h.call('GET', '/api/opportunities/acme'))).toMatchObject({
      status: 409,
      code: 'ambiguous_opportunity',
    });
  });
});

describe('interviews, touches and offers', () => {
  it('logs an interview in words with its interviewers, edits it and deletes it', async () => {
    await addAcme();
    const res = await h.json<Json>('POST', '/api/opportunities/acme/interviews', {
      at: 'yesterday 3pm',
      with: ['Jane Doe <jane@acme.example>', 'Omar'],
      round: 'Onsite',
    });
    expect(res).toEqual({
      status: 201,
      body: { id: 'i1', opportunityId: 'acme', at: '2026-11-25T15:00:00-05:00', decisionBy: null },
    });
    const story = (await h.json<Json>('GET', '/api/opportunities/acme')).body;
    expect(story.opportunity.interviews[0]).toMatchObject({ at: '2026-11-25T15:00:00-05:00', round: 'Onsite' });
    expect(story.opportunity.contacts.map((c: Json) => c.name)).toEqual(['Jane Doe', 'Omar']);
    expect(story.stage).toBe('waiting');
    const patched = await h.json('PATCH', '/api/opportunities/acme/interviews/i1', { decisionBy: 'next friday' });
    expect(patched.status).toBe(200);
    const iv = (await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity.interviews[0];
    expect(iv).toMatchObject({ decisionBy: '2026-12-04', timelineAsked: true });
    expect((await h.json('DELETE', '/api/opportunities/acme/interviews/i1')).status).toBe(200);
    expect(await errorOf(await h.call('DELETE', '/api/opportunities/acme/interviews/i1'))).toMatchObject({
      status: 404,
      code: 'interview_not_found',
    });
    expect(await errorOf(await h.call('PATCH', '/api/opportunities/acme/interviews/i9', { round: 'x' }))).toMatchObject(
      { status: 404, code: 'interview_not_found' },
    );
  });

  it('refuses a date it cannot read with 400 invalid_date naming the field', async () => {
    await addAcme();
    const e = await errorOf(await h.call('POST', '/api/opportunities/acme/interviews', { at: 'whenever suits' }));
    expect(e).toMatchObject({ status: 400, code: 'invalid_date' });
    expect(e.message).toMatch(/^at:/);
    const missing = await errorOf(await h.call('POST', '/api/opportunities/acme/interviews', { round: 'x' }));
    expect(missing).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(missing.message).toMatch(/^at:/);
    const badPerson = await errorOf(
      await h.call('POST', '/api/opportunities/acme/interviews', { at: 'yesterday', with: ['<>'] }),
    );
    expect(badPerson).toMatchObject({ status: 400, code: 'invalid_input' });
  });

  it('logs a thank-you, which ends the thank-you item, and deletes the touch', async () => {
    await addAcme();
    await h.call('POST', '/api/opportunities/acme/interviews', {
      at: 'yesterday 3pm',
      with: ['Jane Doe <jane@acme.example>'],
    });
    const before = (await h.json<Json>('GET', '/api/agenda')).body.items.map((i: Json) => i.id);
    expect(before).toContain('thank-you:acme:i1:jane');
    const sent = await h.json<Json>('POST', '/api/opportunities/acme/sent', {
      purpose: 'thank-you',
      interview: 'i1',
      to: 'jane',
      subject: 'Thank you',
      body: 'Thanks, Jane.',
    });
    expect(sent).toEqual({ status: 201, body: { opportunityId: 'acme', ids: ['t1'], warnings: [] } });
    const after = (await h.json<Json>('GET', '/api/agenda')).body.items.map((i: Json) => i.id);
    expect(after).not.toContain('thank-you:acme:i1:jane');
    expect((await h.json('DELETE', '/api/opportunities/acme/touches/t1')).status).toBe(200);
    expect(await errorOf(await h.call('DELETE', '/api/opportunities/acme/touches/t1'))).toMatchObject({
      status: 404,
      code: 'touch_not_found',
    });
    expect(await errorOf(await h.call('POST', '/api/opportunities/acme/sent', { purpose: 'bribe' }))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
  });

  it('reads a promise from what they said and holds the check-in until that day', async () => {
    await addAcme();
    await h.call('POST', '/api/opportunities/acme/interviews', { at: 'yesterday 3pm', with: ['Jane Doe'] });
    const heard = await h.json<Json>('POST', '/api/opportunities/acme/heard', {
      text: 'We will make a decision by next Friday.',
      from: 'Jane',
    });
    expect(heard.status).toBe(201);
    expect(heard.body).toMatchObject({ kind: 'timeline', decisionBy: '2026-12-04' });
    const holds = (await h.json<Json>('GET', '/api/agenda')).body.holds;
    expect(holds).toEqual([expect.objectContaining({ opportunityId: 'acme', until: '2026-12-04' })]);
  });

  it('logs an expected offer with a deadline, then accepts it; declining with none pending is 404', async () => {
    await addAcme();
    const offer = await h.json<Json>('POST', '/api/opportunities/acme/offers', { expected: true, deadline: 'Dec 9' });
    expect(offer).toEqual({
      status: 201,
      body: { opportunityId: 'acme', id: 'o1', status: 'expected', deadline: '2026-12-09' },
    });
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body[0]?.stage).toBe('offer');
    expect((await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity.offers[0].deadline).toBe(
      '2026-12-09',
    );
    expect((await h.json('POST', '/api/opportunities/acme/offers/accept')).status).toBe(200);
    expect((await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity.status).toBe('accepted');
    await h.call('POST', '/api/opportunities', { company: 'Globex' });
    expect(await errorOf(await h.call('POST', '/api/opportunities/globex/offers/decline'))).toMatchObject({
      status: 404,
      code: 'offer_not_found',
    });
    expect(await errorOf(await h.call('POST', '/api/opportunities/acme/offers', {}))).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    expect((await h.json('DELETE', '/api/opportunities/acme/offers/o1')).status).toBe(200);
    expect(await errorOf(await h.call('DELETE', '/api/opportunities/acme/offers/o1'))).toMatchObject({
      status: 404,
      code: 'offer_not_found',
    });
  });
});

describe('items, the tone check and dates in words', () => {
  async function thankYouItem(): Promise<string> {
    await addAcme();
    await h.call('POST', '/api/opportunities/acme/interviews', {
      at: 'yesterday 3pm',
      with: ['Jane Doe <jane@acme.example>'],
    });
    return 'thank-you:acme:i1:jane';
  }

  it("gives an item's draft with its tone check", async () => {
    const item = await thankYouItem();
    const res = await h.json<Json>('GET', `/api/items/${encodeURIComponent(item)}/draft?check=1`);
    expect(res.status).toBe(200);
    expect(res.body.item.draft.to).toBe('jane@acme.example');
    expect(Array.isArray(res.body.flags)).toBe(true);
    expect((await h.json<Json>('GET', `/api/items/${encodeURIComponent(item)}/draft`)).body.flags).toBeNull();
  });

  it('snoozes an item to a date in words, and dismisses another', async () => {
    const item = await thankYouItem();
    const res = await h.json('POST', `/api/items/${encodeURIComponent(item)}/snooze`, { until: 'next monday' });
    expect(res).toEqual({ status: 200, body: { item, until: '2026-11-30' } });
    expect((await h.json<Json>('GET', '/api/agenda?all=1')).body.items.map((i: Json) => i.id)).not.toContain(item);
    expect(await errorOf(await h.call('POST', `/api/items/${encodeURIComponent(item)}/dismiss`))).toMatchObject({
      status: 404,
      code: 'item_not_found',
    });
  });

  it('refuses a snooze to the past, and unknown items', async () => {
    const item = await thankYouItem();
    expect(
      await errorOf(await h.call('POST', `/api/items/${encodeURIComponent(item)}/snooze`, { until: '2026-11-01' })),
    ).toMatchObject({ status: 400, code: 'invalid_date' });
    expect(await errorOf(await h.call('POST', `/api/items/${encodeURIComponent(item)}/snooze`, {}))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
    expect(await errorOf(await h.call('GET', '/api/items/thank-you%3Aacme%3Ai9%3Ax/draft'))).toMatchObject({
      status: 404,
      code: 'item_not_found',
    });
    expect((await h.json('POST', `/api/items/${encodeURIComponent(item)}/dismiss`)).status).toBe(200);
  });

  it('flags pleading wording with offsets into the text', async () => {
    const text = 'Hi Jane, I really need this job, please let me know!!!';
    const res = await h.json<Json>('POST', '/api/check', { text });
    expect(res.status).toBe(200);
    expect(res.body.flags.length).toBeGreaterThan(0);
    for (const f of res.body.flags) if (f.start !== null) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect((await h.json<Json>('POST', '/api/check', { text: 'Thank you for your time today.' })).body.flags).toEqual(
      [],
    );
    expect(await errorOf(await h.call('POST', '/api/check', { text: 5 }))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
  });

  it('reads a date in words back as a date in the seeker zone', async () => {
    expect((await h.json('GET', '/api/when?text=next%20friday&kind=date')).body).toEqual({
      kind: 'date',
      date: '2026-12-04',
      timezone: 'America/New_York',
    });
    expect((await h.json('GET', '/api/when?text=yesterday%203pm&kind=instant')).body).toMatchObject({
      at: '2026-11-25T15:00:00-05:00',
      date: '2026-11-25',
    });
    expect(await errorOf(await h.call('GET', '/api/when?text=soonish&kind=date'))).toMatchObject({
      status: 400,
      code: 'invalid_date',
    });
    expect(await errorOf(await h.call('GET', '/api/when?kind=date'))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
    expect(await errorOf(await h.call('GET', '/api/when?text=friday&kind=year'))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
  });
});

describe('settings, the data file and the demo', () => {
  it('lists settings with their defaults and sets one', async () => {
    const all = (await h.json<Json[]>('GET', '/api/settings')).body;
    expect(all).toContainEqual({ key: 'settings.checkInGapDays', value: 7, default: 7 });
    expect(all).toContainEqual({ key: 'timezone', value: 'America/New_York' });
    expect((await h.json('PUT', '/api/settings/settings.checkInGapDays', { value: 10 })).body).toEqual({
      key: 'settings.checkInGapDays',
      value: 10,
      default: 7,
    });
    expect((await h.json('PUT', '/api/settings/name', { value: 'Sam Lee' })).body).toEqual({
      key: 'name',
      value: 'Sam Lee',
    });
    expect((await h.json('PUT', '/api/settings/settings.checkInGapDays', { value: null })).body).toMatchObject({
      value: 7,
    });
  });

  it('refuses unknown keys and out-of-range values', async () => {
    expect(await errorOf(await h.call('PUT', '/api/settings/colour', { value: 'red' }))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
    expect(await errorOf(await h.call('PUT', '/api/settings/settings.checkInGapDays', { value: 0 }))).toMatchObject({
      status: 400,
      code: 'invalid_setting',
    });
    expect(await errorOf(await h.call('PUT', '/api/settings/timezone', { value: 'Mars/Olympus' }))).toMatchObject({
      status: 400,
      code: 'invalid_setting',
    });
    expect(await errorOf(await h.call('PUT', '/api/settings/name', {}))).toMatchObject({
      status: 400,
      code: 'invalid_input',
    });
  });

  it('exports, and imports the export into an empty home unchanged', async () => {
    expect((await h.json('POST', '/api/demo', {})).body).toEqual({ opportunities: 10 });
    const exported = await h.call('GET', '/api/export');
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const doc = (await exported.json()) as Json;
    expect(doc.format).toBe('afterview/1');
    const other = await openHarness();
    try {
      const res = await other.json<Json>('POST', '/api/import', doc);
      expect(res).toEqual({ status: 200, body: { created: 10, updated: 0 } });
      expect((await other.json('GET', '/api/export')).body).toEqual(doc);
    } finally {
      await other.close();
    }
  });

  it('refuses a broken data file with 400 invalid_file naming the path, and imports nothing', async () => {
    const bad = { format: 'afterview/1', opportunities: [{ id: 'a', company: 'A', createdAt: 'someday' }] };
    const e = await errorOf(await h.call('POST', '/api/import', bad));
    expect(e).toMatchObject({ status: 400, code: 'invalid_file' });
    expect(e.message).toContain('opportunities[0].createdAt');
    expect(await errorOf(await h.call('POST', '/api/import', 'not json'))).toMatchObject({
      status: 400,
      code: 'invalid_file',
    });
    expect((await h.json('GET', '/api/opportunities')).body).toEqual([]);
  });

  it('loads the demo only into an empty home', async () => {
    expect((await h.json('POST', '/api/demo', {})).status).toBe(201);
    expect(await errorOf(await h.call('POST', '/api/demo', {}))).toMatchObject({ status: 409, code: 'home_not_empty' });
  });
});

describe('unknown routes and the web build', () => {
  it('answers an unknown API route with a JSON 404', async () => {
    expect(await errorOf(await h.call('GET', '/api/nothing-here'))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await errorOf(await h.call('POST', '/api/agenda', {}))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('serves the build, with index.html for the UI routes and 404 for missing files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'afterview-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>afterview</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const web = await openHarness({ webRoot: root });
    try {
      const page = await web.call('GET', '/pipeline');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<title>afterview</title>');
      const asset = await web.call('GET', '/assets/index-abc123.js');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await web.call('GET', '/assets/missing.js')).status).toBe(404);
      const traversal = await web.call('GET', '/%2e%2e/%2e%2e/etc/passwd');
      expect(await traversal.text()).not.toContain('root:');
    } finally {
      await web.close();
    }
  });
});

describe('docs/api.md', () => {
  it('lists every route the app registers', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const routes = new Set(
      h.app.routes
        .filter((r) => r.method !== 'ALL' && r.path !== '*' && r.path !== '/*')
        .map((r) => `${r.method} ${r.path}`),
    );
    expect(routes.size).toBeGreaterThan(25);
    const missing = [...routes].filter((r) => !doc.includes(`\`${r}\``));
    expect(missing).toEqual([]);
  });
});

describe('repeats and text limits', () => {
  it('refuses the same "Mark as sent" twice with 409 duplicate_touch, and logs it with "again": true', async () => {
    await addAcme();
    const first = await h.json<Json>('POST', '/api/opportunities/acme/sent', { purpose: 'status-check' });
    expect(first.status).toBe(201);
    const second = await errorOf(await h.call('POST', '/api/opportunities/acme/sent', { purpose: 'status-check' }));
    expect(second).toMatchObject({ status: 409, code: 'duplicate_touch' });
    expect(second.message).toContain('"status-check" sent');
    const again = await h.json<Json>('POST', '/api/opportunities/acme/sent', { purpose: 'status-check', again: true });
    expect(again.status).toBe(201);
    expect((await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity.touches).toHaveLength(2);
  });

  it('refuses adding an open opportunity again with 409 opportunity_exists unless "again": true', async () => {
    await addAcme();
    const e = await errorOf(await h.call('POST', '/api/opportunities', { company: 'ACME' }));
    expect(e).toMatchObject({ status: 409, code: 'opportunity_exists' });
    expect(e.message).toBe('Acme (Backend Engineer) is already open as acme');
    expect((await h.json<Json>('POST', '/api/opportunities', { company: 'ACME', again: true })).body).toEqual({
      id: 'acme-2',
    });
  });

  it('refuses text over its limit with 400 text_too_long naming the field, the limit and the length', async () => {
    const e = await errorOf(await h.call('POST', '/api/opportunities', { company: 'Acme', role: 'r'.repeat(10_000) }));
    expect(e).toEqual({
      status: 400,
      code: 'text_too_long',
      message: 'role is 10,000 characters long, more than the 200 allowed',
    });
    await addAcme();
    const subject = await errorOf(
      await h.call('POST', '/api/opportunities/acme/sent', { purpose: 'other', subject: 's'.repeat(501) }),
    );
    expect(subject).toMatchObject({ status: 400, code: 'text_too_long' });
    expect(subject.message).toBe('subject is 501 characters long, more than the 500 allowed');
    const who = await errorOf(
      await h.call('POST', '/api/opportunities/acme/interviews', { at: 'yesterday 2pm', with: ['n'.repeat(600)] }),
    );
    expect(who).toMatchObject({ status: 400, code: 'text_too_long' });
    expect(who.message).toMatch(/^with\.0 is 600 characters long/);
    const signature = await errorOf(await h.call('PUT', '/api/settings/signature', { value: 'x'.repeat(2001) }));
    expect(signature).toMatchObject({ status: 400, code: 'text_too_long' });
    const doc = { format: 'afterview/1', opportunities: [{ id: 'x', company: 'X', notes: 'n'.repeat(20_001) }] };
    const file = await errorOf(await h.call('POST', '/api/import', doc));
    expect(file).toMatchObject({ status: 400, code: 'text_too_long' });
    expect(file.message).toMatch(/^opportunities\[0\]\.notes is 20,001 characters long/);
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body.map((o) => o.id)).toEqual(['acme']);
  });
});
