/**
 * `afterview serve`: the web app on an opened runtime until SIGINT/SIGTERM.
 * Loopback needs no token; any other address prints a warning and requires
 * a generated token, shown once in the URL to open.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Temporal } from 'temporal-polyfill';
import { startAlwaysOn } from '../app/mail-watch/always-on.js';
import { KEY_HOWTO } from '../app/secret-box.js';
import type { Runtime } from '../main.js';
import { AppError } from '../records/errors.js';
import { generateToken, isLoopback } from './security.js';
import { DEFAULT_PORT, startServer } from './serve.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** `--public-url`: how people reach the server (e.g. behind a TLS reverse proxy). */
  publicUrl?: string;
  /** `--no-sync`: serve only; no mail watch and no morning digest. Default true. */
  sync?: boolean;
}

export interface ServeIo {
  line(text: string): void;
  warn(text: string): void;
}

/**
 * Serves until a stop signal, then closes the server (the caller closes the
 * store). Throws `invalid_input` for a port outside 0-65535 and the socket
 * error when the address cannot be bound.
 */
export async function serveUntilStopped(rt: Runtime, options: ServeOptions, io: ServeIo): Promise<void> {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new AppError('invalid_input', `--port must be from 0 to 65535 (got ${port})`, {
      hint: 'the default is 4411',
    });
  }
  const host = options.host ?? '127.0.0.1';
  const publicUrl = options.publicUrl === undefined ? null : parsePublicUrl(options.publicUrl);
  // Accounts mode: PostgreSQL with at least one account; sessions then stand in for the token.
  const accountsMode = rt.database.dialect === 'postgres' && (await rt.database.accounts().countUsers()) > 0;
  if (accountsMode && rt.secretBox.keyId === null) {
    // Many seekers' mail passwords in one database are never kept in the clear.
    throw new AppError(
      'invalid_setting',
      "accounts mode keeps every seeker's mail passwords and tokens encrypted, and no key is given",
      { hint: KEY_HOWTO },
    );
  }
  const token = accountsMode || isLoopback(host) ? null : generateToken();
  if (accountsMode) {
    io.line('Accounts mode: every request needs a signed-in account (add people with `afterview user add`).');
  } else if (token) {
    io.warn(
      `warning: listening on ${host}, beyond this machine: anyone who can reach it and has the token can read and change your data.`,
    );
  }
  const clock = movingClock(rt.ctx.now);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      ctx: rt.ctx,
      // Each request takes its store from the database; locally every request is the process's seeker.
      scope: { seekerOf: () => rt.config.seekerId, contextFor: rt.contextFor },
      ...(accountsMode
        ? {
            accounts: {
              accounts: rt.database.accounts(),
              contextFor: rt.contextFor,
              secureCookies: publicUrl?.protocol === 'https:',
            },
          }
        : {}),
      host,
      port,
      token,
      publicUrl,
      clock,
      webRoot: findWebRoot(),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new AppError('invalid_input', `port ${port} on ${host} is already in use`, {
        hint: `afterview may already be running there (open http://${host}:${port}/), or pass another with --port`,
      });
    }
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new AppError('invalid_input', `cannot listen on ${host}:${port} (${code})`, {
        hint: 'use a port above 1024 with --port, and an address of this machine with --host',
      });
    }
    throw error;
  }
  const shown = publicUrl === null ? server.url : publicUrl.toString();
  io.line(`afterview is running at ${token ? `${shown}?token=${token}` : shown}`);
  // Mail syncs by itself and the morning digest goes out while the server runs (src/app/mail-watch).
  // With accounts, every seeker's syncs and digests are jobs on PostgreSQL instead (src/app/jobs, loaded only then).
  const seekerId = rt.config.seekerId;
  const jobs =
    options.sync === false || !accountsMode || !rt.config.databaseUrl
      ? null
      : await import('../app/jobs/background-jobs.js')
          .then(({ activeSeekers, seekersWithImap, startBackgroundJobs }) =>
            startBackgroundJobs({
              databaseUrl: rt.config.databaseUrl as string,
              contextFor: async (id) => ({ ...(await rt.contextFor(id)), now: clock() }),
              clock,
              seekers: async () => activeSeekers(await rt.database.accounts().listUsers()),
              // No sync is queued for a seeker without an IMAP account: it would end at once.
              mailSeekers: async () =>
                seekersWithImap(
                  activeSeekers(await rt.database.accounts().listUsers()),
                  await rt.database.seekersWithSecrets(),
                  rt.contextFor,
                  Boolean(rt.config.imapUrl),
                ),
              publicUrl: shown,
              log: (text) => io.warn(`jobs: ${text}`),
            }),
          )
          .catch(async (error: unknown) => {
            await server.close();
            throw new AppError(
              'database_unavailable',
              `cannot start the background jobs (${error instanceof Error ? error.message : String(error)})`,
              { hint: "the server's role needs CREATE on the database at the first start (docs/deploy.md, step 1)" },
            );
          });
  const alwaysOn =
    options.sync === false || accountsMode
      ? null
      : startAlwaysOn({
          seekerId,
          contextFor: async () => ({ ...(await rt.contextFor(seekerId)), now: clock() }),
          publicUrl: shown,
          log: (text) => io.warn(`mail: ${text}`),
        });
  io.line('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await alwaysOn?.stop();
  await jobs?.stop();
  await server.close();
  io.line('Stopped.');
}

/** `--public-url`: an http(s) URL with a host and nothing after the path. Throws `invalid_input`. */
export function parsePublicUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('invalid_input', `--public-url must be a URL (got "${text}")`, {
      hint: 'give the address people open, like https://jobs.example.org',
    });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '' || url.username !== '') {
    throw new AppError(
      'invalid_input',
      `--public-url must be an http:// or https:// address with a host (got "${text}")`,
      {
        hint: 'give the address people open, like https://jobs.example.org',
      },
    );
  }
  return url;
}

/**
 * "Now" for a server that runs for days: the configured instant (the wall
 * clock read once by config, or --now), moved on by the time elapsed since.
 */
export function movingClock(start: Temporal.Instant): () => Temporal.Instant {
  const startedAt = performance.now();
  return () => start.add({ milliseconds: Math.round(performance.now() - startedAt) });
}

/** web/dist next to the package, searched up from this module (tsx source or the esbuild bundle's chunks/). */
export function findWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}
