/**
 * The reads the agenda needs (the revision, the profile, the change stamps
 * and some opportunities) straight from a SQLite file with the driver
 * alone: no Kysely, no migrator. For `afterview today` right after a write
 * (src/cli/agenda-alone.ts), where loading Kysely cost a tenth of the run.
 * The statements are the ones the store runs (src/store/sql-store.ts, its
 * SQLite form) and rows become records through the same mapping, so the
 * records are the same; tests compare the two on one file.
 */
import type Database from 'better-sqlite3';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import {
  contactFromRow,
  emptyChildren,
  interviewFromRow,
  type OpportunityChildren,
  offerFromRow,
  opportunityFromRow,
  profileFromRow,
  snoozeFromRow,
  touchFromRow,
} from './mapping.js';
import { type ChildTable, READ_COLUMNS, type SeekerRow } from './schema.js';
import { openCurrentSqlite, sqliteRevision } from './sqlite-peek.js';
import type { AgendaReads } from './store.types.js';

/** Where each child table's rows go and how one becomes a record. */
const CHILDREN: { [T in ChildTable]: (c: OpportunityChildren, row: never) => void } = {
  contacts: (c, row) => c.contacts.push(contactFromRow(row)),
  interviews: (c, row) => c.interviews.push(interviewFromRow(row)),
  touches: (c, row) => c.touches.push(touchFromRow(row)),
  offers: (c, row) => c.offers.push(offerFromRow(row)),
  snoozes: (c, row) => c.snoozed.push(snoozeFromRow(row)),
  dismissals: (c, row) => c.dismissed.push((row as { item: string }).item),
};

const quote = (name: string): string => `"${name}"`;

/**
 * The store's reads for one seeker over a SQLite file, read-only, with
 * `close`; null when the file does not exist, its schema is not this
 * build's or the seeker has no row (the ordinary store then opens it, and
 * migrates or creates what it must). Throws the driver's error when the
 * file cannot be read.
 */
export function openSqliteReader(path: string, seekerId: string): (AgendaReads & { close(): void }) | null {
  const db = openCurrentSqlite(path);
  if (db === null) return null;
  if (sqliteRevision(db, seekerId) === null) {
    db.close();
    return null;
  }
  return {
    seekerId,
    revision: async () => sqliteRevision(db, seekerId) ?? 0,
    getProfile: async () =>
      profileFromRow(db.prepare('select * from seekers where seeker_id = ?').get(seekerId) as SeekerRow | undefined),
    opportunityStamps: async () => {
      const rows = db.prepare('select id, changed_rev from opportunities where seeker_id = ?').all(seekerId) as {
        id: string;
        changed_rev: number;
      }[];
      return new Map(rows.map((r) => [r.id, Number(r.changed_rev)]));
    },
    listOpportunities: async (options = {}) =>
      options.ids?.length === 0
        ? []
        : db.transaction(() => readOpportunities(db, seekerId, options.ids ?? null, options.touchBodies ?? true))(),
    close: () => db.close(),
  };
}

/** The store's `#loadOpportunities` on SQLite: one statement for the opportunities, one per child table. */
function readOpportunities(
  db: Database.Database,
  seekerId: string,
  only: readonly string[] | null,
  touchBodies: boolean,
): OpportunityRecord[] {
  const among = (column: string): string =>
    only === null ? '' : ` and ${column} in (${only.map(() => '?').join(', ')})`;
  const params = only === null ? [seekerId] : [seekerId, ...only];
  const opportunities = db
    .prepare(
      `select ${READ_COLUMNS.opportunities.map(quote).join(', ')} from "opportunities" where "seeker_id" = ?${among('"id"')} order by "created_at_ms", "id"`,
    )
    .all(...params) as Parameters<typeof opportunityFromRow>[0][];
  if (opportunities.length === 0) return [];
  const children = new Map<string, OpportunityChildren>();
  for (const o of opportunities) children.set(o.id, emptyChildren());
  for (const table of Object.keys(CHILDREN) as ChildTable[]) {
    const columns: readonly string[] = READ_COLUMNS[table];
    const fields = columns
      .map((c) => `'${c}', ${!touchBodies && table === 'touches' && c === 'body' ? 'null' : quote(c)}`)
      .join(', ');
    const order = `"position", ${quote(table === 'snoozes' || table === 'dismissals' ? 'item' : 'id')}`;
    const rows = db
      .prepare(
        `select "opportunity_id", json_group_array(json_object(${fields}) order by ${order}) as "rows" from ${quote(table)} where "seeker_id" = ?${among('"opportunity_id"')} group by "opportunity_id"`,
      )
      .all(...params) as { opportunity_id: string; rows: string }[];
    const add = CHILDREN[table] as (c: OpportunityChildren, row: unknown) => void;
    for (const r of rows) {
      const target = children.get(r.opportunity_id);
      if (target) for (const row of JSON.parse(r.rows) as unknown[]) add(target, row);
    }
  }
  return opportunities.map((o) => opportunityFromRow(o, children.get(o.id) ?? emptyChildren()));
}
