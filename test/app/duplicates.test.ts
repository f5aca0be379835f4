/**
 * Nothing counted twice, nothing too long, on a real SQLite file: the same
 * touch logged again within half an hour is refused with `duplicate_touch`
 * (and logged with `again`), the same open opportunity added again is
 * refused with `opportunity_exists`, and a text over its limit is refused
 * with `text_too_long` naming the field, the limit and the length, in the
 * app commands and in a data file; each refusal writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument, importDocument, validateDocument } from '../../src/app/commands/data.js';
import { logHeard, logInterview, logSent } from '../../src/app/commands/facts.js';
import { addOpportunity } from '../../src/app/commands/opportunities.js';
import { setConfig } from '../../src/app/commands/settings.js';
import type { AppContext } from '../../src/app/context.js';
import { findDuplicateTouch, findSameOpportunity } from '../../src/app/duplicates.js';
import { invoke } from '../../src/app/registry/command.js';
import { COMMANDS } from '../../src/app/registry/index.js';
import type { TouchRecord } from '../../src/records/data-file.schema.js';
import { AppError } from '../../src/records/errors.js';
import { TEXT_LIMITS } from '../../src/records/text-limits.js';
import { openStore } from '../../src/store/index.js';

/** Thursday 26 November 2026, 09:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
const ZONE = 'America/New_York';

let home: string;
let ctx: AppContext;
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-duplicates-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  await store.saveProfile({ ...(await store.getProfile()), timezone: ZONE });
  ctx = { store, now: NOW, machineZone: ZONE, home };
  await addOpportunity(ctx, { company: 'Acme', role: 'Backend Engineer' });
  await logInterview(ctx, {
    opportunity: 'acme',
    at: Temporal.ZonedDateTime.from('2026-11-25T14:00[America/New_York]'),
    with: [
      { name: 'Jane Doe', email: 'jane@acme.example' },
      { name: 'Bob Ray', email: 'bob@acme.example' },
    ],
  });
});
afterEach(async () => {
  await ctx.store.close();
  rmSync(home, { recursive: true, force: true });
});

/** The AppError the promise rejects with (anything else fails the test). */
const thrown = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(
    () => {
      throw new Error('expected an AppError');
    },
    (error: unknown) => {
      if (error instanceof AppError) return error;
      throw error;
    },
  );

const later = (minutes: number) => ({ ...ctx, now: NOW.add({ minutes }) });
const touches = async () => (await ctx.store.getOpportunity('acme'))?.touches ?? [];

describe('a touch logged twice', () => {
  it('refuses the same thank-you a few minutes later, naming the one logged, and writes nothing', async () => {
    await logSent(ctx, { opportunity: 'acme', purpose: 'thank-you' });
    const before = await touches();
    expect(before).toHaveLength(2);
    const e = await thrown(logSent(later(3), { opportunity: 'acme', purpose: 'thank-you' }));
    expect(e.code).toBe('duplicate_touch');
    expect(e.line).toBe(
      'acme already has "thank-you" sent to Jane Doe (interview i1) logged at 2026-11-26T09:00:00-05:00 (t1); set again to log it anyway',
    );
    expect(await touches()).toEqual(before);
  });

  it('logs it with again, and a thank-you to the other interviewer is no repeat of the first', async () => {
    await logSent(ctx, { opportunity: 'acme', purpose: 'thank-you', to: 'jane' });
    expect((await logSent(later(1), { opportunity: 'acme', purpose: 'thank-you', to: 'bob' })).ids).toEqual(['t2']);
    const again = await logSent(later(2), { opportunity: 'acme', purpose: 'thank-you', to: 'jane', again: true });
    expect(again.ids).toEqual(['t3']);
  });

  it('is no repeat after the 30-minute window, for another purpose, or with different words', async () => {
    await logSent(ctx, { opportunity: 'acme', purpose: 'status-check', to: 'jane', body: 'Checking in.' });
    await logSent(later(31), { opportunity: 'acme', purpose: 'status-check', to: 'jane', body: 'Checking in.' });
    await logSent(later(1), { opportunity: 'acme', purpose: 'ask-timeline', to: 'jane' });
    await logSent(later(2), { opportunity: 'acme', purpose: 'status-check', to: 'jane', body: 'A new question.' });
    expect(await touches()).toHaveLength(4);
    // 30 minutes exactly is still the same moment.
    const e = await thrown(
      logSent(later(30), { opportunity: 'acme', purpose: 'status-check', to: 'jane', body: 'Checking in.' }),
    );
    expect(e.code).toBe('duplicate_touch');
  });

  it('compares the touch times, not the moment of logging: the same --at an hour later is a repeat', async () => {
    const at = Temporal.ZonedDateTime.from('2026-11-26T08:00[America/New_York]');
    await logSent(ctx, { opportunity: 'acme', purpose: 'status-check', at });
    const e = await thrown(logSent(later(60), { opportunity: 'acme', purpose: 'status-check', at }));
    expect(e.code).toBe('duplicate_touch');
  });

  it('refuses the same words heard twice, and takes different words as another message', async () => {
    await logHeard(ctx, { opportunity: 'acme', text: 'We will decide by Friday.', from: 'jane' });
    const e = await thrown(
      logHeard(later(5), { opportunity: 'acme', text: 'We will decide by Friday.', from: 'jane' }),
    );
    expect(e.code).toBe('duplicate_touch');
    expect(e.message).toMatch(/^acme already has "timeline" heard from Jane Doe logged at .* \(t1\)$/);
    await logHeard(later(6), { opportunity: 'acme', text: 'One more thing: bring your ID.', from: 'jane' });
    await logHeard(later(7), { opportunity: 'acme', text: 'We will decide by Friday.', from: 'jane', again: true });
    expect(await touches()).toHaveLength(3);
  });

  it('defines the rule on records: same direction, purpose, contact, interview and words, 30 minutes apart at most', () => {
    const t: TouchRecord = {
      id: 't1',
      at: '2026-11-26T09:00:00-05:00',
      direction: 'out',
      purpose: 'thank-you',
      contactId: 'jane',
      interviewId: 'i1',
      messageId: '<a@x.example>',
    };
    const c = { ...t, at: '2026-11-26T09:20:00-05:00', body: null } as const;
    expect(findDuplicateTouch([t], c)).toBe(t);
    expect(findDuplicateTouch([t], { ...c, interviewId: 'i2' })).toBeUndefined();
    expect(findDuplicateTouch([t], { ...c, contactId: null })).toBeUndefined();
    expect(findDuplicateTouch([t], { ...c, messageId: '<b@x.example>' })).toBeUndefined();
    expect(findDuplicateTouch([t], { ...c, at: '2026-11-26T08:29:00-05:00' })).toBeUndefined();
    expect(findDuplicateTouch([t], { ...c, direction: 'in', kind: 'reply' })).toBeUndefined();
    // Heard: a new decision date is news, the same one again is a repeat.
    const heard: TouchRecord = { id: 't2', at: t.at, direction: 'in', kind: 'timeline', decisionBy: '2026-12-04' };
    const again = { ...heard, at: c.at, body: null } as const;
    expect(findDuplicateTouch([heard], again)).toBe(heard);
    expect(findDuplicateTouch([heard], { ...again, decisionBy: '2026-12-11' })).toBeUndefined();
  });
});

