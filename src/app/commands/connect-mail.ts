/**
 * `connect`: a mail account from a provider preset (src/mail/providers.ts)
 * and an app password, or from the hosts of any other provider. It writes
 * the same `imap.url` and `smtp.url` settings `config set` does (checked
 * the same way), and the seeker's own address when none is set yet.
 */

import { imapClient } from '../../mail/imap-source.js';
import { oauthPreset } from '../../mail/oauth/oauth-providers.js';
import { accountUrl, MAIL_PROVIDERS, type MailServer, mailProvider } from '../../mail/providers.js';
import { redactUrl, scrub, verifySmtp } from '../../mail/send/smtp-sender.js';
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { grantSecrets, type MailGrant, withoutGrant } from '../mail-oauth.js';
import { settingsOf } from '../seeker-settings.js';
import { parseImapUrl } from './imap-sync.js';
import { setConfig } from './settings.js';

export interface ConnectInput {
  /** A preset's id, or `other`. */
  provider: string;
  address: string;
  /** The app password; absent when the account signed in with its provider (`oauth`). */
  password?: string | null;
  /** The provider's grant (gmail, outlook): the account signs in with XOAUTH2 and its URLs carry no password. */
  oauth?: MailGrant | null;
  /** For `other`: the servers (ports default to 993 and 587). */
  imapHost?: string | null;
  imapPort?: number | null;
  smtpHost?: string | null;
  smtpPort?: number | null;
}

export interface ConnectResult {
  provider: string;
  /** The saved URLs, passwords hidden; imap null when the provider cannot be read with a password. */
  imapUrl: string | null;
  smtpUrl: string;
  /** Whether the seeker's own address was set from this one. */
  emailSet: boolean;
  /** What to know next (Outlook: reading mail needs its sign-in). */
  note: string | null;
}

/** The presets, for a picker: id, label, servers and where to make an app password. */
export function listMailProviders() {
  return MAIL_PROVIDERS.map((p) => ({ ...p }));
}

/**
 * Saves the account. Throws `invalid_input` for an unknown provider or, for
 * `other`, missing hosts, and `invalid_setting` for what `config set` refuses.
 */
export async function connectMail(ctx: AppContext, input: ConnectInput): Promise<ConnectResult> {
  if (input.oauth) return connectSignedIn(ctx, input, input.oauth);
  if (!input.password) {
    throw new AppError('invalid_input', 'password: give the app password', { details: { field: 'password' } });
  }
  const { imap, smtp, id } = serversOf(input);
  // Providers show app passwords in groups ("abcd efgh ..."); the spaces are not part of it.
  const password = id === 'other' ? input.password : input.password.replace(/\s+/g, '');
  // A password account replaces a provider sign-in: its grant would otherwise linger unused.
  await settingsOf(ctx).secrets.update(withoutGrant);
  const smtpSaved = await setConfig(ctx, { key: 'smtp.url', value: accountUrl('smtp', smtp, input.address, password) });
  const imapSaved = imap
    ? await setConfig(ctx, { key: 'imap.url', value: accountUrl('imap', imap, input.address, password) })
    : null;
  const profile = await ctx.store.getProfile();
  const emailSet = !profile.email;
  if (emailSet) await setConfig(ctx, { key: 'email', value: input.address });
  return {
    provider: id,
    imapUrl: imapSaved ? String(imapSaved.value) : null,
    smtpUrl: String(smtpSaved.value),
    emailSet,
    note: imap
      ? null
      : 'sending is set up; reading this mailbox needs the provider sign-in, which a password cannot do',
  };
}

/** One server's answer to a test: signed in, or why not in one line (never the password). */
export interface ServerCheck {
  ok: boolean;
  /** `imap.example.com:993`. */
  server: string;
  message: string;
}

export interface TestMailResult {
  /** Both servers let the address sign in (reading is skipped where the provider cannot be read with a password). */
  ok: boolean;
  imap: ServerCheck | null;
  smtp: ServerCheck;
}

/** How long each server gets to answer and sign in during a test. */
const TEST_TIMEOUT_MS = 10_000;

/**
 * Connects to the account's IMAP and SMTP servers and signs in with the app
 * password, reading and sending nothing and saving nothing: "Test
 * connection" before `connect_mail`. Throws `invalid_input` as
 * `connectMail` does; a refused sign-in or an unreachable server is an
 * answer (`ok: false`), not an error.
 */
export async function testMail(input: ConnectInput): Promise<TestMailResult> {
  if (!input.password) {
    throw new AppError('invalid_input', 'password: give the app password', { details: { field: 'password' } });
  }
  const { imap, smtp, id } = serversOf(input);
  const password = id === 'other' ? input.password : input.password.replace(/\s+/g, '');
  const secret = { user: input.address, pass: password };
  const [imapCheck, smtpCheck] = await Promise.all([
    imap ? checkImap(accountUrl('imap', imap, input.address, password), secret) : Promise.resolve(null),
    checkSmtp(accountUrl('smtp', smtp, input.address, password), secret),
  ]);
  return { ok: smtpCheck.ok && (imapCheck === null || imapCheck.ok), imap: imapCheck, smtp: smtpCheck };
}

