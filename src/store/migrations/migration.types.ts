/**
 * The shape of one migration, in a module of its own so each `NNNN-what.ts`
 * can name it without importing the list (index.ts) that imports them.
 */
import type { Kysely } from 'kysely';

/** One schema step. `up` receives an untyped Kysely: the schema it sees is the one before this step. */
export interface StoreMigration {
  readonly name: string;
  up(db: Kysely<unknown>): Promise<void>;
}
