import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpPeer, startSmtpPeer } from '../../../test/smtp-peer.js';
import { importMail } from '../../app/commands/mail.js';
import { type Harness, openHarness } from '../app.fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
let h: Harness | undefined;
let peer: SmtpPeer | undefined;
let mailDir: string | undefined;
afterEach(async () => {
  await h?.close();
  await peer?.close();
  if (mailDir) rmSync(mailDir, { recursive: true, force: true });
  h = undefined;
  peer = undefined;
  mailDir = undefined;
});

/** A message from a recruiter at a domain no opportunity knows yet, so it waits in the review list. */
const UNPLACED = [
  'From: Dana Ortiz <dana@globex-careers.example>',
  'To: Sam Lee <sam@example.com>',
  'Subject: Next steps with Globex',
  'Date: Tue, 24 Nov 2026 10:15:00 -0500',
  'Message-ID: <next-steps-1@globex-careers.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Sam, thanks for your time on Monday. We expect to make a decision by next Friday.',
  '',
].join('\r\n');

async function importOne(harness: Harness, text: string): Promise<void> {
  mailDir = mkdtempSync(join(tmpdir(), 'afterview-mail-'));
  const file = join(mailDir, 'message.eml');
  writeFileSync(file, text);
  const report = await importMail(harness.ctx, { paths: [file] });
  expect(report.unmatched).toBe(1);
}

describe('the review list', () => {
  it('lists an unplaced message with its reading, and assigns it with a corrected date in words', async () => {
    h = await openHarness();
    expect((await h.json('GET', '/api/inbox')).body).toEqual([]);
    await importOne(h, UNPLACED);
    expect((await h.json('POST', '/api/opportunities', { company: 'Globex' })).status).toBe(201);
    const list = await h.json<Json[]>('GET', '/api/inbox');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        messageId: '<next-steps-1@globex-careers.example>',
        subject: 'Next steps with Globex',
        sender: 'dana@globex-careers.example',
        status: 'unmatched',
        direction: 'in',
      }),
    ]);
    const review = await h.json<Json>('POST', '/api/inbox/review', {
      messageId: '<next-steps-1@globex-careers.example>',
      action: 'assign',
      opportunity: 'Globex',
      kind: 'timeline',
      decisionBy: 'Dec 11',
    });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ status: 'applied', touchId: expect.any(String) });
    expect((await h.json('GET', '/api/inbox')).body).toEqual([]);
    expect((await h.json<Json[]>('GET', '/api/inbox?all=1')).body).toHaveLength(1);
    const story = await h.json<Json>('GET', '/api/opportunities/globex');
    expect(story.body.opportunity.touches).toEqual([
      expect.objectContaining({
        direction: 'in',
        kind: 'timeline',
        decisionBy: '2026-12-11',
        messageId: '<next-steps-1@globex-careers.example>',
      }),
    ]);
  });

  it('ignores a message, and refuses a bad action, an unknown opportunity and an unreadable date', async () => {
    const harness = await openHarness();
    h = harness;
    await importOne(harness, UNPLACED);
    const id = '<next-steps-1@globex-careers.example>';
    const bad = async (body: unknown) => {
      const res = await harness.call('POST', '/api/inbox/review', body);
      return { status: res.status, code: ((await res.json()) as Json).error.code };
    };
    expect(await bad({ messageId: id, action: 'delete' })).toEqual({ status: 400, code: 'invalid_input' });
    expect(await bad({ messageId: '<never-seen@example.org>', action: 'ignore' })).toEqual({
      status: 404,
      code: 'message_not_found',
    });
    expect(await bad({ messageId: id, action: 'assign', opportunity: 'nope' })).toEqual({
      status: 404,
      code: 'opportunity_not_found',
    });
    expect(await bad({ messageId: id, action: 'assign', opportunity: 'x', decisionBy: 'when pigs fly' })).toEqual({
      status: 400,
      code: 'invalid_date',
    });
    expect(await bad({ messageId: id, action: 'confirm' })).toEqual({ status: 400, code: 'invalid_input' });
    expect((await harness.json('POST', '/api/inbox/review', { messageId: id, action: 'ignore' })).body).toMatchObject({
      status: 'ignored',
    });
    expect((await harness.json('GET', '/api/inbox')).body).toEqual([]);
  });
});

