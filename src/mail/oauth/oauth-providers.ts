/**
 * Where Google and Microsoft sign a seeker in (OAuth 2.0 endpoints and the
 * scopes that let IMAP read and SMTP send), and the mail servers that take
 * the resulting token. Plain data; the flows are in oauth-flows.ts. Tests
 * and unusual set-ups replace the endpoints (see {@link withEndpoints}).
 */
import type { MailServer } from '../providers.js';

/** An OAuth 2.0 provider's endpoints. `device` is absent where the provider has no device-code flow for mail. */
export interface OAuthEndpoints {
  authorize: string;
  token: string;
  device: string | null;
}

/** A provider preset for signing in: endpoints, scopes, and the mail servers that accept XOAUTH2. */
export interface OAuthPreset {
  /** `gmail` or `outlook`, as `afterview connect` names them. */
  id: 'gmail' | 'outlook';
  label: string;
  endpoints: OAuthEndpoints;
  /** Space-separated, as the authorize request takes them; they include what yields a refresh token. */
  scope: string;
  /** Extra authorize parameters (Google: offline access and consent, so a refresh token comes back). */
  authorizeParams: Readonly<Record<string, string>>;
  /** Whether the token endpoint wants the client secret (Google's "Desktop app" clients do). */
  secretRequired: boolean;
  imap: MailServer;
  smtp: MailServer;
}

/** Microsoft's tenants a personal or work account signs in through: any account, or personal ones only. */
export const MICROSOFT_TENANTS = ['common', 'consumers', 'organizations'] as const;
export type MicrosoftTenant = (typeof MICROSOFT_TENANTS)[number];

const GMAIL: OAuthPreset = {
  id: 'gmail',
  label: 'Gmail',
  endpoints: {
    authorize: 'https://accounts.google.com/o/oauth2/v2/auth',
    token: 'https://oauth2.googleapis.com/token',
    // Google's device flow does not grant the mail scope.
    device: null,
  },
  scope: 'https://mail.google.com/',
  authorizeParams: { access_type: 'offline', prompt: 'consent' },
  secretRequired: true,
  imap: { host: 'imap.gmail.com', port: 993, secure: true },
  smtp: { host: 'smtp.gmail.com', port: 465, secure: true },
};

function outlook(tenant: MicrosoftTenant): OAuthPreset {
  const base = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0`;
  return {
    id: 'outlook',
    label: 'Outlook.com / Microsoft 365',
    endpoints: { authorize: `${base}/authorize`, token: `${base}/token`, device: `${base}/devicecode` },
    scope: 'offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send',
    authorizeParams: {},
    secretRequired: false,
    imap: { host: 'outlook.office365.com', port: 993, secure: true },
    smtp: { host: 'smtp.office365.com', port: 587, secure: false },
  };
}

/** The preset for `gmail` or `outlook` (with its tenant, `common` by default), or null for any other name. */
export function oauthPreset(id: string, tenant: MicrosoftTenant = 'common'): OAuthPreset | null {
  const wanted = id.trim().toLowerCase();
  if (wanted === 'gmail') return GMAIL;
  if (wanted === 'outlook') return outlook(tenant);
  return null;
}

/** The preset with some endpoints replaced (a test's own provider, a proxy); others are kept. */
export function withEndpoints(preset: OAuthPreset, overrides: Partial<OAuthEndpoints>): OAuthPreset {
  const defined = Object.fromEntries(Object.entries(overrides).filter((e) => e[1] !== undefined && e[1] !== ''));
  return { ...preset, endpoints: { ...preset.endpoints, ...defined } };
}
