import { createServer } from 'node:net';
import PostalMime from 'postal-mime';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpPeer, type SmtpPeerOptions, startSmtpPeer } from '../../../test/smtp-peer.js';
import { type ComposeInput, composeMessage } from './compose.js';
import { SendError } from './send-error.js';
import { createSmtpSender, parseSmtpUrl, redactUrl, requiresStartTls } from './smtp-sender.js';

const PASSWORD = 'S3cret p@ss:word/%';
const input: ComposeInput = {
  from: { name: 'Sam Lee', email: 'sam@example.com' },
  to: 'jane@acme.example',
  subject: 'Checking in on the backend role',
  body: 'Hi Jane,\nany news on the timeline?\n\nSam',
  inReplyTo: '<abc@acme.example>',
  references: ['<root@acme.example>'],
  messageIdDomain: 'example.com',
  now: Temporal.Instant.from('2026-12-01T14:30:00Z'),
};

let peer: SmtpPeer | null = null;
afterEach(async () => {
  await peer?.close();
  peer = null;
});

async function start(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  peer = await startSmtpPeer({ users: { sam: PASSWORD }, ...options });
  return peer;
}

async function failure(promise: Promise<unknown>): Promise<SendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SendError) return error;
    throw error;
  }
  throw new Error('expected a SendError');
}

/** Every textual form the error could leak through. */
function everything(error: SendError): string {
  return [error.message, String(error), error.stack ?? '', JSON.stringify(error), JSON.stringify({ ...error })].join(
    '\n',
  );
}

describe('createSmtpSender', () => {
  it('delivers the composed bytes, threaded, to a real SMTP server after logging in', async () => {
    const p = await start();
    const message = await composeMessage(input);
    const result = await createSmtpSender(p.url('sam', PASSWORD)).send(message);

    expect(result).toEqual({ messageId: message.messageId, accepted: ['jane@acme.example'] });
    expect(p.messages).toHaveLength(1);
    const got = p.messages[0]!;
    expect(got.user).toBe('sam');
    expect(got.from).toBe('sam@example.com');
    expect(got.to).toEqual(['jane@acme.example']);
    expect(got.raw.toString('utf8')).toBe(message.raw);

    const parsed = await PostalMime.parse(got.raw);
    expect(parsed.messageId).toBe(message.messageId);
    expect(parsed.inReplyTo).toBe('<abc@acme.example>');
    expect(parsed.references).toBe('<root@acme.example> <abc@acme.example>');
    expect(parsed.subject).toBe('Checking in on the backend role');
    expect(parsed.from).toMatchObject({ name: 'Sam Lee', address: 'sam@example.com' });
    expect(parsed.to).toEqual([{ name: '', address: 'jane@acme.example' }]);
    expect(parsed.date).toBe('2026-12-01T14:30:00.000Z');
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe('Hi Jane,\nany news on the timeline?\n\nSam');
  });

  it('upgrades with STARTTLS when the server offers it', async () => {
    const p = await start({ starttls: true });
    const sender = createSmtpSender(p.url('sam', PASSWORD), { tls: { rejectUnauthorized: false } });
    await sender.send(await composeMessage(input));
    expect(p.messages[0]?.secure).toBe(true);
  });

  it('speaks TLS from the start for smtps://', async () => {
    const p = await start({ secure: true });
    expect(p.url('sam', PASSWORD)).toMatch(/^smtps:/);
    const sender = createSmtpSender(p.url('sam', PASSWORD), { tls: { rejectUnauthorized: false } });
    await sender.send(await composeMessage(input));
    expect(p.messages[0]?.secure).toBe(true);
  });

  it('refuses a certificate it cannot verify, as unreachable', async () => {
    const p = await start({ starttls: true });
    const error = await failure(createSmtpSender(p.url('sam', PASSWORD)).send(await composeMessage(input)));
    expect(error.code).toBe('smtp_unreachable');
    expect(p.messages).toHaveLength(0);
  });

  it('reports a wrong password as smtp_auth_failed without ever showing the password', async () => {
    const p = await start({ users: { sam: 'the right one' } });
    const error = await failure(createSmtpSender(p.url('sam', PASSWORD)).send(await composeMessage(input)));
    expect(error.code).toBe('smtp_auth_failed');
    expect(error.smtpResponseCode).toBe(535);
    expect(error.message).toContain(`smtp://sam:***@127.0.0.1:${p.port}`);
    const text = everything(error);
    for (const form of [PASSWORD, encodeURIComponent(PASSWORD), Buffer.from(PASSWORD).toString('base64')]) {
      expect(text).not.toContain(form);
    }
    expect(p.messages).toHaveLength(0);
  });

  it('reports a refused recipient as smtp_rejected', async () => {
    const p = await start({ refuseRecipients: ['jane@acme.example'] });
    const error = await failure(createSmtpSender(p.url('sam', PASSWORD)).send(await composeMessage(input)));
    expect(error.code).toBe('smtp_rejected');
    expect(error.smtpResponseCode).toBe(550);
    expect(everything(error)).not.toContain(PASSWORD);
  });

  it('never signs in without TLS where TLS is required: the peer offers no STARTTLS and sees no password', async () => {
    const p = await start();
    const sender = createSmtpSender(p.url('sam', PASSWORD), { requireTls: true });
    const error = await failure(sender.send(await composeMessage(input)));
    expect(error.code).toBe('smtp_tls_required');
    expect(error.message).toMatch(/no encryption \(STARTTLS\).*smtps:\/\/.*\?insecure=1/);
    expect(everything(error)).not.toContain(PASSWORD);
    expect(p.messages).toHaveLength(0);
    expect(p.logins).toEqual([]);
    // The same peer takes the login when TLS is not required (loopback's default).
    await createSmtpSender(p.url('sam', PASSWORD)).send(await composeMessage(input));
    expect(p.logins).toEqual(['sam']);
  });

  it('requires TLS by default for a server beyond this machine, not for loopback, smtps:// or ?insecure=1', () => {
    expect(requiresStartTls(parseSmtpUrl('smtp://sam:pw@mail.example.com:587'))).toBe(true);
    expect(requiresStartTls(parseSmtpUrl('smtp://sam:pw@127.0.0.1:2525'))).toBe(false);
    expect(requiresStartTls(parseSmtpUrl('smtp://sam:pw@localhost:2525'))).toBe(false);
    expect(requiresStartTls(parseSmtpUrl('smtp://sam:pw@mail.example.com:25?insecure=1'))).toBe(false);
    expect(requiresStartTls(parseSmtpUrl('smtps://sam:pw@mail.example.com'))).toBe(false);
  });

  it('reports a closed port as smtp_unreachable, password redacted', async () => {
    const port = await freePort();
    const url = `smtp://sam:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`;
    const error = await failure(createSmtpSender(url).send(await composeMessage(input)));
    expect(error.code).toBe('smtp_unreachable');
    expect(error.message).toContain(`smtp://sam:***@127.0.0.1:${port}`);
    expect(everything(error)).not.toContain(encodeURIComponent(PASSWORD));
    expect(everything(error)).not.toContain(PASSWORD);
  });
});

