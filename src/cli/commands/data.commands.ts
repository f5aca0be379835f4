/**
 * The data file commands: `import` (an afterview/1 file, or `import mail` /
 * `import ics` / `import csv`, whose bodies live in ../extra.ts), `export`
 * (the data file, `export ics` or `export csv`) and `demo`.
 */
import { type Command, Option } from 'commander';
import { DATA_FILE_LIMIT } from '../../app/input-limits.js';
import { AppError } from '../../records/errors.js';
import { readInput, writeOutput } from '../files.js';
import { call, examples, run } from '../program-helpers.js';

interface ImportOptions {
  json?: boolean;
  for?: string;
  from?: 'huntr' | 'teal' | 'generic';
  dryRun?: boolean;
}

/** `afterview import FILE`, `import mail PATH...`, `import ics FILE`, `import csv FILE`. */
function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      "import an afterview/1 data file (all or nothing); `import mail PATH...` and `import ics FILE` read mail and calendars, `import csv FILE` another tracker's CSV",
    )
    .argument('<file>', 'the data file, - for standard input, or "mail"/"ics"/"csv"')
    .argument('[paths...]', 'for mail: .eml files, folders of them, mbox files; for ics and csv: the file')
    .option('--for <opp>', 'for ics: the opportunity the invitation belongs to (default: matched by address)')
    .addOption(
      new Option(
        '--from <tracker>',
        'for csv: the tracker that wrote it (default: recognised from the header)',
      ).choices(['huntr', 'teal', 'generic']),
    )
    .option('--dry-run', 'for csv: report what would change and write nothing')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview import backup.json',
        'afterview import mail ~/Mail/jobs.mbox',
        'afterview import ics invite.ics',
        'afterview import csv huntr-jobs.csv --dry-run',
      ),
    )
    .action(
      run(program, async (rt, out, file: string, paths: string[], opts: ImportOptions) => {
        if (file === 'csv') {
          const { runImportCsv } = await import('../extra.js');
          return runImportCsv(rt, out, paths, opts);
        }
        if (opts.from !== undefined || opts.dryRun)
          throw new AppError('invalid_input', `--from and --dry-run are for import csv`, {
            hint: 'afterview import csv FILE [--from huntr|teal|generic] [--dry-run]',
          });
        if (file === 'mail' || file === 'ics') {
          const { runImportExtra } = await import('../extra.js');
          return runImportExtra(rt, out, file, paths, opts);
        }
        if (paths.length > 0)
          throw new AppError('invalid_input', `import takes one file (got ${paths.length + 1})`, {
            hint: 'import them one at a time',
          });
        const document = await readInput(file, DATA_FILE_LIMIT);
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.importData, { document });
        if (opts.json) return out.json(result);
        out.line(
          `Imported ${result.created + result.updated} opportunities (${result.created} new, ${result.updated} updated).`,
        );
      }),
    );
}

/** `afterview export` (the data file), `export ics` (a calendar) and `export csv` (a spreadsheet). */
function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write the data file (afterview/1 JSON) to standard output; `export ics` writes a calendar, `export csv` a spreadsheet',
    )
    .argument('[what]', '"ics" for a calendar, "csv" for a spreadsheet')
    .addOption(new Option('--format <format>', 'json').choices(['json']).default('json'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--bom', 'for csv: begin with a UTF-8 byte-order mark (for spreadsheets that need one)')
    .addHelpText(
      'after',
      examples(
        'afterview export > backup.json',
        'afterview export ics -o followups.ics',
        'afterview export csv -o opportunities.csv',
      ),
    )
    .action(
      run(program, async (rt, out, what: string | undefined, opts: { output?: string; bom?: boolean }) => {
        if (what === 'csv') {
          const { runExportCsv } = await import('../extra.js');
          return runExportCsv(rt, out, opts);
        }
        if (opts.bom)
          throw new AppError('invalid_input', '--bom is for export csv', { hint: 'afterview export csv --bom' });
        if (what === 'ics') {
          const { runExportIcs } = await import('../extra.js');
          return runExportIcs(rt, out, opts);
        }
        if (what !== undefined)
          throw new AppError('invalid_input', `unknown export "${what}"`, {
            hint: 'use `afterview export`, `afterview export ics` or `afterview export csv`',
          });
        const { COMMANDS } = await import('../../app/registry/index.js');
        const text = `${JSON.stringify(await call(rt, COMMANDS.exportData, {}), null, 2)}\n`;
        if (opts.output) await writeOutput(opts.output, text);
        else process.stdout.write(text);
      }),
    );
}

/** `afterview demo`: a sample search in an empty home. */
function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('fill an empty home with a realistic sample search, so every kind of item shows')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview --home /tmp/afterview-demo demo && afterview --home /tmp/afterview-demo today'),
    )
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.loadDemo, {});
        if (opts.json) return out.json(result);
        out.line(
          `Loaded a sample search with ${result.opportunities} opportunities. Run \`afterview today\` to see what to do.`,
        );
      }),
    );
}

/** Adds `import`, `export` and `demo` to the program. */
export function register(program: Command): void {
  registerImport(program);
  registerExport(program);
  registerDemo(program);
}
