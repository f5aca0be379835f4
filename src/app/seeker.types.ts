/**
 * One seeker as loaded for a decision (see seeker.ts): the records, the
 * facts mapped from them, the zone and the holidays they are read in. A
 * module of its own so the cache (seeker-cache.ts) and the context can name
 * it without importing the loader, which imports the context.
 */
import type { Facts } from '../core/model.js';
import type { OpportunityRecord, ProfileRecord } from '../records/data-file.schema.js';

/** The seeker's profile, records and facts, with the zone and holidays they are read in. */
export interface Seeker {
  profile: ProfileRecord;
  records: OpportunityRecord[];
  facts: Facts;
  timeZone: string;
  holidays: ReadonlySet<string>;
}
