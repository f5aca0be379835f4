/**
 * Human output for `import csv`: a line per row that changed something or
 * could not be read (why), a line per doubt (an unknown stage), and the
 * counts; a dry run says that nothing was written.
 */
import type { ImportCsvReport } from '../app/commands/csv.js';
import { formatName } from '../app/csv/columns.js';
import type { Style } from './style.js';

/** Rows listed one by one; past this only the counts are printed. */
const ROWS_SHOWN = 200;

export function formatCsvReport(report: ImportCsvReport, s: Style): string {
  const lines: string[] = [];
  const warnings = new Map<number, string[]>();
  for (const w of report.warnings ?? []) warnings.set(w.row, [...(warnings.get(w.row) ?? []), w.warning]);
  const shown = (report.rows ?? []).filter((r) => r.outcome !== 'unchanged' || warnings.has(r.row));
  for (const r of shown.slice(0, ROWS_SHOWN)) {
    const where = `line ${String(r.row).padEnd(5)}`;
    if (r.outcome === 'failed') {
      lines.push(`${s.red('failed   ')} ${where} ${r.error ?? ''}`);
      continue;
    }
    const name = `${r.company ?? ''}${r.role ? ` (${r.role})` : ''}`;
    const mark =
      r.outcome === 'created' ? s.green('created  ') : r.outcome === 'updated' ? s.cyan('updated  ') : 'unchanged';
    const changed = r.changed.length > 0 ? `: ${r.changed.join(', ')}` : '';
    lines.push(`${mark} ${where} ${name} -> ${r.id ?? ''}${changed}`);
    for (const w of warnings.get(r.row) ?? []) lines.push(`${s.yellow('warning  ')} ${where} ${w}`);
  }
  if (shown.length > ROWS_SHOWN) lines.push(s.dim(`... and ${shown.length - ROWS_SHOWN} more rows`));
  const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed.length} failed`;
  const what = report.format === 'generic' ? 'a CSV' : `a ${formatName(report.format)} CSV`;
  lines.push(report.dryRun ? `Dry run of ${what}: ${counts}. Nothing was written.` : `Imported ${what}: ${counts}.`);
  return lines.join('\n');
}
