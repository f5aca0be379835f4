/**
 * Another tracker's CSV in (`import csv`), and the opportunities out as CSV
 * (`export csv`). The import merges: a row naming an opportunity already
 * there (same company and role, without case or extra spaces) updates only
 * the fields the row has and never touches interviews, touches or offers;
 * the same file twice changes nothing the second time. Each row that cannot
 * be read is reported with its line and left out; the others are written
 * together in one transaction (or not at all on a dry run).
 */
import { stringify } from 'csv-stringify/sync';
import type { Temporal } from 'temporal-polyfill';
import type { OpportunityStatus } from '../../core/model.js';
import type { OpportunityRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { checkText, TEXT_LIMITS } from '../../records/text-limits.js';
import type { Store } from '../../store/store.types.js';
import type { AppContext } from '../context.js';
import {
  type ColumnMap,
  type CsvField,
  type CsvFormat,
  detectFormat,
  mapColumns,
  mapInterest,
  mapStatus,
  stageText,
} from '../csv/columns.js';
import { parseCsvDate } from '../csv/dates.js';
import { type CsvRecord, decodeCsv, readCsvRecords } from '../csv/read.js';
import { slugify, uniqueId } from '../ids.js';
import type { CommandIo } from '../registry/command.js';
import { agendaFor, instantText, loadSeeker } from '../seeker.js';
import { stageOf } from './opportunities.js';

export interface ImportCsvInput {
  /** The file's content: bytes (any encoding the reader knows) or text. */
  csv: string | Uint8Array;
  from?: CsvFormat | undefined;
  dryRun?: boolean | undefined;
  /** Include the outcome of every row (`rows`), for a preview. */
  details?: boolean | undefined;
}

/** What became of one row. */
export interface CsvRowOutcome {
  row: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'failed';
  company: string | null;
  role: string | null;
  /** The opportunity it made or merged into (none for a failed row). */
  id: string | null;
  /** The fields it changed (updated rows). */
  changed: string[];
  error: string | null;
}

export interface ImportCsvReport {
  format: CsvFormat;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  failed: { row: number; error: string }[];
  /** Rows read with a doubt (an unknown stage kept open, a rating ignored). Left out when there are none. */
  warnings?: { row: number; warning: string }[];
  /** Every row's outcome, when `details` was asked. */
  rows?: CsvRowOutcome[];
}

/** What one readable row says, in afterview's terms; `undefined` is a field the row leaves alone. */
interface RowFacts {
  line: number;
  company: string;
  role: string | null;
  interest: number | undefined;
  url: string | undefined;
  notes: string;
  status: OpportunityStatus | undefined;
  closedAt: string | undefined;
  createdAt: string | undefined;
}

type Fields = Omit<OpportunityRecord, 'contacts' | 'interviews' | 'touches' | 'offers' | 'snoozed' | 'dismissed'>;

/** Company or role as the merge compares them: no case, spaces collapsed. */
function matchKey(company: string, role: string | null | undefined): string {
  const norm = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(company)}\u0000${norm(role)}`;
}

/**
 * Imports a CSV (see the module comment). Throws `invalid_file` when the
 * file has no header or no company column; every other problem is a row's.
 */
export async function importCsv(ctx: AppContext, input: ImportCsvInput, io: CommandIo = {}): Promise<ImportCsvReport> {
  const text = decodeCsv(input.csv);
  const totalBytes = typeof input.csv === 'string' ? Buffer.byteLength(input.csv) : input.csv.byteLength;
  const profile = await ctx.store.getProfile();
  const zone = profile.timezone ?? ctx.machineZone;
  const now = instantText(ctx.now, zone);

  let columns: ColumnMap | null = null;
  let format: CsvFormat = input.from ?? 'generic';
  const facts: RowFacts[] = [];
  const failed: { row: number; error: string }[] = [];
  const warnings: { row: number; warning: string }[] = [];
  let rowsRead = 0;
  const report = (share: number) =>
    io.onProgress?.({ messages: rowsRead, bytes: Math.round(share * totalBytes), totalBytes });
  const onRecord = (record: CsvRecord) => {
    if (columns === null) {
      format = input.from ?? detectFormat(record.fields);
      columns = mapColumns(record.fields, format);
      return;
    }
    if (record.fields.every((f) => f.trim() === '')) return;
    rowsRead++;
    try {
      facts.push(readRow(record, columns, zone, now, (warning) => warnings.push({ row: record.line, warning })));
    } catch (error) {
      failed.push({ row: record.line, error: error instanceof AppError ? error.message : String(error) });
    }
  };
  const stopped = await readCsvRecords(text, onRecord, report);
  if (columns === null) {
    throw new AppError('invalid_file', stopped ? stopped.message : 'the file is empty (no header line)', {
      hint: 'a CSV starts with a header line naming its columns, such as company,role,status; nothing was imported',
    });
  }
  if (stopped) failed.push({ row: stopped.line, error: stopped.message });

  const merge = async (store: Store) => {
    const outcome = mergeRows(await store.listOpportunities({ touchBodies: false }), facts, now);
    if (!input.dryRun) await store.putOpportunities(outcome.writes);
    return outcome;
  };
  const outcome = input.dryRun ? await merge(ctx.store) : await ctx.store.transaction(merge);
  for (const f of outcome.failed) failed.push(f);
  failed.sort((a, b) => a.row - b.row);

  const result: ImportCsvReport = {
    format,
    dryRun: input.dryRun ?? false,
    created: outcome.rows.filter((r) => r.outcome === 'created').length,
    updated: outcome.rows.filter((r) => r.outcome === 'updated').length,
    unchanged: outcome.rows.filter((r) => r.outcome === 'unchanged').length,
    failed,
  };
  if (warnings.length > 0) result.warnings = warnings;
  if (input.details) {
    const failedRows: CsvRowOutcome[] = failed.map((f) => ({
      row: f.row,
      outcome: 'failed',
      company: null,
      role: null,
      id: null,
      changed: [],
      error: f.error,
    }));
    result.rows = [...outcome.rows, ...failedRows].sort((a, b) => a.row - b.row);
  }
  return result;
}

/** The value of `field` in the record, trimmed ('' when the column is missing). */
function cell(record: CsvRecord, columns: ColumnMap, field: CsvField): string {
  for (const at of columns[field] ?? []) {
    const value = (record.fields[at] ?? '').trim();
    if (value !== '') return value;
  }
  return '';
}

/** Reads one row into facts; throws an AppError whose message says what in it cannot be read. */
function readRow(
  record: CsvRecord,
  columns: ColumnMap,
  zone: string,
  now: string,
  warn: (warning: string) => void,
): RowFacts {
  const get = (field: CsvField) => cell(record, columns, field);
  const company = get('company').replace(/\s+/g, ' ');
  if (company === '') throw new AppError('invalid_input', 'company: the row has no company name');
  checkText('company', company);
  const role = get('role').replace(/\s+/g, ' ') || null;
  checkText('role', role);

  const date = (field: CsvField): Temporal.ZonedDateTime | undefined => {
    const value = get(field);
    if (value === '') return undefined;
    const parsed = parseCsvDate(value, zone);
    if (!parsed) {
      throw new AppError(
        'invalid_date',
        `${field}: cannot read the date "${value.slice(0, 40)}" (use 2026-12-04, 12/4/2026, 4.12.2026 or Dec 4, 2026)`,
      );
    }
    return parsed;
  };
  const created = date('created');
  const applied = date('applied');
  const closed = date('closed');
  const lastMoved = date('lastMoved');
  const followUp = date('followUp');
  const deadline = date('deadline');

  const stage = stageText(get('status'));
  let status: OpportunityStatus | undefined;
  if (stage !== '') {
    const mapped = mapStatus(stage);
    status = mapped.status;
    if (!mapped.known) warn(`status: "${stage.slice(0, 40)}" is not a stage afterview knows; kept open`);
  }
  if (status === undefined || status === 'open') {
    // Teal's archive: the seeker stopped following it.
    if (closed && columns.closed !== undefined && stage !== '') status = 'withdrawn';
  }

  const ratingText = get('interest');
  let interest = mapInterest(ratingText);
  if (interest === null) {
    warn(`interest: "${ratingText.slice(0, 20)}" is not a rating from 1 to 5; left as it was`);
    interest = undefined;
  }

  const url = readUrl(get('url'));
  const day = (d: Temporal.ZonedDateTime) => d.toPlainDate().toString();
  const salary = get('salary') || [get('salaryMin'), get('salaryMax')].filter((s) => s !== '' && s !== '0').join(' - ');
  const noteLines = [
    get('notes'),
    get('location') && `Location: ${get('location')}`,
    salary && `Salary: ${salary}`,
    applied && created && `Applied: ${day(applied)}`,
    deadline && `Deadline: ${day(deadline)}`,
    followUp && `Follow up: ${day(followUp)}`,
  ].filter((l): l is string => typeof l === 'string' && l !== '');
  const notes = noteLines.join('\n');
  checkText('notes', notes);

  const closedAt = status !== undefined && status !== 'open' ? (closed ?? lastMoved) : undefined;
  const createdAt = created ?? applied;
  return {
    line: record.line,
    company,
    role,
    interest,
    url,
    notes,
    status,
    closedAt: closedAt ? instantText(closedAt, zone) : status !== undefined && status !== 'open' ? now : undefined,
    createdAt: createdAt ? instantText(createdAt, zone) : undefined,
  };
}

/** A posting's address: http(s) as given, a bare `www.` or domain with https in front; anything else is an error. */
function readUrl(value: string): string | undefined {
  if (value === '') return undefined;
  checkText('url', value);
  if (/^https?:\/\/\S+$/i.test(value)) return value;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return `https://${value}`;
  throw new AppError('invalid_input', `url: "${value.slice(0, 40)}" is not a web address (http or https)`);
}