async function checkImap(url: string, secret: { user: string; pass: string }): Promise<ServerCheck> {
  const account = parseImapUrl(url);
  const server = `${account.host}:${account.port}`;
  const client = imapClient(account);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, server, message: `Reading (IMAP): signed in to ${server}.` };
  } catch (error) {
    const e = error as { authenticationFailed?: unknown; responseText?: unknown; message?: unknown; code?: unknown };
    if (e.authenticationFailed) {
      const text = typeof e.responseText === 'string' ? scrub(e.responseText, secret).replace(/[.\s]+$/, '') : '';
      const said = text === '' ? '' : ` (${text})`;
      return {
        ok: false,
        server,
        message: `Reading (IMAP): ${server} refused the address or app password${said}. Check both and try again.`,
      };
    }
    const why = scrub(typeof e.message === 'string' ? e.message : String(error), secret);
    return {
      ok: false,
      server,
      message: `Reading (IMAP): could not reach ${server} (${why}). Check the host and port.`,
    };
  } finally {
    clearTimeout(timer);
    await client.logout().catch(() => client.close());
  }
}

async function checkSmtp(url: string, secret: { user: string; pass: string }): Promise<ServerCheck> {
  const server = redactUrl(url).replace(/^.*@/, '');
  try {
    await verifySmtp(url, { connectionTimeoutMs: TEST_TIMEOUT_MS, socketTimeoutMs: TEST_TIMEOUT_MS });
    return { ok: true, server, message: `Sending (SMTP): signed in to ${server}.` };
  } catch (error) {
    // The sender names the account by its URL (password hidden); here the server is enough.
    const message = scrub(error instanceof Error ? error.message : String(error), secret)
      .split(redactUrl(url))
      .join(server);
    return { ok: false, server, message: `Sending (SMTP): ${message}` };
  }
}

/** Saves an account signed in with its provider: URLs without a password, and the grant beside them. */
async function connectSignedIn(ctx: AppContext, input: ConnectInput, grant: MailGrant): Promise<ConnectResult> {
  const preset = oauthPreset(input.provider);
  if (!preset) {
    throw new AppError('invalid_input', `provider: signing in works with gmail and outlook (got "${input.provider}")`, {
      details: { field: 'provider', allowed: ['gmail', 'outlook'] },
    });
  }
  const imap = overridden(preset.imap, input.imapHost, input.imapPort, 993);
  const smtp = overridden(preset.smtp, input.smtpHost, input.smtpPort, 465);
  const smtpSaved = await setConfig(ctx, { key: 'smtp.url', value: accountUrl('smtp', smtp, input.address, '') });
  const imapSaved = await setConfig(ctx, { key: 'imap.url', value: accountUrl('imap', imap, input.address, '') });
  await settingsOf(ctx).secrets.update((current) => ({ ...withoutGrant(current), ...grantSecrets(preset.id, grant) }));
  const profile = await ctx.store.getProfile();
  const emailSet = !profile.email;
  if (emailSet) await setConfig(ctx, { key: 'email', value: input.address });
  return {
    provider: preset.id,
    imapUrl: String(imapSaved.value),
    smtpUrl: String(smtpSaved.value),
    emailSet,
    note: null,
  };
}

/** A preset's server, or the host and port given in its place (a port alone keeps the host). */
function overridden(
  server: MailServer,
  host: string | null | undefined,
  port: number | null | undefined,
  tlsPort: number,
): MailServer {
  if (!host && !port) return server;
  const p = port ?? server.port;
  return { host: host ?? server.host, port: p, secure: p === tlsPort || (p === server.port && server.secure) };
}

function serversOf(input: ConnectInput): { id: string; imap: MailServer | null; smtp: MailServer } {
  if (input.provider.trim().toLowerCase() === 'other') {
    if (!input.imapHost || !input.smtpHost) {
      throw new AppError('invalid_input', `${input.imapHost ? 'smtpHost' : 'imapHost'}: give the server's host name`, {
        hint: 'your provider lists them, e.g. imap.example.com and smtp.example.com',
        details: { field: input.imapHost ? 'smtpHost' : 'imapHost' },
      });
    }
    const smtpPort = input.smtpPort ?? 587;
    const imapPort = input.imapPort ?? 993;
    return {
      id: 'other',
      imap: { host: input.imapHost, port: imapPort, secure: imapPort === 993 },
      smtp: { host: input.smtpHost, port: smtpPort, secure: smtpPort === 465 },
    };
  }
  const preset = mailProvider(input.provider);
  if (!preset) {
    throw new AppError('invalid_input', `provider: no preset "${input.provider}"`, {
      hint: `use one of ${[...MAIL_PROVIDERS.map((p) => p.id), 'other'].join(', ')}`,
      details: { field: 'provider' },
    });
  }
  return { id: preset.id, imap: preset.imap, smtp: preset.smtp };
}
