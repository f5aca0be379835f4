/**
 * A minimal OAuth 2.0 provider on 127.0.0.1 for tests: an authorize
 * endpoint that signs the one user in at once and redirects with a code,
 * a token endpoint that checks PKCE (S256) and the redirect, hands out
 * refresh tokens (rotated on each refresh) and short access tokens, the
 * device-code endpoints (approved by the test), revocation (RFC 7009) and
 * introspection (RFC 7662), which Dovecot and the SMTP peer ask.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OAuthProviderOptions {
  /** The login the tokens are for (introspection's `username`). */
  user: string;
  clientId?: string;
  /** When set, the token endpoint wants it. */
  clientSecret?: string;
  /** Seconds an access token lives. Default 3600. */
  accessTtlSec?: number;
}

export interface TestOAuthProvider {
  clientId: string;
  endpoints: { authorize: string; token: string; device: string; revoke: string; introspect: string };
  /** Seconds the next access tokens live (a test shortens it to make them expire). */
  accessTtlSec: number;
  /** Every token handed out, access and refresh, for checking that none is printed. */
  issued: string[];
  /** Token requests by grant type, in order. */
  grants: string[];
  /** Lets the device code with this user code through. */
  approveDevice(userCode: string): void;
  /** Revokes every grant (the seeker removed the app's access at the provider). */
  revokeAll(): void;
  /** Whether the access token is active now (as introspection answers). */
  isActive(token: string): boolean;
  close(): Promise<void>;
}

interface Grant {
  refreshToken: string;
  revoked: boolean;
}

/** Starts the provider on a free loopback port. */
export async function startOAuthProvider(options: OAuthProviderOptions): Promise<TestOAuthProvider> {
  const clientId = options.clientId ?? 'test-client';
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const devices = new Map<string, { userCode: string; approved: boolean }>();
  const grants: Grant[] = [];
  const access = new Map<string, { grant: Grant; expiresAt: number }>();
  const token = () => randomBytes(24).toString('base64url');

  const provider: TestOAuthProvider = {
    clientId,
    endpoints: { authorize: '', token: '', device: '', revoke: '', introspect: '' },
    accessTtlSec: options.accessTtlSec ?? 3600,
    issued: [],
    grants: [],
    approveDevice(userCode) {
      for (const d of devices.values()) if (d.userCode === userCode) d.approved = true;
    },
    revokeAll() {
      for (const g of grants) g.revoked = true;
    },
    isActive(t) {
      const a = access.get(t);
      return !!a && !a.grant.revoked && a.expiresAt > Date.now();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const tokensFor = (grant: Grant) => {
    const accessToken = token();
    access.set(accessToken, { grant, expiresAt: Date.now() + provider.accessTtlSec * 1000 });
    provider.issued.push(accessToken, grant.refreshToken);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: provider.accessTtlSec,
      refresh_token: grant.refreshToken,
    };
  };
  const newGrant = () => {
    const grant = { refreshToken: token(), revoked: false };
    grants.push(grant);
    return tokensFor(grant);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const form = req.method === 'POST' ? new URLSearchParams(await body(req)) : url.searchParams;
    const fail = (status: number, error: string) => json(res, status, { error });
    if (url.pathname === '/authorize') {
      const redirectUri = form.get('redirect_uri') ?? '';
      if (form.get('client_id') !== clientId) return fail(400, 'invalid_client');
      if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+\/$/.test(redirectUri)) return fail(400, 'invalid_request');
      if (form.get('code_challenge_method') !== 'S256' || !form.get('code_challenge'))
        return fail(400, 'invalid_request');
      const code = token();
      codes.set(code, { challenge: form.get('code_challenge') ?? '', redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', form.get('state') ?? '');
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (url.pathname === '/device') {
      if (form.get('client_id') !== clientId) return fail(400, 'invalid_client');
      const deviceCode = token();
      const userCode = randomBytes(4).toString('hex').toUpperCase();
      devices.set(deviceCode, { userCode, approved: false });
      return json(res, 200, {
        device_code: deviceCode,
        user_code: userCode,
        verification_uri: `${provider.endpoints.authorize.replace(/\/authorize$/, '')}/device-login`,
        expires_in: 600,
        interval: 1,
      });
    }
    if (url.pathname === '/token') {
      if (form.get('client_id') !== clientId) return fail(401, 'invalid_client');
      if (options.clientSecret !== undefined && form.get('client_secret') !== options.clientSecret)
        return fail(401, 'invalid_client');
      const type = form.get('grant_type') ?? '';
      provider.grants.push(type);
      if (type === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!code || code.redirectUri !== form.get('redirect_uri')) return fail(400, 'invalid_grant');
        const challenge = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (challenge !== code.challenge) return fail(400, 'invalid_grant');
        return json(res, 200, newGrant());
      }
      if (type === 'urn:ietf:params:oauth:grant-type:device_code') {
        const device = devices.get(form.get('device_code') ?? '');
        if (!device) return fail(400, 'expired_token');
        if (!device.approved) return fail(400, 'authorization_pending');
        devices.delete(form.get('device_code') ?? '');
        return json(res, 200, newGrant());
      }
      if (type === 'refresh_token') {
        const grant = grants.find((g) => g.refreshToken === form.get('refresh_token'));
        if (!grant || grant.revoked) return fail(400, 'invalid_grant');
        grant.refreshToken = token();
        return json(res, 200, tokensFor(grant));
      }
      return fail(400, 'unsupported_grant_type');
    }
    if (url.pathname === '/revoke') {
      const t = form.get('token') ?? '';
      for (const g of grants) if (g.refreshToken === t) g.revoked = true;
      const a = access.get(t);
      if (a) a.grant.revoked = true;
      res.writeHead(200).end();
      return;
    }
    if (url.pathname === '/introspect') {
      const t = form.get('token') ?? '';
      const a = access.get(t);
      if (!a || !provider.isActive(t)) return json(res, 200, { active: false });
      return json(res, 200, {
        active: true,
        username: options.user,
        client_id: clientId,
        exp: Math.floor(a.expiresAt / 1000),
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.endpoints = {
    authorize: `${base}/authorize`,
    token: `${base}/token`,
    device: `${base}/device`,
    revoke: `${base}/revoke`,
    introspect: `${base}/introspect`,
  };
  return provider;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => {
      text += String(chunk);
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}
