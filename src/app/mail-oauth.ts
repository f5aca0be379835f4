/**
 * A mail account signed in with its provider (OAuth 2.0): the sign-in
 * (src/mail/oauth runs the flows), the grant kept with the seeker's other
 * secrets (`oauth.*`: refresh token, access token and its expiry, the
 * client and the token endpoint), and the access token IMAP and SMTP sign
 * in with (XOAUTH2), refreshed a little before it expires. An account URL
 * with a user and no password, next to a saved grant, is such an account.
 */
import {
  type OAuthClient,
  refreshAccessToken,
  type SignInUi,
  signInWithBrowser,
  signInWithDeviceCode,
  type TokenSet,
} from '../mail/oauth/oauth-flows.js';
import {
  MICROSOFT_TENANTS,
  type MicrosoftTenant,
  type OAuthEndpoints,
  oauthPreset,
  withEndpoints,
} from '../mail/oauth/oauth-providers.js';
import { SendError } from '../mail/send/send-error.js';
import { createSmtpSender, type MailSender } from '../mail/send/smtp-sender.js';
import { AppError } from '../records/errors.js';
import type { Secrets } from './secrets.js';
import { settingsOf } from './seeker-settings.js';

/** The secrets' names for a grant; `connect` with an app password removes them. */
export const OAUTH_SECRET_KEYS = [
  'oauth.provider',
  'oauth.client_id',
  'oauth.client_secret',
  'oauth.token_url',
  'oauth.refresh_token',
  'oauth.access_token',
  'oauth.expires_at',
] as const;

/** An access token this close to its expiry is refreshed before use (a sync or a send takes less). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** What the sign-in needs: the provider, the seeker's own client, and how to reach the provider. */
export interface SignInInput {
  provider: string;
  address: string;
  clientId: string;
  clientSecret?: string | null;
  /** Microsoft only: `common` (default), `consumers` or `organizations`. */
  tenant?: string | null;
  /** Microsoft only: show a code to enter on any device instead of opening a browser here. */
  deviceCode?: boolean;
  /** Replaced endpoints (a test's own provider). */
  endpoints?: Partial<OAuthEndpoints>;
}

/** The grant to save with the account (see `connectMail`'s `oauth`). */
export interface MailGrant {
  clientId: string;
  clientSecret: string | null;
  tokenUrl: string;
  refreshToken: string;
  accessToken: string;
  expiresAt: number;
}

/**
 * Signs the seeker in with the provider: the browser flow, or with
 * `deviceCode` the device-code flow. Throws `invalid_input` for an unknown
 * provider or tenant, a Google client without its secret, or the device
 * code asked of Google; `oauth_failed` and `service_unavailable` as the
 * flows do.
 */
export async function signInWithProvider(input: SignInInput, ui: SignInUi): Promise<MailGrant> {
  const tenant = (input.tenant ?? 'common').trim().toLowerCase();
  if (!(MICROSOFT_TENANTS as readonly string[]).includes(tenant)) {
    throw new AppError('invalid_input', `tenant: no Microsoft tenant "${input.tenant}"`, {
      hint: `use one of ${MICROSOFT_TENANTS.join(', ')}`,
      details: { field: 'tenant', allowed: MICROSOFT_TENANTS },
    });
  }
  const base = oauthPreset(input.provider, tenant as MicrosoftTenant);
  if (!base) {
    throw new AppError('invalid_input', `provider: signing in works with gmail and outlook (got "${input.provider}")`, {
      hint: 'other providers connect with an app password',
      details: { field: 'provider', allowed: ['gmail', 'outlook'] },
    });
  }
  const preset = withEndpoints(base, input.endpoints ?? {});
  const clientSecret = input.clientSecret?.trim() || null;
  if (preset.secretRequired && !clientSecret && !input.endpoints?.token) {
    throw new AppError('invalid_input', `clientSecret: ${preset.label} needs the client secret of your OAuth client`, {
      hint: 'it is shown next to the client id in the Google Cloud console',
      details: { field: 'clientSecret' },
    });
  }
  const client: OAuthClient = { clientId: input.clientId.trim(), clientSecret };
  const tokens: TokenSet = input.deviceCode
    ? await signInWithDeviceCode(preset, client, ui)
    : await signInWithBrowser(preset, client, ui, { loginHint: input.address });
  return { ...client, tokenUrl: preset.endpoints.token, ...tokens };
}