interface MergeOutcome {
  writes: Fields[];
  rows: CsvRowOutcome[];
  failed: { row: number; error: string }[];
}

/**
 * Merges the rows into what is stored, in file order: a row meets the
 * opportunity of its company and role (an earlier row of the same file
 * included), preferring an open one, else the latest; otherwise it makes a
 * new one. Only fields that change are written.
 */
function mergeRows(existing: readonly OpportunityRecord[], rows: readonly RowFacts[], now: string): MergeOutcome {
  const byKey = new Map<string, Fields>();
  const ids = new Set<string>();
  for (const o of existing) {
    ids.add(o.id);
    const key = matchKey(o.company, o.role);
    const held = byKey.get(key);
    if (!held || rank(o) > rank(held)) byKey.set(key, fieldsOf(o));
  }
  const written = new Map<string, Fields>();
  const outcome: MergeOutcome = { writes: [], rows: [], failed: [] };
  for (const row of rows) {
    const key = matchKey(row.company, row.role);
    const held = byKey.get(key);
    if (!held) {
      const id = uniqueId(slugify(row.company), ids);
      ids.add(id);
      const status = row.status ?? 'open';
      const fields: Fields = {
        id,
        company: row.company,
        role: row.role,
        interest: row.interest ?? 3,
        createdAt: row.createdAt ?? now,
        status,
        closedAt: status === 'open' ? null : (row.closedAt ?? now),
        url: row.url ?? null,
        notes: row.notes,
      };
      byKey.set(key, fields);
      written.set(id, fields);
      outcome.rows.push(rowOutcome(row, 'created', id, []));
      continue;
    }
    const next: Fields = { ...held };
    const changed: string[] = [];
    if (row.interest !== undefined && row.interest !== held.interest) {
      next.interest = row.interest;
      changed.push('interest');
    }
    if (row.url !== undefined && row.url !== (held.url ?? null)) {
      next.url = row.url;
      changed.push('url');
    }
    const notes = held.notes ?? '';
    if (row.notes !== '' && !notes.includes(row.notes)) {
      next.notes = notes.trim() === '' ? row.notes : `${notes}\n\n${row.notes}`;
      if (next.notes.length > TEXT_LIMITS.notes) {
        outcome.failed.push({
          row: row.line,
          error: `notes: merged with the notes of ${held.id} they would be longer than ${TEXT_LIMITS.notes.toLocaleString('en-US')} characters`,
        });
        continue;
      }
      changed.push('notes');
    }
    // A closing stage closes an open one; a stage of a search still going never reopens one closed since.
    if (row.status !== undefined && row.status !== 'open' && row.status !== (held.status ?? 'open')) {
      next.status = row.status;
      next.closedAt = row.closedAt ?? now;
      changed.push('status');
    }
    if (changed.length === 0) {
      outcome.rows.push(rowOutcome(row, 'unchanged', held.id, []));
      continue;
    }
    byKey.set(key, next);
    written.set(next.id, next);
    outcome.rows.push(rowOutcome(row, 'updated', next.id, changed));
  }
  outcome.writes = [...written.values()];
  return outcome;
}

