/**
 * `sendItem` against a real SMTP server (test/smtp-peer.ts) on a real SQLite
 * file: what the server receives is the item's draft, byte for byte the
 * message logged as the touch that ends the item; threading follows the
 * employer's last message; dry runs, refused check-ins, bad logins, missing
 * accounts and header injection send and log nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importDocument, validateDocument } from '../../src/app/commands/data.js';
import { logSent } from '../../src/app/commands/facts.js';
import { agenda } from '../../src/app/commands/items.js';
import { sendItem } from '../../src/app/commands/send.js';
import type { AppContext } from '../../src/app/context.js';
import { AppError } from '../../src/records/errors.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';

/** Friday, November 20, 2026, 10:00 in New York: the Acme onsite ended yesterday at 15:00. */
const NOW = Temporal.Instant.from('2026-11-20T15:00:00Z');
const PASSWORD = 'correct horse';

const DOC = {
  format: 'afterview/1',
  profile: { name: 'Sam Lee', email: 'sam@example.com', timezone: 'America/New_York', country: 'US' },
  opportunities: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Backend Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'jane', name: 'Jane Doe', email: 'jane@acme.example', title: 'Hiring manager' }],
      interviews: [
        {
          id: 'i1',
          at: '2026-11-19T14:00:00-05:00',
          durationMinutes: 60,
          round: 'Onsite',
          interviewers: ['jane'],
        },
      ],
      touches: [
        {
          id: 't1',
          at: '2026-11-12T09:00:00-05:00',
          direction: 'in',
          channel: 'email',
          kind: 'scheduling',
          contactId: 'jane',
          messageId: '<invite-1@acme.example>',
        },
        {
          id: 't2',
          at: '2026-11-19T16:30:00-05:00',
          direction: 'in',
          channel: 'email',
          kind: 'reply',
          contactId: 'jane',
          messageId: '<logistics-2@acme.example>',
        },
      ],
    },
    {
      // Promised a decision by Wednesday, November 18; the status check opens on Thursday the 19th.
      id: 'globex',
      company: 'Globex',
      role: 'Data Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'raj', name: 'Raj Patel', email: 'raj@globex.example' }],
      interviews: [
        {
          id: 'i1',
          at: '2026-11-10T14:00:00-05:00',
          durationMinutes: 60,
          round: 'Phone screen',
          interviewers: ['raj'],
          timelineAsked: true,
        },
      ],
      touches: [
        {
          id: 't1',
          at: '2026-11-10T16:00:00-05:00',
          direction: 'out',
          channel: 'email',
          purpose: 'thank-you',
          interviewId: 'i1',
          contactId: 'raj',
        },
        {
          id: 't2',
          at: '2026-11-12T09:00:00-05:00',
          direction: 'in',
          channel: 'email',
          kind: 'timeline',
          decisionBy: '2026-11-18',
          contactId: 'raj',
        },
      ],
    },
    {
      // Nothing read from mail yet: no thread to join.
      id: 'initech',
      company: 'Initech',
      role: 'Platform Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'bill', name: 'Bill Lumbergh', email: 'bill@initech.example' }],
      interviews: [
        { id: 'i1', at: '2026-11-19T10:00:00-05:00', durationMinutes: 45, round: 'Panel', interviewers: ['bill'] },
      ],
    },
  ],
};

let peer: SmtpPeer;
let home: string;
let store: Store;
let ctx: AppContext;

beforeAll(async () => {
  peer = await startSmtpPeer({ users: { sam: PASSWORD } });
});
afterAll(async () => {
  await peer.close();
});

