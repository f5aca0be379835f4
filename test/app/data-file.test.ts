/**
 * Importing the data file through the use case: validation names the JSON
 * path and writes nothing; a file may leave `createdAt` out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument, importDocument, parseDocumentText } from '../../src/app/commands/data.js';
import type { AppContext } from '../../src/app/context.js';
import { AppError } from '../../src/records/errors.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

let home: string;
let store: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-data-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: Temporal.Instant.from('2026-11-26T14:00:00Z'), machineZone: 'UTC', home };
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

describe('import of the data file', () => {
  it('fills a missing createdAt with the time of the import, and keeps the stored one on re-import', async () => {
    const doc = parseDocumentText(
      JSON.stringify({
        format: 'afterview/1',
        profile: { timezone: 'America/New_York' },
        opportunities: [{ id: 'acme', company: 'Acme' }],
      }),
    );
    await importDocument(ctx, doc);
    expect((await exportDocument(ctx)).opportunities?.[0]?.createdAt).toBe('2026-11-26T09:00:00-05:00');
    await importDocument({ ...ctx, now: Temporal.Instant.from('2026-12-01T14:00:00Z') }, doc);
    expect((await exportDocument(ctx)).opportunities?.[0]?.createdAt).toBe('2026-11-26T09:00:00-05:00');
  });

  it('names the JSON path of the first problem and writes nothing', async () => {
    const bad = {
      format: 'afterview/1',
      opportunities: [
        { id: 'ok', company: 'Fine', createdAt: '2026-11-01T10:00:00Z' },
        {
          id: 'acme',
          company: 'Acme',
          createdAt: '2026-11-01T10:00:00Z',
          interviews: [{ id: 'i1', at: 'next tuesday' }],
        },
      ],
    };
    let error: unknown;
    try {
      await importDocument(ctx, parseDocumentText(JSON.stringify(bad)));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_file');
    expect((error as AppError).message).toMatch(/^opportunities\[1\]\.interviews\[0\]\.at: /);
    expect(await store.isEmpty()).toBe(true);
  });

  it('refuses references to contacts and interviews that do not exist', () => {
    const doc = {
      format: 'afterview/1',
      opportunities: [
        {
          id: 'a',
          company: 'A',
          touches: [
            { id: 't1', at: '2026-11-01T10:00:00Z', direction: 'out', purpose: 'thank-you', contactId: 'ghost' },
          ],
        },
      ],
    };
    expect(() => parseDocumentText(JSON.stringify(doc))).toThrow(
      /opportunities\[0\]\.touches\[0\]\.contactId: names no contact/,
    );
  });
});