describe('an opportunity added twice', () => {
  it('refuses an open one of the same company, in any case, with the same role or none given', async () => {
    for (const input of [{ company: 'acme' }, { company: ' ACME ', role: 'backend  engineer' }]) {
      const e = await thrown(addOpportunity(ctx, input));
      expect(e.code).toBe('opportunity_exists');
      expect(e.line).toBe('Acme (Backend Engineer) is already open as acme; set again to add another one');
    }
    expect((await ctx.store.listOpportunities()).map((o) => o.id)).toEqual(['acme']);
  });

  it('adds another role at the same company, a closed one again, and anything with again', async () => {
    expect(await addOpportunity(ctx, { company: 'Acme', role: 'SRE' })).toEqual({ id: 'acme-2' });
    expect(await addOpportunity(ctx, { company: 'Acme', again: true })).toEqual({ id: 'acme-3' });
    const records = await ctx.store.listOpportunities();
    expect(findSameOpportunity(records, 'Acme', 'Designer')).toBeUndefined();
    expect(findSameOpportunity([{ ...records[0]!, status: 'rejected' }], 'Acme', null)).toBeUndefined();
  });
});

describe('text over its limit', () => {
  it('refuses a 10,000-character role naming the field, the limit and the length, and writes nothing', async () => {
    const e = await thrown(invoke(COMMANDS.addOpportunity, ctx, { company: 'Initech', role: 'x'.repeat(10_000) }));
    expect(e.code).toBe('text_too_long');
    expect(e.message).toBe('role is 10,000 characters long, more than the 200 allowed');
    expect((await ctx.store.listOpportunities()).map((o) => o.id)).toEqual(['acme']);
  });

  it('takes a text exactly at its limit', async () => {
    await invoke(COMMANDS.addOpportunity, ctx, {
      company: 'c'.repeat(TEXT_LIMITS.company),
      role: 'r'.repeat(TEXT_LIMITS.role),
    });
    expect(await ctx.store.listOpportunities()).toHaveLength(2);
  });

  it('is checked by every command that writes text', async () => {
    const long = (n: number) => 'y'.repeat(n + 1);
    const cases: [Promise<unknown>, string][] = [
      [invoke(COMMANDS.updateOpportunity, ctx, { opportunity: 'acme', notes: long(TEXT_LIMITS.notes) }), 'notes'],
      [invoke(COMMANDS.updateOpportunity, ctx, { opportunity: 'acme', url: `https://a.example/${long(2048)}` }), 'url'],
      [
        invoke(COMMANDS.logSent, ctx, { opportunity: 'acme', purpose: 'other', subject: long(TEXT_LIMITS.subject) }),
        'subject',
      ],
      [invoke(COMMANDS.logSent, ctx, { opportunity: 'acme', purpose: 'other', body: long(TEXT_LIMITS.body) }), 'body'],
      [invoke(COMMANDS.logHeard, ctx, { opportunity: 'acme', text: long(TEXT_LIMITS.body) }), 'text'],
      [
        invoke(COMMANDS.logInterview, ctx, { opportunity: 'acme', at: NOW.toString(), round: long(TEXT_LIMITS.round) }),
        'round',
      ],
      [setConfig(ctx, { key: 'signature', value: long(TEXT_LIMITS.signature) }), 'signature'],
      [setConfig(ctx, { key: 'name', value: long(TEXT_LIMITS.name) }), 'name'],
    ];
    for (const [promise, field] of cases) {
      const e = await thrown(promise);
      expect(e.code, field).toBe('text_too_long');
      expect(e.message.startsWith(`${field} is `), e.message).toBe(true);
    }
    expect(await touches()).toEqual([]);
  });

  it('in a data file, names the JSON path and imports nothing', async () => {
    const doc = await exportDocument(ctx);
    const bad = structuredClone(doc) as { opportunities: { role: string }[] };
    bad.opportunities[0]!.role = 'z'.repeat(250);
    const e = await thrown((async () => importDocument(ctx, validateDocument(bad)))());
    expect(e.code).toBe('text_too_long');
    expect(e.message).toBe('opportunities[0].role is 250 characters long, more than the 200 allowed');
    expect(await exportDocument(ctx)).toEqual(doc);
  });
});
