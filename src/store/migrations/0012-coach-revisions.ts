/**
 * 0012 (PostgreSQL only): a coach's list of seekers reads every seeker's
 * revision, and under row-level security (0010) that was one scoped query
 * per seeker. `afterview_revisions_of_coach` answers them all in one: with
 * its owner's rights, it gives the seeker id and the revision (nothing else)
 * of each seeker who granted that coach access. The server's role already
 * reads the grants (coach_grants has no policy), so naming the coach adds no
 * reach; every other seeker table stays behind its policy.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { StoreMigration } from './migration.types.js';

export const coachRevisions: StoreMigration = {
  name: '0012-coach-revisions',
  async up(db: Kysely<unknown>): Promise<void> {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`create function afterview_revisions_of_coach(coach text)
      returns table (seeker_id varchar, revision bigint)
      language sql stable security definer set search_path from current
      as $$ select s.seeker_id, s.revision from seekers s
        join coach_grants g on g.seeker_id = s.seeker_id where g.coach_user_id = coach $$`.execute(db);
  },
};
