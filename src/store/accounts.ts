/**
 * The accounts tables (migration 0009) for a server shared by many seekers:
 * users, one-time sign-in links, sessions, sign-in attempts and coaches'
 * grants. Only hashes of secrets reach this module; choosing, hashing and
 * checking them is the app's (src/app/accounts). Times are epoch
 * milliseconds, passed in: nothing here reads the clock.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { onTablesWithoutPolicies } from './seeker-setting.js';

/** Who may sign in. */
export type Role = 'seeker' | 'coach';

/** One account as stored. */
export interface UserRecord {
  userId: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  passwordHash: string | null;
  /** The seeker's own data; null for a coach. */
  seekerId: string | null;
  createdAtMs: number;
}

/** A live session's account, and when the session ends. */
export interface SessionRecord {
  user: UserRecord;
  idleExpiresAtMs: number;
  absoluteExpiresAtMs: number;
}

interface AccountTables {
  users: {
    user_id: string;
    email: string;
    name: string;
    role: string;
    disabled: number;
    password_hash: string | null;
    seeker_id: string | null;
    created_at_ms: number | string;
  };
  signin_tokens: { token_hash: string; user_id: string; expires_at_ms: number; used_at_ms: number | null };
  sessions: {
    token_hash: string;
    user_id: string;
    created_at_ms: number;
    idle_expires_at_ms: number | string;
    absolute_expires_at_ms: number | string;
  };
  signin_attempts: { attempt_key: string; at_ms: number };
  coach_grants: { seeker_id: string; coach_user_id: string; created_at_ms: number };
  seeker_secrets: { seeker_id: string; name: string; value: string };
}

type UserRow = AccountTables['users'];

function toUser(row: UserRow): UserRecord {
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role === 'coach' ? 'coach' : 'seeker',
    disabled: Number(row.disabled) !== 0,
    passwordHash: row.password_hash,
    seekerId: row.seeker_id,
    createdAtMs: Number(row.created_at_ms),
  };
}

/** The accounts tables of one opened database. */
export class AccountStore {
  readonly #db: Kysely<AccountTables>;

  constructor(db: Kysely<unknown>) {
    this.#db = db as unknown as Kysely<AccountTables>;
  }

  /** How many accounts exist (disabled ones included). */
  async countUsers(): Promise<number> {
    const row = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Adds an account; false when the email is taken. */
  async addUser(user: UserRecord): Promise<boolean> {
    const result = await this.#db
      .insertInto('users')
      .values({
        user_id: user.userId,
        email: user.email,
        name: user.name,
        role: user.role,
        disabled: user.disabled ? 1 : 0,
        password_hash: user.passwordHash,
        seeker_id: user.seekerId,
        created_at_ms: user.createdAtMs,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Every account, by email. */
  async listUsers(): Promise<UserRecord[]> {
    const rows = await this.#db.selectFrom('users').selectAll().orderBy('email').execute();
    return rows.map(toUser);
  }

  async userByEmail(email: string): Promise<UserRecord | null> {
    const row = await this.#db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /** Marks the account disabled and ends its sessions; false when there is no such account. */
  async disableUser(email: string): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('users')
        .set({ disabled: 1 })
        .where('email', '=', email)
        .returning('user_id')
        .executeTakeFirst();
      if (!row) return false;
      await trx.deleteFrom('sessions').where('user_id', '=', row.user_id).execute();
      return true;
    });
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.#db.updateTable('users').set({ password_hash: passwordHash }).where('user_id', '=', userId).execute();
  }

  async addSigninToken(tokenHash: string, userId: string, expiresAtMs: number): Promise<void> {
    await this.#db
      .insertInto('signin_tokens')
      .values({ token_hash: tokenHash, user_id: userId, expires_at_ms: expiresAtMs, used_at_ms: null })
      .execute();
  }

  /**
   * Spends a sign-in token: the account it was issued for when it is unused,
   * unexpired and its account enabled, else null. One statement, so two
   * uses at once cannot both succeed.
   */
  async spendSigninToken(tokenHash: string, nowMs: number): Promise<UserRecord | null> {
    const spent = await this.#db
      .updateTable('signin_tokens')
      .set({ used_at_ms: nowMs })
      .where('token_hash', '=', tokenHash)
      .where('used_at_ms', 'is', null)
      .where('expires_at_ms', '>', nowMs)
      .returning('user_id')
      .executeTakeFirst();
    if (!spent) return null;
    const row = await this.#db.selectFrom('users').selectAll().where('user_id', '=', spent.user_id).executeTakeFirst();
    return row && Number(row.disabled) === 0 ? toUser(row) : null;
  }

  async addSession(
    tokenHash: string,
    userId: string,
    nowMs: number,
    idleExpiresAtMs: number,
    absoluteExpiresAtMs: number,
  ): Promise<void> {
    await this.#db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash,
        user_id: userId,
        created_at_ms: nowMs,
        idle_expires_at_ms: idleExpiresAtMs,
        absolute_expires_at_ms: absoluteExpiresAtMs,
      })
      .execute();
  }

