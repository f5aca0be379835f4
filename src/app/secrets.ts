/**
 * Mail account URLs saved with `config set smtp.url|imap.url`, and the
 * calendar feed's token: one JSON file in the data home that only its owner
 * can read (0600). Passwords never leave it except to the mail server:
 * `redactUrl` is what people see.
 *
 * Changes are read-modify-write under a lock file (`secrets.json.lock`,
 * created with O_EXCL), and the file is replaced atomically (a temporary
 * file renamed over it): two `config set` at once both keep their key, and
 * a reader never sees half a file.
 */
import { chmodSync, closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../records/errors.js';
import { makeDirs } from '../store/make-dirs.js';

/** How long a change waits for another process's change of the secrets file (each takes milliseconds). */
const LOCK_WAIT_MS = 10_000;
/** A lock file older than this is left over from a process that died while holding it. */
const STALE_LOCK_MS = 30_000;

export interface Secrets {
  'smtp.url'?: string;
  'imap.url'?: string;
  /** The secret in the calendar feed's URL (`calendar-feed.ts`). */
  'calendar.token'?: string;
  /** The morning digest's hour (0-23, the seeker's zone) as text; absent: no digest. Kept here as a per-seeker setting, not a secret. */
  'digest.hour'?: string;
  /** A mail account signed in with its provider (src/app/mail-oauth.ts): never printed or exported. */
  'oauth.provider'?: string;
  'oauth.client_id'?: string;
  'oauth.client_secret'?: string;
  'oauth.token_url'?: string;
  'oauth.refresh_token'?: string;
  'oauth.access_token'?: string;
  /** When the access token expires, in ms since the epoch, as text. */
  'oauth.expires_at'?: string;
}

export function secretsPath(home: string): string {
  return join(home, 'secrets.json');
}

export function readSecrets(home: string): Secrets {
  try {
    return JSON.parse(readFileSync(secretsPath(home), 'utf8')) as Secrets;
  } catch {
    return {};
  }
}

/**
 * Changes the secrets under the lock: reads the current ones, writes what
 * `change` returns, and returns it. Throws AppError `store_busy` when
 * another process held the lock for LOCK_WAIT_MS, and the file-system error
 * when the home cannot be written.
 */
export function updateSecrets(home: string, change: (current: Secrets) => Secrets): Secrets {
  makeDirs(home, 0o700);
  const release = lockSecrets(secretsPath(home));
  try {
    const next = change(readSecrets(home));
    replaceFile(secretsPath(home), next);
    return next;
  } finally {
    release();
  }
}

/** Replaces the whole file (under the lock, like every change). */
export function writeSecrets(home: string, secrets: Secrets): void {
  updateSecrets(home, () => secrets);
}

/** Writes atomically with mode 0600 (created that way, so no moment where others could read it). */
function replaceFile(file: string, secrets: Secrets): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/**
 * Takes `<file>.lock` (created exclusively, holding our pid) and returns
 * its release. Waits in short synchronous pauses: the holder keeps it for
 * one small read and write. A lock left by a dead process (its pid is gone,
 * or it is older than STALE_LOCK_MS) is removed.
 */
function lockSecrets(file: string): () => void {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      try {
        writeFileSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return () => unlinkSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(lock)) {
      try {
        unlinkSync(lock);
      } catch {
        // Another waiter removed it first.
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new AppError('store_busy', `another afterview process kept the secrets file locked (${lock})`, {
        hint: 'try again in a moment; if no afterview is running, delete that lock file',
      });
    }
    Atomics.wait(pause, 0, 0, Math.min(2 ** attempt, 20));
  }
}

function isStale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true;
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process; ENOENT: released meanwhile (try again at once).
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}

/** `smtp://sam:***@mail.example:587`: the URL with its password hidden. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
