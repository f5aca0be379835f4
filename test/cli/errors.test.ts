/**
 * How the command line fails (CONTRACT.md exit codes): a service that cannot
 * be reached (PostgreSQL, SMTP, IMAP on a closed port) is one line and exit 3,
 * never showing a password; a bad -o, --home, option or command is one line
 * and exit 2; standard input from a slow pipe is read whole; and every reader
 * stops at its size limit on an endless input (/dev/zero) with one line and
 * exit 2, its memory watched and the process killed if it runs away.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../global-setup.js';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ok, okJson, ROOT } from './cli-runner.js';

beforeAll(() => ensureBuilt(), 60_000);

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}

/** Exit `code`, exactly one line on standard error matching `mentions`, no stack trace. */
function expectOneLine(r: { code: number; stderr: string }, code: number, mentions: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(lines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/this is a bug|at .*\.js:\d+|node:internal/);
  expect(r.stderr).toMatch(mentions);
}

interface Watched {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident set, in MB (from /proc; 0 where there is none). */
  peakMb: number;
  /** Why the watchdog killed it, or null. */
  killed: string | null;
}

/** Memory past which a reader is taken to be running away (all of them stop well below). */
const RUNAWAY_MB = 900;

/**
 * Runs `afterview ARGS` with its standard input a pipe, writing `input`
 * after `delayMs` (or nothing, closed at once), and kills it when its
 * resident memory passes RUNAWAY_MB or it runs past `timeoutMs`.
 */
function runWatched(
  home: string,
  args: string[],
  options: { input?: string | Buffer; delayMs?: number; timeoutMs?: number } = {},
): Promise<Watched> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cliEnv(home), stdio: 'pipe' });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out.stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    out.stderr += d;
  });
  child.stdin.on('error', () => {}); // the child may stop reading early, which is the point
  setTimeout(() => child.stdin.end(options.input ?? ''), options.delayMs ?? 0);
  let peakKb = 0;
  let killed: string | null = null;
  const started = Date.now();
  const watch = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, rss, hwm);
    } catch {
      // gone, or no /proc
    }
    if (peakKb / 1024 > RUNAWAY_MB) killed = `resident memory passed ${RUNAWAY_MB} MB`;
    else if (Date.now() - started > (options.timeoutMs ?? 25_000)) killed = 'it ran too long';
    if (killed) child.kill('SIGKILL');
  }, 25);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ code, ...out, peakMb: Math.round(peakKb / 1024), killed });
    });
  });
}

describe('a service that cannot be reached: exit 3, one line naming it, never the password', () => {
  it('PostgreSQL on a closed port', async () => {
    const port = await freePort();
    const home = freshHome();
    const r = cli(home, ['--database', `postgres://u:secret@127.0.0.1:${port}/x`, 'list']);
    expectOneLine(
      r,
      3,
      new RegExp(`PostgreSQL server at 127\\.0\\.0\\.1:${port} \\(connection refused\\).*--database`),
    );
    expect(r.stderr + r.stdout).not.toContain('secret');
    expect(existsSync(join(home, 'afterview.db'))).toBe(false);
  });

  it('the SMTP server on `send`, and nothing is logged as sent', async () => {
    const home = freshHome();
    ok(home, ['demo']);
    ok(home, ['config', 'set', 'email', 'sam@example.com']);
    const port = await freePort();
    ok(home, ['config', 'set', 'smtp.url', `smtp://sam:secret@127.0.0.1:${port}`]);
    const agenda = okJson<{ items: { id: string; draft: { to: string | null } | null }[] }>(home, [
      'agenda',
      '--all',
      '--json',
    ]);
    const item = agenda.items.find((i) => i.draft?.to);
    expect(item).toBeDefined();
    const before = ok(home, ['export']);
    const r = cli(home, ['send', item!.id]);
    expectOneLine(r, 3, new RegExp(`SMTP server at 127\\.0\\.0\\.1:${port} \\(connection refused\\)`));
    expect(r.stderr + r.stdout).not.toContain('secret');
    expect(ok(home, ['export'])).toBe(before);
  });

  it('the IMAP server on `sync imap`', async () => {
    const home = freshHome();
    const port = await freePort();
    ok(home, ['config', 'set', 'imap.url', `imap://sam:secret@127.0.0.1:${port}`]);
    const r = cli(home, ['sync', 'imap']);
    expectOneLine(r, 3, new RegExp(`IMAP server at 127\\.0\\.0\\.1:${port} \\(connection refused\\)`));
    expect(r.stderr + r.stdout).not.toContain('secret');
  });
});

