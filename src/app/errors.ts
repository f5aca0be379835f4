/**
 * One error shape for the whole program: a stable code, a message that says
 * what was wrong, and a hint that says what would be right. Services throw
 * `AppError`; the CLI maps it to an exit code and the server to an HTTP
 * status, each in exactly one place (`exitCodeFor`, `httpStatusFor`).
 */

export const ERROR_CODES = {
  invalid_input: 400,
  invalid_date: 400,
  invalid_file: 400,
  invalid_setting: 400,
  invalid_header: 400,
  invalid_recipient: 400,
  text_too_long: 400,
  opportunity_not_found: 404,
  interview_not_found: 404,
  contact_not_found: 404,
  offer_not_found: 404,
  item_not_found: 404,
  touch_not_found: 404,
  ambiguous_opportunity: 409,
  home_not_empty: 409,
  conflict: 409,
  check_in_too_soon: 409,
  duplicate_touch: 409,
  opportunity_exists: 409,
  idempotency_key_reused: 422,
  request_in_progress: 409,
  forbidden: 403,
  unauthorized: 401,
  not_configured: 400,
  smtp_auth_failed: 502,
  smtp_unreachable: 502,
  smtp_tls_required: 502,
  smtp_rejected: 502,
  imap_failed: 502,
  database_unavailable: 503,
  store_busy: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | null;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { hint?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint ?? null;
    this.details = options.details;
  }

  /** The one line shown to people: what was wrong, then what would be right. */
  get line(): string {
    return this.hint ? `${this.message}; ${this.hint}` : this.message;
  }
}

/** True for errors caused by what the user gave (exit 2, HTTP 4xx). */
export function isUserError(error: unknown): error is AppError {
  return error instanceof AppError && ERROR_CODES[error.code] < 500;
}

/** The HTTP status for an error; anything that is not an AppError is a 500. */
export function httpStatusFor(error: unknown): number {
  return error instanceof AppError ? ERROR_CODES[error.code] : 500;
}

/**
 * CONTRACT.md exit codes: 2 for bad input, 3 when the data store stayed
 * busy (another process held its write lock past the bound), 1 for anything
 * unexpected (and for failures of outside services).
 */
export function exitCodeFor(error: unknown): 1 | 2 | 3 {
  if (error instanceof AppError && error.code === 'store_busy') return 3;
  return isUserError(error) ? 2 : 1;
}
