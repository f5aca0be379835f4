/**
 * The seeker_secrets and seeker_templates tables (0007): a seeker's secrets
 * (name -> value) and draft templates (item kind -> text) for a seeker
 * served without a data home. Every statement is scoped by seeker. Values
 * are returned to the caller only: nothing here puts a secret in an error
 * message, and neither table is part of an export.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './store.types.js';

export interface SeekerSecretRow {
  seeker_id: string;
  name: string;
  value: string;
}

export interface SeekerTemplateRow {
  seeker_id: string;
  kind: string;
  text: string;
}

export interface SeekerSettingsTables {
  seeker_secrets: SeekerSecretRow;
  seeker_templates: SeekerTemplateRow;
}

type Db = Kysely<SeekerSettingsTables>;

/** The seeker's secrets by name; none saved is an empty object. */
export async function readSecrets(db: Db, seekerId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('seeker_secrets')
    .select(['name', 'value'])
    .where('seeker_id', '=', seekerId)
    .orderBy('name')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

/**
 * Replaces the seeker's secrets with `next`: names absent from it are
 * removed. Call inside the seeker's write transaction (read, change, write).
 */
export async function replaceSecrets(db: Db, seekerId: string, next: Readonly<Record<string, string>>): Promise<void> {
  await db.deleteFrom('seeker_secrets').where('seeker_id', '=', seekerId).execute();
  const rows = Object.entries(next).map(([name, value]) => ({ seeker_id: seekerId, name, value }));
  if (rows.length > 0) await db.insertInto('seeker_secrets').values(rows).execute();
}

/**
 * Every seeker with saved secrets, across seekers (for re-sealing them all
 * with a new key). On PostgreSQL through 0011's function, which sees past
 * row-level security.
 */
export async function seekersWithSecrets(db: Db, dialect: Dialect): Promise<string[]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ seeker_id: string }>`select afterview_seekers_with_secrets() as seeker_id`.execute(db);
    return rows.map((r) => r.seeker_id);
  }
  const rows = await db.selectFrom('seeker_secrets').select('seeker_id').distinct().orderBy('seeker_id').execute();
  return rows.map((r) => r.seeker_id);
}

/** The seeker's templates by item kind, as their files would hold them. */
export async function readTemplates(db: Db, seekerId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('seeker_templates')
    .select(['kind', 'text'])
    .where('seeker_id', '=', seekerId)
    .orderBy('kind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kind, r.text]));
}

/** Saves one template, or removes it when `text` is null. */
export async function putTemplate(db: Db, seekerId: string, kind: string, text: string | null): Promise<void> {
  if (text === null) {
    await db.deleteFrom('seeker_templates').where('seeker_id', '=', seekerId).where('kind', '=', kind).execute();
    return;
  }
  await db
    .insertInto('seeker_templates')
    .values({ seeker_id: seekerId, kind, text })
    .onConflict((oc) => oc.columns(['seeker_id', 'kind']).doUpdateSet({ text }))
    .execute();
}
