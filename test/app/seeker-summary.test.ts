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
  });

  it('is kept while the clock moves but nothing it shows can change yet, and recomputed after', async () => {
    await invoke(COMMANDS.importData, ctx, { document: COACHED_HOME });
    const served = { ...ctx, cache: new SeekerCache() };
    const at = (now: Temporal.Instant) => invoke(COMMANDS.seekerSummary, { ...served, now }, {});
    const fresh = (now: Temporal.Instant) => invoke(COMMANDS.seekerSummary, { ...ctx, now }, {});
    const first = await at(NOW);
    // Ten hours later, still Thursday in New York, no item opens or falls due: the same summary, not recomputed.
    const evening = NOW.add({ hours: 10 });
    expect(await at(evening)).toBe(first);
    expect(await fresh(evening)).toEqual(first);
    // After midnight in New York the date is read again (the answer happens to be the same).
    const friday = NOW.add({ hours: 16 });
    const recomputed = await at(friday);
    expect(recomputed).not.toBe(first);
    expect(recomputed).toEqual(first);
    // Once the seeker's week-end move is past due (Sunday 23:59:59 in New York), it counts as overdue.
    const monday = Temporal.Instant.from('2026-12-01T06:00:00Z');
    const later = await at(monday);
    expect(later).toEqual(await fresh(monday));
    expect(later.overdue).toBeGreaterThan(first.overdue);
    expect(later.attention).toBeGreaterThan(first.attention);
  });

  it('from the cache always equals a fresh computation at that time, whichever way the clock moves', async () => {
    await invoke(COMMANDS.importData, ctx, { document: COACHED_HOME });
    const served = { ...ctx, cache: new SeekerCache() };
    // Uneven steps over three weeks, then some back in time and both sides of the known changes.
    const times = Array.from({ length: 40 }, (_, i) => NOW.add({ minutes: i * 733 }));
    for (const edge of [
      '2026-12-01T05:00:00Z',
      '2026-12-01T15:00:00Z',
      '2026-12-02T15:00:00Z',
      '2026-12-03T16:00:00Z',
    ]) {
      const instant = Temporal.Instant.from(edge);
      times.push(instant.subtract({ milliseconds: 1 }), instant, instant.add({ seconds: 1 }));
    }
    times.push(NOW.add({ hours: 3 }), NOW, NOW.add({ hours: 9 * 24 + 2 }), NOW.subtract({ hours: 2 }));
    for (const now of times) {
      const kept = await invoke(COMMANDS.seekerSummary, { ...served, now }, {});
      const fresh = await invoke(COMMANDS.seekerSummary, { ...ctx, now }, {});
      expect({ now: now.toString(), summary: kept }).toEqual({ now: now.toString(), summary: fresh });
    }
  });

  it('notices the changes that fall between two midnights: a move falling overdue, an opportunity going silent', async () => {
    await invoke(COMMANDS.importData, ctx, { document: COACHED_HOME });
    // Thanks due 24 hours after an interview that ended at 18:00Z yesterday; Quiet silent from 20:00Z today.
    await store.putOpportunity({ id: 'delta', company: 'Delta', createdAt: '2026-11-20T10:00:00Z' });
    await store.putInterview('delta', { id: 'd1', at: '2026-11-25T17:10:00Z', durationMinutes: 50 });
    await store.putOpportunity({ id: 'quiet', company: 'Quiet', createdAt: '2026-11-12T20:00:00Z' });
    const served = { ...ctx, cache: new SeekerCache() };
    const at = (now: Temporal.Instant) => invoke(COMMANDS.seekerSummary, { ...served, now }, {});
    const first = await at(NOW);
    expect(first.silent.map((s) => s.opportunityId)).not.toContain('quiet');
    expect(await at(NOW.add({ minutes: 90 }))).toBe(first);

    const overdue = await at(Temporal.Instant.from('2026-11-26T18:00:01Z'));
    expect(overdue.overdue).toBe(first.overdue + 1);
    const silent = await at(Temporal.Instant.from('2026-11-26T20:00:00Z'));
    expect(silent.silent.map((s) => s.opportunityId)).toContain('quiet');

    // Every hour and around each change, forwards and back: the kept answer is the fresh one.
    const times = Array.from({ length: 12 }, (_, i) => NOW.add({ minutes: i * 37 }));
    for (const edge of ['2026-11-26T18:00:00Z', '2026-11-26T20:00:00Z']) {
      const instant = Temporal.Instant.from(edge);
      times.push(instant.subtract({ seconds: 1 }), instant, instant.add({ seconds: 1 }));
    }
    times.push(NOW.add({ minutes: 200 }), NOW.add({ minutes: 500 }));
    for (const now of times) {
      const kept = await at(now);
      const fresh = await invoke(COMMANDS.seekerSummary, { ...ctx, now }, {});
      expect({ now: now.toString(), summary: kept }).toEqual({ now: now.toString(), summary: fresh });
    }
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
