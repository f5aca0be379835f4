/**
 * Secrets encrypted at rest, on every dialect: a mail password, an OAuth
 * token and the calendar feed's token are sealed (AES-256-GCM) in the
 * store's table and in the home's secrets.json, read back as saved, refused
 * in one clear line with a wrong key (no secret in it), re-sealed with a new
 * key while the old one opens what it sealed, and values saved before
 * encryption are read and sealed on the next write. The raw rows and file
 * are read directly, not through the code under test.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarFeedAllows, calendarFeedToken } from '../../src/app/commands/calendar-feed.js';
import { resealSecrets } from '../../src/app/commands/secrets.js';
import type { AppContext } from '../../src/app/context.js';
import { keyFromText, loadSecretBox, SecretBox } from '../../src/app/secret-box.js';
import { homeSettings, storeSettings } from '../../src/app/seeker-settings.js';
import { AppError } from '../../src/records/errors.js';
import { openDatabase } from '../../src/store/index.js';
import type { StoreDatabase } from '../../src/store/store.types.js';
import { DIALECTS, type TestDatabase } from '../dialects.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
const PASSWORD = 'pa55-w0rd-never-shown';
const SMTP = `smtp://ann:${PASSWORD}@mail.example:587`;
const OAUTH = 'ya29.refresh-token-of-ann';

const newKeyText = () => randomBytes(32).toString('base64');
const boxOf = (current: string | null, old: string | null = null) =>
  new SecretBox(current ? keyFromText(current, 'test key') : null, old ? keyFromText(old, 'old test key') : null);

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the secret box', () => {
  it('seals with a version and key id, opens what it sealed, and binds the value to its name', () => {
    const key = newKeyText();
    const box = boxOf(key);
    const sealed = box.seal('smtp.url', SMTP);
    expect(sealed).toMatch(new RegExp(`^v1:${box.keyId}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$`));
    expect(sealed).not.toContain(PASSWORD);
    expect(box.seal('smtp.url', SMTP)).not.toBe(sealed);
    expect(box.open('smtp.url', sealed)).toBe(SMTP);
    expect(() => box.open('imap.url', sealed)).toThrow(/imap\.url does not open with key/);
    expect(box.keyId).not.toContain(key.slice(0, 6));
  });

  it('refuses a bad key in one line without the key in it', () => {
    const bad = `${newKeyText().slice(0, 20)}`;
    for (const sources of [{ key: bad }, { key: 'not base64 at all!' }]) {
      const error = (() => {
        try {
          loadSecretBox(sources);
        } catch (e) {
          return e as AppError;
        }
        return null;
      })();
      expect(error?.code).toBe('invalid_setting');
      expect(error?.message).toMatch(/^\$AFTERVIEW_SECRET_KEY must hold 32 random bytes in base64/);
      expect(`${error?.message} ${error?.hint}`).not.toContain(sources.key);
      expect(error?.hint).toMatch(/openssl rand -base64 32/);
    }
    expect(() => loadSecretBox({ oldKey: newKeyText() })).toThrow(/OLD is given without/);
    expect(() => loadSecretBox({ key: newKeyText(), keyFile: '/nope' })).toThrow(/both/);
    expect(() => loadSecretBox({ keyFile: '/no/such/key' })).toThrow(
      /cannot read the key file \/no\/such\/key .*ENOENT/,
    );
    expect(loadSecretBox({}).keyId).toBeNull();
  });

  it('reads the key from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterview-key-'));
    try {
      const key = newKeyText();
      const file = join(dir, 'secret.key');
      writeFileSync(file, `${key}\n`, { mode: 0o600 });
      expect(loadSecretBox({ keyFile: file }).keyId).toBe(boxOf(key).keyId);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`secrets at rest on ${dialect.name}`, () => {
    let place: TestDatabase;
    let db: StoreDatabase;
    let home: string;
    const contextFor = async (seekerId: string, box: SecretBox): Promise<AppContext> => {
      const store = await db.forSeeker(seekerId);
      return { store, now: NOW, machineZone: 'UTC', home, settings: storeSettings(store, box) };
    };
    /** The seeker's rows as the table holds them. */
    const rawRows = async (seekerId: string) =>
      Object.fromEntries(
        (await place.query(`select name, value from seeker_secrets where seeker_id = '${seekerId}' order by name`)).map(
          (r) => [r.name as string, r.value as string],
        ),
      );
    beforeEach(async () => {
      place = await dialect.freshDatabase();
      db = await openDatabase(place.location);
      home = mkdtempSync(join(tmpdir(), 'afterview-at-rest-'));
    });
    afterEach(async () => {
      await db.close();
      await place.dispose();
      rmSync(home, { recursive: true, force: true });
    });

    it('keeps no secret in the clear in the table, and reads every one back', async () => {
      const box = boxOf(newKeyText());
      const ann = await contextFor('ann', box);
      const secrets = ann.settings?.secrets;
      await secrets?.update((s) => ({ ...s, 'smtp.url': SMTP, 'digest.hour': '7' }));
      await secrets?.update((s) => ({ ...s, 'oauth.google.refresh': OAUTH }) as typeof s);
      const token = await calendarFeedToken(ann);

      const raw = await rawRows('ann');
      const dump = JSON.stringify(raw);
      for (const secret of [PASSWORD, OAUTH, token]) expect(dump).not.toContain(secret);
      for (const name of ['smtp.url', 'oauth.google.refresh', 'calendar.token'])
        expect(raw[name]).toMatch(new RegExp(`^v1:${box.keyId}:`));
      // Not a secret: the digest's hour stays readable.
      expect(raw['digest.hour']).toBe('7');

      expect(await secrets?.read()).toEqual({
        'smtp.url': SMTP,
        'oauth.google.refresh': OAUTH,
        'calendar.token': token,
        'digest.hour': '7',
      });
      expect(await calendarFeedAllows(ann, token)).toBe(true);
      expect(await db.seekersWithSecrets()).toEqual(['ann']);
      if (dialect.name === 'postgres') {
        // The feed finds its seeker by the token though the token is sealed (0011).
        expect(await db.accounts().seekerOfFeedToken(token)).toBe('ann');
        expect(await db.accounts().seekerOfFeedToken(`${token}x`)).toBeNull();
      }
    });

    it('refuses a wrong key or no key in one line naming the secret, never its value', async () => {
      const ann = await contextFor('ann', boxOf(newKeyText()));
      await ann.settings?.secrets.update((s) => ({ ...s, 'smtp.url': SMTP }));
      const otherKey = newKeyText();
      const wrong = await failure(
        (await contextFor('ann', boxOf(otherKey))).settings?.secrets.read() as Promise<unknown>,
      );
      expect(wrong.code).toBe('invalid_setting');
      expect(wrong.message).toMatch(
        /^the saved secret smtp\.url was encrypted with key [0-9a-f]{8}, not with the key given/,
      );
      const none = await failure((await contextFor('ann', boxOf(null))).settings?.secrets.read() as Promise<unknown>);
      expect(none.message).toMatch(/smtp\.url is encrypted \(key [0-9a-f]{8}\) and no key is given/);
      for (const error of [wrong, none]) {
        const text = `${error.message} ${error.hint} ${String(error.stack)}`;
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(otherKey);
      }
      // A wrong key writes nothing either.
      const before = await rawRows('ann');
      await failure(
        (await contextFor('ann', boxOf(otherKey))).settings?.secrets.update((s) => ({
          ...s,
          'imap.url': 'x',
        })) as Promise<unknown>,
      );
      expect(await rawRows('ann')).toEqual(before);
    });

    it('re-seals with a new key while the old one opens what it sealed, then needs only the new one', async () => {
      const oldKey = newKeyText();
      const newKey = newKeyText();
      const ann = await contextFor('ann', boxOf(oldKey));
      await ann.settings?.secrets.update((s) => ({ ...s, 'smtp.url': SMTP, 'imap.url': `imaps://ann:${PASSWORD}@x` }));
      const token = await calendarFeedToken(ann);
      const rotating = boxOf(newKey, oldKey);
      expect(await (await contextFor('ann', rotating)).settings?.secrets.read()).toHaveProperty('smtp.url', SMTP);
      expect(await resealSecrets(await contextFor('ann', rotating))).toEqual({ secrets: 3, keyId: rotating.keyId });
      const raw = await rawRows('ann');
      for (const name of ['smtp.url', 'imap.url', 'calendar.token'])
        expect(raw[name]).toMatch(new RegExp(`^v1:${rotating.keyId}:`));
      const after = await (await contextFor('ann', boxOf(newKey))).settings?.secrets.read();
      expect(after).toEqual({ 'smtp.url': SMTP, 'imap.url': `imaps://ann:${PASSWORD}@x`, 'calendar.token': token });
      await failure((await contextFor('ann', boxOf(oldKey))).settings?.secrets.read() as Promise<unknown>);
      if (dialect.name === 'postgres') expect(await db.accounts().seekerOfFeedToken(token)).toBe('ann');
      await expect(resealSecrets(await contextFor('ann', boxOf(null)))).rejects.toThrow(/no key to encrypt/);
    });

    it('reads values saved before encryption and seals them on the next write', async () => {
      const plain = await contextFor('bo', boxOf(null));
      await plain.settings?.secrets.update((s) => ({ ...s, 'smtp.url': SMTP }));
      expect((await rawRows('bo'))['smtp.url']).toBe(SMTP);
      const box = boxOf(newKeyText());
      const bo = await contextFor('bo', box);
      expect(await bo.settings?.secrets.read()).toEqual({ 'smtp.url': SMTP });
      await bo.settings?.secrets.update((s) => ({ ...s, 'digest.hour': '8' }));
      expect((await rawRows('bo'))['smtp.url']).toMatch(new RegExp(`^v1:${box.keyId}:`));
      expect(await bo.settings?.secrets.read()).toEqual({ 'smtp.url': SMTP, 'digest.hour': '8' });
    });
  });
}

describe('secrets at rest in the home', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'afterview-home-secrets-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('seals the values of secrets.json (0600), reads them back, and keeps them as they are without a key', async () => {
    const box = boxOf(newKeyText());
    const settings = homeSettings(home, box);
    await settings.secrets.update((s) => ({ ...s, 'smtp.url': SMTP, 'oauth.google.refresh': OAUTH }) as typeof s);
    const file = join(home, 'secrets.json');
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain(PASSWORD);
    expect(raw).not.toContain(OAUTH);
    expect(JSON.parse(raw)['smtp.url']).toMatch(new RegExp(`^v1:${box.keyId}:`));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await settings.secrets.read()).toEqual({ 'smtp.url': SMTP, 'oauth.google.refresh': OAUTH });
    await expect(homeSettings(home, boxOf(newKeyText())).secrets.read()).rejects.toThrow(
      /smtp\.url was encrypted with key/,
    );

    const other = mkdtempSync(join(tmpdir(), 'afterview-home-plain-'));
    try {
      await homeSettings(other).secrets.update((s) => ({ ...s, 'smtp.url': SMTP }));
      expect(JSON.parse(readFileSync(join(other, 'secrets.json'), 'utf8'))['smtp.url']).toBe(SMTP);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
