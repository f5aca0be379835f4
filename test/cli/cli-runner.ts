/**
 * Spawns the built command line (`node dist/cli.js`) for the end-to-end CLI
 * tests, each call in a given data home with a fixed clock and no colour, and
 * hands back its exit code and output. Builds dist/cli.js when it is missing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
/** Thursday, November 26, 2026 (US Thanksgiving), 09:00 in New York. */
export const NOW = '2026-11-26T14:00:00Z';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Builds dist/cli.js with scripts/build.mjs when it does not exist.
 * Throws when the build fails.
 */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** A fresh, empty data home in the temp directory. */
export function freshHome(): string {
  return mkdtempSync(join(tmpdir(), 'afterview-cli-'));
}

/** The environment of a run: this process's, without any AFTERVIEW_ setting, then the home, the clock, no colour, UTC. */
export function cliEnv(home: string, now: string): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AFTERVIEW_')) clean[k] = v;
  return { ...clean, AFTERVIEW_HOME: home, AFTERVIEW_NOW: now, NO_COLOR: '1', TZ: 'UTC' };
}

export interface RunOptions {
  input?: string;
  now?: string;
}

/** Runs `afterview ARGS` synchronously in `home`. Never throws on a non-zero exit. */
export function cli(home: string, args: string[], options: RunOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: cliEnv(home, options.now ?? NOW),
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `afterview ARGS` as a child process without blocking, so several can run at once. */
export function cliAsync(home: string, args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: cliEnv(home, options.now ?? NOW), encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs a command that must succeed and returns its standard output. Throws with its stderr otherwise. */
export function ok(home: string, args: string[], options: RunOptions = {}): string {
  const r = cli(home, args, options);
  if (r.code !== 0) throw new Error(`afterview ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Runs a command that must succeed and parses its standard output as JSON. */
// biome-ignore lint/suspicious/noExplicitAny: command outputs of many shapes, checked by the assertions
export function okJson<T = any>(home: string, args: string[], options: RunOptions = {}): T {
  return JSON.parse(ok(home, args, options)) as T;
}
