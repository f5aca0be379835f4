/**
 * What every use case receives: the store, the fixed "now", and the home
 * (for the seeker's templates and caches). Built once by the composition
 * root (src/main.ts); nothing here reads the environment.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Store } from '../store/store.types.js';
import type { SeekerCache } from './seeker-cache.js';

export interface AppContext {
  readonly store: Store;
  readonly now: Temporal.Instant;
  /** The machine's zone: the seeker's zone until their profile sets one. */
  readonly machineZone: string;
  /** The data home: templates/, cache/, secrets. */
  readonly home: string;
  /** Mail accounts from the environment; saved ones are read from the home's secrets file. */
  readonly smtpUrl?: string | null;
  readonly imapUrl?: string | null;
  /**
   * Facts and agendas kept between requests by a long-running server, keyed
   * by the store's revision. Absent for one-shot commands and inside
   * transactions (whose writes are not committed yet).
   */
  readonly cache?: SeekerCache | undefined;
}
