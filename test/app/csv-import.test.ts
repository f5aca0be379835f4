/**
 * Other trackers' CSV through the registry commands, on a real SQLite file:
 * each fixture (test/fixtures/csv) gives its per-row report, a second import
 * changes nothing, bad rows are reported with their line and the rest is
 * kept, a dry run writes nothing, a merge never loses interviews, touches or
 * offers, and `export_csv` reads back as the same opportunities.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { parseCsvDate } from '../../src/app/csv/dates.js';
import { invoke } from '../../src/app/registry/command.js';
import { COMMANDS } from '../../src/app/registry/index.js';
import { AppError } from '../../src/records/errors.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

let home: string;
let store: Store;
let ctx: AppContext;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-csv-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: Temporal.Instant.from('2026-12-07T15:00:00Z'), machineZone: 'UTC', home };
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

const importCsv = (csv: string | Uint8Array, more: Record<string, unknown> = {}) =>
  invoke(COMMANDS.importCsv, ctx, { csv, ...more });
const byId = async (id: string) => (await store.getOpportunity(id)) ?? expect.unreachable(`no ${id}`);

describe('import_csv: the fixtures', () => {
  it('reads a Huntr export (BOM, CRLF, epoch ms, quoted line break, empty and duplicate rows) with a per-row report', async () => {
    const report = await importCsv(fixture('huntr-jobs.csv'), { details: true });
    expect(report).toMatchObject({
      format: 'huntr',
      created: 5,
      updated: 0,
      unchanged: 1,
      failed: [{ row: 9, error: 'company: the row has no company name' }],
      warnings: [{ row: 10, warning: 'status: "Maybe later" is not a stage afterview knows; kept open' }],
    });
    expect(report.rows?.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'created'],
      [7, 'created'],
      [8, 'unchanged'],
      [9, 'failed'],
      [10, 'created'],
    ]);
    const acme = await byId('acme-robotics');
    expect(acme).toMatchObject({ role: 'Backend Engineer', status: 'open', url: 'https://jobs.acme.example/123' });
    expect(acme.createdAt).toBe('2025-11-24T16:00:00+00:00');
    expect(acme.notes).toBe('Location: Berlin, DE\nSalary: EUR 80k');
    expect(await byId('initech')).toMatchObject({
      role: 'Platform Engineer',
      status: 'rejected',
      closedAt: '2026-11-25T00:00:00+00:00',
    });
    // An "Offer" stage keeps it open and invents no offer.
    const umbrella = await byId('umbrella');
    expect(umbrella.status).toBe('open');
    expect(umbrella.offers ?? []).toEqual([]);
    expect((await byId('globex')).url).toBe('https://globex.example/careers/9');
    expect((await byId('globex')).notes).toContain('Deadline: 2026-12-15');
    expect((await byId('hooli')).createdAt).toBe('2026-12-04T00:00:00+00:00');

    const again = await importCsv(fixture('huntr-jobs.csv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6, failed: [{ row: 9 }] });
    expect(await store.listOpportunities()).toHaveLength(5);
  });

  it('reads a Teal export in Latin-1 with a status JSON column, excitement, salaries and archived rows', async () => {
    const report = await importCsv(fixture('teal-download-data.csv'));
    expect(report).toMatchObject({ format: 'teal', created: 4, updated: 0, unchanged: 0 });
    expect(report.failed).toEqual([
      {
        row: 6,
        error: 'created: cannot read the date "someday soon" (use 2026-12-04, 12/4/2026, 4.12.2026 or Dec 4, 2026)',
      },
    ]);
    const sg = await byId('societe-generale');
    expect(sg).toMatchObject({ company: 'Société Générale', interest: 4, createdAt: '2026-11-01T00:00:00+00:00' });
    expect(sg.notes).toBe('Referred by Zoé\nLocation: Paris\nSalary: 70000 - 90000\nApplied: 2026-11-03');
    const mueller = await byId('muller-sohne');
    expect(mueller).toMatchObject({ company: 'Müller & Söhne', status: 'open', interest: 5 });
    expect(mueller.notes).toContain('Follow up: 2026-12-10');
    expect(await byId('piedmont')).toMatchObject({ status: 'withdrawn', closedAt: '2026-11-20T00:00:00+00:00' });
    expect(await byId('stark-industries')).toMatchObject({ status: 'rejected', interest: 2 });
    expect(await importCsv(fixture('teal-download-data.csv'))).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('reads a generic UTF-16 spreadsheet by header synonyms, stars and all', async () => {
    const report = await importCsv(fixture('generic-utf16.csv'));
    expect(report).toMatchObject({
      format: 'generic',
      created: 3,
      updated: 0,
      unchanged: 1,
      failed: [{ row: 8, error: 'url: "not a link" is not a web address (http or https)' }],
    });
    expect(report.warnings).toBeUndefined();
    const northwind = await byId('northwind');
    expect(northwind).toMatchObject({ role: 'Support Engineer', interest: 4, status: 'open' });
    expect(northwind.notes).toBe('Met Ana at the meetup.\nFollow up after the holidays.');
    expect(await byId('contoso')).toMatchObject({ status: 'withdrawn', createdAt: '2026-11-12T00:00:00+00:00' });
    expect(await byId('fabrikam')).toMatchObject({ status: 'no-response', closedAt: '2026-12-07T15:00:00+00:00' });
    expect(await importCsv(fixture('generic-utf16.csv'))).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });
});

describe('import_csv: merging', () => {
  it('updates the matching opportunity (case and spaces aside) and keeps its interviews, touches and offers', async () => {
    await invoke(COMMANDS.importData, ctx, {
      document: {
        format: 'afterview/1',
        opportunities: [
          {
            id: 'acme',
            company: 'Acme',
            role: 'Backend Engineer',
            createdAt: '2026-11-01T10:00:00Z',
            interviews: [{ id: 'i1', at: '2026-11-20T15:00:00Z' }],
            touches: [
              { id: 't1', at: '2026-11-21T10:00:00Z', direction: 'out', channel: 'email', purpose: 'thank-you' },
            ],
            offers: [{ id: 'o1', status: 'expected', at: '2026-11-25T10:00:00Z' }],
          },
        ],
      },
    });
    const csv = 'Company,Job Title,Status,Excitement\r\n"  ACME ","backend   engineer",Rejected,5\r\n';
    const report = await importCsv(csv, { details: true });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, failed: [] });
    expect(report.rows?.[0]).toMatchObject({ row: 2, outcome: 'updated', id: 'acme', changed: ['interest', 'status'] });
    const acme = await byId('acme');
    expect(acme).toMatchObject({
      company: 'Acme',
      interest: 5,
      status: 'rejected',
      closedAt: '2026-12-07T15:00:00+00:00',
    });
    expect(acme.interviews).toHaveLength(1);
    expect(acme.touches).toHaveLength(1);
    expect(acme.offers).toHaveLength(1);
    expect(await importCsv(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('on a dry run reports the same and writes nothing', async () => {
    const before = await store.revision();
    const dry = await importCsv(fixture('huntr-jobs.csv'), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, created: 5, unchanged: 1, failed: [{ row: 9 }] });
    expect(await store.listOpportunities()).toEqual([]);
    expect(await store.revision()).toBe(before);
    const real = await importCsv(fixture('huntr-jobs.csv'));
    expect({ ...real, dryRun: true }).toEqual(dry);
  });

  it('merges a later row into one written in an earlier batch, in file order, as a dry run counts it', async () => {
    // Far enough apart that the first Acme row is written (and dropped from memory) before the later ones.
    const filler = Array.from(
      { length: 6000 },
      (_, i) => `Filler ${i},Analyst,Applied,,Met at a fair ${'.'.repeat(40)}`,
    );
    const csv = [
      'company,role,status,url,notes',
      'Acme,Engineer,Applied,,first',
      ...filler,
      'acme , engineer,Applied,https://acme.example/job,second',
      'ACME,Engineer,Rejected,,second',
      'Acme,Engineer,Applied,,first',
    ].join('\n');
    const dry = await importCsv(csv, { dryRun: true, details: true });
    const real = await importCsv(csv, { details: true });
    expect({ ...real, dryRun: true }).toEqual(dry);
    expect(real).toMatchObject({ created: 6001, updated: 2, unchanged: 1, failed: [] });
    expect(real.rows?.slice(-3).map((r) => [r.row, r.outcome, r.id, r.changed])).toEqual([
      [6003, 'updated', 'acme', ['url', 'notes']],
      [6004, 'updated', 'acme', ['status']],
      [6005, 'unchanged', 'acme', []],
    ]);
    expect(await byId('acme')).toMatchObject({
      url: 'https://acme.example/job',
      notes: 'first\n\nsecond',
      status: 'rejected',
    });
    expect(await importCsv(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 6004 });
  });

  it('keeps the rows before an unclosed quote and reports where reading stopped', async () => {
    const report = await importCsv('company,role\nAcme,Engineer\nGlobex,"Analyst\nInitech,QA\n');
    expect(report).toMatchObject({ created: 1, failed: [{ row: 3 }] });
    expect(report.failed[0]?.error).toContain('a quoted field is not closed');
    expect((await store.listOpportunities()).map((o) => o.id)).toEqual(['acme']);
  });

  it('reports a row over a text limit and imports the others', async () => {
    const report = await importCsv(`company,role\nAcme,${'x'.repeat(201)}\nGlobex,Analyst\n`);
    expect(report).toMatchObject({ created: 1, failed: [{ row: 2 }] });
    expect(report.failed[0]?.error).toMatch(/^role is 201 characters long, more than the 200 allowed/);
  });

  it('refuses a file without a company column, or not of the tracker named, and writes nothing', async () => {
    const noCompany = await importCsv('name,stage\nAcme,Applied\n').catch((e: unknown) => e);
    expect(noCompany).toBeInstanceOf(AppError);
    expect(noCompany).toMatchObject({ code: 'invalid_file' });
    expect((noCompany as AppError).message).toBe('no column names the company (the header has "name", "stage")');
    const wrong = await importCsv(fixture('huntr-jobs.csv'), { from: 'teal' }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'invalid_file' });
    await expect(importCsv('')).rejects.toMatchObject({ code: 'invalid_file' });
    await expect(importCsv('x', { from: 'lever' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await store.listOpportunities()).toEqual([]);
  });
});

describe('export_csv', () => {
  it('writes the contract header and one RFC 4180 row per opportunity, and reads back without a change', async () => {
    await importCsv(fixture('huntr-jobs.csv'));
    await importCsv(fixture('generic-utf16.csv'));
    const text = await invoke(COMMANDS.exportCsv, ctx, {});
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(
      'id,company,role,status,stage,interest,url,createdAt,closedAt,lastTouchAt,nextMove,nextMoveDue',
    );
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.id === 'acme-robotics')).toMatchObject({
      company: 'Acme Robotics',
      status: 'open',
      stage: 'applied',
      interest: '3',
    });
    expect(await importCsv(text)).toMatchObject({ created: 0, updated: 0, unchanged: 8, failed: [] });
    expect((await invoke(COMMANDS.exportCsv, ctx, { bom: true })).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('dates in CSV files', () => {
  it('reads ISO, US, European, written months and epoch times', () => {
    const read = (text: string) => parseCsvDate(text, 'America/New_York')?.toString({ timeZoneName: 'never' }) ?? null;
    expect(read('2026-12-04')).toBe('2026-12-04T00:00:00-05:00');
    expect(read('2026-12-04T15:30:00Z')).toBe('2026-12-04T10:30:00-05:00');
    expect(read('12/4/2026')).toBe('2026-12-04T00:00:00-05:00');
    expect(read('25/12/2026')).toBe('2026-12-25T00:00:00-05:00');
    expect(read('4.12.2026')).toBe('2026-12-04T00:00:00-05:00');
    expect(read('Dec 4, 2026')).toBe('2026-12-04T00:00:00-05:00');
    expect(read('4 December 2026 3:15 PM')).toBe('2026-12-04T15:15:00-05:00');
    expect(read('1764000000000')).toBe('2025-11-24T11:00:00-05:00');
    expect(read('1764000000')).toBe('2025-11-24T11:00:00-05:00');
    for (const bad of ['2/30/2026', 'someday', '13/13/2026', 'Dex 4, 2026']) expect(read(bad), bad).toBeNull();
  });
});