/** Which of two opportunities of one company and role a row meets: an open one, else the latest. */
function rank(o: Pick<OpportunityRecord, 'status' | 'createdAt'>): number {
  return ((o.status ?? 'open') === 'open' ? 1e15 : 0) + Date.parse(o.createdAt);
}

function rowOutcome(row: RowFacts, outcome: CsvRowOutcome['outcome'], id: string, changed: string[]): CsvRowOutcome {
  return { row: row.line, outcome, company: row.company, role: row.role, id, changed, error: null };
}

function fieldsOf(o: OpportunityRecord): Fields {
  return {
    id: o.id,
    company: o.company,
    role: o.role ?? null,
    interest: o.interest ?? 3,
    createdAt: o.createdAt,
    status: o.status ?? 'open',
    closedAt: o.closedAt ?? null,
    url: o.url ?? null,
    notes: o.notes ?? '',
  };
}

/** The header of `export csv` (CONTRACT.md). */
export const EXPORT_CSV_HEADER = [
  'id',
  'company',
  'role',
  'status',
  'stage',
  'interest',
  'url',
  'createdAt',
  'closedAt',
  'lastTouchAt',
  'nextMove',
  'nextMoveDue',
] as const;

/**
 * Every opportunity as one CSV row (RFC 4180: CRLF line ends, fields quoted
 * when they hold a comma, quote or line break), in UTF-8; `bom` puts a
 * byte-order mark first, which some spreadsheets need to read UTF-8.
 * `nextMove` is the title of the opportunity's most urgent agenda item
 * (upcoming ones included) and `nextMoveDue` when it is due.
 */
