/**
 * The one error shape of the sending side: a stable `code` the CLI and the
 * HTTP API map to an exit code or a status, and a message written for the
 * seeker. Messages never carry a password; SMTP URLs in them are redacted.
 */

/** Every way composing or sending a message can fail. */
export const SEND_ERROR_CODES = [
  /** The `to` address is missing, malformed, or more than one address. */
  'invalid_recipient',
  /** A header value (subject, sender name or address, Message-ID) could carry a line break or control character, or is malformed. */
  'invalid_header',
  /** The SMTP URL is not `smtp://` or `smtps://` with a host. */
  'invalid_smtp_url',
  /** The server refused the user name or password, or offers no login the client can use. */
  'smtp_auth_failed',
  /** The server is not on this machine and offers no STARTTLS, so the password would travel in clear. */
  'smtp_tls_required',
  /** The server could not be reached: DNS, refused or dropped connection, timeout, TLS failure. */
  'smtp_unreachable',
  /** The server took the connection and login but refused the sender, the recipient or the message. */
  'smtp_rejected',
] as const;
export type SendErrorCode = (typeof SEND_ERROR_CODES)[number];

/** A composing or sending failure with a stable code; see {@link SendErrorCode}. */
export class SendError extends Error {
  override readonly name = 'SendError';
  readonly code: SendErrorCode;
  /** The SMTP reply code when the server gave one (e.g. 535, 550). */
  readonly smtpResponseCode: number | null;

  /** `cause`: the library's or the socket's own error, kept for the reason in words (never shown whole). */
  constructor(code: SendErrorCode, message: string, smtpResponseCode: number | null = null, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.smtpResponseCode = smtpResponseCode;
  }
}
