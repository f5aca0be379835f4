/**
 * A child process for the held-lock test: opens the store given as JSON in
 * argv[2] and holds the seeker's write lock inside one write transaction,
 * as a long import would (SQLite: BEGIN IMMEDIATE; PostgreSQL: the
 * seeker's advisory lock), until its standard input ends or argv[3]
 * milliseconds have passed. Prints "held" once the lock is taken.
 *
 *   tsx src/store/lock-holder.fixture.ts '{"sqlitePath":"/tmp/x.db"}' 60000
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from './index.js';

const [location, msText] = process.argv.slice(2);
if (!location || !msText) {
  process.stderr.write('usage: lock-holder.fixture.ts LOCATION_JSON MILLISECONDS\n');
  process.exit(2);
}
const store = await openStore({ ...(JSON.parse(location) as object), poolSize: 1 });
await store.transaction(async (tx) => {
  await tx.putDismissed(null, 'held-by-another-process');
  process.stdout.write('held\n');
  process.stdin.resume();
  await Promise.race([once(process.stdin, 'end'), sleep(Number(msText), undefined, { ref: false })]);
});
await store.close();
