/**
 * Secrets encrypted at rest: mail account URLs with their passwords, OAuth
 * tokens and the calendar feed's token, sealed with AES-256-GCM (node:crypto)
 * before they reach the home's `secrets.json` or the store's
 * `seeker_secrets` table, and opened again when read.
 *
 * A sealed value is `v1:<keyid>:<iv>:<ciphertext+tag>` (iv and data in
 * base64url): the version says how it was sealed, the key id which key (a
 * short hash of the key, never the key), so a value sealed with the key
 * before a rotation is still recognised and opened with
 * `AFTERVIEW_SECRET_KEY_OLD`. The secret's name is bound to its value
 * (additional authenticated data): a value moved to another name does not
 * open. A value that is not sealed (saved before encryption, or where no
 * key is configured) is read as it is and sealed on the next write.
 *
 * Nothing here puts a key, a value or a part of one in an error message.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../records/errors.js';

/** The prefix of a value sealed by this version. */
const V1 = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** How an operator makes a key: what every "no key" message says. */
export const KEY_HOWTO =
  'make one with `openssl rand -base64 32` and give it as $AFTERVIEW_SECRET_KEY, or keep it in a file (mode 0600) named by $AFTERVIEW_SECRET_KEY_FILE';

/** One AES-256 key and its public id. */
export interface SecretKey {
  /** 8 hex digits of a hash of the key: names it in sealed values and messages without revealing it. */
  readonly id: string;
  readonly bytes: Buffer;
}

/** Where the keys come from (`src/config.ts` reads the environment; the files are read here). */
export interface SecretKeySources {
  /** `$AFTERVIEW_SECRET_KEY`: 32 bytes in base64. */
  key?: string | null | undefined;
  /** `$AFTERVIEW_SECRET_KEY_FILE`: a file holding that. */
  keyFile?: string | null | undefined;
  /** `$AFTERVIEW_SECRET_KEY_OLD`: the key before a rotation, only to open what it sealed. */
  oldKey?: string | null | undefined;
  /** `$AFTERVIEW_SECRET_KEY_OLD_FILE`. */
  oldKeyFile?: string | null | undefined;
}

/** True when `value` is sealed (`v1:...`), whatever key sealed it. */
export function isSealed(value: string): boolean {
  return value.startsWith(`${V1}:`);
}

/**
 * Seals and opens secret values with the current key, and opens values
 * sealed with the old one. Without a current key it seals nothing (values
 * are kept as they are, the local home's behaviour) and opens nothing
 * sealed.
 */
export class SecretBox {
  readonly #current: SecretKey | null;
  readonly #old: SecretKey | null;

  constructor(current: SecretKey | null, old: SecretKey | null = null) {
    this.#current = current;
    this.#old = old;
  }

  /** The current key's id, or null when there is no key (values are then kept unsealed). */
  get keyId(): string | null {
    return this.#current?.id ?? null;
  }

  /** The sealed form of `plain`, saved under `name`; `plain` itself when there is no key. */
  seal(name: string, plain: string): string {
    const key = this.#current;
    if (!key) return plain;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
    cipher.setAAD(aad(name));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [V1, key.id, iv.toString('base64url'), data.toString('base64url')].join(':');
  }

  /**
   * The plain value of `stored`, saved under `name`. An unsealed value is
   * returned as it is. Throws AppError `invalid_setting` (naming the secret
   * and the key ids, never a value) when it was sealed with a key not given,
   * does not open with its key, or is not a sealed value at all.
   */
  open(name: string, stored: string): string {
    if (!isSealed(stored)) return stored;
    const [, keyId, ivText, dataText, ...rest] = stored.split(':');
    if (!keyId || ivText === undefined || dataText === undefined || rest.length > 0) {
      throw new AppError('invalid_setting', `the saved secret ${name} is damaged: it is not v1:KEYID:IV:DATA`, {
        hint: `set ${name} again`,
      });
    }
    const key = [this.#current, this.#old].find((k) => k?.id === keyId);
    if (!key) throw this.#unknownKey(name, keyId);
    const iv = Buffer.from(ivText, 'base64url');
    const data = Buffer.from(dataText, 'base64url');
    try {
      if (iv.length !== IV_BYTES || data.length < TAG_BYTES) throw new Error('short');
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv);
      decipher.setAAD(aad(name));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      // The cause (OpenSSL's words) is left out on purpose: nothing of the value or key leaves here.
      throw new AppError(
        'invalid_setting',
        `the saved secret ${name} does not open with key ${keyId}: it was changed after it was saved`,
        { hint: `set ${name} again` },
      );
    }
  }

