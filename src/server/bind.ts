/**
 * HTTP routes bound to registry commands (src/app/registry): a route takes
 * its input from the path parameters and, for a read, the query string or,
 * for a write, the JSON body; `invoke` validates it once, and the result is
 * the response. Nothing here reads dates or checks fields.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type CommandDefinition, invoke } from '../app/registry/command.js';
import { AppError } from '../records/errors.js';
import type { ServerEnv } from './env.js';

export interface RouteOptions {
  /** The status of a success (201 for a create). */
  status?: ContentfulStatusCode;
  /** Builds the raw input when the default (params + query or body) does not fit. */
  input?: (c: Context<ServerEnv>) => Promise<unknown> | unknown;
  /** Turns the command's result into the response body when the HTTP shape differs (a token into a URL). */
  present?: (result: never) => unknown;
}

/** A Hono handler that runs `command` on the request's input and answers with its result as JSON. */
export function commandRoute<C extends CommandDefinition>(command: C, options: RouteOptions = {}) {
  return async (c: Context<ServerEnv>) => {
    const raw = options.input ? await options.input(c) : await requestInput(c);
    const result = await invoke(command, c.var.ctx, raw);
    const body = options.present ? options.present(result as never) : result;
    return c.json(body as object, options.status ?? 200);
  };
}

/**
 * The input field each path parameter fills: the paths keep the short names
 * the API documents (`/opportunities/:id/interviews/:interviewId`), the
 * commands the names of what they mean.
 */
const PARAM_FIELDS: Readonly<Record<string, string>> = {
  id: 'opportunity',
  interviewId: 'interview',
  offerId: 'offer',
  touchId: 'touch',
};

/** The path parameters over the query string (GET, DELETE) or the JSON body (POST, PATCH, PUT). */
export async function requestInput(c: Context<ServerEnv>): Promise<unknown> {
  const params = Object.fromEntries(
    Object.entries(c.req.param() as Record<string, string>).map(([name, value]) => [PARAM_FIELDS[name] ?? name, value]),
  );
  if (c.req.method === 'GET' || c.req.method === 'DELETE' || c.req.method === 'HEAD') {
    return { ...c.req.query(), ...params };
  }
  const body = await readJson(c);
  if (body === undefined) return { ...params };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, ...params };
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
