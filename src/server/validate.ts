/**
 * Reading requests: JSON bodies and query strings checked against a zod
 * schema, every failure an `invalid_input` AppError naming the field
 * (`text_too_long` for a text over its limit, text-limits.ts), and
 * dates in words read in the seeker's zone.
 */
import type { Context } from 'hono';
import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { parseWhenDate, parseWhenInstant, type WhenContext } from '../app/when.js';
import { textTooLongIssue } from '../records/data-file.schema.js';
import { AppError } from '../records/errors.js';

/** Parses the JSON body with `schema`. Throws `invalid_input` for bad JSON or the first bad field. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError('invalid_input', 'the request body is not JSON', {
        hint: 'send a JSON object with Content-Type: application/json',
      });
    }
  }
  return check(schema, value, 'body');
}

/** Parses the query string (single values) with `schema`. Throws `invalid_input`. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return check(schema, c.req.query(), 'query');
}

function check<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const tooLong = textTooLongIssue(issue, value, (path) => (path.length > 0 ? path.map(String).join('.') : where));
  if (tooLong) throw tooLong;
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  throw new AppError('invalid_input', `${field ?? where}: ${issue?.message ?? 'invalid'}`, {
    details: {
      ...(field ? { field } : {}),
      issues: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
    },
  });
}

/** The clock and zone that dates in words are read against: now, in the seeker's zone (or the machine's). */
export async function whenContext(ctx: AppContext): Promise<WhenContext> {
  const profile = await ctx.store.getProfile();
  return { now: ctx.now, timeZone: profile.timezone ?? ctx.machineZone };
}

/** A date-time field: ISO or words. Throws `invalid_date` naming the field. */
export function instantField(text: string, when: WhenContext, field: string) {
  return parseWhenInstant(text, when, field);
}

/** A date-time as a response gives it: ISO with the seeker's offset, to the second (`2026-12-08T14:00:00-05:00`). */
export function instantText(at: Temporal.ZonedDateTime): string {
  return at.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** A calendar-date field: ISO or words, read forward. Throws `invalid_date` naming the field. */
export function dateField(text: string, when: WhenContext, field: string) {
  return parseWhenDate(text, when, field);
}