  /** True when `stored` is already as the next write would save it: sealed with the current key (or, with no key, anything). */
  isCurrent(stored: string): boolean {
    if (!this.#current) return true;
    return stored.startsWith(`${V1}:${this.#current.id}:`);
  }

  #unknownKey(name: string, keyId: string): AppError {
    if (!this.#current) {
      return new AppError(
        'invalid_setting',
        `the saved secret ${name} is encrypted (key ${keyId}) and no key is given to open it`,
        { hint: 'set $AFTERVIEW_SECRET_KEY (or $AFTERVIEW_SECRET_KEY_FILE) to the key it was saved with' },
      );
    }
    const given = [this.#current, this.#old].filter((k): k is SecretKey => k !== null).map((k) => k.id);
    return new AppError(
      'invalid_setting',
      `the saved secret ${name} was encrypted with key ${keyId}, not with the key given (${given.join(', ')})`,
      {
        hint: `give that key as $AFTERVIEW_SECRET_KEY, or as $AFTERVIEW_SECRET_KEY_OLD beside the new one and run \`afterview secrets rotate\``,
      },
    );
  }
}

/** The data bound to a value: its name, so a value moved to another name does not open. */
function aad(name: string): Buffer {
  return Buffer.from(`afterview:${V1}:${name}`, 'utf8');
}

/** The id of a key: 8 hex digits of a hash of it (not enough to learn anything about the key). */
function keyIdOf(bytes: Buffer): string {
  return createHash('sha256').update('afterview secret key id\0').update(bytes).digest('hex').slice(0, 8);
}

/**
 * A key from its base64 text, read from `source` (the variable or file
 * named in messages). Throws `invalid_setting` saying what a key must be;
 * the message never contains the text.
 */
export function keyFromText(text: string, source: string): SecretKey {
  const trimmed = text.trim();
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (bytes.length !== KEY_BYTES) {
    throw new AppError(
      'invalid_setting',
      `${source} must hold 32 random bytes in base64 (44 characters); what it holds is not that`,
      {
        hint: KEY_HOWTO,
      },
    );
  }
  return { id: keyIdOf(bytes), bytes };
}

/**
 * The box for the configured keys: the current key from its variable or
 * file, the old one likewise. No current key: a box that seals nothing.
 * Throws `invalid_setting` for a key that is not 32 bytes in base64, a file
 * that cannot be read, both a variable and a file, or an old key without a
 * current one.
 */
export function loadSecretBox(sources: SecretKeySources, readFile: (path: string) => string = readText): SecretBox {
  const current = keyFrom(sources.key, sources.keyFile, '$AFTERVIEW_SECRET_KEY', readFile);
  const old = keyFrom(sources.oldKey, sources.oldKeyFile, '$AFTERVIEW_SECRET_KEY_OLD', readFile);
  if (old && !current) {
    throw new AppError('invalid_setting', '$AFTERVIEW_SECRET_KEY_OLD is given without $AFTERVIEW_SECRET_KEY', {
      hint: 'the old key only opens what it sealed; give the new key as $AFTERVIEW_SECRET_KEY too',
    });
  }
  return new SecretBox(current, old);
}

function keyFrom(
  text: string | null | undefined,
  file: string | null | undefined,
  variable: string,
  readFile: (path: string) => string,
): SecretKey | null {
  const hasText = typeof text === 'string' && text !== '';
  const hasFile = typeof file === 'string' && file !== '';
  if (hasText && hasFile) {
    throw new AppError('invalid_setting', `both ${variable} and ${variable}_FILE are set`, {
      hint: 'keep one of them',
    });
  }
  if (hasText) return keyFromText(text, variable);
  if (!hasFile) return null;
  let content: string;
  try {
    content = readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError('invalid_setting', `cannot read the key file ${file} named by ${variable}_FILE (${code})`, {
      hint: 'name a file this user can read that holds the key',
    });
  }
  return keyFromText(content, `the key file ${file}`);
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
