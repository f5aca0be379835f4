/**
 * What keeps a local server local: the Host check (DNS rebinding), the
 * Origin check on state-changing requests (CSRF), the bearer token or
 * `token` cookie when the server listens beyond loopback, and the security
 * headers on every response. Each refusal is an `AppError`, so it reaches the
 * client in the one error shape.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../records/errors.js';

/** Methods that change state: a foreign Origin is refused on these. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The cookie that carries the token after a visit to `/?token=...`. */
export const TOKEN_COOKIE = 'token';

/**
 * CSP for the built UI: scripts and styles only from the server itself (the
 * Vite build has no inline script), no plugins, no framing, no base tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The addresses a loopback server answers to on `port`: 127.0.0.1, localhost and [::1]. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/** True for an address that means "every interface of this machine". */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** `host:port` as a Host header writes it (IPv6 in brackets). */
export function hostHeader(host: string, port: number): string {
  return `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

/**
 * The Host values a server bound to `host` answers to, besides loopback:
 * the bound address itself; for a wildcard bind, every address of the
 * machine's interfaces and its host name (the names a browser on the network
 * would use); and the public URL's host, as a reverse proxy passes it on
 * (with its port only when the URL names one). Pure: the interfaces and the
 * host name are given.
 */
export function publicHosts(input: {
  host: string;
  port: number;
  interfaceAddresses: readonly string[];
  hostname: string;
  publicUrl: URL | null;
}): string[] {
  const out: string[] = [];
  if (input.publicUrl !== null) out.push(input.publicUrl.host);
  if (isWildcard(input.host)) {
    for (const address of input.interfaceAddresses) {
      if (!isLoopback(address) && !address.startsWith('127.')) out.push(hostHeader(address, input.port));
    }
    if (input.hostname !== '') out.push(hostHeader(input.hostname, input.port));
  } else if (!isLoopback(input.host)) {
    out.push(hostHeader(input.host, input.port));
  }
  return [...new Set(out.map((h) => h.toLowerCase()))];
}

/** True for a host name that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
}

/** A fresh random token for a server reachable beyond loopback (32 bytes, base64url). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Security headers on every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

/**
 * Refuses (403 `forbidden`) a request whose Host is not one of `allowedHosts`
 * (compared without case), and a POST/PUT/PATCH/DELETE whose Origin is
 * present and is not `http(s)://` one of them. A missing Origin passes: it
 * comes from non-browser clients, which a page on another site cannot be.
 * `allowedHosts` is read on each request, so it may be filled in later.
 */
export function hostAndOriginGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    // Read per request: a server on port 0 learns its port after the app is built.
    const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!hosts.has(host)) {
      throw new AppError('forbidden', `this server does not answer to the host "${host}"`, {
        hint: `open it as http://${allowedHosts[0] ?? '127.0.0.1'}/`,
      });
    }
    if (STATE_CHANGING.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && !isOwnOrigin(origin, hosts)) {
        throw new AppError('forbidden', `a request from ${origin} may not change anything here`);
      }
    }
    await next();
  };
}

function isOwnOrigin(origin: string, hosts: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && hosts.has(url.host.toLowerCase());
}

/**
 * Requires the token on `/api/*` and `/mcp` when one is set: `Authorization: Bearer
 * <token>` or the `token` cookie. A page load with `?token=` that matches
 * sets the cookie (HttpOnly, SameSite=Strict) and redirects to the same path
 * without it, so the token leaves the address bar. Throws `unauthorized`.
 */
export function tokenGuard(token: string | null | undefined): MiddlewareHandler {
  if (!token) return async (_c, next) => next();
  const expected = digest(token);
  const matches = (given: string | undefined) => given !== undefined && timingSafeEqual(digest(given), expected);
  return async (c, next) => {
    const url = new URL(c.req.url);
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null && c.req.method === 'GET' && !url.pathname.startsWith('/api/')) {
      if (!matches(fromQuery)) throw new AppError('unauthorized', 'that link carries a wrong token');
      setCookie(c, TOKEN_COOKIE, fromQuery, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (!url.pathname.startsWith('/api/') && url.pathname !== '/mcp') return next();
    const header = c.req.header('authorization');
    const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (matches(bearer) || matches(getCookie(c, TOKEN_COOKIE))) return next();
    throw new AppError('unauthorized', 'this server needs its token', {
      hint: 'open the link with ?token= that `afterview serve` printed, or send Authorization: Bearer <token>',
    });
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
