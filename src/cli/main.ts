/**
 * The `afterview` command line: argv -> one app command -> human or JSON
 * output and an exit code (CONTRACT.md). The commands live one file per area
 * in src/cli/commands/; this file builds the program from them and maps
 * errors. Commands load their modules on demand so each start pays only for
 * what it runs.
 *
 * Exit codes: 0 success; 2 bad input (one line on stderr saying what was
 * wrong and what would be right, nothing written); 3 a service that could
 * not be reached or refused (one line naming it); 1 anything unexpected.
 * `reportError` is the one place that decides which.
 */
import { Command, CommanderError } from 'commander';
import { oneLine } from '../records/error-line.js';
import { AppError } from '../records/errors.js';
import * as agenda from './commands/agenda.commands.js';
import * as connect from './commands/connect.command.js';
import * as data from './commands/data.commands.js';
import * as facts from './commands/facts.commands.js';
import * as items from './commands/items.commands.js';
import * as mail from './commands/mail.commands.js';
import * as mcp from './commands/mcp.command.js';
import * as opportunities from './commands/opportunities.commands.js';
import * as secrets from './commands/secrets.command.js';
import * as serve from './commands/serve.command.js';
import * as service from './commands/service.command.js';
import * as settings from './commands/settings.commands.js';
import * as user from './commands/user.commands.js';
import { cliErrorLine } from './error-line.js';
import { exitCodeFor } from './exit-codes.js';
import { examples } from './program-helpers.js';

const REPORT_URL = 'https://github.com/afterview/afterview/issues';

/** The whole program: global options, then every command in the order `afterview help` lists them. */
export function buildProgram(): Command {
  const program = new Command('afterview')
    .description('Your coach for the weeks after an interview: what to send, to whom, when, and what to leave alone.')
    .option('--home <dir>', 'data home (default $AFTERVIEW_HOME or ~/.local/share/afterview)')
    .option('--database <url>', 'PostgreSQL URL instead of the SQLite file (or $AFTERVIEW_DATABASE_URL)')
    .option('--now <iso>', 'fix "now", e.g. 2026-11-26T09:00:00-05:00 (or $AFTERVIEW_NOW)')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples(
        'afterview demo',
        'afterview today',
        'afterview interview acme --at "yesterday 2pm" --with "Jane Doe <jane@acme.example>"',
        'afterview sent acme thank-you',
        'afterview help interview',
      ),
    );

  agenda.register(program);
  opportunities.register(program);
  facts.register(program);
  items.register(program);
  opportunities.registerViews(program);
  data.register(program);
  serve.register(program);
  mcp.register(program);
  mail.register(program);
  connect.register(program);
  settings.register(program);
  user.register(program);
  secrets.register(program);
  service.register(program);

  program
    .command('help')
    .description('explain a command, with an example')
    .argument('[command]', 'the command')
    .action((name: string | undefined) => {
      const target = name ? program.commands.find((c) => c.name() === name || c.aliases().includes(name)) : undefined;
      if (name && !target)
        throw new AppError('invalid_input', `unknown command "${name}"`, { hint: 'see `afterview help` for the list' });
      (target ?? program).outputHelp();
    });

  return program;
}

/** Entry: parse, run, map errors to one line and an exit code. */
export async function main(argv: string[]): Promise<number> {
  // `afterview agenda --json | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = buildProgram();
  // Subcommands copy these settings only when created, so apply them to every command:
  // otherwise commander exits 1 on its own for a bad option of a subcommand.
  const quiet = (command: Command): void => {
    command.exitOverride();
    command.configureOutput({
      writeErr: (text) => {
        if (!/^error:|^\(outputHelp\)/.test(text)) process.stderr.write(text);
      },
    });
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  // The command whose action runs: its options name the flags an error's field is shown as.
  let running: Command | null = null;
  program.hook('preAction', (_program, action) => {
    running = action;
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(program, error, running);
  }
}

/**
 * The one place errors become output and an exit code (CONTRACT.md): a bad
 * command line or bad input is one line and 2, an outside service that could
 * not be reached or refused is one line and 3, anything else is a bug: 1,
 * with the trace and where to report it. The one line never carries a raw
 * line break or control character, whatever text the user typed into it.
 * `running` is the command that failed: an error about one input names its
 * flag (error-line.ts).
 */
function reportError(program: Command, error: unknown, running: Command | null): number {
  const say = (line: string) => process.stderr.write(`afterview: ${oneLine(line)}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return 0;
    // An unknown command word lands on the default command (`today`) as an extra argument.
    const today = program.commands.find((c) => c.name() === 'today');
    if (error.code === 'commander.excessArguments' && today && today.args.length > 0) {
      const word = String(today.args[0]);
      const near = closestName(
        word,
        program.commands.map((c) => c.name()),
      );
      say(`unknown command "${word}"${near ? ` (did you mean ${near}?)` : ''}; see \`afterview help\` for the list`);
      return 2;
    }
    // Commander puts its "(Did you mean --json?)" on a line of its own.
    const message = error.message
      .replace(/^error:\s*/, '')
      .replace(/\s*\n\s*\(Did you mean (.*)\)\s*$/s, ' (did you mean $1)');
    say(`${message}; see \`afterview help\``);
    return 2;
  }
  const code = exitCodeFor(error);
  if (error instanceof AppError && code !== 1) {
    say(cliErrorLine(error, running));
    return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `afterview: unexpected error, this is a bug: ${oneLine(message)}\nPlease report it at ${REPORT_URL} with this trace:\n${detail}\n`,
  );
  return 1;
}

/** The known name nearest to `word` when it is a likely typo (at most a third of it edited), else null. */
function closestName(word: string, names: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent swaps counted as one edit ("lsit" -> "list"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const code = await main(process.argv);
process.exitCode = code;
