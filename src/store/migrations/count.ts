/**
 * How many migrations this build has (./index.ts lists them), without
 * loading them: `peekSqliteRevision` checks a file's schema against it on
 * the path that must not load Kysely. A test keeps it equal to the list.
 */
export const MIGRATION_COUNT = 12;
