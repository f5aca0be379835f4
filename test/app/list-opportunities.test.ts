/**
 * The list the board reads, on a real SQLite file over the demo home: each
 * opportunity names its contacts, and the query finds an opportunity by a
 * contact's name or email as well as by its company or role.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadDemo } from '../../src/app/commands/data.js';
import { listOpportunities } from '../../src/app/commands/opportunities.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';

/** Thursday 26 November 2026, 09:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

let home: string;
let ctx: AppContext;
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-list-'));
  ctx = { store: await openStore({ sqlitePath: join(home, 'afterview.db') }), now: NOW, machineZone: 'UTC', home };
  await loadDemo(ctx);
});
afterEach(async () => {
  await ctx.store.close();
  rmSync(home, { recursive: true, force: true });
});

it("names each opportunity's contacts", async () => {
  const brightwater = (await listOpportunities(ctx)).find((o) => o.id === 'brightwater');
  expect(brightwater?.contacts).toEqual(['Maya Okafor', 'Daniel Reyes']);
});

it("finds an opportunity by a contact's name or email, and still by company and role", async () => {
  const ids = async (query: string) => (await listOpportunities(ctx, { query })).map((o) => o.id);
  expect(await ids('priya')).toEqual(['northwind']);
  expect(await ids('PRIYA@NORTHWIND')).toEqual(['northwind']);
  expect(await ids('pinecrest')).toEqual(['pinecrest']);
  expect(await ids('robotics software')).toEqual(['pinecrest']);
  expect(await ids('nobody-by-that-name')).toEqual([]);
});
