/**
 * Shared by the server tests: a real SQLite store in a temp home, a fixed
 * clock, and a request helper that speaks as the browser on 127.0.0.1:4411.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../app/context.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { loopbackHosts } from './security.js';

/** Thursday 26 November 2026, 09:00 in New York. */
export const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
export const ZONE = 'America/New_York';
export const HOST = '127.0.0.1:4411';

export interface Harness {
  ctx: AppContext;
  app: ReturnType<typeof createApp>;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function openHarness(
  options: { token?: string | null; webRoot?: string | null; smtpUrl?: string | null; now?: Temporal.Instant } = {},
): Promise<Harness> {
  const home = mkdtempSync(join(tmpdir(), 'afterview-server-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  await store.saveProfile({ ...(await store.getProfile()), timezone: ZONE });
  const ctx: AppContext = { store, now: options.now ?? NOW, machineZone: ZONE, home, smtpUrl: options.smtpUrl ?? null };
  const app = createApp({
    ctx,
    token: options.token ?? null,
    allowedHosts: loopbackHosts(4411),
    webRoot: options.webRoot ?? null,
    logError: () => {},
  });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(`http://${HOST}${path}`, {
      method,
      headers: { host: HOST, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    ctx,
    app,
    call,
    async json<T>(method: string, path: string, body?: unknown) {
      const res = await call(method, path, body);
      return { status: res.status, body: (await res.json()) as T };
    },
    async close() {
      await store.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
