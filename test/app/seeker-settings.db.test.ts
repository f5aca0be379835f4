/**
 * A seeker served without a data home keeps their mail accounts, calendar
 * feed token and draft templates in the store's tables, apart from every
 * other seeker of the same database; nothing of it lands in the home, and a
 * saved password shows only redacted. On every dialect.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  calendarFeedAllows,
  calendarFeedToken,
  rotateCalendarFeedToken,
} from '../../src/app/commands/calendar-feed.js';
import { imapUrlOf } from '../../src/app/commands/imap-sync.js';
import { agenda } from '../../src/app/commands/items.js';
import { smtpUrlOf } from '../../src/app/commands/send.js';
import { getConfig, setConfig } from '../../src/app/commands/settings.js';
import type { AppContext } from '../../src/app/context.js';
import { storeSettings } from '../../src/app/seeker-settings.js';
import { openDatabase } from '../../src/store/index.js';
import type { StoreDatabase } from '../../src/store/store.types.js';
import { DIALECTS, type TestDatabase } from '../dialects.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`seeker settings in the store on ${dialect.name}`, () => {
    let place: TestDatabase;
    let db: StoreDatabase;
    let home: string;
    let ann: AppContext;
    let bo: AppContext;
    const contextFor = async (seekerId: string): Promise<AppContext> => {
      const store = await db.forSeeker(seekerId);
      return { store, now: NOW, machineZone: 'UTC', home, settings: storeSettings(store) };
    };
    beforeEach(async () => {
      place = await dialect.freshDatabase();
      db = await openDatabase(place.location);
      home = mkdtempSync(join(tmpdir(), 'afterview-settings-'));
      ann = await contextFor('ann');
      bo = await contextFor('bo');
    });
    afterEach(async () => {
      await db.close();
      await place.dispose();
      rmSync(home, { recursive: true, force: true });
    });

    it('keeps each seeker’s mail accounts to themselves, redacted when shown, and out of the home', async () => {
      await setConfig(ann, { key: 'smtp.url', value: 'smtp://ann:s3cret@mail.example:587' });
      await setConfig(bo, { key: 'imap.url', value: 'imaps://bo:hunter2@mail.example:993' });

      expect(await getConfig(ann, { key: 'smtp.url' })).toEqual([
        { key: 'smtp.url', value: 'smtp://ann:***@mail.example:587' },
      ]);
      expect(await getConfig(bo, { key: 'smtp.url' })).toEqual([{ key: 'smtp.url', value: null }]);
      expect(JSON.stringify(await getConfig(ann, {}))).not.toContain('s3cret');
      expect(await smtpUrlOf(ann)).toBe('smtp://ann:s3cret@mail.example:587');
      expect(await smtpUrlOf(bo)).toBeNull();
      expect(await imapUrlOf(ann)).toBeNull();
      expect(await imapUrlOf(bo)).toBe('imaps://bo:hunter2@mail.example:993');
      expect(existsSync(join(home, 'secrets.json'))).toBe(false);

      await setConfig(ann, { key: 'smtp.url', value: '' });
      expect(await smtpUrlOf(ann)).toBeNull();
      expect(JSON.stringify(await ann.store.exportDocument())).not.toContain('hunter2');
      expect(JSON.stringify(await bo.store.exportDocument())).not.toContain('hunter2');
    });

    it('gives each seeker their own calendar feed token, which opens only their feed', async () => {
      const annToken = await calendarFeedToken(ann);
      const boToken = await calendarFeedToken(bo);
      expect(annToken).not.toBe(boToken);
      expect(await calendarFeedToken(ann)).toBe(annToken);
      expect(await calendarFeedAllows(ann, annToken)).toBe(true);
      expect(await calendarFeedAllows(bo, annToken)).toBe(false);

      const rotated = await rotateCalendarFeedToken(ann);
      expect(await calendarFeedAllows(ann, annToken)).toBe(false);
      expect(await calendarFeedAllows(ann, rotated)).toBe(true);
      expect(await calendarFeedAllows(bo, boToken)).toBe(true);
    });

    it('drafts each seeker’s items with their own templates', async () => {
      for (const ctx of [ann, bo]) {
        await ctx.store.putOpportunity({ id: 'acme', company: 'Acme', createdAt: '2026-11-20T10:00:00Z' });
        await ctx.store.putInterview('acme', { id: 'i1', at: '2026-11-26T09:00:00Z', durationMinutes: 60 });
      }
      await ann.store.putTemplate('thank-you', 'Subject: Ann says thanks to {{company}}\n\nThank you!\n');
      const subject = async (ctx: AppContext) =>
        (await agenda(ctx, { all: true })).items.find((i) => i.id === 'thank-you:acme:i1')?.draft?.subject;
      expect(await subject(ann)).toBe('Ann says thanks to Acme');
      expect(await subject(bo)).not.toContain('Ann');
    });
  });
}
