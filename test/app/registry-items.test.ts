/**
 * The agenda, send, settings and data commands through the registry, as every
 * front end calls them: the schema is the one check (a field over its limit,
 * a missing value), dates in words are read inside the command in the
 * seeker's zone, the data file comes as JSON text or as an object, and a
 * refusal writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { invoke } from '../../src/app/registry/command.js';
import { COMMANDS } from '../../src/app/registry/index.js';
import { AppError } from '../../src/records/errors.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';
import { ONSITE_HOME, ONSITE_THANKS } from '../factories/homes.js';

/** Thursday, November 26, 2026, 9:00 in New York (the machine's zone is UTC, the seeker's New York). */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
const THANKS = ONSITE_THANKS;
const DOC = ONSITE_HOME;

let home: string;
let store: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-registry-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home, smtpUrl: null };
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

/** The AppError the promise rejects with (anything else fails the test). */
async function thrown(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected an AppError'),
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw error;
}

describe('import_data', () => {
  it('takes the document as JSON text (a byte-order mark skipped) or as an object', async () => {
    expect(await invoke(COMMANDS.importData, ctx, { document: `\uFEFF${JSON.stringify(DOC)}` })).toEqual({
      created: 1,
      updated: 0,
    });
    expect(await invoke(COMMANDS.importData, ctx, { document: structuredClone(DOC) })).toEqual({
      created: 0,
      updated: 1,
    });
    const exported = await invoke(COMMANDS.exportData, ctx, {});
    expect(exported.opportunities?.map((o) => o.id)).toEqual(['acme']);
  });

  it('refuses text that is not JSON and a broken document with invalid_file, and imports nothing', async () => {
    expect((await thrown(invoke(COMMANDS.importData, ctx, { document: '{"format": ' }))).code).toBe('invalid_file');
    const broken = { ...DOC, opportunities: [{ ...DOC.opportunities[0], createdAt: 'someday' }] };
    const e = await thrown(invoke(COMMANDS.importData, ctx, { document: broken }));
    expect(e.code).toBe('invalid_file');
    expect(e.message).toMatch(/^opportunities\[0\]\.createdAt: /);
    expect((await thrown(invoke(COMMANDS.importData, ctx, {}))).code).toBe('invalid_input');
    expect(await store.listOpportunities()).toEqual([]);
  });
});

describe('the item commands', () => {
  beforeEach(async () => {
    await invoke(COMMANDS.importData, ctx, { document: DOC });
  });

  it('snoozes to a day in words read in the seeker zone, not the machine zone', async () => {
    // 2026-11-26T02:00Z is Wednesday evening in New York: "tomorrow" is Thursday there, Friday in UTC.
    const late = { ...ctx, now: Temporal.Instant.from('2026-11-26T02:00:00Z') };
    expect(await invoke(COMMANDS.snoozeItem, late, { item: THANKS, until: 'tomorrow' })).toEqual({
      item: THANKS,
      until: '2026-11-26',
    });
    const due = await invoke(COMMANDS.getAgenda, late, { all: true });
    expect(due.items.map((i) => i.id)).not.toContain(THANKS);
  });

  it('refuses a day that does not exist or is not after today, naming the field, and snoozes nothing', async () => {
    const unreal = await thrown(invoke(COMMANDS.snoozeItem, ctx, { item: THANKS, until: 'Dec 32' }));
    expect(unreal.code).toBe('invalid_date');
    expect(unreal.message).toMatch(/^until: "Dec 32" is not a real day/);
    const past = await thrown(invoke(COMMANDS.snoozeItem, ctx, { item: THANKS, until: 'yesterday' }));
    expect(past.code).toBe('invalid_date');
    expect(past.message).toBe('until 2026-11-25 is not after today (2026-11-26)');
    expect(past.details).toEqual({ field: 'until', got: '2026-11-25' });
    const missing = await thrown(invoke(COMMANDS.snoozeItem, ctx, { item: THANKS }));
    expect(missing).toMatchObject({ code: 'invalid_input', details: { field: 'until' } });
    expect((await store.getOpportunity('acme'))?.snoozed ?? []).toEqual([]);
  });

  it('refuses a text to check over 100,000 characters with text_too_long naming it', async () => {
    const e = await thrown(invoke(COMMANDS.checkTone, ctx, { text: 'a'.repeat(100_001) }));
    expect(e.code).toBe('text_too_long');
    expect(e.message).toBe('text is 100,001 characters long, more than the 100,000 allowed');
    expect((await invoke(COMMANDS.checkTone, ctx, { text: 'Thank you for your time today.' })).flags).toEqual([]);
  });

  it('refuses a subject over its limit before anything is sent or logged', async () => {
    const e = await thrown(invoke(COMMANDS.sendItem, ctx, { item: THANKS, subject: 's'.repeat(501), dryRun: true }));
    expect(e.code).toBe('text_too_long');
    expect(e.message).toBe('subject is 501 characters long, more than the 500 allowed');
    const to = await thrown(invoke(COMMANDS.sendItem, ctx, { item: THANKS, to: 'x'.repeat(321), dryRun: true }));
    expect(to.message).toMatch(/^to is 321 characters long/);
    const dry = await invoke(COMMANDS.sendItem, ctx, { item: THANKS, dryRun: true });
    expect(dry).toMatchObject({ sent: false, to: 'jane@acme.example', loggedTouches: [] });
    expect((await store.getOpportunity('acme'))?.touches ?? []).toEqual([]);
  });
});

describe('set_config and read_when', () => {
  it('takes a number as the text of a setting, and refuses a missing value naming it', async () => {
    expect(await invoke(COMMANDS.setConfig, ctx, { key: 'settings.checkInGapDays', value: 10 })).toEqual({
      key: 'settings.checkInGapDays',
      value: 10,
      default: 7,
    });
    const e = await thrown(invoke(COMMANDS.setConfig, ctx, { key: 'name' }));
    expect(e).toMatchObject({ code: 'invalid_input', details: { field: 'value' } });
    expect(await invoke(COMMANDS.getConfig, ctx, { key: 'checkInGapDays' })).toEqual([
      { key: 'settings.checkInGapDays', value: 10, default: 7 },
    ]);
  });

  it('reads a day in words in the seeker zone once the profile has one', async () => {
    // 2026-11-26T02:00Z is still Nov 25 in New York.
    const late = { ...ctx, now: Temporal.Instant.from('2026-11-26T02:00:00Z') };
    expect(await invoke(COMMANDS.readWhen, late, { text: 'tomorrow' })).toEqual({
      kind: 'date',
      date: '2026-11-27',
      timezone: 'UTC',
    });
    await invoke(COMMANDS.setConfig, ctx, { key: 'timezone', value: 'America/New_York' });
    expect(await invoke(COMMANDS.readWhen, late, { text: 'tomorrow', kind: 'date' })).toEqual({
      kind: 'date',
      date: '2026-11-26',
      timezone: 'America/New_York',
    });
  });
});
