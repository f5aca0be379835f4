/**
 * `afterview connect gmail|outlook ADDRESS --oauth` through the built CLI,
 * against real parts: a small OAuth 2.0 provider of the test's own on
 * loopback (test/oauth-provider.ts), Dovecot checking each XOAUTH2 token at
 * that provider's introspection endpoint, and an SMTP peer doing the same.
 * The browser's part is plain HTTP requests following the redirect.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpSenderFor } from '../../src/app/mail-oauth.js';
import { composeMessage } from '../../src/mail/send/compose.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { startOAuthProvider, type TestOAuthProvider } from '../oauth-provider.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';
import { CLI, type CliResult, cli, cliEnv, ensureBuilt, freshHome, ROOT } from './cli-runner.js';

const ADDRESS = 'sam@example.com';

beforeAll(() => ensureBuilt(), 60_000);

/** The CLI in the background; `onErr` sees its standard error as it comes (the sign-in address, the code). */
function cliAsync(
  home: string,
  args: string[],
  env: Record<string, string>,
  onErr: (text: string) => void = () => {},
): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cliEnv(home, undefined, env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
      onErr(stderr);
    });
    child.stdin.end('');
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const message = (subject: string) =>
  Buffer.from(
    `From: Jane Doe <jane@acme.example>\r\nTo: ${ADDRESS}\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@acme.example>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\nThanks for coming in.\r\n`,
  );

