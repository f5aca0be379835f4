/**
 * The CSV routes: `POST /api/import/csv` takes the file's bytes as the body
 * (or a form upload), previews with `?dryRun=1` writing nothing, answers
 * each row's outcome, and refuses a file it cannot use with 400;
 * `GET /api/export.csv` is the CSV attachment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, HOST, openHarness } from '../app.fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
const HUNTR = readFileSync(join(import.meta.dirname, '../../../test/fixtures/csv/huntr-jobs.csv'));

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

const post = async (path: string, body: string | Uint8Array | FormData, type: string | null = 'text/csv') => {
  const res = await h.app.request(`http://${HOST}${path}`, {
    method: 'POST',
    // A form sets its own multipart type with the boundary.
    headers: { host: HOST, ...(type ? { 'content-type': type } : {}) },
    body,
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe('POST /api/import/csv', () => {
  it('previews with ?dryRun=1 (every row, nothing written), then imports the same', async () => {
    const preview = await post('/api/import/csv?dryRun=1', new Uint8Array(HUNTR));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ format: 'huntr', dryRun: true, created: 5, unchanged: 1 });
    expect(preview.body.rows).toHaveLength(7);
    expect(preview.body.rows[5]).toMatchObject({ row: 9, outcome: 'failed' });
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body).toEqual([]);

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(HUNTR)]), 'huntr.csv');
    const real = await post('/api/import/csv', form, null);
    expect(real.body).toMatchObject({ dryRun: false, created: 5, updated: 0, unchanged: 1 });
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body).toHaveLength(5);
    expect((await post('/api/import/csv?from=huntr', new Uint8Array(HUNTR))).body).toMatchObject({
      created: 0,
      unchanged: 6,
    });
  });

  it('reads a Latin-1 or UTF-16 file sent with an Idempotency-Key (as the web app sends it) as its bytes', async () => {
    for (const name of ['teal-download-data.csv', 'generic-utf16.csv']) {
      const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/csv', name)));
      const plain = await post('/api/import/csv?dryRun=1', bytes);
      const keyed = await h.app.request(`http://${HOST}/api/import/csv?dryRun=1`, {
        method: 'POST',
        headers: { host: HOST, 'content-type': 'text/csv', 'idempotency-key': `preview-${name}` },
        body: bytes,
      });
      expect(plain.status).toBe(200);
      expect(plain.body.created).toBeGreaterThan(2);
      expect(await keyed.json()).toEqual(plain.body);
    }
  });

  it('refuses a file without a company column, or an unknown format, with 400 and writes nothing', async () => {
    const bad = await post('/api/import/csv', 'name,stage\nAcme,Applied\n');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_file');
    const format = await post('/api/import/csv?from=lever', 'company\nAcme\n');
    expect(format.status).toBe(400);
    expect(format.body.error.code).toBe('invalid_input');
    expect((await h.json<Json[]>('GET', '/api/opportunities')).body).toEqual([]);
  });
});

describe('GET /api/export.csv', () => {
  it('answers the CSV as an attachment, with a BOM on ?bom=1', async () => {
    await post('/api/import/csv', new Uint8Array(HUNTR));
    const res = await h.call('GET', '/api/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      'id,company,role,status,stage,interest,url,createdAt,closedAt,lastTouchAt,nextMove,nextMoveDue',
    );
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(6);
    const bom = new Uint8Array(await (await h.call('GET', '/api/export.csv?bom=1')).arrayBuffer());
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