describe('bad paths and words: exit 2, one line', () => {
  it('export -o naming a folder, or a file in a missing folder, writes nothing', () => {
    const home = freshHome();
    ok(home, ['add', 'Acme']);
    const out = freshHome();
    expectOneLine(cli(home, ['export', '-o', out]), 2, /cannot write .* \(it is a folder\)/);
    expectOneLine(
      cli(home, ['export', '-o', join(out, 'missing', 'backup.json')]),
      2,
      /cannot write .*backup\.json \(its folder does not exist\)/,
    );
    expectOneLine(cli(home, ['export', 'ics', '-o', out]), 2, /cannot write .* \(it is a folder\)/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('--home naming a regular file', () => {
    const file = join(freshHome(), 'not-a-folder');
    writeFileSync(file, 'x');
    expectOneLine(cli(freshHome(), ['--home', file, 'list']), 2, /data home .*not-a-folder is not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('a line break the user typed is shown escaped, never as a second line', () => {
    const r = cli(freshHome(), ['show', 'Acme\nInjected: line']);
    expectOneLine(r, 2, /Acme\\nInjected: line/);
  });

  it('an unknown option or command says the near name in the same line', () => {
    expectOneLine(cli(freshHome(), ['list', '--jsn']), 2, /unknown option '--jsn' \(did you mean --json\?\)/);
    expectOneLine(cli(freshHome(), ['lsit']), 2, /unknown command "lsit" \(did you mean list\?\)/);
    expectOneLine(cli(freshHome(), ['frobnicate']), 2, /unknown command "frobnicate"; see `afterview help`/);
  });
});

describe('standard input from a pipe that delivers late', () => {
  it('imports a data file written 300 ms after the start', async () => {
    const source = freshHome();
    ok(source, ['demo']);
    const doc = ok(source, ['export']);
    const home = freshHome();
    const r = await runWatched(home, ['import', '-'], { input: doc, delayMs: 300 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported \d+ opportunities/);
    expect(ok(home, ['export'])).toBe(doc);
  });

  it('tone-checks a text written 300 ms after the start', async () => {
    const r = await runWatched(freshHome(), ['check', '-', '--json'], {
      input: 'Sorry to bother you again, I really need this job!!!',
      delayMs: 300,
    });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { flags: unknown[] }).flags.length).toBeGreaterThan(0);
  });
});

describe('an endless input stops at the reader limit: exit 2, one line, memory bounded', () => {
  const readers: [string, string[], RegExp][] = [
    ['a data file', ['import', '/dev/zero'], /\/dev\/zero is larger than 200 MB, the limit for a data file/],
    ['a calendar', ['import', 'ics', '/dev/zero'], /\/dev\/zero is larger than 10 MB, the limit for a calendar file/],
    ['a text to check', ['check', '/dev/zero'], /\/dev\/zero is larger than 1 MB, the limit for a message text/],
    ['mail', ['import', 'mail', '/dev/zero'], /not a file or folder of mail: \/dev\/zero/],
  ];
  it.each(readers)('%s', async (_what, args, mentions) => {
    const home = freshHome();
    const r = await runWatched(home, args);
    expect(r.killed, `${r.killed}: ${r.stderr}`).toBeNull();
    expectOneLine({ code: r.code ?? -1, stderr: r.stderr }, 2, mentions);
    expect(r.peakMb).toBeLessThan(600);
  });

  it('a data file on an endless pipe', async () => {
    const r = await runWatched(freshHome(), ['import', '-'], { input: Buffer.alloc(201 * 1024 * 1024, 32) });
    expect(r.killed, `${r.killed}: ${r.stderr}`).toBeNull();
    expectOneLine({ code: r.code ?? -1, stderr: r.stderr }, 2, /standard input is larger than 200 MB/);
  });

  it('mail on a named pipe: a message past 50 MB is reported and skipped, memory bounded', async () => {
    const home = freshHome();
    const fifo = join(freshHome(), 'mail.fifo');
    execFileSync('mkfifo', [fifo]);
    const running = runWatched(home, ['import', 'mail', fifo, '--json']);
    const writer = createWriteStream(fifo);
    writer.on('error', () => {}); // the reader may stop before the end: that is what is tested
    writer.write('Subject: huge\n\n');
    writer.end(Buffer.alloc(51 * 1024 * 1024, 120));
    const r = await running;
    expect(r.killed, `${r.killed}: ${r.stderr}`).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { failed: number; messages: { detail: string }[] };
    expect(report.failed).toBe(1);
    expect(report.messages[0]?.detail).toMatch(/larger than 50 MB, the limit for one message/);
    expect(r.peakMb).toBeLessThan(600);
  });

  it('a folder holding a device (a link to /dev/zero) reports it and reads the rest', async () => {
    const home = freshHome();
    const folder = join(freshHome(), 'mail');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.eml'), 'Subject: hello\nFrom: x@example.com\nMessage-ID: <a@example.com>\n\nhi\n');
    symlinkSync('/dev/zero', join(folder, 'zero.eml'));
    const r = await runWatched(home, ['import', 'mail', folder, '--json']);
    expect(r.killed, `${r.killed}: ${r.stderr}`).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      failed: number;
      messages: { source: string; outcome: string; detail: string }[];
    };
    expect(report.messages.map((m) => [m.source.replace(folder, ''), m.outcome === 'failed'])).toEqual([
      ['/a.eml', false],
      ['/zero.eml', true],
    ]);
    expect(report.messages[1]?.detail).toMatch(/not a file or folder/);
  });
});
