/**
 * Sends composed messages over SMTP with nodemailer. The account comes from
 * one URL (`$AFTERVIEW_SMTP_URL` or `smtp.url`): `smtp://user:pass@host:587`
 * upgrades with STARTTLS, `smtps://` speaks TLS from the first byte. A server
 * that is not on this machine must offer STARTTLS before afterview signs in
 * (the password never travels in clear) unless the URL opts out with
 * `?insecure=1`; on loopback STARTTLS is used when offered. Failures become a {@link SendError} with a stable code;
 * neither its message nor anything else it carries contains the password.
 */
import nodemailer from 'nodemailer';
import { isLoopbackHost } from '../loopback.js';
import type { ComposedMessage } from './compose.js';
import { SendError } from './send-error.js';

/** What sending needs from a mail server: one message in, its id and the accepted recipients out. */
export interface MailSender {
  /**
   * Transmits `message.raw` unchanged to `message.envelope`.
   * Fails with {@link SendError}: `smtp_auth_failed`, `smtp_unreachable` or `smtp_rejected`.
   */
  send(message: ComposedMessage): Promise<{ messageId: string; accepted: string[] }>;
}

/** Knobs for tests and unusual servers; the URL carries everything else. */
export interface SmtpSenderOptions {
  /** TLS settings, e.g. a private CA, or `rejectUnauthorized: false` for a loopback test server's own certificate. */
  tls?: { ca?: string | Buffer; rejectUnauthorized?: boolean; servername?: string };
  /** How long to wait for the TCP connection and then for the greeting, in ms. Default 15 s each. */
  connectionTimeoutMs?: number;
  /** How long a quiet connection may stay open, in ms. Default 60 s. */
  socketTimeoutMs?: number;
  /** The name sent in EHLO. Default: nodemailer's (the machine's host name). */
  clientName?: string;
  /**
   * Refuse to go on without STARTTLS (on `smtp://`). Default: true unless the
   * host is loopback or the URL says `?insecure=1`. Tests set it to exercise
   * the refusal against a loopback peer.
   */
  requireTls?: boolean;
  /** An OAuth 2.0 access token: sign in with XOAUTH2 as the URL's user instead of a password. */
  accessToken?: string;
}

/** An SMTP account read from a URL. */
export interface SmtpAccount {
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
  /** `?insecure=1` in the URL: the seeker allows signing in without TLS to a server beyond this machine. */
  insecure: boolean;
}

const DEFAULT_CONNECTION_TIMEOUT_MS = 15_000;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
/** Submission with STARTTLS (RFC 6409). */
const DEFAULT_SMTP_PORT = 587;
/** Implicit TLS submission (RFC 8314). */
const DEFAULT_SMTPS_PORT = 465;

/**
 * Reads `smtp://[user[:pass]@]host[:port]` or `smtps://...`. User and
 * password are percent-decoded (write `@` in a password as `%40`).
 *
 * Fails with `invalid_smtp_url`; the message shows the URL redacted.
 */
export function parseSmtpUrl(url: string): SmtpAccount {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SendError('invalid_smtp_url', `${redactUrl(url)} is not a URL like smtp://user:password@host:587.`);
  }
  const secure = parsed.protocol === 'smtps:';
  if (!secure && parsed.protocol !== 'smtp:') {
    throw new SendError(
      'invalid_smtp_url',
      `${redactUrl(url)} must start with smtp:// (STARTTLS when offered) or smtps:// (TLS from the start).`,
    );
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw new SendError('invalid_smtp_url', `${redactUrl(url)} names no host.`);
  const port = parsed.port === '' ? (secure ? DEFAULT_SMTPS_PORT : DEFAULT_SMTP_PORT) : Number(parsed.port);
  const decode = (part: string): string | null => {
    if (part === '') return null;
    try {
      return decodeURIComponent(part);
    } catch {
      throw new SendError('invalid_smtp_url', `${redactUrl(url)} has a badly percent-encoded user or password.`);
    }
  };
  const insecureParam = parsed.searchParams.get('insecure');
  if (insecureParam !== null && !['1', 'true', 'yes'].includes(insecureParam.toLowerCase())) {
    throw new SendError('invalid_smtp_url', `${redactUrl(url)}: insecure= takes 1 (or leave it out).`);
  }
  return {
    secure,
    host,
    port,
    user: decode(parsed.username),
    pass: decode(parsed.password),
    insecure: insecureParam !== null,
  };
}

/**
 * Shows a mail URL with its password replaced: `smtp://user:***@host:587`.
 * Works on any `scheme://user:pass@host` text, even one `URL` cannot parse.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') {
      parsed.password = 'xxx';
      return parsed.toString().replace(/:xxx@/, ':***@');
    }
    return parsed.toString();
  } catch {
    return url.replace(/^([^/]*\/\/[^/@]*?:)[^/]*@/, '$1***@');
  }
}

/**
 * Whether sending must stop unless the server offers STARTTLS: on `smtp://`
 * to a host beyond this machine, unless the URL says `?insecure=1`.
 */
export function requiresStartTls(account: SmtpAccount): boolean {
  return !account.secure && !isLoopbackHost(account.host) && !account.insecure;
}

