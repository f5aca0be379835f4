/**
 * Every setting of the program, parsed once from flags and the environment,
 * all problems reported together, then frozen. This is the only module that
 * reads `process.env` or the wall clock.
 *
 * Fields:
 * - `home`: the data home (`--home`, `$AFTERVIEW_HOME`, else `$XDG_DATA_HOME/afterview`
 *   or `~/.local/share/afterview`).
 * - `databaseUrl`: PostgreSQL URL (`--database`, `$AFTERVIEW_DATABASE_URL`); null = SQLite in the home.
 * - `sqlitePath`: `<home>/afterview.db`.
 * - `nowMs`: the clock in epoch milliseconds (`--now`, `$AFTERVIEW_NOW`, else the wall clock,
 *   read here once). A number, so reading the configuration loads no Temporal: the
 *   cached-agenda path of `afterview today` never needs it.
 * - `machineZone`: the machine's IANA zone, the default seeker zone.
 * - `color`: ANSI colour on standard output (a terminal and no `NO_COLOR`).
 * - `smtpUrl`, `imapUrl`: mail accounts from the environment (`$AFTERVIEW_SMTP_URL`,
 *   `$AFTERVIEW_IMAP_URL`); the saved ones live in the home's secrets file.
 * - `seekerId`: which seeker of a shared database (`$AFTERVIEW_SEEKER`, default "local").
 * - `lockTimeoutMs`: how long a write waits for another process's write lock before
 *   failing with `store_busy` (`$AFTERVIEW_LOCK_TIMEOUT`, in seconds, default 60).
 * - `secretKeys`: where the key that encrypts saved secrets comes from
 *   (`$AFTERVIEW_SECRET_KEY` or `$AFTERVIEW_SECRET_KEY_FILE`, and the key before a
 *   rotation in `$AFTERVIEW_SECRET_KEY_OLD` or `..._OLD_FILE`); checked and read by
 *   src/app/secret-box.ts. Never printed.
 */
import { readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from './records/errors.js';
import { DEFAULT_LOCK_TIMEOUT_MS } from './store/lock-wait.js';

export interface Config {
  readonly home: string;
  readonly databaseUrl: string | null;
  readonly sqlitePath: string;
  readonly nowMs: number;
  readonly machineZone: string;
  readonly color: boolean;
  readonly stderrColor: boolean;
  readonly smtpUrl: string | null;
  readonly imapUrl: string | null;
  readonly seekerId: string;
  readonly lockTimeoutMs: number;
  readonly secretKeys: {
    readonly key: string | null;
    readonly keyFile: string | null;
    readonly oldKey: string | null;
    readonly oldKeyFile: string | null;
  };
}

/** The longest `$AFTERVIEW_LOCK_TIMEOUT`, in seconds: one day. */
const MAX_LOCK_TIMEOUT_S = 86_400;

export interface ConfigFlags {
  home?: string | undefined;
  database?: string | undefined;
  now?: string | undefined;
}

/**
 * Builds the configuration. Throws one AppError (`invalid_input`) listing
 * every problem found, so a user fixes them all at once.
 */
export function loadConfig(
  flags: ConfigFlags,
  env: NodeJS.ProcessEnv = process.env,
  streams: { stdoutIsTTY: boolean; stderrIsTTY: boolean } = {
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  },
): Config {
  const problems: string[] = [];
  const home = resolve(flags.home ?? env.AFTERVIEW_HOME ?? defaultHome(env));
  const databaseUrl = flags.database ?? env.AFTERVIEW_DATABASE_URL ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`--database must be a postgres:// URL (got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}")`);
  }
  const nowText = flags.now ?? env.AFTERVIEW_NOW;
  let nowMs = Date.now();
  if (nowText !== undefined && nowText !== '') {
    const parsed = parseNow(nowText);
    if (parsed !== null) nowMs = parsed;
    else problems.push(`--now must be an ISO 8601 date-time like 2026-11-26T09:00:00-05:00 (got "${nowText}")`);
  }
  const seekerId = env.AFTERVIEW_SEEKER ?? 'local';
  let lockTimeoutMs = DEFAULT_LOCK_TIMEOUT_MS;
  const lockText = env.AFTERVIEW_LOCK_TIMEOUT;
  if (lockText !== undefined && lockText !== '') {
    const seconds = Number(lockText);
    if (/^\s*\d+(\.\d+)?\s*$/.test(lockText) && seconds >= 0.1 && seconds <= MAX_LOCK_TIMEOUT_S) {
      lockTimeoutMs = Math.round(seconds * 1000);
    } else {
      problems.push(
        `$AFTERVIEW_LOCK_TIMEOUT must be seconds from 0.1 to ${MAX_LOCK_TIMEOUT_S}, like 60 (got "${lockText}")`,
      );
    }
  }
  if (problems.length > 0) {
    throw new AppError('invalid_input', problems.join('; '));
  }
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return Object.freeze({
    home,
    databaseUrl,
    sqlitePath: join(home, 'afterview.db'),
    nowMs,
    machineZone: machineZone(env),
    color: streams.stdoutIsTTY && !noColor && env.TERM !== 'dumb',
    stderrColor: streams.stderrIsTTY && !noColor && env.TERM !== 'dumb',
    smtpUrl: env.AFTERVIEW_SMTP_URL || null,
    imapUrl: env.AFTERVIEW_IMAP_URL || null,
    seekerId,
    lockTimeoutMs,
    secretKeys: Object.freeze({
      key: env.AFTERVIEW_SECRET_KEY || null,
      keyFile: env.AFTERVIEW_SECRET_KEY_FILE || null,
      oldKey: env.AFTERVIEW_SECRET_KEY_OLD || null,
      oldKeyFile: env.AFTERVIEW_SECRET_KEY_OLD_FILE || null,
    }),
  });
}

