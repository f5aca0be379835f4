/**
 * Mail account URLs saved with `config set smtp.url|imap.url`, and the
 * calendar feed's token: one JSON file in the data home that only its owner
 * can read (0600). Passwords never leave it except to the mail server:
 * `redactUrl` is what people see.
 */
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from '../store/make-dirs.js';

export interface Secrets {
  'smtp.url'?: string;
  'imap.url'?: string;
  /** The secret in the calendar feed's URL (`calendar-feed.ts`). */
  'calendar.token'?: string;
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

/** Writes atomically with mode 0600 (created that way, so no moment where others could read it). */
export function writeSecrets(home: string, secrets: Secrets): void {
  makeDirs(home, 0o700);
  const file = secretsPath(home);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
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
