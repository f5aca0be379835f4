/**
 * `connect`: a mail account from a provider preset (src/mail/providers.ts)
 * and an app password, or from the hosts of any other provider. It writes
 * the same `imap.url` and `smtp.url` settings `config set` does (checked
 * the same way), and the seeker's own address when none is set yet.
 */

import { oauthPreset } from '../../mail/oauth/oauth-providers.js';
import { accountUrl, MAIL_PROVIDERS, type MailServer, mailProvider } from '../../mail/providers.js';
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { grantSecrets, type MailGrant, withoutGrant } from '../mail-oauth.js';
import { settingsOf } from '../seeker-settings.js';
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
