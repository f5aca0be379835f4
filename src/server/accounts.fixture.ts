/**
 * What the accounts-mode tests share: the statements docs/deploy.md has the
 * operator run for the server's role (neither owner of the tables nor able
 * to bypass row-level security), a runtime opened as that role on a
 * database the owner migrated, and adding accounts to it.
 */
import { rmSync } from 'node:fs';
import type { TestDatabase } from '../../test/dialects.js';
import { type AddedUser, addUser } from '../app/accounts/accounts.js';
import { type Runtime, startRuntime } from '../main.js';

/** The statements that create the server's role `role` and give it the data, not the schema. */
export function appRoleStatements(role: string): string[] {
  return [
    `create role ${role} login nosuperuser nobypassrls`,
    `grant usage on schema public to ${role}`,
    `grant select, insert, update, delete on all tables in schema public to ${role}`,
  ];
}

/** `url` signed in as `role` instead. */
export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  return u.toString();
}

/**
 * As the operator does it: migrates `database` as its owner, creates the
 * server's role `role`, and opens a runtime as that role.
 */
export async function runtimeAsAppRole(
  database: TestDatabase,
  home: string,
  role: string,
  now: string,
): Promise<Runtime> {
  const ownerUrl = database.location.databaseUrl as string;
  await (await startRuntime({ home, database: ownerUrl, now })).close();
  for (const statement of appRoleStatements(role)) await database.query(statement);
  return startRuntime({ home, database: asRole(ownerUrl, role), now });
}

/**
 * Closes what a test opened with `runtimeAsAppRole` (the server first), drops
 * the role (it belongs to the cluster, not to the database), the database
 * and the home. Any part may be missing when the set-up failed early.
 */
export async function closeAppRoleRuntime(parts: {
  server?: { close(): Promise<void> } | undefined;
  rt?: Runtime | undefined;
  database?: TestDatabase | undefined;
  home?: string | undefined;
  role: string;
}): Promise<void> {
  await parts.server?.close();
  await parts.rt?.close();
  await parts.database?.query(`drop owned by ${parts.role}`);
  await parts.database?.query(`drop role ${parts.role}`);
  await parts.database?.dispose();
  if (parts.home) rmSync(parts.home, { recursive: true, force: true });
}

/** Adds accounts to the runtime's database at the time `nowMs` gives, each seeker with their data row. */
export function accountAdder(
  rt: Runtime,
  nowMs: () => number,
): (email: string, role: 'seeker' | 'coach') => Promise<AddedUser> {
  return (email, role) =>
    addUser(rt.database.accounts(), { email, role, nowMs: nowMs() }, async (id) => {
      await rt.database.forSeeker(id);
    });
}
