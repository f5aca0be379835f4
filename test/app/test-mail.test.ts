/**
 * `test_mail` (POST /api/mail/test) against a real Dovecot and a real SMTP
 * peer: the right app password signs in to both; a wrong one is one line
 * per server saying it was refused, with neither the password nor its
 * base64 forms in it; a server that does not answer is one line too, well
 * within the timeout; no password at all is `invalid_input`; nothing is saved.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectInput, testMail } from '../../src/app/commands/connect-mail.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';

const ADDRESS = 'sam@example.com';
const WRONG = 'Wrong-pass:with@odd chars';

describe.skipIf(!dovecotAvailable())('test_mail', () => {
  let dovecot: Dovecot;
  let smtp: SmtpPeer;
  let silent: Server;
  let silentPort = 0;

  beforeAll(async () => {
    dovecot = await startDovecot({ user: ADDRESS });
    smtp = await startSmtpPeer({ users: { [ADDRESS]: dovecot.pass } });
    // Accepts connections and never says a word: a server that hangs.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  }, 60_000);

  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    silent?.close();
  });

  const account = (password: string | null, ports?: { imap: number; smtp: number }): ConnectInput => ({
    provider: 'other',
    address: ADDRESS,
    password,
    imapHost: '127.0.0.1',
    imapPort: ports?.imap ?? dovecot.port,
    smtpHost: '127.0.0.1',
    smtpPort: ports?.smtp ?? smtp.port,
  });

  it('signs in to both servers with the right password', async () => {
    const r = await testMail(account(dovecot.pass));
    expect(r).toEqual({
      ok: true,
      imap: {
        ok: true,
        server: `127.0.0.1:${dovecot.port}`,
        message: `Reading (IMAP): signed in to 127.0.0.1:${dovecot.port}.`,
      },
      smtp: {
        ok: true,
        server: `127.0.0.1:${smtp.port}`,
        message: `Sending (SMTP): signed in to 127.0.0.1:${smtp.port}.`,
      },
    });
    expect(smtp.messages).toEqual([]);
  });

  it('says in one line per server that a wrong password was refused, never echoing it', async () => {
    const r = await testMail(account(WRONG));
    expect(r.ok).toBe(false);
    expect(r.imap?.message).toMatch(/^Reading \(IMAP\): 127\.0\.0\.1:\d+ refused the address or app password/);
    expect(r.smtp.message).toMatch(/^Sending \(SMTP\): 127\.0\.0\.1:\d+ refused the login/);
    const said = JSON.stringify(r);
    for (const secret of [WRONG, encodeURIComponent(WRONG), Buffer.from(WRONG).toString('base64'), 'Wrong-pass']) {
      expect(said).not.toContain(secret);
    }
    for (const line of [r.imap?.message ?? '', r.smtp.message]) expect(line).not.toMatch(/\n/);
  });

  it('says a server that does not answer could not be reached, within the timeout', async () => {
    const started = Date.now();
    const r = await testMail(account(dovecot.pass, { imap: silentPort, smtp: silentPort }));
    expect(Date.now() - started).toBeLessThan(14_000);
    expect(r.ok).toBe(false);
    expect(r.imap?.message).toMatch(/^Reading \(IMAP\): could not reach 127\.0\.0\.1:\d+/);
    expect(r.smtp.message).toMatch(/^Sending \(SMTP\): /);
    expect(r.smtp.ok).toBe(false);
  }, 20_000);

  it('refuses a test without a password', async () => {
    await expect(testMail(account(null))).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
