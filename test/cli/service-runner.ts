/**
 * For the tests of `afterview service`: reading a written systemd unit's
 * command line and environment as systemd does, and running it as the
 * service manager would (its own environment only), until /healthz answers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, expect } from 'vitest';
import { until } from '../until.js';

/** The arguments of a systemd command line or `Environment=` value: double quotes, backslash escapes, `%%` and `$$`. */
export function systemdWords(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string);
    words.push(raw.replace(/%%/g, '%').replace(/\$\$/g, '$'));
  }
  return words;
}

/** The command line and environment of a unit's [Service] section. */
export function unitCommand(unit: string): { argv: string[]; env: Record<string, string> } {
  const exec = /^ExecStart=(.*)$/m.exec(unit)?.[1];
  if (!exec) throw new Error(`no ExecStart line in:\n${unit}`);
  const env: Record<string, string> = {};
  for (const m of unit.matchAll(/^Environment=(.*)$/gm)) {
    for (const pair of systemdWords(m[1] as string)) {
      const at = pair.indexOf('=');
      env[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return { argv: systemdWords(exec), env };
}

const running: ChildProcess[] = [];

/** Stops every service these helpers started, after each test of the file that imports them. */
export function stopServicesAfterEach(): void {
  afterEach(async () => {
    for (const child of running.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    }
  });
}

/** Starts `argv` as a service manager does (its own environment only, cwd /) and waits for /healthz on `port`. */
export async function startsAndAnswers(argv: string[], env: Record<string, string>, port: number, userHome: string) {
  const [command, ...args] = argv as [string, ...string[]];
  const child = spawn(command, args, {
    cwd: '/',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: userHome, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const body = await until(
    `/healthz on port ${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${output}`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      return res?.status === 200 ? ((await res.json()) as unknown) : null;
    },
    20_000,
  );
  expect(body).toEqual({ ok: true });
  return output;
}