export async function exportCsv(ctx: AppContext, input: { bom?: boolean | undefined } = {}): Promise<string> {
  const seeker = await loadSeeker(ctx);
  const agenda = await agendaFor(ctx, seeker, true);
  const zone = seeker.timeZone;
  const next = new Map<string, { title: string; dueAt: string }>();
  for (const item of agenda.items) {
    if (item.opportunityId === null || next.has(item.opportunityId)) continue;
    next.set(item.opportunityId, { title: item.title, dueAt: instantText(item.dueAt, zone) });
  }
  const nowMs = ctx.now.epochMilliseconds;
  const rows = seeker.records.map((o) => {
    const last = (o.touches ?? []).reduce<string | null>(
      (acc, t) => (acc === null || Date.parse(t.at) > Date.parse(acc) ? t.at : acc),
      null,
    );
    const move = next.get(o.id);
    return [
      o.id,
      o.company,
      o.role ?? '',
      o.status ?? 'open',
      stageOf(o, nowMs),
      String(o.interest ?? 3),
      o.url ?? '',
      o.createdAt,
      o.closedAt ?? '',
      last ?? '',
      move?.title ?? '',
      move?.dueAt ?? '',
    ];
  });
  return stringify([[...EXPORT_CSV_HEADER], ...rows], { record_delimiter: 'windows', bom: input.bom ?? false });
}