/**
 * The machine's IANA zone: `$TZ` when it names one, else the target of
 * /etc/localtime, else what Intl reports (asking Intl first costs a start-up
 * ~10-40 ms of time-zone data loading that a cached agenda never needs).
 */
function machineZone(env: NodeJS.ProcessEnv): string {
  const fromEnv = env.TZ?.replace(/^:/, '');
  if (fromEnv && /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(fromEnv)) return fromEnv;
  try {
    const target = readlinkSync('/etc/localtime');
    const at = target.indexOf('zoneinfo/');
    if (at >= 0) {
      const zone = target.slice(at + 'zoneinfo/'.length);
      if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return zone;
    }
  } catch {
    // No /etc/localtime link: ask Intl.
  }
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The user's home folder and where their programs' settings go
 * (`$XDG_CONFIG_HOME`, else ~/.config): where `afterview service install`
 * puts a systemd user unit (Linux) or a launchd agent (macOS, under
 * ~/Library/LaunchAgents).
 */
export function userFolders(env: NodeJS.ProcessEnv = process.env): { userHome: string; configHome: string } {
  const userHome = env.HOME && env.HOME !== '' ? env.HOME : homedir();
  const configHome =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? resolve(env.XDG_CONFIG_HOME) : join(userHome, '.config');
  return { userHome, configHome };
}

function defaultHome(env: NodeJS.ProcessEnv): string {
  const dataHome =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME !== ''
      ? env.XDG_DATA_HOME
      : join(env.HOME && env.HOME !== '' ? env.HOME : homedir(), '.local', 'share');
  return join(dataHome, 'afterview');
}

/**
 * `--now`: an ISO 8601 date-time with an offset (`2026-11-26T09:00:00-05:00`,
 * `...Z`), or without one (then read in UTC), or a date (its midnight, UTC).
 * Null when it is none of these or names no real moment.
 */
function parseNow(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone] = m;
  if (zone !== undefined && m[4] === undefined) return null;
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(sec),
    Math.floor(Number(`0${frac || '.0'}`) * 1000),
  );
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(sec) > 59
  ) {
    return null;
  }
  if (zone === undefined || /^z$/i.test(zone)) return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return ms - sign * offsetMin * 60_000;
}
