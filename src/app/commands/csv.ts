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
import { type CsvRecord, readCsvRecords } from '../csv/read.js';
import { slugify, uniqueId } from '../ids.js';
import type { CommandIo } from '../registry/command.js';
import { agendaFor, instantText, loadSeeker } from '../seeker.js';

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

/** Opportunities written per statement batch while the file is read (the rest at the end). */
const FLUSH_EVERY = 2000;

/**
 * Imports a CSV (see the module comment). Throws `invalid_file` when the
 * file has no header or no company column; every other problem is a row's.
 * Rows are merged as they are read and written in batches inside the one
 * transaction, so memory holds a batch of opportunities and each one's
 * match key and id, not the file's rows.
 */
export async function importCsv(ctx: AppContext, input: ImportCsvInput, io: CommandIo = {}): Promise<ImportCsvReport> {
  const totalBytes = typeof input.csv === 'string' ? Buffer.byteLength(input.csv) : input.csv.byteLength;
  const profile = await ctx.store.getProfile();
  const zone = profile.timezone ?? ctx.machineZone;
  const now = instantText(ctx.now, zone);
  const dryRun = input.dryRun ?? false;
  const readDate = dateReader(zone);

  const run = async (store: Store) => {
    const merger = new Merger(await store.listOpportunities({ touchBodies: false }), now, input.details ?? false);
    let columns: ColumnMap | null = null;
    let format: CsvFormat = input.from ?? 'generic';
    const warnings: { row: number; warning: string }[] = [];
    const onRecord = (record: CsvRecord) => {
      if (columns === null) {
        format = input.from ?? detectFormat(record.fields);
        columns = mapColumns(record.fields, format);
        return;
      }
      if (record.fields.every((f) => f.trim() === '')) return;
      try {
        merger.add(readRow(record, columns, readDate, now, (warning) => warnings.push({ row: record.line, warning })));
      } catch (error) {
        merger.fail(record.line, error instanceof AppError ? error.message : String(error));
      }
    };
    const afterChunk = async (share: number) => {
      await merger.settle(store);
      io.onProgress?.({ messages: merger.rowsRead, bytes: Math.round(share * totalBytes), totalBytes });
      if (!dryRun && merger.pending.size >= FLUSH_EVERY) await store.putOpportunities(merger.take());
    };
    const stopped = await readCsvRecords(input.csv, onRecord, afterChunk);
    await merger.settle(store);
    if (columns === null) {
      throw new AppError('invalid_file', stopped ? stopped.message : 'the file is empty (no header line)', {
        hint: 'a CSV starts with a header line naming its columns, such as company,role,status; nothing was imported',
      });
    }
    if (stopped) merger.fail(stopped.line, stopped.message);
    if (!dryRun) await store.putOpportunities(merger.take());
    return { merger, format, warnings };
  };
  const { merger, format, warnings } = dryRun ? await run(ctx.store) : await ctx.store.transaction(run);

  const result: ImportCsvReport = {
    format,
    dryRun,
    created: merger.counts.created,
    updated: merger.counts.updated,
    unchanged: merger.counts.unchanged,
    failed: merger.failed.sort((x, y) => x.row - y.row),
  };
  if (warnings.length > 0) result.warnings = warnings;
  if (merger.rows) result.rows = merger.rows.sort((x, y) => x.row - y.row);
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

/** A date read from a cell: the instant as the data file writes it, and its day in the seeker's zone. */
interface ReadDate {
  at: string;
  day: string;
}
type DateReader = (value: string) => ReadDate | null;

/** Distinct date texts remembered per import; a file's dates repeat (days), and Temporal is slow per call. */
const DATES_REMEMBERED = 10_000;

/** Reads date cells in `zone`, remembering each text's reading. */
function dateReader(zone: string): DateReader {
  const seen = new Map<string, ReadDate | null>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    const parsed = parseCsvDate(value, zone);
    const read = parsed ? { at: instantText(parsed, zone), day: parsed.toPlainDate().toString() } : null;
    if (seen.size >= DATES_REMEMBERED) seen.clear();
    seen.set(value, read);
    return read;
  };
}

