/**
 * Builds one outgoing message from a draft: validates every value that ends
 * up in a header (so data can never add a header such as `Bcc:`), gives the
 * message its Message-ID and threading headers, and renders the exact
 * RFC 5322 text with nodemailer's own composer. The rendered text is what
 * `send --dry-run` prints and, byte for byte, what an SMTP sender transmits.
 *
 * Time is passed in (`now` becomes the Date header); the only other input
 * that varies is the random part of the Message-ID.
 */
import { randomUUID } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Temporal } from 'temporal-polyfill';
import { SendError } from './send-error.js';

/** What {@link composeMessage} needs: the sender, one recipient, the words, and the thread. */
export interface ComposeInput {
  from: { name: string | null; email: string };
  /** Exactly one plain address (`jane@acme.example`). */
  to: string;
  subject: string;
  body: string;
  /** The Message-ID being answered, with or without angle brackets. */
  inReplyTo?: string | null;
  /** The thread so far, oldest first; `inReplyTo` is appended when missing. */
  references?: readonly string[];
  /** The right-hand side of the new Message-ID, usually the sender's mail domain. */
  messageIdDomain: string;
  /** Becomes the Date header. */
  now: Temporal.Instant;
}

/** A message ready to be sent or shown: the validated values, nodemailer's options and the exact text. */
export interface ComposedMessage {
  /** `<uuid@domain>`, as written in the Message-ID header. */
  messageId: string;
  from: { name: string | null; email: string };
  to: string;
  subject: string;
  /** The body with CRLF line breaks, as sent. */
  body: string;
  inReplyTo: string | null;
  references: string[];
  /** The SMTP envelope: MAIL FROM and RCPT TO. */
  envelope: { from: string; to: string[] };
  /** The nodemailer message options the text was rendered from. */
  options: SendMailOptions;
  /** The complete RFC 5322 message (CRLF line breaks), as transmitted. */
  raw: string;
}

/**
 * At most this many Message-IDs go into References: the first (the thread's
 * root) and the most recent ones, as RFC 5322 section 3.6.4 allows trimming.
 */
export const MAX_REFERENCES = 20;

/** Longest accepted subject, in characters (RFC 5322's line limit). */
const MAX_SUBJECT_LENGTH = 998;
/** Longest accepted display name, in characters. */
const MAX_NAME_LENGTH = 200;
/** Longest address, per RFC 5321's path limit. */
const MAX_ADDRESS_LENGTH = 254;

/**
 * Characters that must never reach a header value: C0 controls (CR, LF, TAB
 * and the rest), DEL, C1 controls (NEL among them) and the Unicode line and
 * paragraph separators, which some clients treat as line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
/** A plain ASCII addr-spec with a dot-atom local part and a dotted domain. */
const ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);
/** A msg-id: `<left@right>` without spaces, brackets or controls. */
const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

/**
 * Validates the input and renders the message.
 *
 * Fails with {@link SendError}:
 * - `invalid_recipient` when `to` is empty, not a single plain address
 *   (a list, a display-name form, spaces) or holds a control character;
 * - `invalid_header` when the subject is empty or too long, or the subject,
 *   sender name, sender address, `inReplyTo`, a reference or the
 *   Message-ID domain holds a line break or control character or is
 *   malformed.
 */
export async function composeMessage(input: ComposeInput): Promise<ComposedMessage> {
  const to = checkRecipient(input.to);
  const fromEmail = checkSenderAddress(input.from.email);
  const fromName = checkName(input.from.name);
  const subject = checkSubject(input.subject);
  const domain = checkMessageIdDomain(input.messageIdDomain);
  const inReplyTo = input.inReplyTo == null ? null : checkMessageId(input.inReplyTo, 'inReplyTo');
  const references = threadReferences(
    (input.references ?? []).map((ref, i) => checkMessageId(ref, `references[${i}]`)),
    inReplyTo,
  );
  const body = toCrlf(input.body);
  const messageId = `<${randomUUID()}@${domain}>`;

  const options: SendMailOptions = {
    from: fromName === null ? fromEmail : { name: fromName, address: fromEmail },
    to,
    subject,
    text: body,
    messageId,
    date: new Date(input.now.epochMilliseconds),
    ...(inReplyTo === null ? {} : { inReplyTo }),
    ...(references.length === 0 ? {} : { references }),
  };
  const envelope = { from: fromEmail, to: [to] };
  const raw = await render(options, envelope);
  return {
    messageId,
    from: { name: fromName, email: fromEmail },
    to,
    subject,
    body,
    inReplyTo,
    references,
    envelope,
    options,
    raw,
  };
}

