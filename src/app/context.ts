/**
 * What every use case receives, for one seeker: the store scoped to them,
 * the fixed "now", their secrets and templates, and the home (caches).
 * Built by the composition root (src/main.ts) per command, and per request
 * by the server; nothing here reads the environment.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Store } from '../store/store.types.js';
import type { SeekerCache } from './seeker-cache.js';
import type { SeekerSettings } from './seeker-settings.js';

export interface AppContext {
  /** The store scoped to the one seeker this context runs for. */
  readonly store: Store;
  readonly now: Temporal.Instant;
  /** The machine's zone: the seeker's zone until their profile sets one. */
  readonly machineZone: string;
  /** The data home: cache/, and the local seeker's templates/ and secrets. */
  readonly home: string;
  /**
   * The seeker's secrets and templates (read through `settingsOf`). Absent:
   * the local seeker's, the files in `home`.
   */
  readonly settings?: SeekerSettings | undefined;
  /** Mail accounts from the environment; saved ones are read from the seeker's secrets. */
  readonly smtpUrl?: string | null;
  readonly imapUrl?: string | null;
  /**
   * Facts and agendas kept between requests by a long-running server, keyed
   * by the store's revision. Absent for one-shot commands and inside
   * transactions (whose writes are not committed yet).
   */
  readonly cache?: SeekerCache | undefined;
}
