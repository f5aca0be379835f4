/**
 * HTTP routes bound to registry commands (src/app/registry): a route takes
 * its input from the path parameters and, for a read, the query string or,
 * for a write, the JSON body; `invoke` validates it once, and the result is
 * the response. Nothing here reads dates or checks fields.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { type CommandDefinition, type CommandResult, invoke } from '../app/registry/command.js';
import { AppError } from '../records/errors.js';
import type { ServerEnv } from './env.js';

export interface RouteOptions<R = unknown> {
  /** The status of a success (201 for a create), or the status for what the command returned. */
  status?: ContentfulStatusCode | ((result: R) => ContentfulStatusCode);
  /** Builds the raw input when the default (params + query or body) does not fit. */
  input?: (c: Context<ServerEnv>) => Promise<unknown> | unknown;
  /** Turns the command's result into the response body when the HTTP shape differs (a token into a URL). */
  present?: (result: R) => unknown;
}

/** The command each handler made by `commandRoute` runs. */
const boundCommands = new WeakMap<object, CommandDefinition>();

/**
 * The registry command a route's handler runs, when `commandRoute` made it:
 * how a test walks from the app's route list to the registry.
 */
export function commandOfHandler(handler: unknown): CommandDefinition | undefined {
  return typeof handler === 'function' ? boundCommands.get(handler) : undefined;
}

/** A Hono handler that runs `command` on the request's input and answers with its result as JSON. */
export function commandRoute<C extends CommandDefinition>(command: C, options: RouteOptions<CommandResult<C>> = {}) {
  const handler = async (c: Context<ServerEnv>) => {
    const raw = options.input ? await options.input(c) : await requestInput(c, command.input);
    const result = (await invoke(command, c.var.ctx, raw)) as CommandResult<C>;
    const status = typeof options.status === 'function' ? options.status(result) : options.status;
    const body = options.present ? options.present(result) : result;
    return c.json(body as object, status ?? 200);
  };
  boundCommands.set(handler, command);
  return handler;
}

/**
 * The input field each path parameter fills: the paths keep the short names
 * the API documents (`/opportunities/:id/interviews/:interviewId`), the
 * commands the names of what they mean.
 */
export const PARAM_FIELDS: Readonly<Record<string, string>> = {
  id: 'opportunity',
  interviewId: 'interview',
  offerId: 'offer',
  touchId: 'touch',
};

/**
 * The path parameters over the query string (GET, DELETE) or the JSON body
 * (POST, PATCH, PUT). A query string is text: a field `schema` takes as a
 * boolean gets `1`/`true` or `0`/`false` as one (`?all=1`).
 */
export async function requestInput(c: Context<ServerEnv>, schema?: z.ZodType): Promise<unknown> {
  const params = Object.fromEntries(
    Object.entries(c.req.param() as Record<string, string>).map(([name, value]) => [PARAM_FIELDS[name] ?? name, value]),
  );
  if (c.req.method === 'GET' || c.req.method === 'DELETE' || c.req.method === 'HEAD') {
    return { ...queryValues(c.req.query(), schema), ...params };
  }
  const body = await readJson(c);
  if (body === undefined) return { ...params };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, ...params };
}

const YES_NO: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };

/** The query's values, each flag a boolean where the schema's field is one; anything else stays text. */
function queryValues(query: Record<string, string>, schema: z.ZodType | undefined): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) return query;
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(query).map(([name, text]) => {
      const field = shape[name];
      const flag = field && baseType(field) === 'boolean' ? YES_NO[text] : undefined;
      return [name, flag ?? text];
    }),
  );
}

/** The kind of value a field holds under its optional, nullable and default wrappers (`boolean`, `string`). */
function baseType(field: z.ZodType): string {
  let def = field.def as { type: string; innerType?: z.ZodType };
  while (def.innerType) def = def.innerType.def as typeof def;
  return def.type;
}

/** The JSON body, or undefined when there is none. Throws `invalid_input` when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', 'the request body is not JSON', {
      hint: 'send a JSON object with Content-Type: application/json',
    });
  }
}