/** The grant's secrets, to save with the account. */
export function grantSecrets(provider: string, grant: MailGrant): Secrets {
  return {
    'oauth.provider': provider,
    'oauth.client_id': grant.clientId,
    ...(grant.clientSecret ? { 'oauth.client_secret': grant.clientSecret } : {}),
    'oauth.token_url': grant.tokenUrl,
    'oauth.refresh_token': grant.refreshToken,
    'oauth.access_token': grant.accessToken,
    'oauth.expires_at': String(grant.expiresAt),
  };
}

/** The secrets without any grant (an account connected with a password replaces one). */
export function withoutGrant(secrets: Secrets): Secrets {
  const out: Secrets = { ...secrets };
  for (const key of OAUTH_SECRET_KEYS) delete out[key];
  return out;
}

/**
 * The access token for an account URL: null when the URL carries a password
 * (or no grant is saved), else the saved token, refreshed first (and the
 * refresh saved) when it expires within a few minutes. Throws
 * `mail_reconnect` when the provider no longer honours the grant.
 */
export async function mailAccessToken(
  ctx: Parameters<typeof settingsOf>[0],
  url: string,
  now: () => number = Date.now,
): Promise<string | null> {
  if (hasPassword(url)) return null;
  const store = settingsOf(ctx).secrets;
  const saved = await store.read();
  const refreshToken = saved['oauth.refresh_token'];
  const tokenUrl = saved['oauth.token_url'];
  const clientId = saved['oauth.client_id'];
  if (!refreshToken || !tokenUrl || !clientId) return null;
  const expiresAt = Number(saved['oauth.expires_at'] ?? 0);
  const current = saved['oauth.access_token'];
  if (current && expiresAt - REFRESH_MARGIN_MS > now()) return current;
  const label = oauthPreset(saved['oauth.provider'] ?? '')?.label ?? 'the provider';
  let fresh: TokenSet;
  try {
    fresh = await refreshAccessToken(
      { label, endpoints: { authorize: '', token: tokenUrl, device: null } },
      { clientId, clientSecret: saved['oauth.client_secret'] ?? null },
      refreshToken,
      { now },
    );
  } catch (error) {
    // Another sync or send refreshed first and the provider rotated the refresh token: use theirs.
    const again = await store.read();
    if (again['oauth.refresh_token'] !== refreshToken && again['oauth.access_token'])
      return again['oauth.access_token'];
    throw error;
  }
  await store.update((secrets) => ({
    ...secrets,
    'oauth.refresh_token': fresh.refreshToken,
    'oauth.access_token': fresh.accessToken,
    'oauth.expires_at': String(fresh.expiresAt),
  }));
  return fresh.accessToken;
}

/** The error for a mail server that refused a token afterview just refreshed or trusted: the grant is gone. */
export function reconnectError(service: 'IMAP' | 'SMTP'): AppError {
  return new AppError(
    'mail_reconnect',
    `the ${service} server refused the sign-in with the provider (revoked or expired)`,
    {
      hint: 'connect the mail account again to sign in anew',
    },
  );
}

function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return true;
  }
}

/**
 * The sender for the SMTP account in `url`: with a saved grant and no
 * password in the URL it signs in with XOAUTH2 (the token refreshed first
 * when due), and a refused sign-in is `mail_reconnect`; otherwise the
 * password's sender. Throws as {@link mailAccessToken} and `createSmtpSender` do.
 */
export async function smtpSenderFor(ctx: Parameters<typeof settingsOf>[0], url: string): Promise<MailSender> {
  const accessToken = await mailAccessToken(ctx, url);
  const sender = createSmtpSender(url, accessToken ? { accessToken } : {});
  if (!accessToken) return sender;
  return {
    async send(message) {
      try {
        return await sender.send(message);
      } catch (error) {
        if (error instanceof SendError && error.code === 'smtp_auth_failed') throw reconnectError('SMTP');
        throw error;
      }
    },
  };
}