describe.runIf(dovecotAvailable())('connect --oauth', () => {
  let provider: TestOAuthProvider;
  let dovecot: Dovecot;
  let peer: SmtpPeer;
  beforeAll(async () => {
    provider = await startOAuthProvider({ user: ADDRESS, clientSecret: 'not-so-secret' });
    dovecot = await startDovecot({ user: ADDRESS, oauth2: { introspectionUrl: provider.endpoints.introspect } });
    peer = await startSmtpPeer({
      users: {},
      oauth: async (user, token) => user === ADDRESS && provider.isActive(token),
    });
  }, 30_000);
  afterAll(async () => {
    await dovecot?.stop();
    await peer?.close();
    await provider?.close();
  });

  const env = () => ({
    AFTERVIEW_OAUTH_AUTHORIZE_URL: provider.endpoints.authorize,
    AFTERVIEW_OAUTH_TOKEN_URL: provider.endpoints.token,
    AFTERVIEW_OAUTH_DEVICE_URL: provider.endpoints.device,
  });
  const servers = () => [
    '--imap-host',
    '127.0.0.1',
    '--imap-port',
    String(dovecot.port),
    '--smtp-host',
    '127.0.0.1',
    '--smtp-port',
    String(peer.port),
  ];
  const secretsOf = (home: string) =>
    JSON.parse(readFileSync(join(home, 'secrets.json'), 'utf8')) as Record<string, string>;
  const printed = (home: string, ...runs: CliResult[]) =>
    runs.map((r) => r.stdout + r.stderr).join('\n') +
    cli(home, ['export']).stdout +
    cli(home, ['config', 'get']).stdout;

  /** Connects with the browser flow, the browser being two plain requests; the access tokens live `accessTtlSec`. */
  async function connectWithBrowser(home: string, accessTtlSec = 3600): Promise<CliResult> {
    provider.accessTtlSec = accessTtlSec;
    let browsed: Promise<string> | null = null;
    const run = cliAsync(
      home,
      [
        'connect',
        'gmail',
        ADDRESS,
        '--oauth',
        '--client-id',
        provider.clientId,
        '--client-secret',
        'not-so-secret',
        '--no-browser',
        ...servers(),
      ],
      env(),
      (err) => {
        const url = /(http:\/\/127\.0\.0\.1:\d+\/authorize\?\S+)/.exec(err)?.[1];
        if (!url || browsed) return;
        browsed = (async () => {
          const authorize = await fetch(url, { redirect: 'manual' });
          const location = authorize.headers.get('location') ?? '';
          expect(authorize.status).toBe(302);
          const back = await fetch(location);
          return `${back.status} ${await back.text()}`;
        })();
      },
    );
    const result = await run;
    provider.accessTtlSec = 3600;
    expect(browsed).not.toBeNull();
    expect(await browsed).toMatch(/^200 .*Signed in/);
    return result;
  }

  it('signs in through the loopback redirect with PKCE, then reads mail over IMAP with XOAUTH2', async () => {
    const home = freshHome();
    const connected = await connectWithBrowser(home);
    expect(connected.code, connected.stderr).toBe(0);
    expect(provider.grants.at(-1)).toBe('authorization_code');
    const saved = secretsOf(home);
    expect(saved['imap.url']).toBe(`imap://sam%40example.com@127.0.0.1:${dovecot.port}`);
    expect(saved['oauth.refresh_token']).toBeTruthy();

    await dovecot.append('INBOX', message('Interview follow-up one'));
    const synced = await cliAsync(home, ['sync', 'imap', '--json'], {});
    expect(synced.code, synced.stderr).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ failed: 0 });
    expect(JSON.parse(synced.stdout).messages.map((m: { source: string }) => m.source)).toContain('imap:INBOX/1');

    // No token in anything printed: the runs, the export, the settings.
    const out = printed(home, connected, synced);
    for (const token of provider.issued) expect(out).not.toContain(token);
  }, 60_000);

  it('sends over SMTP with XOAUTH2, refreshing an expired access token first', async () => {
    const home = freshHome();
    expect((await connectWithBrowser(home, 1)).code).toBe(0);
    const first = secretsOf(home);
    await new Promise((r) => setTimeout(r, 1200));
    expect(provider.isActive(first['oauth.access_token']!)).toBe(false);

    const url = first['smtp.url']!;
    const sender = await smtpSenderFor({ home }, url);
    const composed = await composeMessage({
      from: { name: 'Sam', email: ADDRESS },
      to: 'jane@acme.example',
      subject: 'Thank you',
      body: 'Thanks for today.',
      messageIdDomain: 'example.com',
      now: Temporal.Instant.from('2026-11-26T14:00:00Z'),
    });
    await sender.send(composed);
    expect(peer.messages.at(-1)?.user).toBe(ADDRESS);
    expect(provider.grants.at(-1)).toBe('refresh_token');
    const after = secretsOf(home);
    expect(after['oauth.access_token']).not.toBe(first['oauth.access_token']);
    // The provider rotates refresh tokens: the new one is what is kept.
    expect(after['oauth.refresh_token']).not.toBe(first['oauth.refresh_token']);
    expect(provider.isActive(after['oauth.access_token']!)).toBe(true);
  }, 60_000);

  it('signs in to Outlook with the device code, entered elsewhere', async () => {
    const home = freshHome();
    let approved = false;
    const r = await cliAsync(
      home,
      [
        'connect',
        'outlook',
        ADDRESS,
        '--oauth',
        '--client-id',
        provider.clientId,
        '--device-code',
        '--json',
        ...servers(),
      ],
      // The client's secret may come from the environment instead of a flag.
      { ...env(), AFTERVIEW_OAUTH_CLIENT_SECRET: 'not-so-secret' },
      (err) => {
        const code = /enter the code (\S+)/.exec(err)?.[1];
        if (code && !approved) {
          approved = true;
          setTimeout(() => provider.approveDevice(code), 1500);
        }
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/visit http:\/\/127\.0\.0\.1:\d+\/device-login and enter the code [0-9A-F]{8}/);
    expect(JSON.parse(r.stdout)).toMatchObject({ provider: 'outlook' });
    expect(provider.grants.filter((g) => g.endsWith('device_code')).length).toBeGreaterThanOrEqual(2);
    expect(secretsOf(home)['oauth.provider']).toBe('outlook');
  }, 60_000);

  it('a revoked grant is one line saying to connect again, exit 3, nothing printed of the tokens', async () => {
    // One account whose access token is still fresh (the IMAP server refuses it), one whose token has expired (the refresh is refused).
    const fresh = freshHome();
    expect((await connectWithBrowser(fresh)).code).toBe(0);
    const expired = freshHome();
    expect((await connectWithBrowser(expired, 1)).code).toBe(0);
    provider.revokeAll();
    await new Promise((r) => setTimeout(r, 1200));
    for (const [home, service] of [
      [fresh, 'the IMAP server refused'],
      [expired, 'the sign-in with Gmail was revoked or has expired'],
    ] as const) {
      const r = await cliAsync(home, ['sync', 'imap'], {});
      expect(r.code).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(service);
      expect(lines[0]).toContain('sign in again: `afterview connect gmail|outlook ADDRESS --oauth --client-id ID`');
      const out = printed(home, r);
      for (const token of provider.issued) expect(out).not.toContain(token);
    }

    // `serve` watching that account says what to do in its mail status, for the web app's banner.
    const server = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: ROOT, env: cliEnv(expired) });
    try {
      let said = '';
      server.stderr.on('data', (d) => {
        said += String(d);
      });
      const base = await new Promise<string>((resolve) => {
        let out = '';
        server.stdout.on('data', (d) => {
          out += String(d);
          const at = /running at (http:\/\/\S+?)\/?(\s|$)/.exec(out)?.[1];
          if (at) resolve(at);
        });
      });
      let status: { state?: string; lastError?: { message: string } | null } = {};
      for (let i = 0; i < 100 && status.state !== 'reconnect'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await (await fetch(`${base}/api/mail/status`)).json()) as typeof status;
      }
      expect(status.state).toBe('reconnect');
      expect(status.lastError?.message).toContain('revoked or has expired');
      for (const token of provider.issued) expect(said + JSON.stringify(status)).not.toContain(token);
    } finally {
      server.kill();
    }
  }, 60_000);
});

describe('connect --oauth refuses', () => {
  it('no client id, Google without its secret, a provider without sign-in: one line, exit 2, nothing saved', () => {
    const home = freshHome();
    for (const [args, said] of [
      [['gmail', ADDRESS, '--oauth'], '--client-id: --oauth needs the id of your own OAuth client'],
      [['gmail', ADDRESS, '--oauth', '--client-id', 'x'], 'Gmail needs the client secret of your OAuth client'],
      [['icloud', ADDRESS, '--oauth', '--client-id', 'x'], 'signing in works with gmail and outlook (got "icloud")'],
      [['outlook', ADDRESS, '--oauth', '--client-id', 'x', '--tenant', 'mine'], 'no Microsoft tenant "mine"'],
    ] as const) {
      const r = cli(home, ['connect', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(said);
    }
    expect(existsSync(join(home, 'secrets.json'))).toBe(false);
  });
});
