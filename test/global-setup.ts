/**
 * Vitest global setup: makes a PostgreSQL server available to the store
 * tests (`*.db.test.ts`), which run on every dialect in test/dialects.ts.
 *
 * 1. `AFTERVIEW_TEST_DATABASE_URL` set: use that server as is.
 * 2. else PostgreSQL binaries present (`/usr/lib/postgresql/<v>/bin`): start
 *    a throwaway cluster in a temp dir on a free loopback port (as user
 *    `postgres` when run as root, fsync off), and stop and delete it after.
 * 3. else with `CI` set: fail, since CI must test PostgreSQL.
 * 4. else: warn in one line; the PostgreSQL dialect is skipped.
 *
 * When no selected test file is a `*.db.test.ts`, nothing is started.
 * The URL reaches the tests through `inject('postgresUrl')`.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL for the store tests, or null to skip that dialect. */
    postgresUrl: string | null;
  }
}

const POSTGRES_ROOT = '/usr/lib/postgresql';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('postgresUrl', null);
  const { testFiles } = await project.globTestFiles(project.vitest.config.filters);
  if (!testFiles.some((f) => f.endsWith('.db.test.ts'))) return undefined;

  const given = process.env.AFTERVIEW_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const why = `no PostgreSQL: set AFTERVIEW_TEST_DATABASE_URL or install postgresql (looked in ${POSTGRES_ROOT}/*/bin)`;
    if (process.env.CI) throw new Error(`CI is set but ${why}`);
    console.warn(`[store tests] ${why}; the PostgreSQL dialect is skipped`);
    return undefined;
  }
  const cluster = await startCluster(bin);
  project.provide('postgresUrl', cluster.url);
  return cluster.stop;
}

/** The newest installed PostgreSQL's bin directory, or null. */
export function findPostgresBin(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((v) => existsSync(join(POSTGRES_ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(POSTGRES_ROOT, versions[0], 'bin') : null;
}

/**
 * initdb + pg_ctl start in a fresh temp dir; trust auth on loopback only.
 * Throws with the server log when the cluster does not start.
 */
export async function startCluster(bin: string): Promise<{
  url: string;
  /** Stops the server and deletes the cluster. */
  stop: () => Promise<void>;
  /** Stops the server at once (as a crash would: open connections are cut), keeping the cluster. */
  pause: () => void;
  /** Stops the server (fast shutdown: sessions are ended), keeping its data. */
  halt: () => void;
  /** Starts a paused or halted server again on the same port. */
  resume: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(run('id', ['-u', 'postgres']).trim());
    const gid = Number(run('id', ['-g', 'postgres']).trim());
    chownSync(dir, uid, gid);
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(dir, 'data');
  pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start']);
  try {
    start();
  } catch (error) {
    const log = existsSync(join(dir, 'log')) ? run('cat', [join(dir, 'log')]) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pause: () => {
      pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    halt: () => {
      pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    resume: () => {
      start();
    },
    stop: async () => {
      try {
        pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** A TCP port free on 127.0.0.1 right now (nothing listens on it: a closed port to connect to). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
