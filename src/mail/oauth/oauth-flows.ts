/**
 * OAuth 2.0 sign-in for a mail account, with plain `fetch` (RFC 6749, 7636,
 * 8628, 8252): the loopback redirect flow with PKCE (S256) for a seeker
 * with a browser, the device-code flow for one without (Microsoft), and the
 * refresh of an access token. Every failure is one AppError: the sign-in
 * server unreachable is `service_unavailable`, a refused sign-in
 * `oauth_failed`, and a refresh token the provider no longer honours
 * (revoked, expired) `mail_reconnect`. No token ever appears in an error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, networkReason, serviceUnavailable } from '../../records/errors.js';
import type { OAuthPreset } from './oauth-providers.js';

/** What a sign-in or a refresh yields. `expiresAt` is in ms since the epoch. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** The seeker's own client registration (a desktop / public client). */
export interface OAuthClient {
  clientId: string;
  /** Google's desktop clients have one (it is not secret there); Microsoft's public clients do not. */
  clientSecret: string | null;
}

/** How a flow talks to the seeker: one line at a time on the terminal, and the browser when there is one. */
export interface SignInUi {
  say(line: string): void;
  /** Opens the URL in a browser; false when it could not. */
  openBrowser(url: string): Promise<boolean>;
}

/** How long a sign-in may wait for the seeker before giving up. */
const SIGN_IN_WAIT_MS = 5 * 60_000;
/** How long one request to the sign-in server may take. */
const REQUEST_TIMEOUT_MS = 15_000;

/** A PKCE pair: the verifier kept here, the S256 challenge sent with the authorize request. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * The loopback redirect flow: listens on 127.0.0.1 on a free port, opens
 * (or shows) the provider's sign-in page, waits for the redirect with the
 * code, checks its state, and exchanges the code with the PKCE verifier.
 * `loginHint` pre-fills the address on the provider's page.
 */
export async function signInWithBrowser(
  preset: OAuthPreset,
  client: OAuthClient,
  ui: SignInUi,
  options: { loginHint?: string; waitMs?: number; now?: () => number } = {},
): Promise<TokenSet> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  try {
    const { port } = server.address() as AddressInfo;
    // Microsoft registers loopback redirects as http://localhost (any port); Google takes the address.
    const redirectUri = `http://${preset.id === 'outlook' ? 'localhost' : '127.0.0.1'}:${port}/`;
    const url = new URL(preset.endpoints.authorize);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: redirectUri,
      scope: preset.scope,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...preset.authorizeParams,
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const code = waitForCode(server, state, options.waitMs ?? SIGN_IN_WAIT_MS);
    const opened = await ui.openBrowser(url.toString()).catch(() => false);
    ui.say(
      opened
        ? `Sign in with ${preset.label} in your browser. If it did not open, visit: ${url}`
        : `Sign in with ${preset.label}: open this address in a browser: ${url}`,
    );
    const body: Record<string, string> = {
      grant_type: 'authorization_code',
      code: await code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    };
    return await tokenRequest(preset, client, body, null, options.now);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Resolves with the code of the first redirect whose state matches; rejects on the provider's error or the wait running out. */
function waitForCode(server: Server, state: string, waitMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new AppError('oauth_failed', `nobody signed in within ${Math.round(waitMs / 60_000)} minutes`, {
            hint: 'start the sign-in again and finish it in the browser',
          }),
        ),
      waitMs,
    );
    timer.unref();
    server.on('request', (req, res) => {
      const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
      if (query.get('state') !== state) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not the sign-in this page is waiting for.\n');
        return;
      }
      const error = query.get('error');
      const code = query.get('code');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      clearTimeout(timer);
      // Settled once the page is delivered: the server closes right after.
      res.end(
        `<!doctype html><title>afterview</title><p>${error || !code ? 'The sign-in did not go through.' : 'Signed in.'} You can close this tab and go back to afterview.</p>\n`,
        () => {
          if (code && !error) return resolve(code);
          reject(
            new AppError('oauth_failed', `the provider refused the sign-in (${oneWord(error ?? 'no code')})`, {
              hint: 'sign in again and accept the access afterview asks for',
            }),
          );
        },
      );
    });
  });
}

/**
 * The device-code flow (RFC 8628): asks for a code, shows it with the
 * address where the seeker enters it (on any device), and polls the token
 * endpoint until they have signed in, declined, or the code expired.
 */