/**
 * A {@link MailSender} for the account in `url` (see {@link parseSmtpUrl}).
 * Each `send` opens a connection, logs in when the URL has a user, sends and
 * closes: a seeker sends a few messages a day, not a stream.
 *
 * Fails immediately with `invalid_smtp_url`; `send` fails as {@link MailSender} says.
 */
export function createSmtpSender(url: string, options: SmtpSenderOptions = {}): MailSender {
  const account = parseSmtpUrl(url);
  const shown = redactUrl(url);
  const connectionTimeout = options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  const requireTLS = !account.secure && (options.requireTls ?? requiresStartTls(account));
  return {
    async send(message) {
      const transport = transportFor(account, options, requireTLS, connectionTimeout);
      try {
        const info = await transport.sendMail({ envelope: message.envelope, raw: message.raw });
        // Nodemailer lists plain strings here, or address objects when given them.
        const listed = (info.accepted ?? []) as Array<string | { address: string }>;
        const accepted = listed.map((a) => (typeof a === 'string' ? a : a.address));
        if (accepted.length === 0) {
          throw new SendError('smtp_rejected', `${shown} accepted none of the recipients.`);
        }
        return { messageId: message.messageId, accepted };
      } catch (error) {
        // The token is scrubbed from what the server says back, like a password.
        const secret = options.accessToken ? { ...account, pass: options.accessToken } : account;
        throw toSendError(error, shown, secret, requireTLS);
      } finally {
        transport.close();
      }
    },
  };
}

/**
 * Connects to the account in `url` and signs in, sending nothing (the
 * settings' "Test connection"). Throws a {@link SendError} whose message is
 * one line with the password scrubbed, as `send` does.
 */
export async function verifySmtp(url: string, options: SmtpSenderOptions = {}): Promise<void> {
  const account = parseSmtpUrl(url);
  const requireTLS = !account.secure && (options.requireTls ?? requiresStartTls(account));
  const transport = transportFor(
    account,
    options,
    requireTLS,
    options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
  );
  try {
    await transport.verify();
  } catch (error) {
    const secret = options.accessToken ? { ...account, pass: options.accessToken } : account;
    throw toSendError(error, redactUrl(url), secret, requireTLS);
  } finally {
    transport.close();
  }
}

function transportFor(
  account: SmtpAccount,
  options: SmtpSenderOptions,
  requireTLS: boolean,
  connectionTimeout: number,
) {
  return nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.secure,
    requireTLS,
    ...(account.user === null
      ? {}
      : options.accessToken
        ? { auth: { type: 'OAuth2' as const, user: account.user, accessToken: options.accessToken } }
        : { auth: { user: account.user, pass: account.pass ?? '' } }),
    ...(options.tls === undefined ? {} : { tls: options.tls }),
    ...(options.clientName === undefined ? {} : { name: options.clientName }),
    connectionTimeout,
    greetingTimeout: connectionTimeout,
    socketTimeout: options.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
    logger: false,
    debug: false,
  });
}

/** Nodemailer's error codes, grouped by what the seeker should do about them. */
const AUTH_CODES = new Set(['EAUTH', 'ENOAUTH']);
const UNREACHABLE_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'ECONNREFUSED', 'EPROXY']);

function toSendError(error: unknown, shown: string, account: SmtpAccount, requireTLS: boolean): SendError {
  if (error instanceof SendError) return error;
  if (requireTLS && /STARTTLS/i.test(String((error as { message?: unknown })?.message ?? ''))) {
    return new SendError(
      'smtp_tls_required',
      `${shown} offers no encryption (STARTTLS), so afterview did not sign in: the password would travel in clear. Use smtps:// (port 465), or add ?insecure=1 to the URL if you accept that risk.`,
    );
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const code = typeof e.code === 'string' ? e.code : '';
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const said = scrub(typeof e.response === 'string' ? e.response : '', account);
  const detail = said === '' ? scrub(typeof e.message === 'string' ? e.message : '', account) : said;
  const because = detail === '' ? '' : ` (${detail})`;
  if (AUTH_CODES.has(code) || responseCode === 535 || responseCode === 534 || responseCode === 530) {
    return new SendError(
      'smtp_auth_failed',
      `${shown} refused the login${because}. Check the user name and password in the SMTP URL.`,
      responseCode,
    );
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new SendError(
      'smtp_unreachable',
      `Could not reach the mail server at ${shown}${because}. Check the host, the port and the network.`,
      responseCode,
      error,
    );
  }
  return new SendError('smtp_rejected', `${shown} did not accept the message${because}.`, responseCode);
}

/**
 * Removes the password, and its base64 forms as AUTH PLAIN and LOGIN carry
 * it, from text that came back from the server or the library.
 */
export function scrub(text: string, account: Pick<SmtpAccount, 'user' | 'pass'>): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const pass = account.pass;
  if (pass === null || pass === '') return oneLine;
  const plain = Buffer.from(`\u0000${account.user ?? ''}\u0000${pass}`).toString('base64');
  let out = oneLine;
  for (const secret of [pass, encodeURIComponent(pass), Buffer.from(pass).toString('base64'), plain]) {
    out = out.split(secret).join('***');
  }
  return out;
}
