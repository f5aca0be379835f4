/**
 * One error shape for the whole program: a stable code, a message that says
 * what was wrong, and a hint that says what would be right. Services throw
 * `AppError`; the CLI maps it to an exit code and the server to an HTTP
 * status, each in exactly one place (`exitCodeFor`, `httpStatusFor`).
 *
 * The status says the kind of failure: below 500 the user's input (exit 2),
 * 500 a bug (exit 1), any other 5xx an outside service that could not be
 * reached or refused (exit 3: a mail server, the database).
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
  /** A server we need (PostgreSQL, SMTP, IMAP) could not be reached; details: {@link ServiceDetails}. */
  service_unavailable: 503,
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
 * True for errors of an outside service that could not be reached or refused, or of a data store that
 * stayed busy (exit 3, HTTP 502/503).
 */
export function isServiceError(error: unknown): error is AppError {
  return error instanceof AppError && ERROR_CODES[error.code] > 500;
}

/** CONTRACT.md exit codes: 2 for bad input, 3 for a service that could not be reached or refused, 1 for a bug. */
export function exitCodeFor(error: unknown): 1 | 2 | 3 {
  return isUserError(error) ? 2 : isServiceError(error) ? 3 : 1;
}

/** What `service_unavailable` carries in `details`: which service, and where (`host:port`, never a password). */
export interface ServiceDetails {
  service: 'postgresql' | 'smtp' | 'imap';
  host: string;
}

const SERVICE_NAMES: Record<ServiceDetails['service'], string> = {
  postgresql: 'the PostgreSQL server',
  smtp: 'the SMTP server',
  imap: 'the IMAP server',
};

/**
 * The `service_unavailable` error: "could not reach the PostgreSQL server at
 * 127.0.0.1:5999 (connection refused)", or with `refused` (it answered, and
 * said no: a login, a missing database) "the PostgreSQL server at ... refused
 * the connection (...)", with `hint` saying what to check.
 * `reason` should come from {@link networkReason}; it must not carry a password.
 */
export function serviceUnavailable(
  details: ServiceDetails,
  reason: string,
  hint: string,
  cause?: unknown,
  options: { refused?: boolean } = {},
): AppError {
  const name = `${SERVICE_NAMES[details.service]} at ${details.host}`;
  return new AppError(
    'service_unavailable',
    options.refused ? `${name} refused the connection (${reason})` : `could not reach ${name} (${reason})`,
    {
      hint,
      details,
      cause,
    },
  );
}

/** Socket and DNS error codes that mean "the server could not be reached", in words. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EAI_FAIL: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  EHOSTDOWN: 'host down',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  EADDRNOTAVAIL: 'address not available',
  // Nodemailer's and ImapFlow's own codes for the same failures.
  ECONNECTION: 'connection failed',
  ESOCKET: 'connection failed',
  EDNS: 'host not found',
  ETLS: 'TLS handshake failed',
  ETIMEOUT: 'timed out',
  CONNECT_TIMEOUT: 'timed out',
  GREETING_TIMEOUT: 'no greeting from the server',
};

/**
 * The reason in words when `error` is a socket or DNS failure (its `code`,
 * or the code of its `cause` or of any error it aggregates), else null.
 */
export function networkReason(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown };
  // A socket's own code first ("connect ECONNREFUSED 127.0.0.1:1" under a library's ESOCKET).
  const said = typeof e.message === 'string' ? /\b(E[A-Z_]+)\b/.exec(e.message)?.[1] : undefined;
  if (said && said in NETWORK_REASONS && !['ESOCKET', 'ECONNECTION'].includes(said))
    return NETWORK_REASONS[said] ?? null;
  if (typeof e.code === 'string' && e.code in NETWORK_REASONS) return NETWORK_REASONS[e.code] ?? null;
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const reason = networkReason(inner, depth + 1);
      if (reason) return reason;
    }
  }
  return networkReason(e.cause, depth + 1);
}
