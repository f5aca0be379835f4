/**
 * One error shape for the whole program: a stable code, a neutral message
 * that says what was wrong, an optional hint that says what would be right,
 * and structured details (the field, the values allowed, what was given, an
 * id). Nothing here speaks of a front end: no flags, no commands, no HTTP.
 * Each front end maps codes in exactly one place: the CLI to exit codes and
 * hints that name its commands (src/cli/exit-codes.ts, src/cli/error-line.ts),
 * the server to statuses (src/server/status.ts).
 *
 * A message about one input begins with that input's name as the app calls
 * it (`interest must be a whole number from 1 to 5 (got 9)`) and says so in
 * `details.field`, so the CLI can show its flag in its place (`--interest ...`).
 */

/**
 * Every error code and its class: what kind of failure it is, which is all a
 * front end needs to pick an exit code or a status family.
 */
export const ERROR_CODES = {
  invalid_input: 'input',
  invalid_date: 'input',
  invalid_file: 'input',
  invalid_setting: 'input',
  invalid_header: 'input',
  invalid_recipient: 'input',
  text_too_long: 'input',
  not_configured: 'input',
  idempotency_key_reused: 'input',
  opportunity_not_found: 'not_found',
  interview_not_found: 'not_found',
  contact_not_found: 'not_found',
  offer_not_found: 'not_found',
  item_not_found: 'not_found',
  touch_not_found: 'not_found',
  message_not_found: 'not_found',
  ambiguous_opportunity: 'conflict',
  home_not_empty: 'conflict',
  conflict: 'conflict',
  check_in_too_soon: 'conflict',
  duplicate_touch: 'conflict',
  opportunity_exists: 'conflict',
  request_in_progress: 'conflict',
  forbidden: 'denied',
  unauthorized: 'denied',
  /** Too many failed sign-ins for one account or address; wait and try again. */
  too_many_attempts: 'denied',
  smtp_auth_failed: 'service',
  smtp_unreachable: 'service',
  smtp_tls_required: 'service',
  smtp_rejected: 'service',
  imap_failed: 'service',
  /** The provider's sign-in (OAuth) was refused or went wrong; signing in again may help. */
  oauth_failed: 'service',
  /** The grant behind a mail account's sign-in was revoked or has expired: the seeker must connect it again. */
  mail_reconnect: 'service',
  database_unavailable: 'service',
  store_busy: 'service',
  /** A server we need (PostgreSQL, SMTP, IMAP) could not be reached; details: {@link ServiceDetails}. */
  service_unavailable: 'service',
  internal: 'bug',
} as const satisfies Record<string, ErrorClass>;

/**
 * What kind of failure a code is: the caller's input (`input`), a record it
 * named that does not exist (`not_found`), a request that clashes with what
 * is stored (`conflict`), a caller not allowed in (`denied`), an outside
 * service or a busy store (`service`), or a bug (`bug`).
 */
export type ErrorClass = 'input' | 'not_found' | 'conflict' | 'denied' | 'service' | 'bug';

export type ErrorCode = keyof typeof ERROR_CODES;

/** The class of a code (see {@link ErrorClass}). */
export function errorClassOf(code: ErrorCode): ErrorClass {
  return ERROR_CODES[code];
}

/** What any error may carry besides its words; every field is optional. */
export interface ErrorDetails {
  /**
   * The input that was wrong, as the app names it (`interest`, `decisionBy`,
   * `opportunities[0].role`); the message begins with it.
   */
  field?: string;
  /** The values that would have been accepted (statuses, ids). */
  allowed?: readonly string[];
  /** What was given. */
  got?: unknown;
  /** The record the error is about (an opportunity, a touch). */
  id?: string;
  /** The limit that was passed (characters, bytes, minutes). */
  limit?: number;
  /** Every problem, when there were several (a request body, a data file). */
  issues?: readonly { field: string; message: string }[];
}

/** The details of each code that carries more than {@link ErrorDetails}, typed per code. */
export interface DetailsByCode {
  service_unavailable: ServiceDetails;
  /** `id`: the touch already logged. */
  duplicate_touch: ErrorDetails & { id: string; opportunityId: string };
  /** `id`: the open opportunity of the same company and role. */
  opportunity_exists: ErrorDetails & { id: string };
  /**
   * `got`: the reference given; `allowed`: the first known ids (none when
   * there are no opportunities); `more`: whether there are others. Without
   * `allowed`, an id from elsewhere (a data file) named no opportunity.
   */
  opportunity_not_found: ErrorDetails & { got: string; allowed?: readonly string[]; more?: boolean };
  /** `limit`: the characters allowed; `got`: the characters given. */
  text_too_long: ErrorDetails & { field: string; limit: number; got: number };
  /** `id`: the interview asked for, absent when none has ended to thank them for. */
  interview_not_found: ErrorDetails & { opportunityId: string };
  /** `got`: what was asked of the pending offer (`accept`, `decline`). */
  offer_not_found: ErrorDetails & { opportunityId: string; got: 'accept' | 'decline' };
  /** `fineFrom`: the first day a check-in is fine (ISO date). */
  check_in_too_soon: ErrorDetails & { fineFrom: string };
  /** `setting`: the setting that would make it work (`imap.url`, `smtp.url`, `email`). */
  not_configured: ErrorDetails & { setting: 'imap.url' | 'smtp.url' | 'email' };
  /** `opportunityId`: the closed opportunity a write needed open. */
  conflict: ErrorDetails & { opportunityId?: string };
}

/** The details an error of code `C` carries. */
export type DetailsFor<C extends ErrorCode> = C extends keyof DetailsByCode ? DetailsByCode[C] : ErrorDetails;

/** What an error of code `C` may carry besides its message. */
export interface AppErrorOptions<C extends ErrorCode> {
  hint?: string;
  details?: DetailsFor<C>;
  cause?: unknown;
}

/** The constructor's arguments, one tuple per code, so the details are checked against the code. */
type AppErrorArgs = { [C in ErrorCode]: [code: C, message: string, options?: AppErrorOptions<C>] }[ErrorCode];

/** Failures of the app and everything below it; see the module comment for the rules of its words. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | null;
  /** Typed per code: read them with {@link detailsOf}. */
  readonly details: ErrorDetails | undefined;

  constructor(...[code, message, options = {}]: AppErrorArgs) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint ?? null;
    this.details = options.details;
  }

  /** The input this error is about (`details.field`), when it is about one. */
  get field(): string | null {
    return this.details?.field ?? null;
  }

  /** The one line in neutral words: what was wrong, then what would be right. */
  get line(): string {
    return this.hint ? `${this.message}; ${this.hint}` : this.message;
  }
}

/** The details of `error` as its code types them (see {@link DetailsByCode}). */
export function detailsOf<C extends ErrorCode>(error: AppError & { code: C }): DetailsFor<C> | undefined {
  return error.details as DetailsFor<C> | undefined;
}

/**
 * True for errors of an outside service that could not be reached or refused, or of a data store that
 * stayed busy.
 */
export function isServiceError(error: unknown): error is AppError {
  return error instanceof AppError && ERROR_CODES[error.code] === 'service';
}

/** What `service_unavailable` carries in `details`: which service, and where (`host:port`, never a password). */
export interface ServiceDetails extends ErrorDetails {
  service: 'postgresql' | 'smtp' | 'imap' | 'oauth';
  host: string;
}

const SERVICE_NAMES: Record<ServiceDetails['service'], string> = {
  postgresql: 'the PostgreSQL server',
  smtp: 'the SMTP server',
  imap: 'the IMAP server',
  oauth: 'the sign-in server',
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