beforeEach(async () => {
  peer.messages.length = 0;
  home = mkdtempSync(join(tmpdir(), 'afterview-send-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home, smtpUrl: peer.url('sam', PASSWORD) };
  await importDocument(ctx, validateDocument(structuredClone(DOC)));
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

async function itemOf(id: string, c: AppContext = ctx) {
  const item = (await agenda(c, { all: true })).items.find((i) => i.id === id);
  if (!item?.draft) throw new Error(`no drafted item ${id}`);
  return item as typeof item & { draft: NonNullable<typeof item.draft> };
}

async function touchesOf(opp: string) {
  return (await store.getOpportunity(opp))?.touches ?? [];
}

async function thrown(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const crlfFree = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();

describe('sendItem over SMTP', () => {
  it('delivers the thank-you draft once and logs it as the touch that ends the item', async () => {
    const item = await itemOf('thank-you:acme:i1:jane');
    const before = await touchesOf('acme');

    const result = await sendItem(ctx, { item: item.id });

    expect(result.sent).toBe(true);
    expect(result.raw).toBeNull();
    expect(result.to).toBe('jane@acme.example');
    expect(peer.messages).toHaveLength(1);
    const received = peer.messages[0]!;
    expect(received.user).toBe('sam');
    expect(received.from).toBe('sam@example.com');
    expect(received.to).toEqual(['jane@acme.example']);
    const parsed = await PostalMime.parse(received.raw);
    expect(parsed.from).toMatchObject({ name: 'Sam Lee', address: 'sam@example.com' });
    expect(parsed.to?.map((a) => a.address)).toEqual(['jane@acme.example']);
    expect(parsed.subject).toBe(item.draft.subject);
    expect(crlfFree(parsed.text ?? '')).toBe(crlfFree(item.draft.body));
    expect(parsed.messageId).toBe(result.messageId);
    expect(parsed.date && Date.parse(parsed.date)).toBe(NOW.epochMilliseconds);

    expect(result.loggedTouches).toHaveLength(1);
    const after = await touchesOf('acme');
    expect(after).toHaveLength(before.length + 1);
    const logged = after.find((t) => t.id === result.loggedTouches[0]);
    expect(logged).toMatchObject({
      direction: 'out',
      channel: 'email',
      purpose: 'thank-you',
      interviewId: 'i1',
      contactId: 'jane',
      subject: item.draft.subject,
      messageId: result.messageId,
    });
    expect(Temporal.Instant.from(logged!.at).equals(NOW)).toBe(true);

    const open = (await agenda(ctx, { all: true })).items.map((i) => i.id);
    expect(open).not.toContain('thank-you:acme:i1:jane');
    await expect(sendItem(ctx, { item: item.id })).rejects.toMatchObject({ code: 'item_not_found' });
    expect(peer.messages).toHaveLength(1);
  });

  it("threads onto the employer's last message with In-Reply-To and References", async () => {
    const result = await sendItem(ctx, { item: 'thank-you:acme:i1:jane' });
    const parsed = await PostalMime.parse(peer.messages[0]!.raw);
    expect(parsed.inReplyTo).toBe('<logistics-2@acme.example>');
    const references = (parsed.references ?? '').split(/\s+/).filter(Boolean);
    expect(references.at(-1)).toBe('<logistics-2@acme.example>');
    expect(references).toContain('<invite-1@acme.example>');
    expect(references).not.toContain(result.messageId);
  });

  it('starts a new thread when nothing has been read from them', async () => {
    await sendItem(ctx, { item: 'thank-you:initech:i1:bill' });
    expect(peer.messages).toHaveLength(1);
    const parsed = await PostalMime.parse(peer.messages[0]!.raw);
    expect(parsed.inReplyTo).toBeUndefined();
    expect(parsed.references).toBeUndefined();
    expect(parsed.to?.map((a) => a.address)).toEqual(['bill@initech.example']);
  });

  it('still sends when a stored Message-ID is not one a header can carry', async () => {
    // Some mailers write ids without a domain (<20261119.4471>); reading mail keeps them as written.
    await store.putTouch('initech', {
      id: 't9',
      at: '2026-11-19T12:00:00-05:00',
      direction: 'in',
      channel: 'email',
      kind: 'reply',
      decisionBy: null,
      contactId: 'bill',
      interviewId: null,
      subject: 'Thanks for coming in',
      body: null,
      messageId: '<20261119.4471>',
    });
    // A message that had no Message-ID is kept under a hash of its headers, which the employer never saw.
    await store.putTouch('initech', {
      id: 't10',
      at: '2026-11-19T13:00:00-05:00',
      direction: 'in',
      channel: 'email',
      kind: 'reply',
      decisionBy: null,
      contactId: 'bill',
      interviewId: null,
      subject: 'Parking',
      body: null,
      messageId: '<sha256-0123456789abcdef0123456789abcdef01234567@afterview.invalid>',
    });
    const result = await sendItem(ctx, { item: 'thank-you:initech:i1:bill' });
    expect(result.sent).toBe(true);
    expect(peer.messages).toHaveLength(1);
    const parsed = await PostalMime.parse(peer.messages[0]!.raw);
    expect(parsed.messageId).toBe(result.messageId);
    expect(parsed.inReplyTo).toBeUndefined();
    expect(parsed.references).toBeUndefined();
  });

  it('dry run: returns the exact message and sends and logs nothing', async () => {
    const item = await itemOf('thank-you:acme:i1:jane');
    const before = JSON.stringify(await store.exportDocument());

    const result = await sendItem(ctx, { item: item.id, dryRun: true });

    expect(result.sent).toBe(false);
    expect(result.loggedTouches).toEqual([]);
    expect(result.raw).not.toBeNull();
    const raw = result.raw!;
    expect(raw).toMatch(/^From: Sam Lee <sam@example\.com>\r$/m);
    expect(raw).toMatch(/^To: jane@acme\.example\r$/m);
    expect(raw).toContain(`Message-ID: ${result.messageId}\r\n`);
    expect(raw).toContain('In-Reply-To: <logistics-2@acme.example>\r\n');
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(item.draft.subject);
    expect(crlfFree(parsed.text ?? '')).toBe(crlfFree(item.draft.body));
    expect(result.mailto).toMatch(/^mailto:jane@acme\.example\?/);

    expect(peer.messages).toHaveLength(0);
    expect(JSON.stringify(await store.exportDocument())).toBe(before);
    expect((await agenda(ctx, { all: true })).items.map((i) => i.id)).toContain(item.id);
  });

  it('refuses a status check inside the weekly gap, naming the day it is fine from; --anyway sends it', async () => {
    // A check-in went out two days ago (Wednesday the 18th): the next one is fine from Wednesday the 25th.
    await logSent(ctx, {
      opportunity: 'globex',
      purpose: 'status-check',
      to: 'raj',
      at: Temporal.ZonedDateTime.from('2026-11-18T10:00:00-05:00[America/New_York]'),
    });
    const item = await itemOf('status-check:globex:2026-11-19');
    const before = await touchesOf('globex');

    const refused = await thrown(sendItem(ctx, { item: item.id }));
    expect(refused.code).toBe('check_in_too_soon');
    expect(refused.line).toContain('2026-11-25');
    expect(refused.message).toMatch(/November 25/);
    expect(peer.messages).toHaveLength(0);
    expect(await touchesOf('globex')).toEqual(before);

    const sent = await sendItem(ctx, { item: item.id, anyway: true });
    expect(sent.sent).toBe(true);
    expect(peer.messages).toHaveLength(1);
    expect(peer.messages[0]!.to).toEqual(['raj@globex.example']);
    const logged = (await touchesOf('globex')).find((t) => t.id === sent.loggedTouches[0]);
    expect(logged).toMatchObject({ direction: 'out', purpose: 'status-check', messageId: sent.messageId });
  });

  it('a wrong SMTP password gives smtp_auth_failed without the password, and logs nothing', async () => {
    const wrong = 'hunter2-Wrong!';
    const bad: AppContext = { ...ctx, smtpUrl: peer.url('sam', wrong) };
    const before = await touchesOf('acme');

    const error = await thrown(sendItem(bad, { item: 'thank-you:acme:i1:jane' }));

    expect(error.code).toBe('smtp_auth_failed');
    const shown = `${error.message} ${error.hint ?? ''} ${JSON.stringify(error.details ?? null)}`;
    for (const secret of [wrong, encodeURIComponent(wrong), Buffer.from(wrong).toString('base64')])
      expect(shown).not.toContain(secret);
    expect(peer.messages).toHaveLength(0);
    expect(await touchesOf('acme')).toEqual(before);
  });

  it('without an SMTP account: not_configured, nothing logged', async () => {
    const bare: AppContext = { ...ctx, smtpUrl: null };
    const error = await thrown(sendItem(bare, { item: 'thank-you:acme:i1:jane' }));
    expect(error.code).toBe('not_configured');
    expect(error.line).toContain('smtp.url');
    expect(await touchesOf('acme')).toHaveLength(2);
  });

  it('uses the account saved in the home when the environment has none', async () => {
    const { writeSecrets, secretsPath } = await import('../../src/app/secrets.js');
    writeSecrets(home, { 'smtp.url': peer.url('sam', PASSWORD) });
    expect(readFileSync(secretsPath(home), 'utf8')).toContain('smtp://');
    const result = await sendItem({ ...ctx, smtpUrl: null }, { item: 'thank-you:acme:i1:jane' });
    expect(result.sent).toBe(true);
    expect(peer.messages).toHaveLength(1);
  });

  it('refuses a contact address edited to inject a header, and sends nothing', async () => {
    await store.putContact('acme', {
      id: 'jane',
      name: 'Jane Doe',
      email: 'jane@acme.example\r\nBcc: leak@evil.example',
      title: 'Hiring manager',
    });
    const before = await touchesOf('acme');

    const error = await thrown(sendItem(ctx, { item: 'thank-you:acme:i1:jane' }));

    expect(['invalid_recipient', 'invalid_header']).toContain(error.code);
    expect(peer.messages).toHaveLength(0);
    expect(await touchesOf('acme')).toEqual(before);
    // A dry run refuses it too: no message text is ever made with the injected line.
    const dry = await thrown(sendItem(ctx, { item: 'thank-you:acme:i1:jane', dryRun: true }));
    expect(['invalid_recipient', 'invalid_header']).toContain(dry.code);
  });

  it('refuses CR/LF in a given recipient or subject', async () => {
    const to = await thrown(
      sendItem(ctx, { item: 'thank-you:acme:i1:jane', to: 'jane@acme.example\nBcc: leak@evil.example' }),
    );
    expect(to.code).toBe('invalid_recipient');
    const subject = await thrown(
      sendItem(ctx, { item: 'thank-you:acme:i1:jane', subject: 'Thank you\r\nBcc: leak@evil.example' }),
    );
    expect(subject.code).toBe('invalid_header');
    expect(peer.messages).toHaveLength(0);
    expect(await touchesOf('acme')).toHaveLength(2);
  });
});
