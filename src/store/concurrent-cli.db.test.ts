/**
 * Many `afterview` processes writing to one seeker at once, on every
 * dialect, through the built command line: 8 `heard` on one opportunity
 * started together, 5 rounds, 8 `add` of the same company, and 8 `config
 * set` of different keys of the one profile. Every
 * command that exits 0 must have its write stored, under an id no other
 * command printed (ids are allocated from reads, so those reads must run
 * under the seeker's write lock).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, ensureBuilt } from '../../test/cli/cli-runner.js';
import { type CliTarget, cliTarget, DIALECTS, type TestDatabase } from '../../test/dialects.js';
import { openStore } from './index.js';

const WRITERS = 8;
const ROUNDS = 5;

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`${WRITERS} CLI writers at once on ${dialect.name}`, () => {
    let db: TestDatabase | null = null;
    let target: CliTarget | null = null;

    beforeAll(() => ensureBuilt());
    afterEach(async () => {
      target?.remove();
      target = null;
      await db?.dispose();
      db = null;
    });

    /** A fresh database and `afterview ARGS` on it, started without waiting. */
    const open = async () => {
      db = await dialect.freshDatabase();
      const t = cliTarget(db.location);
      target = t;
      return {
        location: db.location,
        home: t.home,
        run: (args: string[]) => cliAsync(t.home, [...t.args, ...args]),
      };
    };

    it(`keeps every touch of ${ROUNDS} rounds of ${WRITERS} concurrent \`heard\`, each under its own id`, async () => {
      const { location, run } = await open();
      expect((await run(['add', 'Acme'])).code).toBe(0);
      const printed: string[] = [];
      const failures: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const results = await Promise.all(
          Array.from({ length: WRITERS }, (_, w) =>
            run(['heard', 'acme', 'reply', `round ${round} writer ${w}`, '--json']),
          ),
        );
        for (const r of results) {
          if (r.code === 0) printed.push((JSON.parse(r.stdout) as { id: string }).id);
          else failures.push(`exit ${r.code}: ${r.stderr.trim()}`);
        }
      }
      expect(failures).toEqual([]);
      expect(new Set(printed).size).toBe(printed.length);

      const store = await openStore({ ...location });
      try {
        const touches = (await store.getOpportunity('acme'))?.touches ?? [];
        expect(touches).toHaveLength(printed.length);
        expect(new Set(touches.map((t) => t.id))).toEqual(new Set(printed));
        const words = new Set(touches.map((t) => t.body));
        expect(words.size).toBe(WRITERS * ROUNDS);
      } finally {
        await store.close();
      }
    }, 180_000);

    it(`keeps each of ${WRITERS} concurrent \`config set\` of different profile keys and settings`, async () => {
      const { location, run } = await open();
      const wanted: Record<string, string> = {
        name: 'Sam Rivera',
        email: 'sam@example.com',
        timezone: 'America/New_York',
        signature: 'Sam',
        'settings.thankYouHours': '12',
        'settings.checkInGapDays': '9',
        'settings.silenceDays': '10',
        'settings.minOpenOpportunities': '4',
      };
      const results = await Promise.all(Object.entries(wanted).map(([k, v]) => run(['config', 'set', k, v])));
      expect(results.filter((r) => r.code !== 0).map((r) => r.stderr.trim())).toEqual([]);

      const store = await openStore({ ...location });
      try {
        const profile = await store.getProfile();
        expect(profile).toMatchObject({
          name: 'Sam Rivera',
          email: 'sam@example.com',
          timezone: 'America/New_York',
          signature: 'Sam',
          settings: { thankYouHours: 12, checkInGapDays: 9, silenceDays: 10, minOpenOpportunities: 4 },
        });
      } finally {
        await store.close();
      }
    }, 120_000);

    it(`keeps exactly one of ${WRITERS} concurrent \`add\` of one company, refusing the rest as repeats`, async () => {
      const { location, run } = await open();
      const results = await Promise.all(Array.from({ length: WRITERS }, () => run(['add', 'Once Only'])));
      expect(results.filter((r) => r.code === 0)).toHaveLength(1);
      for (const r of results.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/--again/);
      }
      const store = await openStore({ ...location });
      try {
        expect((await store.listOpportunities()).filter((o) => o.company === 'Once Only')).toHaveLength(1);
      } finally {
        await store.close();
      }
    }, 120_000);

    it(`gives ${WRITERS} concurrent \`add --again\` of one company ${WRITERS} distinct ids, all kept`, async () => {
      const { location, run } = await open();
      const results = await Promise.all(Array.from({ length: WRITERS }, () => run(['add', 'Same Name', '--again'])));
      expect(results.filter((r) => r.code !== 0).map((r) => r.stderr.trim())).toEqual([]);
      const ids = results.map((r) => r.stdout.trim());
      expect(new Set(ids).size).toBe(WRITERS);

      const store = await openStore({ ...location });
      try {
        const kept = (await store.listOpportunities()).filter((o) => o.company === 'Same Name');
        expect(new Set(kept.map((o) => o.id))).toEqual(new Set(ids));
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
