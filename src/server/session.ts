/**
 * Accounts mode of the server (many seekers on one PostgreSQL): the session
 * cookie, the routes that sign in and out and set a password, the guard that
 * makes every other `/api/` route (and `/mcp`) answer only for a signed-in
 * seeker and scopes it to their data, the calendar feed found by its token,
 * and the coaches' read-only routes. The use cases are src/app/accounts.
 *
 * The cookie holds a random token (HttpOnly, SameSite=Lax, Secure over
 * https); the database holds only its hash.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono, type HonoRequest, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  accountView,
  type Credentials,
  normalEmail,
  SESSION_ABSOLUTE_MS,
  sessionUser,
  setPassword,
  signIn,
  signOut,
} from '../app/accounts/accounts.js';
import type { SeekerSummary } from '../app/commands/seeker-summary.js';
import type { AppContext } from '../app/context.js';
import { invoke, parseInput } from '../app/registry/command.js';
import { COMMANDS } from '../app/registry/index.js';
import type { SeekerCache } from '../app/seeker-cache.js';
import { AppError } from '../records/errors.js';
import type { AccountStore, UserRecord } from '../store/accounts.js';
import { commandRoute, readJson } from './bind.js';
import type { ServerEnv } from './env.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'afterview_session';

/** What accounts mode needs from the server. */
export interface AccountsGate {
  accounts: AccountStore;
  /** A seeker's context (`Runtime.contextFor`). */
  contextFor(seekerId: string): Promise<AppContext>;
  /** Sets `Secure` on the cookie whatever the request says (the server is reached over https through a proxy). */
  secureCookies?: boolean;
}

/** How many seekers' summaries `GET /api/seekers` reads at once (each takes a pooled connection for its queries). */
const SUMMARY_CONCURRENCY = 8;

/** `run` over every element, at most `limit` at a time; the results in the elements' order. */
async function eachLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The signed-in account of each request that passed the guard, by the
 * request as Hono holds it: a later middleware may replace its raw Request
 * (the body limit wraps a streamed body), never this object.
 */
const signedIn = new WeakMap<HonoRequest, UserRecord>();

function unauthorized(): AppError {
  return new AppError('unauthorized', 'sign in first', { hint: 'sign in at /signin' });
}

/** The signed-in account of a request that passed `requireSession`; throws `unauthorized` otherwise. */
export function accountOf(request: HonoRequest): UserRecord {
  const user = signedIn.get(request);
  if (!user) throw unauthorized();
  return user;
}

/** The scope of accounts mode: each request is for its session's seeker. */
export function accountsScope(gate: AccountsGate): {
  seekerOf(request: HonoRequest): string;
  contextFor(seekerId: string): Promise<AppContext>;
} {
  return {
    seekerOf(request) {
      const seekerId = accountOf(request).seekerId;
      if (seekerId === null) throw coachOnly();
      return seekerId;
    },
    contextFor: (seekerId) => gate.contextFor(seekerId),
  };
}

function coachOnly(): AppError {
  return new AppError('forbidden', "a coach's account reads seekers' data only through /api/seekers", {
    hint: 'list the seekers who granted you access with GET /api/seekers',
  });
}

/** The request's "now" in epoch milliseconds. */
type Clock = () => Temporal.Instant;

async function userOf(gate: AccountsGate, c: Context, clock: Clock): Promise<UserRecord | null> {
  return sessionUser(gate.accounts, getCookie(c, SESSION_COOKIE), clock().epochMilliseconds);
}

/**
 * Requires a live session (401 `unauthorized` otherwise) and remembers its
 * account for the scope. A coach passes only where `coaches` allows.
 */
export function requireSession(gate: AccountsGate, clock: Clock): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const user = await userOf(gate, c, clock);
    if (!user) throw unauthorized();
    signedIn.set(c.req, user);
    await next();
  };
}

/**
 * The calendar feed in accounts mode: the token in its address finds its
 * seeker (0009's index); an unknown token answers 404 like any unknown
 * address.
 */
export function feedContext(gate: AccountsGate, clock: Clock): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const name = c.req.path.split('/').pop() ?? '';
    const token = name.endsWith('.ics') ? name.slice(0, -'.ics'.length) : '';
    const seekerId = token ? await gate.accounts.seekerOfFeedToken(token) : null;
    if (!seekerId)
      return c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404);
    c.set('ctx', { ...(await gate.contextFor(seekerId)), now: clock() });
    await next();
  };
}

const CREDENTIALS = z.union([
  z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) }),
  z.strictObject({ token: z.string().min(1).max(200) }),
]);

/** The caller's address for the sign-in bounds: the socket's, or the proxy's forwarded one when the proxy is on this machine. */
function clientAddress(c: Context): string {
  let address = 'unknown';
  try {
    address = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket (a request made in-process): one bucket for all of them.
  }
  const forwarded = c.req.header('x-forwarded-for');
  if (forwarded && /^(127\.|::1$|::ffff:127\.)/.test(address)) {
    address = forwarded.split(',').pop()?.trim() || address;
  }
  return address;
}

function isHttps(c: Context, gate: AccountsGate): boolean {
  return gate.secureCookies === true || new URL(c.req.url).protocol === 'https:';
}

/**
 * `/session`, `/password` and the coaches' routes, mounted under `/api`
 * before the guard (each checks the session itself).
 */
