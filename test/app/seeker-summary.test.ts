/**
 * A seeker at a glance for their coach (`seeker_summary`, read through the
 * registry on a real SQLite store): overdue moves as the seeker's agenda
 * counts them, undecided offers with their deadlines, opportunities gone
 * silent, and stages that agree with the seeker's own board.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { invoke } from '../../src/app/registry/command.js';
import { COMMANDS } from '../../src/app/registry/index.js';
import { SeekerCache } from '../../src/app/seeker-cache.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';
import { COACHED_HOME } from '../factories/homes.js';

/** Thursday, November 26, 2026, 9:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

let home: string;
let store: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-summary-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home, smtpUrl: null };
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

describe("a seeker's summary for their coach", () => {
  it('counts what the seeker sees: overdue moves, open offers by deadline, silent ones, the board by stage', async () => {
    await invoke(COMMANDS.importData, ctx, { document: COACHED_HOME });
    const summary = await invoke(COMMANDS.seekerSummary, ctx, {});

    const board = await invoke(COMMANDS.listOpportunities, ctx, {});
    const byStage = Object.fromEntries(
      ['applied', 'interviewing', 'waiting', 'offer', 'closed'].map((s) => [
        s,
        board.filter((o) => o.stage === s).length,
      ]),
    );
    expect(summary.stages).toEqual(byStage);
    expect(summary.stages).toEqual({ applied: 1, interviewing: 1, waiting: 1, offer: 1, closed: 1 });

    const agenda = await invoke(COMMANDS.getAgenda, ctx, {});
    const overdue = agenda.items.filter((i) => i.state === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(summary.overdue).toBe(overdue.length);
    expect(summary.due).toBe(agenda.items.filter((i) => i.state === 'due').length);
    expect(summary.pipeline).toEqual(agenda.pipeline);

    expect(summary.offers).toEqual([
      { opportunityId: 'beta', company: 'Beta', role: null, status: 'received', deadline: '2026-11-30' },
    ]);
    // Gamma last heard on October 5; Acme had an interview 8 days ago and is not silent yet.
    expect(summary.silent).toEqual([
      { opportunityId: 'gamma', company: 'Gamma', role: null, since: '2026-10-05T15:00:00.000Z' },
    ]);
    // Three points per overdue move, four for the offer due within a week, one for the silent one.
    expect(summary.attention).toBeGreaterThanOrEqual(overdue.length * 3 + 4 + 1);
  });

  it("is kept by a server's cache until the seeker writes, then read again", async () => {
    await invoke(COMMANDS.importData, ctx, { document: COACHED_HOME });
    const served = { ...ctx, cache: new SeekerCache() };
    const first = await invoke(COMMANDS.seekerSummary, served, {});
    expect(await invoke(COMMANDS.seekerSummary, served, {})).toBe(first);
    await invoke(COMMANDS.addOpportunity, served, { company: 'Omega' });
    const after = await invoke(COMMANDS.seekerSummary, served, {});
    expect(after.stages.applied).toBe(first.stages.applied + 1);
    // A minute later the states are read again even with nothing written.
    const later = { ...served, now: NOW.add({ minutes: 1 }) };
    expect(await invoke(COMMANDS.seekerSummary, later, {})).not.toBe(after);
  });

  it('is all zeros for a seeker with nothing yet', async () => {
    const summary = await invoke(COMMANDS.seekerSummary, ctx, {});
    expect(summary).toMatchObject({ overdue: 0, offers: [], silent: [], attention: expect.any(Number) });
    expect(Object.values(summary.stages).every((n) => n === 0)).toBe(true);
  });

  it('refuses any input: a coach reads, never passes fields', async () => {
    await expect(invoke(COMMANDS.seekerSummary, ctx, { write: true })).rejects.toThrow(/invalid|unrecognized/i);
  });
});