export async function signInWithDeviceCode(
  preset: OAuthPreset,
  client: OAuthClient,
  ui: SignInUi,
  options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<TokenSet> {
  const deviceUrl = preset.endpoints.device;
  if (!deviceUrl) {
    throw new AppError('invalid_input', `${preset.label} does not offer the device-code sign-in for mail`, {
      hint: 'sign in with the browser instead',
    });
  }
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = await post(deviceUrl, withClient(client, { scope: preset.scope }));
  if (!started.ok) throw refused(started.json, 'the provider would not start a device sign-in');
  const device = started.json as {
    device_code?: unknown;
    user_code?: unknown;
    verification_uri?: unknown;
    verification_url?: unknown;
    expires_in?: unknown;
    interval?: unknown;
  };
  const verification = String(device.verification_uri ?? device.verification_url ?? '');
  if (typeof device.device_code !== 'string' || typeof device.user_code !== 'string' || verification === '') {
    throw new AppError('oauth_failed', 'the provider answered the device sign-in without a code');
  }
  ui.say(`To sign in with ${preset.label}, visit ${verification} and enter the code ${device.user_code}`);
  const until = now() + (Number(device.expires_in) > 0 ? Number(device.expires_in) : 900) * 1000;
  let interval = (Number(device.interval) > 0 ? Number(device.interval) : 5) * 1000;
  for (;;) {
    await sleep(interval);
    const answer = await post(
      preset.endpoints.token,
      withClient(client, {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: device.device_code,
      }),
    );
    if (answer.ok) return tokenSet(answer.json, null, now);
    const error = String((answer.json as { error?: unknown }).error ?? '');
    if (error === 'authorization_pending' && now() < until) continue;
    if (error === 'slow_down' && now() < until) {
      interval += 5000;
      continue;
    }
    if (error === 'authorization_pending' || error === 'expired_token') {
      throw new AppError('oauth_failed', 'the sign-in code expired before it was used', {
        hint: 'start the sign-in again and enter the new code sooner',
      });
    }
    throw refused(answer.json, 'the provider refused the sign-in');
  }
}

/**
 * A new access token from the refresh token. The provider may hand out a
 * new refresh token too (rotation); otherwise the old one is kept.
 * Throws `mail_reconnect` when the grant was revoked or has expired.
 */
export async function refreshAccessToken(
  preset: Pick<OAuthPreset, 'endpoints' | 'label'>,
  client: OAuthClient,
  refreshToken: string,
  options: { now?: () => number } = {},
): Promise<TokenSet> {
  return tokenRequest(
    preset,
    client,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    refreshToken,
    options.now,
  );
}

async function tokenRequest(
  preset: Pick<OAuthPreset, 'endpoints' | 'label'>,
  client: OAuthClient,
  body: Record<string, string>,
  refreshing: string | null,
  now: () => number = Date.now,
): Promise<TokenSet> {
  const answer = await post(preset.endpoints.token, withClient(client, body));
  if (answer.ok) return tokenSet(answer.json, refreshing, now);
  const error = String((answer.json as { error?: unknown }).error ?? '');
  if (refreshing !== null && (error === 'invalid_grant' || answer.status === 401)) {
    throw new AppError('mail_reconnect', `the sign-in with ${preset.label} was revoked or has expired`, {
      hint: 'connect the mail account again to sign in anew',
    });
  }
  throw refused(answer.json, 'the provider refused the sign-in');
}

function tokenSet(json: unknown, previousRefresh: string | null, now: () => number): TokenSet {
  const t = json as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown };
  const refreshToken =
    typeof t.refresh_token === 'string' && t.refresh_token !== '' ? t.refresh_token : previousRefresh;
  if (typeof t.access_token !== 'string' || t.access_token === '') {
    throw new AppError('oauth_failed', 'the provider answered without an access token');
  }
  if (refreshToken === null) {
    throw new AppError('oauth_failed', 'the provider gave no refresh token, so afterview could not stay signed in', {
      hint: 'check that the client allows offline access, then sign in again',
    });
  }
  const seconds = Number(t.expires_in) > 0 ? Number(t.expires_in) : 3600;
  return { accessToken: t.access_token, refreshToken, expiresAt: now() + seconds * 1000 };
}

function withClient(client: OAuthClient, body: Record<string, string>): Record<string, string> {
  return {
    ...body,
    client_id: client.clientId,
    ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
  };
}

/** POSTs a form and reads the JSON answer; an unreachable server is `service_unavailable`. */
async function post(
  url: string,
  form: Record<string, string>,
): Promise<{ ok: boolean; status: number; json: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw serviceUnavailable(
      { service: 'oauth', host: hostOf(url) },
      networkReason(error) ?? 'the request failed',
      'check the network and try again',
      error,
    );
  }
  const text = await response.text();
  let json: unknown = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's page): treated as an answer with no fields.
  }
  return { ok: response.ok, status: response.status, json };
}

function refused(json: unknown, what: string): AppError {
  const e = json as { error?: unknown; error_description?: unknown };
  const code = typeof e.error === 'string' ? oneWord(e.error) : 'no reason given';
  const hint =
    code === 'invalid_client' || code === 'unauthorized_client'
      ? 'check the client id (and, for Google, the client secret) of your own OAuth client'
      : 'sign in again';
  return new AppError('oauth_failed', `${what} (${code})`, { hint });
}

/** An OAuth error code as the provider sent it, kept to one short word so nothing else leaks into a line. */
function oneWord(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 60) || 'no reason given';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured address';
  }
}
