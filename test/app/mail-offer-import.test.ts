/**
 * Offers read from mail, on a real SQLite file: the offer's touch keeps its
 * answer date (`decisionBy`, INGEST.md) as well as the offer's `deadline`,
 * and a revised offer that moves the answer date in loose words updates the
 * same offer. Uses the seventh labelled set (test/fixtures/mail-blind7).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocument, validateDocument } from '../../src/app/commands/data.js';
import { importMail } from '../../src/app/commands/mail.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

const SET = join(import.meta.dirname, '../fixtures/mail-blind7');
const NOW = Temporal.Instant.from('2026-12-22T12:00:00Z');

let home: string;
let store: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-offer-mail-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home };
  await importDocument(ctx, validateDocument(JSON.parse(readFileSync(join(SET, 'setup.json'), 'utf8'))));
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

/** Imports the numbered messages of the set, one at a time and in order, as they would arrive. */
const arrive = async (...numbers: string[]) => {
  const files = new Map(readdirSync(join(SET, 'messages')).map((f) => [f.slice(0, 3), join(SET, 'messages', f)]));
  for (const n of numbers) await importMail(ctx, { paths: [files.get(n) ?? `missing ${n}`] });
};

/** The answer dates on an opportunity's offer touches, in the order they arrived. */
const offerDates = async (id: string) =>
  ((await store.getOpportunity(id))?.touches ?? []).flatMap((t) =>
    t.direction === 'in' && t.kind === 'offer' ? [t.decisionBy ?? null] : [],
  );

describe('an offer read from mail', () => {
  it("keeps the answer date on the offer's touch as well as on the offer", async () => {
    await arrive('035');
    expect(await offerDates('quellwerk')).toEqual(['2026-12-09']);
    const quellwerk = await store.getOpportunity('quellwerk');
    expect(quellwerk?.offers?.map((o) => [o.status, o.deadline])).toEqual([['received', '2026-12-09']]);
  });

  it('moves the same offer to the new answer date when a revised offer says so in loose words', async () => {
    // Dec 2: answer by Wednesday, 9 December. Dec 8: "by the middle of next week". Dec 16: "until late December".
    await arrive('035', '043', '054');
    const quellwerk = await store.getOpportunity('quellwerk');
    expect(quellwerk?.offers?.map((o) => [o.id, o.status, o.deadline])).toEqual([['o1', 'received', '2026-12-31']]);
    expect(await offerDates('quellwerk')).toEqual(['2026-12-09', '2026-12-16', '2026-12-31']);
    // Nordlicht: "your answer by January 8" in December, then "let us know early in January" past an office closure.
    await arrive('052', '057');
    const nordlicht = await store.getOpportunity('nordlicht');
    expect(nordlicht?.offers?.map((o) => [o.status, o.deadline])).toEqual([['received', '2027-01-10']]);
    expect(await offerDates('nordlicht')).toEqual(['2027-01-08', '2027-01-10']);
  });
});
