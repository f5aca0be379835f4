/**
 * `afterview user add|list|disable` with the built CLI on the test
 * PostgreSQL, and `afterview serve` switching to accounts mode once an
 * account exists (a real server process: nobody gets 401, the sign-in link
 * gives a session), refusing to start there without a key for the
 * seekers' secrets. On SQLite `user` refuses with exit 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../dialects.js';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ROOT } from './cli-runner.js';

const postgres = DIALECTS.find((d) => d.name === 'postgres')!;

describe('afterview user on SQLite', () => {
  it('refuses: accounts need PostgreSQL', () => {
    ensureBuilt();
    const r = cli(freshHome(), ['user', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PostgreSQL/);
  });
});

describe.skipIf(postgres.skip !== null)('afterview user and serve on PostgreSQL', () => {
  let db: TestDatabase;
  let url: string;
  beforeAll(async () => {
    ensureBuilt();
    db = await postgres.freshDatabase();
    url = db.location.databaseUrl!;
  }, 60_000);
  afterAll(async () => db?.dispose());

  it('adds, lists and disables accounts; a second add of one address is refused', () => {
    const home = freshHome();
    const added = cli(home, ['--database', url, 'user', 'add', 'Sam@Example.org', '--name', 'Sam Lee']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/\/signin\?token=[\w-]{43}/);
    const coach = cli(home, ['--database', url, 'user', 'add', 'kim@example.org', '--coach', '--json']);
    expect(JSON.parse(coach.stdout)).toMatchObject({ email: 'kim@example.org', role: 'coach', name: 'kim' });
    expect(cli(home, ['--database', url, 'user', 'add', 'sam@example.org']).code).toBe(2);
    expect(cli(home, ['--database', url, 'user', 'add', 'not-an-address']).code).toBe(2);
    const list = JSON.parse(cli(home, ['--database', url, 'user', 'list', '--json']).stdout);
    expect(list).toEqual([
      { email: 'kim@example.org', name: 'kim', role: 'coach', disabled: false, password: false },
      { email: 'sam@example.org', name: 'Sam Lee', role: 'seeker', disabled: false, password: false },
    ]);
    expect(cli(home, ['--database', url, 'user', 'disable', 'kim@example.org']).code).toBe(0);
    expect(cli(home, ['--database', url, 'user', 'disable', 'nobody@example.org']).code).toBe(2);
    expect(cli(home, ['--database', url, 'user', 'list']).stdout).toMatch(/kim@example\.org {2}coach {2}disabled/);
  });

  it('serves in accounts mode once an account exists', async () => {
    const home = freshHome();
    const added = cli(home, ['--database', url, 'user', 'add', 'lee@example.org', '--json']);
    const link = JSON.parse(added.stdout).link as string;
    // Without a key for the seekers' secrets it does not start, and says in one line how to make one.
    const refused = spawnSync(process.execPath, [CLI, '--database', url, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: cliEnv(home),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(refused.status, refused.stdout).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/no key is given; make one with `openssl rand -base64 32`/);
    const key = randomBytes(32).toString('base64');
    const child = spawn(process.execPath, [CLI, '--database', url, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: cliEnv(home, undefined, { AFTERVIEW_SECRET_KEY: key }),
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /running at (http:\/\/\S+?\/)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      expect((await fetch(new URL('/api/agenda', base))).status).toBe(401);
      const token = new URL(link, base).searchParams.get('token');
      const signIn = await fetch(new URL('/api/session', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect((await fetch(new URL('/api/agenda', base), { headers: { cookie } })).status).toBe(200);
    } finally {
      child.kill('SIGINT');
    }
  }, 60_000);
});
