/**
 * The idempotency_keys table (0006): each key a seeker's web app sent with a
 * state-changing request, what that request was and the response it got.
 * Rows map to `RequestKeyClaim` here and nowhere else. Writes here are
 * bookkeeping of the transport, not the seeker's data: they do not raise
 * the seeker's revision.
 */
import type { Kysely } from 'kysely';
import type { RequestKeyClaim, StoredResponse } from './store.types.js';

export interface IdempotencyKeyRow {
  seeker_id: string;
  key: string;
  /** What the request was: method, path and a hash of the body, as the server writes it. */
  request: string;
  created_at_ms: number | string;
  status: number | null;
  content_type: string | null;
  body: string | null;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeyRow;
}

type Db = Kysely<IdempotencyTables>;

/**
 * Claims `key` for `request`: removes this seeker's keys older than
 * `keepMs`, then inserts the key unless it is there. A key that is there
 * answers with what became of it. Two claims of one new key at once: one
 * inserts, the other sees it `pending` (the primary key decides).
 */
export async function claimRequestKey(
  db: Db,
  seekerId: string,
  claim: { key: string; request: string; nowMs: number; keepMs: number },
): Promise<RequestKeyClaim> {
  await db
    .deleteFrom('idempotency_keys')
    .where('seeker_id', '=', seekerId)
    .where('created_at_ms', '<', claim.nowMs - claim.keepMs)
    .execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ seeker_id: seekerId, key: claim.key, request: claim.request, created_at_ms: claim.nowMs })
    .onConflict((oc) => oc.columns(['seeker_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { state: 'claimed' };
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request', 'status', 'content_type', 'body'])
    .where('seeker_id', '=', seekerId)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  // Removed in between by an expiry: this request is the first after all.
  if (!row) return claimRequestKey(db, seekerId, claim);
  if (row.request !== claim.request) return { state: 'mismatch' };
  if (row.status === null) return { state: 'pending' };
  return {
    state: 'done',
    response: { status: Number(row.status), contentType: row.content_type, body: row.body ?? '' },
  };
}

/** Keeps the response of the request that claimed `key`. */
export async function finishRequestKey(db: Db, seekerId: string, key: string, response: StoredResponse): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status: response.status, content_type: response.contentType, body: response.body })
    .where('seeker_id', '=', seekerId)
    .where('key', '=', key)
    .execute();
}

/** Forgets `key`, so a retry runs the request again (its first attempt failed on the server's side). */
export async function releaseRequestKey(db: Db, seekerId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('seeker_id', '=', seekerId).where('key', '=', key).execute();
}
