/**
 * The seeker a PostgreSQL connection works for, as the row-level security
 * policies (migration 0010) read it: `afterview.seeker`. A seeker's store
 * runs each of its calls inside `runAsSeeker`, and the pool sets the setting
 * on every connection it hands out for that call (only when it changes), so
 * even a query that forgot its `where seeker_id = ...` sees one seeker's
 * rows. Outside any seeker (migrations, accounts) the setting is empty and
 * the policies show no seeker's rows.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string>();

/**
 * What `currentSeeker` says inside `onTablesWithoutPolicies`: the pool then
 * leaves the connection's setting as it is. No seeker id holds a NUL.
 */
export const SETTING_UNUSED = '\u0000unused';

/**
 * Runs `work` without setting `afterview.seeker` on its connection (one
 * round trip fewer per request): only for statements on tables that have no
 * policy (sessions, users), whose answer the setting cannot change.
 */
export function onTablesWithoutPolicies<T>(work: () => T): T {
  return current.run(SETTING_UNUSED, work);
}

/** Runs `work` (and everything it awaits) as the seeker's. */
export function runAsSeeker<T>(seekerId: string, work: () => T): T {
  return current.run(seekerId, work);
}

/** The seeker of the running call, '' outside any, or SETTING_UNUSED inside `onTablesWithoutPolicies`. */
export function currentSeeker(): string {
  return current.getStore() ?? '';
}

/** The store with every method call run as its seeker (see `runAsSeeker`). */
export function actingAsSeeker<S extends object>(store: S, seekerId: string): S {
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        runAsSeeker(seekerId, () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
