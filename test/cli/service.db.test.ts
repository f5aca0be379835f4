/**
 * `afterview --database URL service install`: the written unit, run as a
 * real process as systemd would, serves that PostgreSQL database (what the
 * CLI added there is what the served API lists). Runs against the test
 * cluster of test/global-setup.ts; skipped without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../dialects.js';
import { freePort } from '../global-setup.js';
import { cli, ensureBuilt, freshHome } from './cli-runner.js';
import { startsAndAnswers, stopServicesAfterEach, unitCommand } from './service-runner.js';

const postgres = DIALECTS.find((d) => d.name === 'postgres')!;

describe.skipIf(postgres.skip !== null)('the service on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    ensureBuilt();
    db = await postgres.freshDatabase();
  }, 60_000);
  afterAll(async () => db?.dispose());
  stopServicesAfterEach();

  it('runs serve on the database install was given, passed in its environment', async () => {
    const home = freshHome();
    const url = db.location.databaseUrl!;
    expect(cli(home, ['--database', url, 'add', 'Quillfeather Labs']).code).toBe(0);
    const port = await freePort();
    const r = cli(
      home,
      ['--home', home, '--database', url, 'service', 'install', '--dry-run', '--json', '--port', String(port)],
      { env: { XDG_CONFIG_HOME: freshHome() } },
    );
    expect(r.code, r.stderr).toBe(0);
    const { argv, env } = unitCommand(JSON.parse(r.stdout).text);
    expect(env).toEqual({ AFTERVIEW_DATABASE_URL: url });
    expect(argv.join(' ')).not.toContain(url);
    await startsAndAnswers(argv, env, port, freshHome());
    const listed = (await (await fetch(`http://127.0.0.1:${port}/api/opportunities`)).json()) as { company: string }[];
    expect(listed.map((o) => o.company)).toEqual(['Quillfeather Labs']);
  }, 60_000);
});
