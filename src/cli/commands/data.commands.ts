/**
 * The data file commands: `import` (an afterview/1 file, or `import mail` /
 * `import ics`, whose bodies live in ../extra.ts), `export` (the data file or
 * `export ics`) and `demo`.
 */
import { type Command, Option } from 'commander';
import { DATA_FILE_LIMIT } from '../../app/input-limits.js';
import { AppError } from '../../records/errors.js';
import { readInput, writeOutput } from '../files.js';
import { call, examples, run } from '../program-helpers.js';

/** `afterview import FILE`, `import mail PATH...`, `import ics FILE`. */
function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import an afterview/1 data file (all or nothing); `import mail PATH...` and `import ics FILE` read mail and calendars',
    )
    .argument('<file>', 'the data file, - for standard input, or "mail"/"ics"')
    .argument('[paths...]', 'for mail: .eml files, folders of them, mbox files; for ics: the file')
    .option('--for <opp>', 'for ics: the opportunity the invitation belongs to (default: matched by address)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview import backup.json',
        'afterview import mail ~/Mail/jobs.mbox',
        'afterview import ics invite.ics',
      ),
    )
    .action(
      run(program, async (rt, out, file: string, paths: string[], opts: { json?: boolean; for?: string }) => {
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

/** `afterview export` (the data file) and `export ics` (a calendar). */
function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the data file (afterview/1 JSON) to standard output; `export ics` writes a calendar')
    .argument('[what]', '"ics" for a calendar')
    .addOption(new Option('--format <format>', 'json').choices(['json']).default('json'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', examples('afterview export > backup.json', 'afterview export ics -o followups.ics'))
    .action(
      run(program, async (rt, out, what: string | undefined, opts: { output?: string }) => {
        if (what === 'ics') {
          const { runExportIcs } = await import('../extra.js');
          return runExportIcs(rt, out, opts);
        }
        if (what !== undefined)
          throw new AppError('invalid_input', `unknown export "${what}"`, {
            hint: 'use `afterview export` or `afterview export ics`',
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
