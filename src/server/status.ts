/**
 * The one place an error code becomes an HTTP status, and an error becomes
 * the JSON body every failed request answers with:
 * `{"error": {code, message, hint?, field?}}`. The app's errors are neutral
 * (src/records/errors.ts); the statuses are the server's own words for them.
 *
 * Below 500 the caller's request (4xx), 500 a bug, 502/503 an outside
 * service that could not be reached or refused (a mail server, the database).
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../records/errors.js';

/** Every code's status: listed one by one, so a new code cannot ship without choosing one. */
export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_date: 400,
  invalid_file: 400,
  invalid_setting: 400,
  invalid_header: 400,
  invalid_recipient: 400,
  text_too_long: 400,
  not_configured: 400,
  idempotency_key_reused: 422,
  opportunity_not_found: 404,
  interview_not_found: 404,
  contact_not_found: 404,
  offer_not_found: 404,
  item_not_found: 404,
  touch_not_found: 404,
  message_not_found: 404,
  ambiguous_opportunity: 409,
  home_not_empty: 409,
  conflict: 409,
  check_in_too_soon: 409,
  duplicate_touch: 409,
  opportunity_exists: 409,
  request_in_progress: 409,
  forbidden: 403,
  unauthorized: 401,
  too_many_attempts: 429,
  smtp_auth_failed: 502,
  smtp_unreachable: 502,
  smtp_tls_required: 502,
  smtp_rejected: 502,
  imap_failed: 502,
  oauth_failed: 502,
  mail_reconnect: 502,
  database_unavailable: 503,
  store_busy: 503,
  service_unavailable: 503,
  internal: 500,
};

/** The HTTP status for an error; anything that is not an AppError is a 500. */
export function httpStatusFor(error: unknown): ContentfulStatusCode {
  return error instanceof AppError ? HTTP_STATUS[error.code] : 500;
}

/** What a failed request answers in `error`: the stable code, the message, and the hint and field when there are. */
export interface ErrorBody {
  code: string;
  message: string;
  hint?: string;
  field?: string;
}

/** The body of an AppError; anything else is `internal` with `fallback` as its message (the details go to the log). */
export function errorBody(error: unknown, fallback: string): ErrorBody {
  if (!(error instanceof AppError)) return { code: 'internal', message: fallback };
  return {
    code: error.code,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(error.field ? { field: error.field } : {}),
  };
}
