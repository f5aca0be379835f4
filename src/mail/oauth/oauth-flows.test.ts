/**
 * The OAuth flows against the test's own provider on loopback
 * (test/oauth-provider.ts), for what the CLI tests do not reach: a refused
 * sign-in in the browser, a redirect with another state, an unreachable
 * sign-in server, a device code that expires, and a refresh after the
 * grant was revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthProvider, type TestOAuthProvider } from '../../../test/oauth-provider.js';
import { AppError } from '../../records/errors.js';
import { refreshAccessToken, type SignInUi, signInWithBrowser, signInWithDeviceCode } from './oauth-flows.js';
import { oauthPreset, withEndpoints } from './oauth-providers.js';

let provider: TestOAuthProvider;
beforeAll(async () => {
  provider = await startOAuthProvider({ user: 'sam@example.com' });
});
afterAll(() => provider?.close());

const preset = () =>
  withEndpoints(oauthPreset('outlook')!, {
    authorize: provider.endpoints.authorize,
    token: provider.endpoints.token,
    device: provider.endpoints.device,
  });
const client = () => ({ clientId: provider.clientId, clientSecret: null });
/** What the last "browser" is doing. */
let visiting: Promise<void> = Promise.resolve();
/** A "browser" that does `visit` with the sign-in address. */
const browser = (visit: (url: string) => Promise<void>): SignInUi => ({
  say: () => {},
  openBrowser: async (url) => {
    visiting = visit(url);
    return true;
  },
});
/** The browser flow with a "browser" that follows the redirect back, as a seeker approving it would. */
const signIn = () =>
  signInWithBrowser(
    preset(),
    client(),
    browser(async (url) => {
      await fetch((await fetch(url, { redirect: 'manual' })).headers.get('location')!);
    }),
  );
const failure = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('signInWithBrowser', () => {
  it('gets tokens through the redirect, the code checked against the PKCE verifier', async () => {
    const tokens = await signIn();
    expect(provider.isActive(tokens.accessToken)).toBe(true);
    expect(tokens.refreshToken).not.toBe('');
  });

  it('ignores a redirect with another state, and reports a refusal as oauth_failed', async () => {
    const seen: number[] = [];
    const error = await failure(
      signInWithBrowser(
        preset(),
        client(),
        browser(async (url) => {
          const { searchParams } = new URL(url);
          const back = new URL(searchParams.get('redirect_uri')!.replace('localhost', '127.0.0.1'));
          back.searchParams.set('code', 'forged');
          back.searchParams.set('state', 'not-ours');
          seen.push((await fetch(back)).status);
          back.searchParams.delete('code');
          back.searchParams.set('state', searchParams.get('state')!);
          back.searchParams.set('error', 'access_denied');
          seen.push((await fetch(back)).status);
        }),
      ),
    );
    await visiting;
    expect(seen).toEqual([404, 200]);
    expect(error.code).toBe('oauth_failed');
    expect(error.message).toBe('the provider refused the sign-in (access_denied)');
  });

  it('gives up when nobody signs in in time', async () => {
    const error = await failure(
      signInWithBrowser(
        preset(),
        client(),
        browser(async () => {}),
        { waitMs: 200 },
      ),
    );
    expect(error.code).toBe('oauth_failed');
  });
});

describe('signInWithDeviceCode', () => {
  it('stops with one line when the code expires unused', async () => {
    let clock = 0;
    const error = await failure(
      signInWithDeviceCode(
        preset(),
        client(),
        { say: () => {}, openBrowser: async () => false },
        {
          now: () => clock,
          sleep: async () => {
            clock += 400_000;
          },
        },
      ),
    );
    expect(error.code).toBe('oauth_failed');
    expect(error.message).toBe('the sign-in code expired before it was used');
  });
});

describe('refreshAccessToken', () => {
  it('is mail_reconnect once the grant is revoked, and service_unavailable when the server is unreachable', async () => {
    const tokens = await signIn();
    const refreshed = await refreshAccessToken(preset(), client(), tokens.refreshToken);
    expect(provider.isActive(refreshed.accessToken)).toBe(true);
    await fetch(provider.endpoints.revoke, {
      method: 'POST',
      body: new URLSearchParams({ token: refreshed.refreshToken }),
    });
    const revoked = await failure(refreshAccessToken(preset(), client(), refreshed.refreshToken));
    expect(revoked.code).toBe('mail_reconnect');
    expect(revoked.line).not.toContain(refreshed.refreshToken);

    const gone = withEndpoints(preset(), { token: 'http://127.0.0.1:9/token' });
    const unreachable = await failure(refreshAccessToken(gone, client(), refreshed.refreshToken));
    expect(unreachable.code).toBe('service_unavailable');
    expect(unreachable.message).toMatch(/^could not reach the sign-in server at 127\.0\.0\.1:9/);
  });
});
