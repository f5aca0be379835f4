/**
 * Settings' "Import from another tracker": the seeker picks a CSV (Huntr's,
 * Teal's or any spreadsheet; the format told from its header or chosen), the
 * server's dry run (`POST /api/import/csv?dryRun=1`) shows what would happen
 * (how many rows are new, updated, unchanged or failed, and a table with
 * each row's outcome and, for a failed row, why), and only "Import" writes
 * it, with a toast saying what was done. The file goes as its bytes, so the
 * server reads Latin-1 and UTF-16 files as it does on the command line.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { toast } from 'sonner';
import { api, type ImportCsvAnswer, type ImportCsvRow } from '../api.js';
import { Link } from '../router.js';
import { ErrorNote, errorText, Select, Status, useOneAtATime } from './common.js';

type Format = NonNullable<ImportCsvAnswer['format']>;
type Choice = Format | 'auto';

const FORMATS: readonly { value: Choice; label: string }[] = [
  { value: 'auto', label: 'Recognise it from the header' },
  { value: 'huntr', label: 'Huntr (jobs export)' },
  { value: 'teal', label: 'Teal (Download Data)' },
  { value: 'generic', label: 'Any other CSV or spreadsheet' },
];
const FORMAT_NAME: Record<Format, string> = { huntr: 'Huntr', teal: 'Teal', generic: 'generic' };

/** Rows listed in the preview table; past this, the counts say the rest. */
const ROWS_SHOWN = 500;

const OUTCOME_LABEL: Record<ImportCsvRow['outcome'], string> = {
  created: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  failed: 'Failed',
};

/** The report's counts in words: "5 new, 0 updated, 1 unchanged, 1 failed". */
function countsText(r: ImportCsvAnswer): string {
  return `${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed.length} failed`;
}

function importPath(choice: Choice, dryRun: boolean): string {
  const query = [...(choice === 'auto' ? [] : [`from=${choice}`]), ...(dryRun ? ['dryRun=1'] : [])];
  return `/import/csv${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The section, heading included (mounted in Settings as one element). */
export function ImportCsv() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [choice, setChoice] = useState<Choice>('auto');
  const [preview, setPreview] = useState<ImportCsvAnswer | null>(null);
  const [done, setDone] = useState<ImportCsvAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { pending, guard } = useOneAtATime();

  const runPreview = (chosen: File | null, format: Choice) =>
    guard(async () => {
      setPreview(null);
      setError(null);
      if (!chosen) return;
      try {
        setPreview(await api<ImportCsvAnswer>('POST', importPath(format, true), chosen));
      } catch (e) {
        setError(e);
      }
    });

  const runImport = () =>
    guard(async () => {
      if (!file) return;
      try {
        const report = await api<ImportCsvAnswer>('POST', importPath(choice, false), file);
        const what = report.format === 'generic' ? 'a CSV' : `a ${FORMAT_NAME[report.format]} CSV`;
        toast.success(`Imported ${what}: ${countsText(report)}.`);
        setDone(report);
        setPreview(null);
        setFile(null);
        if (fileInput.current) {
          fileInput.current.value = '';
          fileInput.current.focus();
        }
      } catch (e) {
        toast.error(`Nothing was imported: ${errorText(e)}`);
        setError(e);
      }
    });

  const cancel = () => {
    setPreview(null);
    setFile(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  // A new preview is what to read next: focus goes to its heading (for the keyboard and screen readers).
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const writes = preview ? preview.created + preview.updated : 0;
  return (
    <>
      <h2 id={`${id}-title`}>Import from another tracker</h2>
      <div className="card import-csv">
        <p>
          Bring in what you tracked elsewhere: Huntr&apos;s or Teal&apos;s CSV export, or any spreadsheet saved as CSV
          with a company column. Rows for a company and role you already have update them (interviews, messages and
          offers stay); nothing is written until you press Import.
        </p>
        <div className="field">
          <label htmlFor={`${id}-file`}>CSV file</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              setDone(null);
              void runPreview(chosen, choice);
            }}
          />
          <span id={`${id}-file-hint`} className="hint">
            Choosing a file shows a preview first.
          </span>
        </div>
        <Select
          label="Format"
          value={choice}
          options={FORMATS}
          onChange={(next) => {
            setChoice(next);
            void runPreview(file, next);
          }}
        />
        {pending ? <Status>Reading the file…</Status> : null}
        <ErrorNote error={error} />
        {done && !preview ? (
          <p className="status">
            Imported: {countsText(done)}. <Link href="/pipeline">See them in the pipeline</Link>
          </p>
        ) : null}
        {preview && file ? (
          <div className="import-preview">
            <h3 ref={previewHeading} tabIndex={-1}>
              Preview of {file.name}
              {preview.format === 'generic' ? '' : ` (${FORMAT_NAME[preview.format]})`}
            </h3>
            <ul className="import-counts" aria-label="What importing would do">
              <li>
                <strong>{preview.created}</strong> new
              </li>
              <li>
                <strong>{preview.updated}</strong> updated
              </li>
              <li>
                <strong>{preview.unchanged}</strong> unchanged
              </li>
              <li className={preview.failed.length > 0 ? 'error' : undefined}>
                <strong>{preview.failed.length}</strong> failed
              </li>
            </ul>
            <PreviewTable report={preview} />
            <div className="actions">
              <button type="button" className="primary" disabled={pending || writes === 0} onClick={runImport}>
                Import {writes} {writes === 1 ? 'row' : 'rows'}
              </button>
              <button type="button" onClick={cancel} disabled={pending}>
                Cancel
              </button>
              {writes === 0 ? (
                <span className="muted">Nothing to import: no row is new or changes anything.</span>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}

/** Every row's outcome (up to ROWS_SHOWN), with what it changes or why it failed, and any doubt. */
function PreviewTable({ report }: { report: ImportCsvAnswer }) {
  const rows = report.rows ?? [];
  const warnings = new Map<number, string[]>();
  for (const w of report.warnings ?? []) warnings.set(w.row, [...(warnings.get(w.row) ?? []), w.warning]);
  return (
    <>
      {/* Scrolls sideways on a phone rather than widening the page; focusable so the keyboard can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable) */}
      <section className="table-scroll" tabIndex={0} aria-label="Rows of the file">
        <table className="import-rows">
          <caption className="visually-hidden">Each row of the file and what importing it would do</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Outcome</th>
              <th scope="col">Opportunity</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS_SHOWN).map((r) => (
              <tr key={r.row} data-outcome={r.outcome}>
                <td>{r.row}</td>
                <td className={r.outcome === 'failed' ? 'error' : undefined}>{OUTCOME_LABEL[r.outcome]}</td>
                <td>{r.company ? `${r.company}${r.role ? `, ${r.role}` : ''}` : ''}</td>
                <td>
                  {r.error ??
                    (r.outcome === 'updated' ? `Changes ${r.changed.join(', ')}` : r.outcome === 'created' ? r.id : '')}
                  {(warnings.get(r.row) ?? []).map((w) => (
                    <span key={w} className="hint">
                      {' '}
                      {w}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rows.length > ROWS_SHOWN ? (
        <p className="muted">
          The first {ROWS_SHOWN} of {rows.length} rows are listed; the counts above are for all of them.
        </p>
      ) : null}
    </>
  );
}
