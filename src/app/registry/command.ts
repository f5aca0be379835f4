/**
 * A command: one use case declared once, with its name, a summary, the zod
 * schema of its input, whether it writes, who may call it and what it runs.
 * The front ends (src/cli, src/server, and an MCP server) are adapters over
 * these declarations: they turn their own input (flags, a JSON body and path
 * parameters, tool arguments) into a plain object and call `invoke`, which
 * validates it here, once. Dates in the input are words or ISO text, read
 * inside the command in the seeker's zone (src/app/when.ts), never by a front
 * end.
 */
import type { z } from 'zod';
import { textTooLongIssue } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';

/**
 * Who may call a command. `seeker`: anyone acting for the seeker the request
 * is scoped to, on that seeker's own data (the CLI, the local web app, a
 * signed-in seeker on a shared server, an agent over MCP). `local`: only on
 * the seeker's own machine, because the command reads or writes files there
 * or serves the machine (never exposed by a shared server). `coach`: a
 * read a coach makes of a seeker who granted them access (run in that
 * seeker's context by the coaches' routes, src/server/session.ts; never a
 * seeker's route or an MCP tool).
 */
export type Access = 'seeker' | 'local' | 'coach';

/** How far a long command has come (messages and bytes read; the bytes to read when known). */
export interface Progress {
  messages: number;
  bytes: number;
  totalBytes: number | null;
}

/**
 * What a front end may hand a command besides its input: where to report
 * progress on long work (a progress bar on a terminal). Never part of the
 * input, since it is not data.
 */
export interface CommandIo {
  onProgress?: ((progress: Progress) => void) | undefined;
}

/** One declared use case. `S` is its input schema, `R` what it returns (JSON-safe). */
export interface CommandDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  /** Stable snake_case name, e.g. `add_opportunity`: the MCP tool name and the key in the registry. */
  readonly name: string;
  /** One line saying what it does, for help texts and tool lists. */
  readonly summary: string;
  /** The input, validated by `invoke` before `run` sees it. */
  readonly input: S;
  /** True when it changes the seeker's data (a write), false for a read. */
  readonly writes: boolean;
  readonly access: Access;
  /** The use case itself, on validated input. */
  readonly run: (ctx: AppContext, input: z.output<S>, io: CommandIo) => Promise<R>;
}

/** Declares a command (an identity function that keeps `S` and `R` precise). */
export function defineCommand<S extends z.ZodType, R>(definition: CommandDefinition<S, R>): CommandDefinition<S, R> {
  return definition;
}

/** What a command's `run` returns. */
export type CommandResult<C> = C extends CommandDefinition<z.ZodType, infer R> ? R : never;
/** What a command accepts before validation (its schema's input side). */
export type CommandInput<C> = C extends CommandDefinition<infer S, unknown> ? z.input<S> : never;

/**
 * Validates `raw` against the command's schema and runs it. Bad input throws
 * `invalid_input` (or `text_too_long`) naming the field in `details.field`,
 * before anything is read or written.
 */
export async function invoke<S extends z.ZodType, R>(
  command: CommandDefinition<S, R>,
  ctx: AppContext,
  raw: unknown,
  io: CommandIo = {},
): Promise<R> {
  return command.run(ctx, parseInput(command.input, raw), io);
}

/**
 * Checks `value` against `schema`. The error names the first bad field
 * (`with.0`, `at`), or `where` for the value as a whole, in its message
 * ("at: give a date") and in `details.field`; `details.issues` lists every
 * issue.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where = 'input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const tooLong = textTooLongIssue(issue, value, (path) => (path.length > 0 ? path.map(String).join('.') : where));
  if (tooLong) throw tooLong;
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : where;
  const got = issue ? valueAt(value, issue.path) : undefined;
  const shown = typeof got === 'string' ? JSON.stringify(got.length > 40 ? `${got.slice(0, 40)}...` : got) : got;
  const gotText =
    typeof got === 'number' || typeof got === 'boolean' || typeof got === 'string' ? ` (got ${shown})` : '';
  throw new AppError('invalid_input', `${field}: ${issue?.message ?? 'invalid'}${gotText}`, {
    details: {
      field,
      issues: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
    },
  });
}

/** The value at `path` inside `value`, or undefined. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = value;
  for (const key of path) at = (at as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return at;
}
