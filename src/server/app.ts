/**
 * The HTTP application: security first (Host, Origin, token, headers) and
 * compression of every text answer, then
 * the JSON API under /api/, then the built web UI. Routes validate, call one
 * app command and present; every error leaves as
 * `{"error": {code, message, hint?, field?}}` with the status from
 * `httpStatusFor` (status.ts), the only place that maps codes. `POST /mcp`
 * answers the Model Context Protocol (src/mcp) behind the same guards.
 */
import { Hono, type HonoRequest, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../app/context.js';
import { AppError, isServiceError } from '../records/errors.js';
import type { ServerEnv } from './env.js';
import { idempotentRequests } from './idempotency.js';
import { agendaRoutes } from './routes/agenda.routes.js';
import { calendarFeedRoutes, calendarRoutes } from './routes/calendar.routes.js';
import { csvRoutes } from './routes/csv.routes.js';
import { factRoutes } from './routes/facts.routes.js';
import { liveRoutes } from './routes/live.routes.js';
import { mailRoutes } from './routes/mail.routes.js';
import { opportunityRoutes } from './routes/opportunities.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { hostAndOriginGuard, securityHeaders, tokenGuard } from './security.js';
import { type AccountsGate, accountsScope, feedContext, requireSession, sessionRoutes } from './session.js';
import { mountWebBuild } from './static.js';
import { errorBody, httpStatusFor } from './status.js';

/** Seconds a client is asked to wait before retrying a write refused with `store_busy`. */
const STORE_BUSY_RETRY_AFTER_S = 5;

/** The largest request body: an exported data file of a long search fits easily. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Which seeker a request runs for, and that seeker's context: how a server for many seekers scopes each request. */
export interface SeekerScope {
  /** The seeker the request is for (the process's seeker locally; a session's, once there are accounts). */
  seekerOf(request: HonoRequest): string;
  /** The seeker's context: their store, secrets and templates (`Runtime.contextFor`). */
  contextFor(seekerId: string): Promise<AppContext>;
}

export interface AppDeps {
  /**
   * The process's seeker's context (its `cache` is shared by every
   * request); each request's context unless `scope` is given. Its `now` is
   * used unless `clock` is given.
   */
  ctx: AppContext;
  /** When set, each request's context is built for its own seeker (its cache still `ctx.cache`, keyed by seeker). */
  scope?: SeekerScope;
  /**
   * Accounts mode (many seekers on PostgreSQL): every `/api/` route and
   * `/mcp` needs a session and is scoped to its seeker (this replaces
   * `scope`); `/api/session`, `/api/password` and the coaches' routes are
   * served; the calendar feed finds its seeker by its token.
   */
  accounts?: AccountsGate;
  /** When set, `/api/*` requires it (bearer header or `token` cookie). */
  token?: string | null;
  /** The Host header values this server answers to, e.g. `127.0.0.1:4411`. */
  allowedHosts: string[];
  /** "Now" for each request; a long-running server passes one so the agenda moves with time. */
  clock?: () => Temporal.Instant;
  /** The built UI (web/dist); none serves a note saying how to build it. */
  webRoot?: string | null;
  /** Where unexpected errors are reported (default: standard error). */
  logError?: (error: unknown) => void;
}

/** Builds the Hono app. Never throws; request failures become JSON errors. */
export function createApp(deps: AppDeps): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const logError = deps.logError ?? ((error: unknown) => process.stderr.write(`afterview serve: ${String(error)}\n`));

  app.onError((error, c) => {
    const status = httpStatusFor(error);
    if (error instanceof AppError && error.code === 'store_busy') {
      // Another process holds the write lock (a long import): expected, and over once it ends.
      c.header('Retry-After', String(STORE_BUSY_RETRY_AFTER_S));
    } else if (isServiceError(error)) {
      // A service that is down is news in one line; anything else unexpected is a bug, logged with its stack.
      logError(error.line);
    } else if (status >= 500) logError(error instanceof Error ? (error.stack ?? error) : error);
    return c.json({ error: errorBody(error, 'something went wrong on the server; it has been logged') }, status);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', securityHeaders());
  // Every text answer (JSON, the UI's HTML, JS and CSS) leaves gzipped when the client takes it; event streams do not.
  app.use('*', compress());
  app.use('*', hostAndOriginGuard(deps.allowedHosts));
  // Ready means the store answers: one cheap read, so a database that went away shows here as a 503.
  app.get('/healthz', async (c) => {
    try {
      await deps.ctx.store.revision();
      return c.json({ ok: true });
    } catch (error) {
      if (isServiceError(error)) logError(error.line);
      else logError(error instanceof Error ? (error.stack ?? error) : error);
      const body =
        error instanceof AppError
          ? { code: error.code, message: error.message }
          : { code: 'internal', message: 'the data store does not answer; see the server log' };
      return c.json({ ok: false, error: body }, 503);
    }
  });
  app.use('*', tokenGuard(deps.token));
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => tooLarge() }));
  const clock = deps.clock ?? (() => deps.ctx.now);
  const scope = deps.accounts ? accountsScope(deps.accounts) : deps.scope;
  if (deps.accounts) {
    app.route('/api', sessionRoutes(deps.accounts, clock, deps.ctx.cache));
    app.use('/api/*', requireSession(deps.accounts, clock));
    app.use('/mcp', requireSession(deps.accounts, clock));
    app.use('/mcp/*', requireSession(deps.accounts, clock));
  }
  const withContext: MiddlewareHandler<ServerEnv> = async (c, next) => {
    const base = scope ? { ...(await scope.contextFor(scope.seekerOf(c.req))), cache: deps.ctx.cache } : deps.ctx;
    c.set('ctx', deps.clock ? { ...base, now: clock() } : base);
    await next();
  };
  app.use('/api/*', withContext, async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/*', idempotentRequests());
  // MCP for agents (src/mcp): the same guards and token as /api, the request's seeker only.
  app.use('/mcp', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => tooLarge() }), withContext);
  app.post('/mcp', async (c) => {
    const { answerMcpRequest } = await import('../mcp/http.js');
    return answerMcpRequest(c.req.raw, c.var.ctx, logError);
  });
  app.on(['GET', 'DELETE'], '/mcp', async () => (await import('../mcp/http.js')).mcpMethodNotAllowed());
  // The feed is outside /api: a calendar app has neither the cookie nor the token; its path carries its own secret.
  app.use('/calendar/*', deps.accounts ? feedContext(deps.accounts, clock) : withContext);
  app.route('/', calendarFeedRoutes);

  app.route('/api', agendaRoutes);
  app.route('/api', opportunityRoutes);
  app.route('/api', factRoutes);
  app.route('/api', settingsRoutes);
  app.route('/api', mailRoutes);
  app.route('/api', calendarRoutes);
  app.route('/api', csvRoutes);
  app.route('/api', liveRoutes);
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );

  mountWebBuild(app, deps.webRoot);
  return app;
}

function tooLarge(): never {
  throw new AppError('invalid_input', `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
}
