/**
 * How an app error reads on the command line. The app writes neutral words
 * (src/records/errors.ts); here they become the CLI's own:
 *
 * - a message about one input (`details.field`) shows the running command's
 *   flag for it: "interest must be ..." reads "--interest must be ..." when
 *   the command has `--interest`;
 * - hints that name commands or flags come from `CLI_HINTS`, by code, in
 *   place of the app's neutral hint.
 */
import type { Command } from 'commander';
import { type AppError, type DetailsFor, detailsOf, type ErrorCode } from '../records/errors.js';

/** A CLI hint for an error of code `C`, or null to keep the app's own. */
type CliHint<C extends ErrorCode> = (details: DetailsFor<C> | undefined) => string | null;

/** Hints that name the CLI's commands and flags, by code; a code not listed keeps the app's hint. */
export const CLI_HINTS: { [C in ErrorCode]?: CliHint<C> } = {
  duplicate_touch: () => 'use --again to log it anyway',
  opportunity_exists: () => 'use --again to add another one',
  opportunity_not_found: (d) => {
    // An invitation that fits no opportunity, or several: the command takes the one it is for.
    if (d?.field === 'for') return 'say which with --for OPP';
    if (!d?.allowed) return 'list them with `afterview list`';
    if (d.allowed.length === 0) return 'add one first with `afterview add COMPANY --role ROLE`';
    return `use an id or a company name (see \`afterview list\`): ${d.allowed.join(', ')}${d.more ? ', ...' : ''}`;
  },
  service_unavailable: (d) =>
    d?.service === 'postgresql'
      ? 'check that PostgreSQL is running and that --database (or $AFTERVIEW_DATABASE_URL) is right'
      : null,
};

/**
 * The command-line flag for an input: an option of `command` (or of a
 * command above it, like `--home`) whose name is `field` (`decisionBy` is
 * `--decision-by`). Null when no option takes it (a positional argument, a
 * field of a file).
 */
export function flagFor(command: Command | null, field: string): string | null {
  for (let c: Command | null = command; c; c = c.parent) {
    const option = c.options.find((o) => o.attributeName() === field || o.long === `--${field}`);
    if (option?.long) return option.long;
  }
  return null;
}

/**
 * The one line an error shows on the CLI: the message with the flag in place
 * of the field's name when `command` has one, then the CLI's hint for the
 * code or else the app's.
 */
export function cliErrorLine(error: AppError, command: Command | null): string {
  const field = error.field;
  const flag = field && error.message.startsWith(field) ? flagFor(command, field) : null;
  const message = flag && field ? `${flag}${error.message.slice(field.length)}` : error.message;
  const cliHint = CLI_HINTS[error.code] as CliHint<ErrorCode> | undefined;
  const hint = cliHint?.(detailsOf(error)) ?? error.hint;
  return hint ? `${message}; ${hint}` : message;
}
