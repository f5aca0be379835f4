/**
 * The Store over Kysely: one implementation for SQLite and PostgreSQL,
 * scoped to one seeker. Reads of several tables run in one snapshot
 * (a read-only transaction) and load each table with a single query,
 * grouped in memory (no query per opportunity). Writes run in one
 * transaction each (IMMEDIATE on SQLite, see sqlite-dialect.ts), or inside
 * the caller's transaction when the store is a transaction's view.
 *
 * Writes of one seeker are serialised on both dialects: every write
 * transaction takes the seeker's write lock before its first statement
 * (SQLite: BEGIN IMMEDIATE, the database's one write lock; PostgreSQL: a
 * transaction-scoped advisory lock keyed by the seeker). Ids are allocated
 * from reads (the next `t7`, a free `acme-2`), so those reads must happen
 * under the lock, or two writers allocate the same id and one upsert
 * silently replaces the other.
 */

import { type InsertObject, type Kysely, type RawBuilder, sql } from 'kysely';
import type {
  ContactRecord,
  DataFile,
  InterviewRecord,
  OfferRecord,
  OpportunityRecord,
  ProfileRecord,
  SnoozeRecord,
  TouchRecord,
} from '../records/data-file.schema.js';
import { AppError } from '../records/errors.js';
import { insertRows } from './bulk-insert.js';
import * as idempotency from './idempotency.js';
import { announced, DEFAULT_LOCK_WAIT, type LockWait, storeBusyError } from './lock-wait.js';
import * as mailLog from './mail-log.js';
import {
  type ChildPlace,
  contactFromRow,
  emptyChildren,
  interviewFromRow,
  type OpportunityChildren,
  offerFromRow,
  opportunityFromRow,
  profileFromRow,
  rowFromContact,
  rowFromDismissal,
  rowFromInterview,
  rowFromOffer,
  rowFromOpportunity,
  rowFromProfile,
  rowFromSnooze,
  rowFromTouch,
  snoozeFromRow,
  touchFromRow,
  uniqueItems,
  uniqueSnoozes,
} from './mapping.js';
import {
  CHILD_TABLES,
  type ChildTable,
  type Database,
  type OpportunityRow,
  READ_COLUMNS,
  type ReadRow,
  type SeekerRow,
} from './schema.js';
import * as settings from './seeker-settings.js';
import type {
  Dialect,
  MailBatch,
  MailMessageRecord,
  MailStatus,
  OpportunityFields,
  RequestKeyClaim,
  Store,
  StoredResponse,
} from './store.types.js';

/**
 * Bound parameters per statement in batched inserts. SQLite allows 32766
 * and PostgreSQL 65535; staying under both keeps one code path.
 */
const MAX_PARAMETERS = 30_000;
/** Ids per `IN (...)` list when deleting children in bulk. */
const IN_LIST_SIZE = 1000;

/**
 * PostgreSQL: the first key of the two-key advisory lock that serialises a
 * seeker's writes (the second is `hashtext(seeker_id)`). Two-key locks never
 * meet the one-key lock of Kysely's Migrator.
 */
const SEEKER_LOCK_NAMESPACE = 0x61667477;
/** PostgreSQL's SQLSTATE for a lock wait ended by `lock_timeout`. */
const LOCK_NOT_AVAILABLE = '55P03';

type Db = Kysely<Database>;

/** Up to how many ids a read of some opportunities loads their children in one statement (each id is a parameter six times). */
const MAX_IDS_TOGETHER = 1000;

/** Columns of `opportunities` that an import or put overwrites. */
const OPPORTUNITY_UPDATE_COLUMNS = [
  'company',
  'role',
  'interest',
  'created_at',
  'created_at_ms',
  'status',
  'closed_at',
  'url',
  'notes',
] as const satisfies readonly (keyof OpportunityRow)[];

export class SqlStore implements Store {
  readonly #db: Db;
  readonly #inTransaction: boolean;
  readonly #destroy: () => Promise<void>;
  readonly #lockWait: LockWait;

