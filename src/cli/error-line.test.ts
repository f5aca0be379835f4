/**
 * How app errors read on the command line: a message about one input shows
 * the running command's flag in place of the field's name, hints that name
 * commands come from the CLI's own table, and each class of error has its
 * exit code.
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { AppError, serviceUnavailable } from '../records/errors.js';
import { textTooLong } from '../records/text-limits.js';
import { cliErrorLine, flagFor } from './error-line.js';
import { exitCodeFor } from './exit-codes.js';

/** A program shaped like afterview's: a global option and two commands with options of their own. */
function program(): { add: Command; heard: Command; show: Command } {
  const root = new Command('afterview').option('--home <dir>');
  const add = root.command('add').argument('<company>').option('--role <r>').option('--interest <n>');
  const heard = root.command('heard').argument('<opp>').option('--decision-by <when>').option('--by <when>');
  const show = root.command('show').argument('<opp>');
  return { add, heard, show };
}

const interest = new AppError('invalid_input', 'interest must be a whole number from 1 to 5 (got 9)', {
  details: { field: 'interest', got: 9 },
});

describe('an error about one input', () => {
  it('names the flag of the command that ran: "interest must ..." reads "--interest must ..."', () => {
    expect(cliErrorLine(interest, program().add)).toBe('--interest must be a whole number from 1 to 5 (got 9)');
  });

  it('finds a flag written in kebab case from the field as the app names it', () => {
    const error = new AppError('invalid_date', 'decisionBy: could not read "soonish" as a date', {
      hint: 'give a date like 2026-12-04',
      details: { field: 'decisionBy', got: 'soonish' },
    });
    expect(cliErrorLine(error, program().heard)).toBe(
      '--decision-by: could not read "soonish" as a date; give a date like 2026-12-04',
    );
    expect(flagFor(program().heard, 'by')).toBe('--by');
  });

  it("finds a global option on the program above the command (the home's --home)", () => {
    expect(flagFor(program().show, 'home')).toBe('--home');
  });

  it('keeps the words as they are when the command has no such option, or none ran', () => {
    expect(cliErrorLine(interest, program().show)).toBe(interest.message);
    expect(cliErrorLine(interest, null)).toBe(interest.message);
    const fileField = textTooLong('opportunities[0].role', 200, 250);
    expect(cliErrorLine(fileField, program().add)).toBe(
      'opportunities[0].role is 250 characters long, more than the 200 allowed; shorten it to 200 characters or fewer; nothing was written',
    );
  });

  it('replaces the field only where the message begins with it', () => {
    const error = new AppError('invalid_input', 'the role is missing', { details: { field: 'role' } });
    expect(cliErrorLine(error, program().add)).toBe('the role is missing');
  });

  it('renders a text over its limit with the flag it was typed into', () => {
    expect(cliErrorLine(textTooLong('role', 200, 10_000), program().add)).toMatch(
      /^--role is 10,000 characters long, more than the 200 allowed; shorten it/,
    );
  });
});

describe("the CLI's hints", () => {
  it('says --again where the app says to set again', () => {
    const error = new AppError('opportunity_exists', 'Acme is already open as acme', {
      hint: 'set again to add another one',
      details: { id: 'acme' },
    });
    expect(error.line).toBe('Acme is already open as acme; set again to add another one');
    expect(cliErrorLine(error, program().add)).toBe('Acme is already open as acme; use --again to add another one');
  });

  it('points at `afterview list` and `afterview add` for an opportunity that does not exist', () => {
    const notFound = (details: { got: string; allowed?: string[]; more?: boolean }) =>
      cliErrorLine(new AppError('opportunity_not_found', `no opportunity "${details.got}"`, { details }), null);
    expect(notFound({ got: 'acm', allowed: ['acme', 'initech'], more: true })).toBe(
      'no opportunity "acm"; use an id or a company name (see `afterview list`): acme, initech, ...',
    );
    expect(notFound({ got: 'acm', allowed: [] })).toBe(
      'no opportunity "acm"; add one first with `afterview add COMPANY --role ROLE`',
    );
    expect(notFound({ got: 'x9' })).toBe('no opportunity "x9"; list them with `afterview list`');
  });

  it('names --database for a PostgreSQL server that cannot be reached, and keeps other services as they are', () => {
    const pg = serviceUnavailable({ service: 'postgresql', host: '127.0.0.1:1' }, 'connection refused', 'check it');
    expect(cliErrorLine(pg, null)).toMatch(/^could not reach the PostgreSQL server at 127\.0\.0\.1:1 .*--database/);
    const smtp = serviceUnavailable({ service: 'smtp', host: 'mail:25' }, 'timed out', 'check smtp.url');
    expect(cliErrorLine(smtp, null)).toBe(smtp.line);
  });
});

describe('exit codes', () => {
  it('gives 2 for input, missing records and clashes, 3 for services, 1 for bugs and anything else', () => {
    expect(exitCodeFor(interest)).toBe(2);
    expect(exitCodeFor(new AppError('item_not_found', 'no item'))).toBe(2);
    expect(exitCodeFor(new AppError('duplicate_touch', 'again', { details: { id: 't1', opportunityId: 'a' } }))).toBe(
      2,
    );
    expect(exitCodeFor(new AppError('store_busy', 'busy'))).toBe(3);
    expect(exitCodeFor(new AppError('smtp_unreachable', 'down'))).toBe(3);
    expect(exitCodeFor(new AppError('internal', 'oops'))).toBe(1);
    expect(exitCodeFor(new Error('oops'))).toBe(1);
  });
});
