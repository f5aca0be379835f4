/**
 * On PostgreSQL (`--database`) the data home holds no database but still
 * gets the agenda cache, the holiday cache and the secrets file: it must be
 * created private (0700), as the SQLite store creates it. Runs the built CLI
 * against the test cluster of test/global-setup.ts; skipped without one.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../dialects.js';
import { cli, ensureBuilt, freshHome } from './cli-runner.js';

const postgres = DIALECTS.find((d) => d.name === 'postgres')!;

describe.skipIf(postgres.skip !== null)('the data home on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    ensureBuilt();
    db = await postgres.freshDatabase();
  }, 60_000);
  afterAll(async () => db?.dispose());

  it('is created 0700, like on SQLite', () => {
    const home = join(freshHome(), 'nested', 'home');
    const url = db.location.databaseUrl!;
    for (const args of [['config', 'set', 'country', 'US'], ['add', 'Acme'], ['today']]) {
      const r = cli(home, ['--database', url, ...args]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(statSync(join(home, 'cache')).isDirectory()).toBe(true);
    for (const dir of [join(home, '..'), home, join(home, 'cache')])
      expect((statSync(dir).mode & 0o777).toString(8), dir).toBe('700');
    // The same home on SQLite, for comparison.
    const sqliteHome = join(freshHome(), 'nested', 'home');
    expect(cli(sqliteHome, ['add', 'Acme']).code).toBe(0);
    expect((statSync(sqliteHome).mode & 0o777).toString(8)).toBe('700');
  });
});
