/**
 * A child process for the concurrency test: opens the store given as JSON
 * in argv[2] (a database that may not be migrated yet) and runs argv[4]
 * write transactions named after argv[3]. Each transaction reads, then
 * writes (the pattern that fails with "database is locked" under deferred
 * SQLite transactions). Prints one JSON line with its counts; exits 1 if
 * anything failed, with each error on standard error.
 *
 *   tsx src/store/concurrent-writer.fixture.ts '{"sqlitePath":"/tmp/x.db"}' w1 200
 */
import { openStore } from './index.js';

const [location, writer, countText] = process.argv.slice(2);
if (!location || !writer || !countText) {
  process.stderr.write('usage: concurrent-writer.fixture.ts LOCATION_JSON WRITER COUNT\n');
  process.exit(2);
}
const count = Number(countText);
const store = await openStore({ ...(JSON.parse(location) as object), poolSize: 2 });
let ok = 0;
const errors: string[] = [];
for (let i = 0; i < count; i++) {
  try {
    await store.transaction(async (tx) => {
      const shared = await tx.getOpportunity('shared');
      if (!shared) await tx.putOpportunity({ id: 'shared', company: 'Shared', createdAt: '2026-11-02T15:00:00Z' });
      const n = shared?.touches?.length ?? 0;
      await tx.putTouch('shared', {
        id: `${writer}-${i}`,
        at: '2026-11-20T18:00:00Z',
        direction: 'out',
        purpose: 'other',
        body: `seen ${n} before`,
      });
      await tx.putDismissed(null, `${writer}-${i}`);
    });
    ok++;
  } catch (error) {
    errors.push(error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error));
  }
}
await store.close();
for (const e of errors) process.stderr.write(`${e}\n`);
process.stdout.write(`${JSON.stringify({ writer, ok, failed: errors.length })}\n`);
process.exit(errors.length === 0 ? 0 : 1);