  /**
   * @param db the database, or a transaction on it when `inTransaction`
   * @param destroy releases the connection(s); called once by close()
   * @param lockWait PostgreSQL: how long a write waits for the seeker's lock
   *   (SQLite's driver waits by its own, see sqlite-dialect.ts)
   */
  constructor(
    db: Db,
    readonly dialect: Dialect,
    readonly seekerId: string,
    options: { inTransaction?: boolean; destroy?: () => Promise<void>; lockWait?: LockWait } = {},
  ) {
    this.#db = db;
    this.#inTransaction = options.inTransaction ?? false;
    this.#destroy = options.destroy ?? (async () => {});
    this.#lockWait = options.lockWait ?? DEFAULT_LOCK_WAIT;
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.#db
      .selectFrom('opportunities')
      .select('id')
      .where('seeker_id', '=', this.seekerId)
      .limit(1)
      .executeTakeFirst();
    return row === undefined;
  }

  async exportDocument(): Promise<DataFile> {
    return this.#snapshot(async (db) => ({
      format: 'afterview/1' as const,
      profile: await this.#loadProfile(db),
      opportunities: await this.#loadOpportunities(db, null),
    }));
  }

  async importDocument(doc: DataFile): Promise<{ created: number; updated: number }> {
    return this.#write(async (db) => {
      if (doc.profile) await this.#mergeProfile(db, doc.profile);
      const opportunities = doc.opportunities ?? [];
      if (opportunities.length === 0) return { created: 0, updated: 0 };

      const existing = new Set(
        (await db.selectFrom('opportunities').select('id').where('seeker_id', '=', this.seekerId).execute()).map(
          (r) => r.id,
        ),
      );
      const updatedIds = opportunities.filter((o) => existing.has(o.id)).map((o) => o.id);

      const rows = opportunities.map((o) => rowFromOpportunity(this.seekerId, o));
      for (const chunk of chunks(rows, MAX_PARAMETERS)) await upsertOpportunities(db, chunk).execute();

      for (const table of CHILD_TABLES) {
        for (let i = 0; i < updatedIds.length; i += IN_LIST_SIZE) {
          await db
            .deleteFrom(table as 'contacts')
            .where('seeker_id', '=', this.seekerId)
            .where('opportunity_id', 'in', updatedIds.slice(i, i + IN_LIST_SIZE))
            .execute();
        }
      }

      const children = {
        contacts: [] as InsertObject<Database, 'contacts'>[],
        interviews: [] as InsertObject<Database, 'interviews'>[],
        touches: [] as InsertObject<Database, 'touches'>[],
        offers: [] as InsertObject<Database, 'offers'>[],
        snoozes: [] as InsertObject<Database, 'snoozes'>[],
        dismissals: [] as InsertObject<Database, 'dismissals'>[],
      };
      for (const o of opportunities) {
        const place = (position: number): ChildPlace => ({
          seeker_id: this.seekerId,
          opportunity_id: o.id,
          position,
        });
        children.contacts.push(...(o.contacts ?? []).map((c, i) => rowFromContact(place(i), c)));
        children.interviews.push(...(o.interviews ?? []).map((iv, i) => rowFromInterview(place(i), iv)));
        children.touches.push(...(o.touches ?? []).map((t, i) => rowFromTouch(place(i), t)));
        children.offers.push(...(o.offers ?? []).map((of, i) => rowFromOffer(place(i), of)));
        children.snoozes.push(...uniqueSnoozes(o.snoozed ?? []).map((sn, i) => rowFromSnooze(place(i), sn)));
        children.dismissals.push(...uniqueItems(o.dismissed ?? []).map((d, i) => rowFromDismissal(place(i), d)));
      }
      await insertBatched(db, 'contacts', children.contacts);
      await insertBatched(db, 'interviews', children.interviews);
      await insertBatched(db, 'touches', children.touches);
      await insertBatched(db, 'offers', children.offers);
      await insertBatched(db, 'snoozes', children.snoozes);
      await insertBatched(db, 'dismissals', children.dismissals);

      return { created: opportunities.length - updatedIds.length, updated: updatedIds.length };
    });
  }

  async getProfile(): Promise<ProfileRecord> {
    return this.#loadProfile(this.#db);
  }

  async saveProfile(profile: ProfileRecord): Promise<void> {
    await this.#write((db) => this.#mergeProfile(db, profile));
  }

  async listOpportunities(
    options: { touchBodies?: boolean; ids?: readonly string[] } = {},
  ): Promise<OpportunityRecord[]> {
    if (options.ids?.length === 0) return [];
    return this.#snapshot((db) => this.#loadOpportunities(db, options.ids ?? null, options.touchBodies ?? true));
  }

  async getOpportunity(id: string): Promise<OpportunityRecord | null> {
    const found = await this.#snapshot((db) => this.#loadOpportunities(db, [id]));
    return found[0] ?? null;
  }

  async putOpportunity(fields: OpportunityFields): Promise<void> {
    const row = rowFromOpportunity(this.seekerId, fields);
    await this.#write(async (db) => {
      await db
        .insertInto('opportunities')
        .values(row)
        .onConflict((oc) => oc.columns(['seeker_id', 'id']).doUpdateSet(pick(row, OPPORTUNITY_UPDATE_COLUMNS)))
        .execute();
    });
  }

  async putOpportunities(fields: readonly OpportunityFields[]): Promise<void> {
    if (fields.length === 0) return;
    const rows = fields.map((f) => rowFromOpportunity(this.seekerId, f));
    await this.#write(async (db) => {
      await insertRows(db, `${this.dialect}:opportunities:upsert`, rows, (chunk) => upsertOpportunities(db, chunk));
    });
  }

  async deleteOpportunity(id: string): Promise<boolean> {
    return this.#write(async (db) => {
      const result = await db
        .deleteFrom('opportunities')
        .where('seeker_id', '=', this.seekerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  async putContact(opportunityId: string, contact: ContactRecord): Promise<void> {
    await this.#putChild('contacts', opportunityId, (place) => rowFromContact(place, contact), ['id']);
  }

  async putInterview(opportunityId: string, interview: InterviewRecord): Promise<void> {
    await this.#putChild('interviews', opportunityId, (place) => rowFromInterview(place, interview), ['id']);
  }

  /**
   * Deletes an interview. Touches that pointed at it keep their place but
   * lose the link (interviewId null), so an export stays a valid document.
   */
  async deleteInterview(opportunityId: string, id: string): Promise<boolean> {
    return this.#write(async (db) => {
      const deleted = await this.#deleteChild(db, 'interviews', opportunityId, id);
      if (deleted) {
        await db
          .updateTable('touches')
          .set({ interview_id: null })
          .where('seeker_id', '=', this.seekerId)
          .where('opportunity_id', '=', opportunityId)
          .where('interview_id', '=', id)
          .execute();
      }
      return deleted;
    });
  }

  async putTouch(opportunityId: string, touch: TouchRecord): Promise<void> {
    await this.#putChild('touches', opportunityId, (place) => rowFromTouch(place, touch), ['id']);
  }

  async deleteTouch(opportunityId: string, id: string): Promise<boolean> {
    return this.#write((db) => this.#deleteChild(db, 'touches', opportunityId, id));
  }

  async putOffer(opportunityId: string, offer: OfferRecord): Promise<void> {
    await this.#putChild('offers', opportunityId, (place) => rowFromOffer(place, offer), ['id']);
  }

  async deleteOffer(opportunityId: string, id: string): Promise<boolean> {
    return this.#write((db) => this.#deleteChild(db, 'offers', opportunityId, id));
  }

  async putSnooze(opportunityId: string | null, snooze: SnoozeRecord): Promise<void> {
    if (opportunityId === null) {
      await this.#updateSeekerLists((p) => ({ snoozed: uniqueSnoozes([...p.snoozed, snooze]) }));
      return;
    }
    await this.#putChild('snoozes', opportunityId, (place) => rowFromSnooze(place, snooze), ['item']);
  }

  async putDismissed(opportunityId: string | null, item: string): Promise<void> {
    if (opportunityId === null) {
      await this.#updateSeekerLists((p) => ({ dismissed: uniqueItems([...p.dismissed, item]) }));
      return;
    }
    await this.#putChild('dismissals', opportunityId, (place) => rowFromDismissal(place, item), ['item']);
  }

  async restoreItem(opportunityId: string | null, item: string): Promise<boolean> {
    if (opportunityId === null) {
      let had = false;
      await this.#updateSeekerLists((p) => {
        const snoozed = p.snoozed.filter((s) => s.item !== item);
        const dismissed = p.dismissed.filter((d) => d !== item);
        had = snoozed.length < p.snoozed.length || dismissed.length < p.dismissed.length;
        return { snoozed, dismissed };
      });
      return had;
    }
    return this.#write(async (db) => {
      let deleted = 0n;
      for (const table of ['snoozes', 'dismissals'] as const) {
        const result = await db
          .deleteFrom(table as 'snoozes')
          .where('seeker_id', '=', this.seekerId)
          .where('opportunity_id', '=', opportunityId)
          .where('item', '=', item)
          .executeTakeFirst();
        deleted += result.numDeletedRows;
      }
      return deleted > 0n;
    });
  }

  knownMail(): Promise<Map<string, string | null>> {
    return mailLog.knownMail(mailDb(this.#db), this.seekerId);
  }

  putMailMessage(message: MailMessageRecord): Promise<void> {
    return this.#write((db) => mailLog.putMailMessage(mailDb(db), this.seekerId, message));
  }

  async appendMail(batch: MailBatch): Promise<void> {
    if (batch.touches.length === 0 && batch.offers.length === 0 && batch.messages.length === 0) return;
    await this.#write(async (db) => {
      const touches = latestById(batch.touches, (t) => t.touch.id);
      await this.#upsertChildren(
        db,
        'touches',
        await this.#placeChildren(db, 'touches', touches, (place, t) => rowFromTouch(place, t.touch)),
      );
      const offers = latestById(batch.offers, (o) => o.offer.id);
      await this.#upsertChildren(
        db,
        'offers',
        await this.#placeChildren(db, 'offers', offers, (place, o) => rowFromOffer(place, o.offer)),
      );
      await mailLog.appendMailMessages(mailDb(db), this.seekerId, batch.messages, this.dialect);
    });
  }

  /** Multi-row insert; a row whose id is there replaces every column but its keys and its place in the list. */
  async #upsertChildren<T extends 'touches' | 'offers'>(
    db: Db,
    table: T,
    rows: readonly InsertObject<Database, T>[],
  ): Promise<void> {
    const replaced = [...READ_COLUMNS[table].filter((c) => c !== 'id'), 'at_ms'];
    await insertRows(db, `${this.dialect}:${table}:upsert`, rows, (chunk) =>
      db
        .insertInto(table as 'touches')
        .values(chunk as readonly InsertObject<Database, 'touches'>[])
        .onConflict((oc) =>
          oc
            .columns(['seeker_id', 'opportunity_id', 'id'])
            .doUpdateSet((eb) =>
              Object.fromEntries(replaced.map((c) => [c, eb.ref(`excluded.${c as 'at'}` as 'excluded.at')])),
            ),
        ),
    );
  }

  /**
   * Rows for facts appended to their opportunities' lists, in the order
   * given: the next free position of each opportunity is read in one
   * statement (each max through the position index). Throws
   * `opportunity_not_found` when one is not there.
   */
  async #placeChildren<E extends { opportunityId: string }, R>(
    db: Db,
    table: ChildTable,
    entries: readonly E[],
    makeRow: (place: ChildPlace, entry: E) => R,
  ): Promise<R[]> {
    if (entries.length === 0) return [];
    const ids = [...new Set(entries.map((e) => e.opportunityId))];
    const next = new Map<string, number>();
    for (let i = 0; i < ids.length; i += IN_LIST_SIZE) {
      const found = await db
        .selectFrom('opportunities as o')
        .select((eb) => [
          'o.id',
          eb
            .selectFrom(`${table as 'touches'} as c`)
            .select((sub) => sub.fn.max('c.position').as('max'))
            .whereRef('c.seeker_id', '=', 'o.seeker_id')
            .whereRef('c.opportunity_id', '=', 'o.id')
            .as('max'),
        ])
        .where('o.seeker_id', '=', this.seekerId)
        .where('o.id', 'in', ids.slice(i, i + IN_LIST_SIZE))
        .execute();
      for (const row of found) next.set(row.id, row.max === null || row.max === undefined ? 0 : Number(row.max) + 1);
    }
    const missing = ids.find((id) => !next.has(id));
    if (missing !== undefined) {
      throw new AppError('opportunity_not_found', `no opportunity "${missing}"`, { details: { got: missing } });
    }
    return entries.map((entry) => {
      const position = next.get(entry.opportunityId) ?? 0;
      next.set(entry.opportunityId, position + 1);
      return makeRow({ seeker_id: this.seekerId, opportunity_id: entry.opportunityId, position }, entry);
    });
  }

  mailMessagesById(messageIds: readonly string[]): Promise<MailMessageRecord[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return mailLog.mailMessagesById(mailDb(this.#db), this.seekerId, messageIds);
  }

  listMailMessages(statuses: readonly MailStatus[]): Promise<MailMessageRecord[]> {
    return mailLog.listMailMessages(mailDb(this.#db), this.seekerId, statuses);
  }

  calendarEvents(): Promise<Map<string, { opportunityId: string; interviewId: string }>> {
    return mailLog.calendarEvents(mailDb(this.#db), this.seekerId);
  }

  putCalendarEvent(uid: string, event: { opportunityId: string; interviewId: string }): Promise<void> {
    return this.#write((db) => mailLog.putCalendarEvent(mailDb(db), this.seekerId, uid, event));
  }

  getImapState(): Promise<Record<string, { uidValidity: number; lastUid: number }>> {
    return mailLog.getImapState(mailDb(this.#db), this.seekerId);
  }

  putImapState(folder: string, state: { uidValidity: number; lastUid: number }): Promise<void> {
    return this.#write((db) => mailLog.putImapState(mailDb(db), this.seekerId, folder, state));
  }

  // Transport bookkeeping, written outside #write: it is not the seeker's data and raises no revision.
  claimRequestKey(claim: { key: string; request: string; nowMs: number; keepMs: number }): Promise<RequestKeyClaim> {
    return idempotency.claimRequestKey(keysDb(this.#db), this.seekerId, claim);
  }

  finishRequestKey(key: string, response: StoredResponse): Promise<void> {
    return idempotency.finishRequestKey(keysDb(this.#db), this.seekerId, key, response);
  }

  releaseRequestKey(key: string): Promise<void> {
    return idempotency.releaseRequestKey(keysDb(this.#db), this.seekerId, key);
  }

  readSecrets(): Promise<Record<string, string>> {
    return settings.readSecrets(settingsDb(this.#db), this.seekerId);
  }

  updateSecrets(change: (current: Record<string, string>) => Record<string, string>): Promise<Record<string, string>> {
    return this.#write(async (db) => {
      const next = change(await settings.readSecrets(settingsDb(db), this.seekerId));
      await settings.replaceSecrets(settingsDb(db), this.seekerId, next);
      return next;
    });
  }

  readTemplates(): Promise<Record<string, string>> {
    return settings.readTemplates(settingsDb(this.#db), this.seekerId);
  }

  putTemplate(kind: string, text: string | null): Promise<void> {
    return this.#write((db) => settings.putTemplate(settingsDb(db), this.seekerId, kind, text));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this);
    return this.#db.transaction().execute(async (trx) => {
      await this.#lockSeeker(trx);
      const result = await fn(new SqlStore(trx, this.dialect, this.seekerId, { inTransaction: true }));
      // Once per transaction, whatever it wrote (a transaction that only read bumps it too: harmless).
      await this.#bumpRevision(trx);
      return result;
    });
  }

  /** Closes the connection(s). On a transaction's view this does nothing. */
  async close(): Promise<void> {
    if (this.#inTransaction) return;
    await this.#destroy();
  }

  /** Runs fn in a write transaction, or in the current one. */
  #write<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    // Inside a transaction, the transaction raises the revision once when it ends.
    if (this.#inTransaction) return fn(this.#db);
    return this.#db.transaction().execute(async (db) => {
      await this.#lockSeeker(db);
      const result = await fn(db);
      await this.#bumpRevision(db);
      return result;
    });
  }

  /** The revision column (0003-revision) is kept out of the row types: only this and revision() use it. */
  async #bumpRevision(db: Db): Promise<void> {
    await sql`update seekers set revision = revision + 1 where seeker_id = ${this.seekerId}`.execute(db);
  }

  async opportunityStamps(): Promise<Map<string, number>> {
    // The column (0008-opportunity-stamps) is kept out of the row types, like the revision.
    const result = await sql<{
      id: string;
      changed_rev: number | string;
    }>`select id, changed_rev from opportunities where seeker_id = ${this.seekerId}`.execute(this.#db);
    return new Map(result.rows.map((r) => [r.id, Number(r.changed_rev)]));
  }

  async revision(): Promise<number> {
    const result = await sql<{
      revision: number | string;
    }>`select revision from seekers where seeker_id = ${this.seekerId}`.execute(this.#db);
    return Number(result.rows[0]?.revision ?? 0);
  }

  /** Runs fn on one consistent snapshot: a read-only transaction, or the current one. */
  #snapshot<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this.#db);
    let tx = this.#db.transaction().setAccessMode('read only');
    if (this.dialect === 'postgres') tx = tx.setIsolationLevel('repeatable read');
    return tx.execute(fn);
  }

  /**
   * Takes this seeker's write lock until the transaction ends; the first
   * statement of every write transaction. SQLite's BEGIN IMMEDIATE already
   * holds the database's write lock. On PostgreSQL an advisory lock: free,
   * one round trip; held, a wait bounded by `lock_timeout` (announced
   * through onWait), then AppError `store_busy`. Under read committed each
   * later statement sees every write committed before the lock was granted.
   */
  async #lockSeeker(db: Db): Promise<void> {
    if (this.dialect !== 'postgres') return;
    const key = sql`${SEEKER_LOCK_NAMESPACE}::int4, hashtext(${this.seekerId})`;
    const tried = await sql<{ got: boolean; before: string }>`select pg_try_advisory_xact_lock(${key}) as got,
      current_setting('lock_timeout') as before`.execute(db);
    const { got, before } = tried.rows[0] ?? { got: false, before: '0' };
    if (got) return;
    const { timeoutMs } = this.#lockWait;
    await sql`select set_config('lock_timeout', ${String(Math.max(1, Math.round(timeoutMs)))}, true)`.execute(db);
    try {
      await announced(this.#lockWait, () => sql`select pg_advisory_xact_lock(${key})`.execute(db));
    } catch (error) {
      if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) throw storeBusyError(timeoutMs, error);
      throw error;
    }
    await sql`select set_config('lock_timeout', ${before}, true)`.execute(db);
  }

  async #loadProfile(db: Db): Promise<Required<ProfileRecord>> {
    const row = await db.selectFrom('seekers').selectAll().where('seeker_id', '=', this.seekerId).executeTakeFirst();
    return profileFromRow(row);
  }

  /** Writes the profile's given keys over the stored ones; an absent key keeps its value, null clears it. */
  async #mergeProfile(db: Db, profile: ProfileRecord): Promise<void> {
    const current = await this.#loadProfile(db);
    const given = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    await this.#saveSeekerRow(db, rowFromProfile(this.seekerId, { ...current, ...given }));
  }

  async #saveSeekerRow(db: Db, row: SeekerRow): Promise<void> {
    const { seeker_id: _key, ...fields } = row;
    await db
      .insertInto('seekers')
      .values(row)
      .onConflict((oc) => oc.column('seeker_id').doUpdateSet(fields))
      .execute();
  }

  async #updateSeekerLists(
    change: (profile: Required<ProfileRecord>) => Partial<Pick<ProfileRecord, 'snoozed' | 'dismissed'>>,
  ): Promise<void> {
    await this.#write(async (db) => {
      const current = await this.#loadProfile(db);
      await this.#saveSeekerRow(db, rowFromProfile(this.seekerId, { ...current, ...change(current) }));
    });
  }

  async #loadOpportunities(db: Db, only: readonly string[] | null, touchBodies = true): Promise<OpportunityRecord[]> {
    const seeker = this.seekerId;
    let oppQuery = db.selectFrom('opportunities').select(READ_COLUMNS.opportunities).where('seeker_id', '=', seeker);
    if (only !== null) oppQuery = oppQuery.where('id', 'in', only);
    const opportunities = await oppQuery.orderBy('created_at_ms').orderBy('id').execute();
    if (opportunities.length === 0) return [];

    const children = new Map<string, OpportunityChildren>();
    for (const o of opportunities) children.set(o.id, emptyChildren());
    // One query per child table, aggregated per opportunity into a JSON
    // array of row objects in list order: building rows as JSON in the
    // database and parsing them in one go costs about half of returning
    // each row as a driver object (20,000 touches: ~36 vs ~70 ms on SQLite).
    const aggregated = <T extends ChildTable>(table: T) => {
      const columns: readonly string[] = READ_COLUMNS[table];
      const omitted = !touchBodies && table === 'touches' ? 'body' : null;
      const fields = sql.join(columns.flatMap((c) => [sql.lit(c), c === omitted ? sql`null` : sql.ref(c)]));
      const order = sql`${sql.ref('position')}, ${sql.ref(table === 'snoozes' || table === 'dismissals' ? 'item' : 'id')}`;
      return this.dialect === 'postgres'
        ? sql<unknown>`json_agg(json_build_object(${fields}) order by ${order})`
        : sql<unknown>`json_group_array(json_object(${fields}) order by ${order})`;
    };
    // On PostgreSQL (a server for many seekers, where each statement is a round trip) every child
    // table comes in one statement, the tables' aggregates one after another (UNION ALL).
    const together =
      this.dialect === 'postgres' && (only === null || only.length <= MAX_IDS_TOGETHER)
        ? await this.#childrenTogether(db, only, aggregated)
        : null;
    const load = async <T extends ChildTable>(table: T): Promise<[string, ReadRow<Database[T]>[]][]> => {
      if (together) return (together.get(table) ?? []) as [string, ReadRow<Database[T]>[]][];
      const rows = aggregated(table);
      // Typed as one child table: every child table has the columns used here.
      let q = db
        .selectFrom(table as 'contacts')
        .select(['opportunity_id', rows.as('rows')])
        .where('seeker_id', '=', seeker)
        .groupBy('opportunity_id');
      if (only !== null) q = q.where('opportunity_id', 'in', only);
      return (await q.execute()).map((r) => [
        r.opportunity_id,
        (typeof r.rows === 'string' ? JSON.parse(r.rows) : r.rows) as ReadRow<Database[T]>[],
      ]);
    };
    const group = <R, V>(
      byOpportunity: readonly [string, R[]][],
      list: (c: OpportunityChildren) => V[],
      map: (row: R) => V,
    ): void => {
      for (const [opportunityId, rows] of byOpportunity) {
        const target = children.get(opportunityId);
        if (!target) continue;
        const into = list(target);
        for (const row of rows) into.push(map(row));
      }
    };
    group(await load('contacts'), (c) => c.contacts, contactFromRow);
    group(await load('interviews'), (c) => c.interviews, interviewFromRow);
    group(await load('touches'), (c) => c.touches, touchFromRow);
    group(await load('offers'), (c) => c.offers, offerFromRow);
    group(await load('snoozes'), (c) => c.snoozed, snoozeFromRow);
    group(
      await load('dismissals'),
      (c) => c.dismissed,
      (row) => row.item,
    );

    return opportunities.map((o) => opportunityFromRow(o, children.get(o.id) ?? emptyChildren()));
  }

  /** Every child table's rows per opportunity in one statement, by table (PostgreSQL: json_agg returns parsed arrays). */
  async #childrenTogether(
    db: Db,
    only: readonly string[] | null,
    aggregated: (table: ChildTable) => RawBuilder<unknown>,
  ): Promise<Map<ChildTable, [string, unknown[]][]>> {
    const parts = CHILD_TABLES.map(
      (table) => sql`select ${sql.lit(table)} as kind, opportunity_id, ${aggregated(table)} as rows
        from ${sql.table(table)} where seeker_id = ${this.seekerId}
        ${only === null ? sql`` : sql`and opportunity_id in (${sql.join(only)})`} group by opportunity_id`,
    );
    const result = await sql<{ kind: ChildTable; opportunity_id: string; rows: unknown }>`${sql.join(
      parts,
      sql` union all `,
    )}`.execute(db);
    const byTable = new Map<ChildTable, [string, unknown[]][]>();
    for (const row of result.rows) {
      const rows = (typeof row.rows === 'string' ? JSON.parse(row.rows) : row.rows) as unknown[];
      const list = byTable.get(row.kind) ?? [];
      if (list.length === 0) byTable.set(row.kind, list);
      list.push([row.opportunity_id, rows]);
    }
    return byTable;
  }

  /**
   * Inserts or updates one child by its key, keeping an existing child's
   * place and appending a new one at the end of its list.
   * Throws AppError `opportunity_not_found` when the opportunity is absent.
   */
  async #putChild<T extends ChildTable>(
    table: T,
    opportunityId: string,
    makeRow: (place: ChildPlace) => InsertObject<Database, T>,
    key: ['id'] | ['item'],
  ): Promise<void> {
    await this.#write(async (db) => {
      const [placed] = await this.#placeChildren(db, table, [{ opportunityId }], (place) => makeRow(place));
      const row = placed as Record<string, unknown>;
      const skip = new Set(['seeker_id', 'opportunity_id', 'position', ...key]);
      const update = Object.fromEntries(Object.entries(row).filter(([k]) => !skip.has(k)));
      await db
        .insertInto(table as 'contacts')
        .values(row as InsertObject<Database, 'contacts'>)
        .onConflict((oc) => {
          const target = oc.columns(['seeker_id', 'opportunity_id', key[0] as 'id']);
          return Object.keys(update).length === 0 ? target.doNothing() : target.doUpdateSet(update);
        })
        .execute();
    });
  }

  async #deleteChild(
    db: Db,
    table: 'interviews' | 'touches' | 'offers',
    opportunityId: string,
    id: string,
  ): Promise<boolean> {
    const result = await db
      .deleteFrom(table as 'interviews')
      .where('seeker_id', '=', this.seekerId)
      .where('opportunity_id', '=', opportunityId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}

/**
 * One entry per (opportunity, id), the last one given, in the order each was
 * first given: PostgreSQL refuses a statement that updates a row twice.
 */
function latestById<E extends { opportunityId: string }>(entries: readonly E[], id: (entry: E) => string): E[] {
  const byKey = new Map<string, E>();
  for (const entry of entries) byKey.set(`${entry.opportunityId}\u0000${id(entry)}`, entry);
  return byKey.size === entries.length ? [...entries] : [...byKey.values()];
}

/** Inserts rows in statements of at most MAX_PARAMETERS bound values. */
async function insertBatched<T extends ChildTable>(
  db: Db,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  for (const chunk of chunks(rows, MAX_PARAMETERS)) {
    await db
      .insertInto(table as 'contacts')
      .values(chunk as InsertObject<Database, 'contacts'>[])
      .execute();
  }
}

/** Splits rows so that each chunk binds at most `maxParameters` values. */
function chunks<T extends object>(rows: readonly T[], maxParameters: number): T[][] {
  const first = rows[0];
  if (!first) return [];
  const size = Math.max(1, Math.floor(maxParameters / Object.keys(first).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Inserts opportunity rows; an id already there gets every column an import overwrites. */
function upsertOpportunities(db: Db, rows: readonly OpportunityRow[]) {
  return db
    .insertInto('opportunities')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['seeker_id', 'id'])
        .doUpdateSet((eb) => Object.fromEntries(OPPORTUNITY_UPDATE_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    );
}

function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

/** The same connection seen with the mail tables' types (0002-mail; see mail-log.ts). */
function mailDb(db: Db): Kysely<mailLog.MailTables> {
  return db as unknown as Kysely<mailLog.MailTables>;
}

function keysDb(db: Db): Kysely<idempotency.IdempotencyTables> {
  return db as unknown as Kysely<idempotency.IdempotencyTables>;
}

function settingsDb(db: Db): Kysely<settings.SeekerSettingsTables> {
  return db as unknown as Kysely<settings.SeekerSettingsTables>;
}
