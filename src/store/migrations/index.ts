/**
 * The store's migrations, in order. Each lives in its own file named
 * `NNNN-what.ts`; to change the schema, append a new file here and never
 * edit one that has shipped. Kysely's Migrator runs them by name order, so
 * names must sort in the order of this list.
 */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { mail } from './0002-mail.js';
import { revision } from './0003-revision.js';
import { dropTouchMessageIndex } from './0004-drop-touch-message-index.js';
import { calendarEvents } from './0005-calendar-events.js';
import { idempotencyKeys } from './0006-idempotency-keys.js';
import { seekerSettings } from './0007-seeker-settings.js';
import { opportunityStamps } from './0008-opportunity-stamps.js';
import { accounts } from './0009-accounts.js';
import { rowSecurity } from './0010-row-security.js';
import { sealedSecrets } from './0011-sealed-secrets.js';
import { coachRevisions } from './0012-coach-revisions.js';
import type { StoreMigration } from './migration.types.js';

export type { StoreMigration } from './migration.types.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly StoreMigration[] = [
  initial,
  mail,
  revision,
  dropTouchMessageIndex,
  calendarEvents,
  idempotencyKeys,
  seekerSettings,
  opportunityStamps,
  accounts,
  rowSecurity,
  sealedSecrets,
  coachRevisions,
];

/** A Kysely MigrationProvider over the static list (no file-system scanning, so bundling works). */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(MIGRATIONS.map((m) => [m.name, { up: (db) => m.up(db) }]));
  },
};