export function sessionRoutes(gate: AccountsGate, clock: Clock, cache?: SeekerCache): Hono<ServerEnv> {
  /** A seeker's context for a coach's read: the server's cache (keyed by seeker and revision) and its clock. */
  const seekerContext = async (seekerId: string): Promise<AppContext> => ({
    ...(await gate.contextFor(seekerId)),
    ...(cache ? { cache } : {}),
    now: clock(),
  });
  const signedInUser = async (c: Context): Promise<UserRecord> => {
    const user = await userOf(gate, c, clock);
    if (!user) throw unauthorized();
    return user;
  };
  const seekerOnly = async (c: Context): Promise<UserRecord & { seekerId: string }> => {
    const user = await signedInUser(c);
    if (user.seekerId === null) {
      throw new AppError('forbidden', "only a seeker's account can do this", {
        hint: 'a coach reads through /api/seekers',
      });
    }
    return user as UserRecord & { seekerId: string };
  };
  /** A coach's view of one seeker: 404 unless the seeker granted this coach access, right now. */
  const grantedContext = async (c: Context<ServerEnv>): Promise<boolean> => {
    const user = await signedInUser(c);
    const seekerId = c.req.param('seeker') ?? '';
    if (user.role !== 'coach' || !(await gate.accounts.hasGrant(seekerId, user.userId))) return false;
    c.set('ctx', await seekerContext(seekerId));
    return true;
  };
  // A seeker who did not grant access (or revoked it) answers as one that does not exist: as an unknown address.
  const unknown = (c: Context) =>
    c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404);
  const agendaRoute = commandRoute(COMMANDS.getAgenda, { input: (c) => c.req.query() });
  const opportunitiesRoute = commandRoute(COMMANDS.listOpportunities, { input: (c) => c.req.query() });
  return new Hono<ServerEnv>()
    .use('*', async (c, next) => {
      c.header('Cache-Control', 'no-store');
      await next();
    })
    .post('/session', async (c) => {
      const credentials = parseInput(CREDENTIALS, await readJson(c), 'body') as Credentials;
      const nowMs = clock().epochMilliseconds;
      // Whatever session the browser had ends: a new token at each sign-in.
      await signOut(gate.accounts, getCookie(c, SESSION_COOKIE));
      const session = await signIn(gate.accounts, credentials, { address: clientAddress(c), nowMs });
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c, gate),
        path: '/',
        maxAge: SESSION_ABSOLUTE_MS / 1000,
      });
      return c.json(accountView(session.user));
    })
    .get('/session', async (c) => c.json(accountView(await signedInUser(c))))
    .delete('/session', async (c) => {
      await signOut(gate.accounts, getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, gate) });
      return c.body(null, 204);
    })
    .put('/password', async (c) => {
      const user = await signedInUser(c);
      const body = parseInput(z.strictObject({ password: z.unknown() }), await readJson(c), 'body');
      await setPassword(gate.accounts, user, body.password, getCookie(c, SESSION_COOKIE) ?? '');
      return c.body(null, 204);
    })
    .post('/coaches', async (c) => {
      const seeker = await seekerOnly(c);
      const body = parseInput(z.strictObject({ email: z.string().min(1).max(320) }), await readJson(c), 'body');
      const coach = await gate.accounts.userByEmail(normalEmail(body.email));
      if (coach?.role !== 'coach' || coach.disabled) {
        throw new AppError('invalid_input', `there is no coach's account for ${body.email}`, {
          details: { field: 'email' },
          hint: 'ask the server operator to add your coach with `afterview user add EMAIL --coach`',
        });
      }
      await gate.accounts.grant(seeker.seekerId, coach.userId, clock().epochMilliseconds);
      return c.json({ email: coach.email, name: coach.name }, 201);
    })
    .get('/coaches', async (c) => {
      const seeker = await seekerOnly(c);
      return c.json(await gate.accounts.coachesOfSeeker(seeker.seekerId));
    })
    .delete('/coaches/:email', async (c) => {
      const seeker = await seekerOnly(c);
      const coach = await gate.accounts.userByEmail(c.req.param('email').trim().toLowerCase());
      if (coach) await gate.accounts.revoke(seeker.seekerId, coach.userId);
      return c.body(null, 204);
    })
    .get('/seekers', async (c) => {
      const user = await signedInUser(c);
      if (user.role !== 'coach') throw new AppError('forbidden', "only a coach's account lists seekers");
      const seekers = await gate.accounts.seekersOfCoach(user.userId);
      // Every granted seeker's revision in one query: a summary still valid at it is answered from the cache.
      const revisions = cache ? await gate.accounts.revisionsOfCoach(user.userId) : new Map<string, number>();
      const nowMs = clock().epochMilliseconds;
      // The others are read in their own scope (row-level security), a few at a time.
      const summaries = await eachLimited(seekers, SUMMARY_CONCURRENCY, async (s) => {
        const seekerId = s.seekerId ?? '';
        const revision = revisions.get(seekerId);
        const kept = revision === undefined ? null : cache?.summary<SeekerSummary>(seekerId, revision, nowMs);
        return kept ?? invoke(COMMANDS.seekerSummary, await seekerContext(seekerId), {});
      });
      return c.json(seekers.map((s, i) => ({ id: s.seekerId, email: s.email, name: s.name, summary: summaries[i] })));
    })
    .get('/seekers/:seeker/agenda', async (c) => {
      return (await grantedContext(c)) ? agendaRoute(c) : unknown(c);
    })
    .get('/seekers/:seeker/opportunities', async (c) => {
      return (await grantedContext(c)) ? opportunitiesRoute(c) : unknown(c);
    });
}
