/**
 * `afterview secrets rotate` with the built CLI on every dialect: a mail
 * password saved with one key (in the home's secrets.json and, for another
 * seeker, in the store's table) is encrypted again with a new key while the
 * old one is given as $AFTERVIEW_SECRET_KEY_OLD; afterwards the new key
 * alone reads it, the old one is refused in one line, and no key or
 * password is ever printed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyFromText, SecretBox } from '../../src/app/secret-box.js';
import { storeSettings } from '../../src/app/seeker-settings.js';
import { openDatabase } from '../../src/store/index.js';
import { type CliTarget, cliTarget, DIALECTS, type TestDatabase } from '../dialects.js';
import { cli, ensureBuilt } from './cli-runner.js';

const PASSWORD = 'rotate-me-s3cret';
const SMTP = `smtp://sam:${PASSWORD}@mail.example:587`;
const newKey = () => randomBytes(32).toString('base64');
const idOf = (key: string) => keyFromText(key, 'key').id;

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`afterview secrets rotate on ${dialect.name}`, () => {
    let place: TestDatabase;
    let target: CliTarget;
    beforeAll(() => ensureBuilt());
    beforeEach(async () => {
      place = await dialect.freshDatabase();
      target = cliTarget(place.location);
    });
    afterEach(async () => {
      target.remove();
      await place.dispose();
    });
    const run = (args: string[], env: Record<string, string>) => {
      const r = cli(target.home, [...target.args, ...args], { env });
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toContain(PASSWORD);
        for (const value of Object.values(env)) expect(text).not.toContain(value);
      }
      return r;
    };
    const tableValue = async () =>
      (await place.query(`select value from seeker_secrets where seeker_id = 'bo' and name = 'imap.url'`))[0]?.value;

    it('encrypts every saved secret again with the new key; the old key alone no longer opens them', async () => {
      const oldKey = newKey();
      const key = newKey();
      expect(run(['config', 'set', 'smtp.url', SMTP], { AFTERVIEW_SECRET_KEY: oldKey }).code).toBe(0);
      const saved = () => JSON.parse(readFileSync(join(target.home, 'secrets.json'), 'utf8'))['smtp.url'] as string;
      expect(saved()).toMatch(new RegExp(`^v1:${idOf(oldKey)}:`));
      // Another seeker of the same database keeps theirs in the table.
      const db = await openDatabase(place.location);
      try {
        const box = new SecretBox(keyFromText(oldKey, 'key'));
        await storeSettings(await db.forSeeker('bo'), box).secrets.update((s) => ({ ...s, 'imap.url': SMTP }));
      } finally {
        await db.close();
      }
      expect(await tableValue()).toMatch(new RegExp(`^v1:${idOf(oldKey)}:`));

      const noOld = run(['secrets', 'rotate'], { AFTERVIEW_SECRET_KEY: key });
      expect(noOld.code).toBe(2);
      expect(noOld.stderr.trim().split('\n')).toHaveLength(1);
      expect(noOld.stderr).toMatch(/smtp\.url was encrypted with key [0-9a-f]{8}, not with the key given/);

      const rotated = run(['secrets', 'rotate'], { AFTERVIEW_SECRET_KEY: key, AFTERVIEW_SECRET_KEY_OLD: oldKey });
      expect(rotated.code, rotated.stderr).toBe(0);
      expect(rotated.stdout.trim()).toBe(`Encrypted 2 saved secrets in 2 places again with key ${idOf(key)}.`);
      expect(saved()).toMatch(new RegExp(`^v1:${idOf(key)}:`));
      expect(await tableValue()).toMatch(new RegExp(`^v1:${idOf(key)}:`));

      const shown = run(['config', 'get', 'smtp.url'], { AFTERVIEW_SECRET_KEY: key });
      expect(shown.stdout).toContain('smtp://sam:***@mail.example:587');
      const stale = run(['config', 'get', 'smtp.url'], { AFTERVIEW_SECRET_KEY: oldKey });
      expect(stale.code).toBe(2);
      expect(stale.stderr).toMatch(/^afterview: .*smtp\.url was encrypted with key/);
      expect(stale.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('refuses to rotate without a key, saying how to make one', () => {
      const r = run(['secrets', 'rotate'], {});
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no key to encrypt the secrets with; make one with `openssl rand -base64 32`/);
      const bad = run(['secrets', 'rotate'], { AFTERVIEW_SECRET_KEY: 'c2hvcnQ=' });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/\$AFTERVIEW_SECRET_KEY must hold 32 random bytes in base64/);
    });
  });
}
