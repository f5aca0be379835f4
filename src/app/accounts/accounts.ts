/**
 * Accounts on a server shared by many seekers and their coaches: adding
 * people (each with a one-time sign-in link), signing in with a password or
 * that link, sessions (a random token whose hash alone is stored, with
 * sliding and absolute expiry), passwords, and bounds on guessing. Not tied
 * to HTTP: the server turns these into routes and a cookie
 * (src/server/session.ts), the CLI into `afterview user`.
 *
 * Every failure to sign in is the same `unauthorized` error, whether or not
 * the account exists, so an answer never tells who has one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../records/errors.js';
import type { AccountStore, Role, UserRecord } from '../../store/accounts.js';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordMatches } from './passwords.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long a sign-in link works (once). */
export const SIGNIN_TOKEN_TTL_MS = DAY_MS;
/** A session unused this long ends. */
export const SESSION_IDLE_MS = 7 * DAY_MS;
/** A session ends this long after sign-in however much it is used. */
export const SESSION_ABSOLUTE_MS = 30 * DAY_MS;
/** A session's idle expiry is moved forward at most this often (one write, not one per request). */
const SESSION_TOUCH_MS = 5 * MINUTE_MS;
/** Failed sign-ins are counted over this window. */
export const ATTEMPT_WINDOW_MS = 15 * MINUTE_MS;
/** Failed sign-ins allowed per account, and per address, within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** What a signed-in person sees of their account (`GET /api/session`). */
export interface AccountView {
  email: string;
  name: string;
  role: Role;
}

/** A session begun: its secret token (for the cookie, never stored) and who it is for. */
export interface NewSession {
  token: string;
  user: UserRecord;
  expiresAtMs: number;
}

/** A new account and its sign-in link's token. */
export interface AddedUser {
  user: UserRecord;
  signinToken: string;
  /** Where to send the person: `/signin?token=...` on the server. */
  signinPath: string;
}

/** The SHA-256 of a secret token, as stored: a stolen table holds nothing that signs in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The address as stored (trimmed, lower case). Throws `invalid_input` when it is not an email address. */
export function normalEmail(email: string): string {
  const normal = email.trim().toLowerCase();
  if (!EMAIL.test(normal) || normal.length > 320) {
    throw new AppError('invalid_input', `email must be an email address like sam@example.org (got "${email}")`, {
      details: { field: 'email' },
    });
  }
  return normal;
}

function signInFailed(): AppError {
  return new AppError('unauthorized', 'wrong email or password, or a sign-in link that is used or expired', {
    hint: 'check the password, or ask for a new sign-in link',
  });
}

/** Adds an account with a one-time sign-in link. A seeker gets a seeker id of their own; a coach none. */
export async function addUser(
  accounts: AccountStore,
  input: { email: string; name?: string | undefined; role: Role; nowMs: number },
  makeSeeker: (seekerId: string) => Promise<void>,
): Promise<AddedUser> {
  const email = normalEmail(input.email);
  const name = (input.name ?? '').trim() || email.split('@')[0] || email;
  if (name.length > 200) {
    throw new AppError('invalid_input', `name must be at most 200 characters (got ${name.length})`, {
      details: { field: 'name' },
    });
  }
  if (await accounts.userByEmail(email)) {
    throw new AppError('conflict', `an account for ${email} exists already`, {
      hint: 'see the accounts with `afterview user list`',
    });
  }
  const seekerId = input.role === 'seeker' ? `u-${randomBytes(9).toString('base64url')}` : null;
  if (seekerId) await makeSeeker(seekerId);
  const user: UserRecord = {
    userId: randomBytes(12).toString('base64url'),
    email,
    name,
    role: input.role,
    disabled: false,
    passwordHash: null,
    seekerId,
    createdAtMs: input.nowMs,
  };
  if (!(await accounts.addUser(user))) {
    throw new AppError('conflict', `an account for ${email} exists already`);
  }
  const signinToken = newToken();
  await accounts.addSigninToken(tokenHash(signinToken), user.userId, input.nowMs + SIGNIN_TOKEN_TTL_MS);
  return { user, signinToken, signinPath: `/signin?token=${signinToken}` };
}

