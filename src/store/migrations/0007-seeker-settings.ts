/**
 * 0007: what a seeker keeps besides their facts, for a server where a seeker
 * has no data home of their own: their secrets (mail account URLs, the
 * calendar feed's token) and their draft templates, one row per name or
 * item kind. The local single seeker keeps both as files in the home, as
 * before; these tables serve every other seeker (src/store/seeker-settings.ts).
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const seekerSettings: StoreMigration = {
  name: '0007-seeker-settings',
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('seeker_secrets')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('seeker_secrets_pk', ['seeker_id', 'name'])
      .execute();
    await db.schema
      .createTable('seeker_templates')
      .addColumn('seeker_id', 'varchar(200)', (c) => c.notNull().references('seekers.seeker_id').onDelete('cascade'))
      .addColumn('kind', 'varchar(200)', (c) => c.notNull())
      // The template as its file would hold it: `Subject: ...`, a blank line, the body.
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('seeker_templates_pk', ['seeker_id', 'kind'])
      .execute();
  },
};