describe('POST /api/items/:item/send', () => {
  async function withPeer(): Promise<Harness> {
    peer = await startSmtpPeer();
    const harness = await openHarness({ smtpUrl: peer.url('sam', 'correct horse') });
    expect((await harness.json('PUT', '/api/settings/email', { value: 'sam@example.com' })).status).toBe(200);
    expect(
      (await harness.json('POST', '/api/opportunities', { company: 'Acme', role: 'Backend Engineer' })).status,
    ).toBe(201);
    return harness;
  }

  it('sends the edited thank-you through SMTP and logs it with its Message-ID', async () => {
    h = await withPeer();
    await h.json('POST', '/api/opportunities/acme/interviews', {
      at: '2026-11-25T14:00',
      with: ['Jane Doe <jane@acme.example>'],
    });
    const item = 'thank-you:acme:i1:jane';
    const res = await h.json<Json>('POST', `/api/items/${encodeURIComponent(item)}/send`, {
      body: 'Hi Jane,\n\nThank you for the conversation about the billing migration yesterday.\n\nSam',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ item, sent: true, to: 'jane@acme.example' });
    expect(peer?.messages).toHaveLength(1);
    const received = peer?.messages[0];
    expect(received?.to).toEqual(['jane@acme.example']);
    const raw = received?.raw.toString('utf8') ?? '';
    expect(raw).toContain('billing migration');
    expect(raw).toContain(`Message-ID: ${res.body.messageId}`);
    const story = await h.json<Json>('GET', '/api/opportunities/acme');
    expect(story.body.opportunity.touches).toEqual([
      expect.objectContaining({ direction: 'out', purpose: 'thank-you', messageId: res.body.messageId }),
    ]);
    const agenda = await h.json<Json>('GET', '/api/agenda?all=1');
    expect(agenda.body.items.map((i: Json) => i.id)).not.toContain(item);
  });

  it('refuses a check-in inside the weekly gap with 409 saying when it is fine, and sends it with anyway', async () => {
    h = await withPeer();
    await h.json('POST', '/api/opportunities/acme/interviews', {
      at: '2026-11-09T14:00',
      with: ['Jane Doe <jane@acme.example>'],
    });
    await h.json('POST', '/api/opportunities/acme/sent', { purpose: 'thank-you', at: '2026-11-09T18:00' });
    // A status check on Monday 23 November: the next check-in waits out the 7-day gap (fine from Monday 30th).
    await h.json('POST', '/api/opportunities/acme/sent', { purpose: 'status-check', at: '2026-11-23T10:00' });
    const items = (await h.json<Json>('GET', '/api/agenda?all=1')).body.items as Json[];
    const checkIn = items.find((i) => ['ask-timeline', 'status-check', 'explicit-check'].includes(i.kind));
    expect(checkIn, JSON.stringify(items.map((i) => i.id))).toMatchObject({ state: 'upcoming' });
    const path = `/api/items/${encodeURIComponent(checkIn?.id)}/send`;
    const refused = await h.json<Json>('POST', path, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('check_in_too_soon');
    expect(`${refused.body.error.message} ${refused.body.error.hint}`).toContain('2026-11-30');
    expect(peer?.messages).toHaveLength(0);
    const sent = await h.json<Json>('POST', path, { anyway: true });
    expect(sent.status).toBe(201);
    expect(peer?.messages).toHaveLength(1);
  });

  it('says what to set up when there is no SMTP account, and a dry run sends nothing', async () => {
    h = await openHarness();
    await h.json('PUT', '/api/settings/email', { value: 'sam@example.com' });
    await h.json('POST', '/api/opportunities', { company: 'Acme' });
    await h.json('POST', '/api/opportunities/acme/interviews', {
      at: '2026-11-25T14:00',
      with: ['Jane Doe <jane@acme.example>'],
    });
    const path = `/api/items/${encodeURIComponent('thank-you:acme:i1:jane')}/send`;
    const dry = await h.json<Json>('POST', path, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ sent: false, raw: expect.stringContaining('To: jane@acme.example') });
    const res = await h.json<Json>('POST', path, {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('not_configured');
    expect((await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity.touches ?? []).toEqual([]);
    expect((await h.json<Json>('POST', '/api/items/nope/send', {})).status).toBe(404);
  });
});