  /** The live session with this hash and its enabled account, or null. */
  async session(tokenHash: string, nowMs: number): Promise<SessionRecord | null> {
    // Every request's first read: sessions and users have no row policy, so the connection's seeker setting stays as it is.
    const row = await onTablesWithoutPolicies(() =>
      this.#db
        .selectFrom('sessions')
        .innerJoin('users', 'users.user_id', 'sessions.user_id')
        .selectAll('users')
        .select(['sessions.idle_expires_at_ms', 'sessions.absolute_expires_at_ms'])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.idle_expires_at_ms', '>', nowMs)
        .where('sessions.absolute_expires_at_ms', '>', nowMs)
        .where('users.disabled', '=', 0)
        .executeTakeFirst(),
    );
    if (!row) return null;
    return {
      user: toUser(row),
      idleExpiresAtMs: Number(row.idle_expires_at_ms),
      absoluteExpiresAtMs: Number(row.absolute_expires_at_ms),
    };
  }

  async extendSession(tokenHash: string, idleExpiresAtMs: number): Promise<void> {
    await this.#db
      .updateTable('sessions')
      .set({ idle_expires_at_ms: idleExpiresAtMs })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of the account, but `keep` when given. */
  async deleteUserSessions(userId: string, keep?: string): Promise<void> {
    let query = this.#db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep !== undefined) query = query.where('token_hash', '<>', keep);
    await query.execute();
  }

  /** Records one failed sign-in under each key, and forgets attempts older than `forgetBeforeMs`. */
  async recordFailedAttempt(keys: readonly string[], nowMs: number, forgetBeforeMs: number): Promise<void> {
    await this.#db
      .insertInto('signin_attempts')
      .values(keys.map((key) => ({ attempt_key: key, at_ms: nowMs })))
      .execute();
    await this.#db.deleteFrom('signin_attempts').where('at_ms', '<', forgetBeforeMs).execute();
  }

  /** Failed sign-ins under `key` since `sinceMs`. */
  async failedAttempts(key: string, sinceMs: number): Promise<number> {
    const row = await this.#db
      .selectFrom('signin_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('attempt_key', '=', key)
      .where('at_ms', '>=', sinceMs)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async clearAttempts(key: string): Promise<void> {
    await this.#db.deleteFrom('signin_attempts').where('attempt_key', '=', key).execute();
  }

  /** Gives the coach read access to the seeker's data (again: no change). */
  async grant(seekerId: string, coachUserId: string, nowMs: number): Promise<void> {
    await this.#db
      .insertInto('coach_grants')
      .values({ seeker_id: seekerId, coach_user_id: coachUserId, created_at_ms: nowMs })
      .onConflict((oc) => oc.columns(['seeker_id', 'coach_user_id']).doNothing())
      .execute();
  }

  /** Takes the access back; false when there was none. */
  async revoke(seekerId: string, coachUserId: string): Promise<boolean> {
    const result = await this.#db
      .deleteFrom('coach_grants')
      .where('seeker_id', '=', seekerId)
      .where('coach_user_id', '=', coachUserId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The enabled seekers who granted this coach access, by email. */
  async seekersOfCoach(coachUserId: string): Promise<UserRecord[]> {
    const rows = await this.#db
      .selectFrom('coach_grants')
      .innerJoin('users', 'users.seeker_id', 'coach_grants.seeker_id')
      .selectAll('users')
      .where('coach_grants.coach_user_id', '=', coachUserId)
      .where('users.disabled', '=', 0)
      .orderBy('users.email')
      .execute();
    return rows.map(toUser);
  }

  /**
   * The revision of every seeker who granted this coach access, by seeker id,
   * in one query (on PostgreSQL through 0012's function, which row-level
   * security lets read only that column of those seekers).
   */
  async revisionsOfCoach(coachUserId: string): Promise<Map<string, number>> {
    const { rows } =
      this.#db.getExecutor().adapter instanceof PostgresAdapter
        ? await sql<{
            seeker_id: string;
            revision: number | string;
          }>`select seeker_id, revision from afterview_revisions_of_coach(${coachUserId})`.execute(this.#db)
        : await sql<{ seeker_id: string; revision: number | string }>`select s.seeker_id, s.revision from seekers s
            join coach_grants g on g.seeker_id = s.seeker_id where g.coach_user_id = ${coachUserId}`.execute(this.#db);
    return new Map(rows.map((r) => [r.seeker_id, Number(r.revision)]));
  }

  /** The coaches this seeker granted access, by email. */
  async coachesOfSeeker(seekerId: string): Promise<{ email: string; name: string }[]> {
    return this.#db
      .selectFrom('coach_grants')
      .innerJoin('users', 'users.user_id', 'coach_grants.coach_user_id')
      .select(['users.email', 'users.name'])
      .where('coach_grants.seeker_id', '=', seekerId)
      .orderBy('users.email')
      .execute();
  }

  /** True when the seeker has granted this coach access. */
  async hasGrant(seekerId: string, coachUserId: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('coach_grants')
      .select('seeker_id')
      .where('seeker_id', '=', seekerId)
      .where('coach_user_id', '=', coachUserId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * The seeker whose calendar feed has this token, or null: through 0010's
   * function, which may look across seekers where row-level security lets
   * this role see none (0009's index makes it one lookup).
   */
  async seekerOfFeedToken(token: string): Promise<string | null> {
    const { rows } = await sql<{
      seeker_id: string | null;
    }>`select afterview_seeker_of_feed_token(${token}) as seeker_id`.execute(this.#db);
    return rows[0]?.seeker_id ?? null;
  }
}
