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
  check_in_too_soon: (d) => (d ? `it is fine from ${d.fineFrom}; use --anyway to send it now` : null),
  conflict: (d) => (d?.opportunityId ? `reopen it first with \`afterview reopen ${d.opportunityId}\`` : null),
  home_not_empty: () => 'try it in an empty home: `afterview --home /tmp/afterview-demo demo`',
  imap_failed: () => 'what was read so far is kept; run `afterview sync imap` again',
  mail_reconnect: () => 'sign in again: `afterview connect gmail|outlook ADDRESS --oauth --client-id ID`',
  interview_not_found: (d) => {
    if (!d) return null;
    return d.id ? `see \`afterview show ${d.opportunityId}\`` : 'log it first with `afterview interview`';
  },
  invalid_input: (d) => (d?.field === 'messageId' ? 'see `afterview inbox --json` for the ids' : null),
  invalid_recipient: (d) => (d?.field === 'to' ? "add the contact's email, or give one with --to" : null),
  item_not_found: (d) =>
    d?.id ? 'see the ids with `afterview agenda --all --json` (snoozed and dismissed items are not listed)' : null,
  not_configured: (d) => {
    if (d?.setting === 'imap.url')
      return 'run `afterview config set imap.url imaps://user:password@mail.example.com:993` or set $AFTERVIEW_IMAP_URL';
    if (d?.setting === 'smtp.url')
      return 'run `afterview config set smtp.url smtp://user:password@mail.example.com:587` or set $AFTERVIEW_SMTP_URL';
    if (d?.setting === 'email') return 'run `afterview config set email you@example.com`';
    return null;
  },
  offer_not_found: (d) => {
    if (!d) return null;
    const close = ` (or, to stop pursuing it, \`afterview close ${d.opportunityId} --as withdrawn\`)`;
    return `log it first: \`afterview offer ${d.opportunityId}\`${d.got === 'decline' ? close : ''}`;
  },
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