/** Renders with nodemailer's stream transport: the same composer the SMTP transport uses, CRLF throughout. */
async function render(options: SendMailOptions, envelope: ComposedMessage['envelope']): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({ ...options, envelope });
  return (info.message as Buffer).toString('utf8');
}

/**
 * Checks a single plain recipient address and returns it trimmed.
 *
 * Fails with `invalid_recipient` (see {@link composeMessage}).
 */
export function checkRecipient(value: string): string {
  if (HEADER_UNSAFE.test(value)) {
    throw new SendError('invalid_recipient', 'The recipient address contains a line break or control character.');
  }
  const address = value.trim();
  if (address === '') throw new SendError('invalid_recipient', 'The message has no recipient address.');
  if (/[,;]/.test(address)) {
    throw new SendError('invalid_recipient', `Send to one address at a time, not a list: ${JSON.stringify(address)}.`);
  }
  if (address.length > MAX_ADDRESS_LENGTH || !ADDRESS.test(address)) {
    throw new SendError(
      'invalid_recipient',
      `${JSON.stringify(address)} is not a plain email address like jane@acme.example.`,
    );
  }
  return address;
}

function checkSenderAddress(value: string): string {
  if (HEADER_UNSAFE.test(value)) {
    throw new SendError('invalid_header', 'The sender address contains a line break or control character.');
  }
  const address = value.trim();
  if (address.length > MAX_ADDRESS_LENGTH || !ADDRESS.test(address)) {
    throw new SendError(
      'invalid_header',
      `The sender address ${JSON.stringify(address)} is not a plain email address; set the profile email.`,
    );
  }
  return address;
}

function checkName(value: string | null): string | null {
  if (value === null) return null;
  if (HEADER_UNSAFE.test(value)) {
    throw new SendError('invalid_header', 'The sender name contains a line break or control character.');
  }
  const name = value.trim();
  if (name.length > MAX_NAME_LENGTH) {
    throw new SendError('invalid_header', `The sender name is longer than ${MAX_NAME_LENGTH} characters.`);
  }
  return name === '' ? null : name;
}

function checkSubject(value: string): string {
  if (HEADER_UNSAFE.test(value)) {
    throw new SendError('invalid_header', 'The subject contains a line break or control character.');
  }
  const subject = value.trim();
  if (subject === '') throw new SendError('invalid_header', 'The subject is empty.');
  if (subject.length > MAX_SUBJECT_LENGTH) {
    throw new SendError('invalid_header', `The subject is longer than ${MAX_SUBJECT_LENGTH} characters.`);
  }
  return subject;
}

function checkMessageIdDomain(value: string): string {
  if (HEADER_UNSAFE.test(value) || !HOSTNAME.test(value) || value.length > 253) {
    throw new SendError('invalid_header', `${JSON.stringify(value)} is not a host name for a Message-ID.`);
  }
  return value;
}

/** Accepts `<id@host>` or `id@host`; returns the bracketed form. */
function checkMessageId(value: string, field: string): string {
  if (HEADER_UNSAFE.test(value)) {
    throw new SendError('invalid_header', `${field} contains a line break or control character.`);
  }
  const trimmed = value.trim();
  const bracketed = trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
  if (!MESSAGE_ID.test(bracketed) || bracketed.length > 998) {
    throw new SendError('invalid_header', `${field} ${JSON.stringify(value)} is not a Message-ID like <abc@host>.`);
  }
  return bracketed;
}

/** References: the given thread without repeats, ending with the message answered, trimmed to {@link MAX_REFERENCES}. */
function threadReferences(refs: readonly string[], inReplyTo: string | null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ref of refs) {
    if (ref === inReplyTo || seen.has(ref)) continue;
    seen.add(ref);
    out.push(ref);
  }
  if (inReplyTo !== null) out.push(inReplyTo);
  if (out.length <= MAX_REFERENCES) return out;
  return [out[0]!, ...out.slice(out.length - (MAX_REFERENCES - 1))];
}

function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}
