/**
 * Listening: the app on a real socket, loopback by default. Used by
 * `afterview serve`, the end-to-end tests and the HTTP benchmark.
 */

import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../app/context.js';
import { SeekerCache } from '../app/seeker-cache.js';
import { createApp, type SeekerScope } from './app.js';
import { loopbackHosts, publicHosts } from './security.js';
import type { AccountsGate } from './session.js';

/** The port `afterview serve` uses unless told otherwise. */
export const DEFAULT_PORT = 4411;

export interface ServerOptions {
  ctx: AppContext;
  /** Builds each request's context for its seeker (see `AppDeps.scope`). */
  scope?: SeekerScope;
  /** Accounts mode: sessions, each request scoped to its session's seeker (see `AppDeps.accounts`). */
  accounts?: AccountsGate;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. Default DEFAULT_PORT. */
  port?: number;
  /** Required by callers for a host beyond loopback. */
  token?: string | null;
  /** The address people use to reach the server (a reverse proxy's https URL); its host is allowed too. */
  publicUrl?: URL | null;
  clock?: () => Temporal.Instant;
  webRoot?: string | null;
  logError?: (error: unknown) => void;
}

export interface RunningServer {
  /** `http://127.0.0.1:4411/` (the first allowed address). */
  url: string;
  port: number;
  host: string;
  /** Stops accepting connections and ends idle keep-alive ones. */
  close(): Promise<void>;
}

/**
 * Starts listening. Rejects with the socket error (EADDRINUSE, EACCES) when
 * the address cannot be bound. The Host allow-list is the loopback names on
 * the bound port, plus (see `publicHosts`) the bound address, every
 * interface address and the host name for 0.0.0.0 or ::, and the public
 * URL's host; any other Host is refused.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const requested = options.port ?? DEFAULT_PORT;
  const allowedHosts: string[] = [];
  const app = createApp({
    // A running server keeps seekers' facts and agendas between requests, keyed by seeker and revision.
    ctx: options.ctx.cache ? options.ctx : { ...options.ctx, cache: new SeekerCache() },
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.accounts ? { accounts: options.accounts } : {}),
    token: options.token ?? null,
    allowedHosts,
    ...(options.clock ? { clock: options.clock } : {}),
    webRoot: options.webRoot ?? null,
    ...(options.logError ? { logError: options.logError } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: requested }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  // Filled after binding so port 0 gets its real number; the app reads the array per request.
  const interfaceAddresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  allowedHosts.push(
    ...publicHosts({ host, port, interfaceAddresses, hostname: hostname(), publicUrl: options.publicUrl ?? null }),
    ...loopbackHosts(port),
  );
  return {
    url: `http://${allowedHosts[0]}/`,
    port,
    host,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        // Event streams (GET /api/events) never end by themselves: a moment for answers under way, then they go.
        if ('closeAllConnections' in server) setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
