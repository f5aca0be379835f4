/**
 * The bodies of `import mail`, `import ics`, `import csv`, `export ics` and
 * `export csv`, loaded on
 * demand by commands/data.commands.ts so their modules load only when one of
 * them runs.
 */

import { CALENDAR_FILE_LIMIT, CSV_FILE_LIMIT } from '../app/input-limits.js';
import type { Runtime } from '../main.js';
import { AppError } from '../records/errors.js';
import { readInput, readInputBytes, writeOutput } from './files.js';
import { call } from './program-helpers.js';
import type { Style } from './style.js';

interface Out {
  style: Style;
  json(value: unknown): void;
  line(text?: string): void;
  warn(text: string): void;
}

export async function runExportIcs(rt: Runtime, _out: Out, opts: { output?: string }): Promise<void> {
  const { COMMANDS } = await import('../app/registry/index.js');
  const ics = await call(rt, COMMANDS.exportCalendar, {});
  if (opts.output) await writeOutput(opts.output, ics);
  else process.stdout.write(ics);
}

export async function runImportExtra(
  rt: Runtime,
  out: Out,
  what: 'mail' | 'ics',
  paths: string[],
  opts: { json?: boolean; for?: string },
): Promise<void> {
  if (what === 'ics') {
    if (paths.length !== 1)
      throw new AppError('invalid_input', 'import ics takes one file', {
        hint: 'afterview import ics invite.ics [--for OPP]',
      });
    const text = await readInput(paths[0], CALENDAR_FILE_LIMIT);
    const { COMMANDS } = await import('../app/registry/index.js');
    const result = await call(rt, COMMANDS.importCalendar, { text, for: opts.for ?? null });
    if (opts.json) return out.json(result);
    out.line(
      result.moved
        ? `Moved interview ${result.interviewId} of ${result.opportunityId} to ${result.at} (an update of the same meeting).`
        : result.duplicate
          ? `Already logged: interview ${result.interviewId} at ${result.at} for ${result.opportunityId}.`
          : `Logged interview ${result.interviewId} at ${result.at} for ${result.opportunityId}.`,
    );
    return;
  }
  if (paths.length === 0)
    throw new AppError('invalid_input', 'import mail needs at least one path', {
      hint: 'afterview import mail ~/Mail/jobs.mbox message.eml folder/',
    });
  const [{ COMMANDS }, { formatMailReport, progressBar }] = await Promise.all([
    import('../app/registry/index.js'),
    import('./mail-format.js'),
  ]);
  const progress = !opts.json && process.stderr.isTTY ? progressBar(process.stderr) : null;
  const report = await call(rt, COMMANDS.importMail, { paths }, { onProgress: progress?.update });
  progress?.done();
  if (opts.json) return out.json(report);
  out.line(formatMailReport(report, out.style));
}

export async function runExportCsv(rt: Runtime, _out: Out, opts: { output?: string; bom?: boolean }): Promise<void> {
  const { COMMANDS } = await import('../app/registry/index.js');
  const csv = await call(rt, COMMANDS.exportCsv, { bom: opts.bom ?? false });
  if (opts.output) await writeOutput(opts.output, csv);
  else process.stdout.write(csv);
}

/**
 * `import csv FILE`: reads the file (up to CSV_FILE_LIMIT) as bytes, so the
 * command tells its encoding, with a progress bar on a terminal. `--json`
 * prints the report CONTRACT.md fixes (and `warnings` when there are some).
 */
export async function runImportCsv(
  rt: Runtime,
  out: Out,
  paths: string[],
  opts: { json?: boolean; from?: 'huntr' | 'teal' | 'generic'; dryRun?: boolean },
): Promise<void> {
  if (paths.length !== 1)
    throw new AppError('invalid_input', `import csv takes one file (got ${paths.length})`, {
      hint: 'afterview import csv FILE [--from huntr|teal|generic] [--dry-run]',
    });
  const csv = await readInputBytes(paths[0], CSV_FILE_LIMIT);
  const [{ COMMANDS }, { progressBar }, { formatCsvReport }] = await Promise.all([
    import('../app/registry/index.js'),
    import('./mail-format.js'),
    import('./csv-format.js'),
  ]);
  const progress =
    !opts.json && process.stderr.isTTY ? progressBar(process.stderr, { label: 'reading CSV', unit: 'row' }) : null;
  const report = await call(
    rt,
    COMMANDS.importCsv,
    { csv, from: opts.from, dryRun: opts.dryRun ?? false, details: !opts.json },
    { onProgress: progress?.update },
  );
  progress?.done();
  if (opts.json) {
    const { created, updated, unchanged, failed, warnings } = report;
    return out.json({ created, updated, unchanged, failed, ...(warnings ? { warnings } : {}) });
  }
  out.line(formatCsvReport(report, out.style));
}