/** Reads one row into facts; throws an AppError whose message says what in it cannot be read. */
function readRow(
  record: CsvRecord,
  columns: ColumnMap,
  readDate: DateReader,
  now: string,
  warn: (warning: string) => void,
): RowFacts {
  const get = (field: CsvField) => cell(record, columns, field);
  const company = get('company').replace(/\s+/g, ' ');
  if (company === '') throw new AppError('invalid_input', 'company: the row has no company name');
  checkText('company', company);
  const role = get('role').replace(/\s+/g, ' ') || null;
  checkText('role', role);

  const date = (field: CsvField): ReadDate | undefined => {
    const value = get(field);
    if (value === '') return undefined;
    const parsed = readDate(value);
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
  const day = (d: ReadDate) => d.day;
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
    closedAt: closedAt ? closedAt.at : status !== undefined && status !== 'open' ? now : undefined,
    createdAt: createdAt?.at,
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

/**
 * Merges rows into what is stored, in file order: a row meets the
 * opportunity of its company and role (an earlier row of the same file
 * included), preferring an open one, else the latest; otherwise it makes a
 * new one. Only opportunities whose fields change are written (`take`).
 *
 * What `take` hands out is kept only by id (its fields are in the store
 * now), so memory holds the batch being written, not every row made. A
 * later row of the same company and role waits, with any row after it for
 * that key, until `settle` reads those opportunities back in one query;
 * rows of one key still merge in file order.
 */
class Merger {
  /** By match key: the fields as they stand, or the id of one written and dropped from memory. */
  readonly #byKey = new Map<string, Fields | string>();
  /** Rows waiting for their opportunity to be read back, in file order, with the ids to read. */
  #waiting: RowFacts[] = [];
  readonly #waitingIds = new Set<string>();
  readonly #ids = new Set<string>();
  /** Changed since the last `take`, by id. */
  readonly pending = new Map<string, Fields>();
  /** The match key of each pending opportunity, by id (kept, not worked out again, at `take`). */
  readonly #pendingKeys = new Map<string, string>();
  readonly counts = { created: 0, updated: 0, unchanged: 0 };
  readonly failed: { row: number; error: string }[] = [];
  /** Every row's outcome, when asked for. */
  readonly rows: CsvRowOutcome[] | null;
  rowsRead = 0;

  constructor(
    existing: readonly OpportunityRecord[],
    readonly now: string,
    details: boolean,
  ) {
    this.rows = details ? [] : null;
    for (const o of existing) {
      this.#ids.add(o.id);
      const key = matchKey(o.company, o.role);
      const held = this.#byKey.get(key);
      if (!held || (typeof held !== 'string' && rank(o) > rank(held))) this.#byKey.set(key, fieldsOf(o));
    }
  }

  /** The opportunities to write, and none pending after. */
  take(): Fields[] {
    const out = [...this.pending.values()];
    this.pending.clear();
    for (const [id, key] of this.#pendingKeys) this.#byKey.set(key, id);
    this.#pendingKeys.clear();
    return out;
  }

  /** Reads back the opportunities rows wait for, and merges those rows, in file order. */
  async settle(store: Store): Promise<void> {
    if (this.#waiting.length === 0) return;
    const rows = this.#waiting;
    const ids = [...this.#waitingIds];
    this.#waiting = [];
    this.#waitingIds.clear();
    for (const o of await store.listOpportunities({ ids, touchBodies: false })) {
      this.#byKey.set(matchKey(o.company, o.role), fieldsOf(o));
    }
    for (const row of rows) this.add(row);
  }

  fail(row: number, error: string): void {
    this.rowsRead++;
    this.failed.push({ row, error });
    this.rows?.push({ row, outcome: 'failed', company: null, role: null, id: null, changed: [], error });
  }

  add(row: RowFacts): void {
    const key = matchKey(row.company, row.role);
    const held = this.#byKey.get(key);
    if (typeof held === 'string') {
      // Written and dropped: waits to be read back (a later row of the key finds the id too, and waits after it).
      this.#waitingIds.add(held);
      this.#waiting.push(row);
      return;
    }
    this.rowsRead++;
    if (!held) {
      const id = uniqueId(slugify(row.company), this.#ids);
      this.#ids.add(id);
      const status = row.status ?? 'open';
      const fields: Fields = {
        id,
        company: row.company,
        role: row.role,
        interest: row.interest ?? 3,
        createdAt: row.createdAt ?? this.now,
        status,
        closedAt: status === 'open' ? null : (row.closedAt ?? this.now),
        url: row.url ?? null,
        notes: row.notes,
      };
      this.#byKey.set(key, fields);
      this.pending.set(id, fields);
      this.#pendingKeys.set(id, key);
      this.#done(row, 'created', id, []);
      return;
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
        this.rowsRead--;
        this.fail(
          row.line,
          `notes: merged with the notes of ${held.id} they would be longer than ${TEXT_LIMITS.notes.toLocaleString('en-US')} characters`,
        );
        return;
      }
      changed.push('notes');
    }
    // A closing stage closes an open one; a stage of a search still going never reopens one closed since.
    if (row.status !== undefined && row.status !== 'open' && row.status !== (held.status ?? 'open')) {
      next.status = row.status;
      next.closedAt = row.closedAt ?? this.now;
      changed.push('status');
    }
    if (changed.length === 0) {
      this.#done(row, 'unchanged', held.id, []);
      return;
    }
    this.#byKey.set(key, next);
    this.pending.set(next.id, next);
    this.#pendingKeys.set(next.id, key);
    this.#done(row, 'updated', next.id, changed);
  }

  #done(row: RowFacts, outcome: 'created' | 'updated' | 'unchanged', id: string, changed: string[]): void {
    this.counts[outcome]++;
    this.rows?.push({ row: row.line, outcome, company: row.company, role: row.role, id, changed, error: null });
  }
}

/** Which of two opportunities of one company and role a row meets: an open one, else the latest. */
function rank(o: Pick<OpportunityRecord, 'status' | 'createdAt'>): number {
  return ((o.status ?? 'open') === 'open' ? 1e15 : 0) + Date.parse(o.createdAt);
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
  // Loaded here, not with the module: it brings the tone check, whose patterns an import need not compile.
  const { stageOf } = await import('./opportunities.js');
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