describe('parseSmtpUrl', () => {
  it('reads STARTTLS submission with defaults and decodes credentials', () => {
    expect(parseSmtpUrl('smtp://sam%40example.com:p%40ss@mail.example.com')).toEqual({
      secure: false,
      host: 'mail.example.com',
      port: 587,
      user: 'sam@example.com',
      pass: 'p@ss',
      insecure: false,
    });
  });

  it('reads the explicit opt-out from TLS, and refuses a malformed one', () => {
    expect(parseSmtpUrl('smtp://u:p@mail.example.com:25?insecure=1')).toMatchObject({ insecure: true, port: 25 });
    expect(() => parseSmtpUrl('smtp://u:p@mail.example.com?insecure=maybe')).toThrow(/insecure= takes 1/);
  });

  it('reads implicit TLS with its default port, and IPv6 hosts', () => {
    expect(parseSmtpUrl('smtps://u:p@[::1]')).toMatchObject({ secure: true, host: '::1', port: 465 });
  });

  it('allows an account without login', () => {
    expect(parseSmtpUrl('smtp://127.0.0.1:2525')).toMatchObject({ user: null, pass: null, port: 2525 });
  });

  it('refuses other schemes and junk, without echoing the password', () => {
    for (const url of ['imaps://sam:hunter2@mail.example.com', 'http://sam:hunter2@x', 'not a url hunter2']) {
      let error: unknown;
      try {
        parseSmtpUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SendError);
      expect((error as SendError).code).toBe('invalid_smtp_url');
      if (url.includes('@')) expect((error as SendError).message).not.toContain('hunter2');
    }
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('smtp://user:pass@host:587')).toBe('smtp://user:***@host:587');
    expect(redactUrl('smtps://sam%40example.com:p%40ss@mail.example.com')).toBe(
      'smtps://sam%40example.com:***@mail.example.com',
    );
    expect(redactUrl('imaps://u:secret@imap.example.com:993')).toBe('imaps://u:***@imap.example.com:993');
  });

  it('leaves a URL without a password as it is', () => {
    expect(redactUrl('smtp://host:25')).toBe('smtp://host:25');
  });

  it('redacts text that URL cannot parse', () => {
    expect(redactUrl('smtp://user:pa ss@ho st:587')).toBe('smtp://user:***@ho st:587');
  });
});

/** A loopback port with nothing listening: bind, read the port, close. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
