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
import { errorLine, type FrontEndHints } from '../records/error-line.js';
import type { AppError } from '../records/errors.js';

/** Hints that name the CLI's commands and flags, by code; a code not listed keeps the app's hint. */
export const CLI_HINTS: FrontEndHints = {
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
 * code or else the app's (src/records/error-line.ts).
 */
export function cliErrorLine(error: AppError, command: Command | null): string {
  return errorLine(error, { nameOf: (field) => flagFor(command, field), hints: CLI_HINTS });
}