/** How a person proves who they are. */
export type Credentials = { email: string; password: string } | { token: string };

/**
 * Signs in and begins a new session (a fresh token each time: a token known
 * before sign-in is never promoted). Throws `unauthorized` for any wrong
 * credential, and `too_many_attempts` when the account or the address has
 * failed too often lately (checked before the password, so guessing costs
 * nothing more once over the bound).
 */
export async function signIn(
  accounts: AccountStore,
  credentials: Credentials,
  context: { address: string; nowMs: number },
): Promise<NewSession> {
  const { nowMs } = context;
  const keys = [`address:${context.address}`];
  if ('email' in credentials) keys.unshift(`account:${credentials.email.trim().toLowerCase()}`);
  const since = nowMs - ATTEMPT_WINDOW_MS;
  for (const key of keys) {
    const limit = key.startsWith('account:') ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    if ((await accounts.failedAttempts(key, since)) >= limit) {
      throw new AppError('too_many_attempts', 'too many failed sign-ins; wait a few minutes and try again', {
        hint: `at most ${MAX_FAILURES_PER_ACCOUNT} failures per account in ${ATTEMPT_WINDOW_MS / MINUTE_MS} minutes`,
      });
    }
  }
  let user: UserRecord | null = null;
  if ('token' in credentials) {
    user = await accounts.spendSigninToken(tokenHash(credentials.token), nowMs);
  } else {
    const found = await accounts.userByEmail(credentials.email.trim().toLowerCase());
    const ok = await passwordMatches(found?.passwordHash ?? null, credentials.password);
    user = ok && found && !found.disabled ? found : null;
  }
  if (!user) {
    await accounts.recordFailedAttempt(keys, nowMs, nowMs - ATTEMPT_WINDOW_MS);
    throw signInFailed();
  }
  if (keys[0]?.startsWith('account:')) await accounts.clearAttempts(keys[0]);
  return beginSession(accounts, user, nowMs);
}

async function beginSession(accounts: AccountStore, user: UserRecord, nowMs: number): Promise<NewSession> {
  const token = newToken();
  const absolute = nowMs + SESSION_ABSOLUTE_MS;
  const idle = Math.min(nowMs + SESSION_IDLE_MS, absolute);
  await accounts.addSession(tokenHash(token), user.userId, nowMs, idle, absolute);
  return { token, user, expiresAtMs: idle };
}

/** The account of a live session, moving its idle expiry forward; null when there is none (or it ended). */
export async function sessionUser(
  accounts: AccountStore,
  token: string | null | undefined,
  nowMs: number,
): Promise<UserRecord | null> {
  if (!token) return null;
  const hash = tokenHash(token);
  const session = await accounts.session(hash, nowMs);
  if (!session) return null;
  const idle = Math.min(nowMs + SESSION_IDLE_MS, session.absoluteExpiresAtMs);
  if (idle - session.idleExpiresAtMs >= SESSION_TOUCH_MS) await accounts.extendSession(hash, idle);
  return session.user;
}

/** Ends the session (signing out); nothing happens for a token that is not one. */
export async function signOut(accounts: AccountStore, token: string | null | undefined): Promise<void> {
  if (token) await accounts.deleteSession(tokenHash(token));
}

/**
 * Sets the signed-in person's password (Argon2id), and ends every other
 * session of theirs: whoever knew the old one is signed out.
 * Throws `invalid_input` for a password too short or too long.
 */
export async function setPassword(
  accounts: AccountStore,
  user: UserRecord,
  password: unknown,
  currentToken: string,
): Promise<void> {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError(
      'invalid_input',
      `password must be text of ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
      { details: { field: 'password' }, hint: 'a few words you will remember make a good one' },
    );
  }
  await accounts.setPasswordHash(user.userId, await hashPassword(password));
  await accounts.deleteUserSessions(user.userId, tokenHash(currentToken));
}

/** What the account shows of itself. */
export function accountView(user: UserRecord): AccountView {
  return { email: user.email, name: user.name, role: user.role };
}
