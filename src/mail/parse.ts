/**
 * One raw message (bytes of an `.eml`, one mbox entry, one IMAP fetch) to the
 * few fields afterview reads: identity, people, dates as written, threading,
 * auto-reply headers, the text body and calendar parts. Built on postal-mime.
 *
 * Contract: `parseMessage` never throws and never loses a message. Whatever
 * cannot be parsed yields a result with `error` set (and whatever identity
 * could be recovered), so an import reports it as failed instead of dropping it.
 */
import { createHash } from 'node:crypto';
import PostalMime, { type Address, type Email } from 'postal-mime';
import { htmlToText } from './html-text.js';
import { parseRfc5322Date } from './rfc-date.js';

/** A mailbox with its decoded display name; `address` is lower-cased. */
export interface MailAddress {
  name: string;
  address: string;
}

/** A `text/calendar` (or `.ics`) part, decoded to text. */
export interface CalendarPart {
  /** Upper-cased `method` parameter of the part (`REQUEST`, `CANCEL`), or null. */
  method: string | null;
  content: string;
}

/** The headers that tell an automatic reply or a bulk mailing from a person. */
export interface AutoHeaders {
  autoSubmitted: string | null;
  xAutoreply: string | null;
  xAutorespond: string | null;
  precedence: string | null;
  listId: string | null;
  listUnsubscribe: string | null;
  xAutoResponseSuppress: string | null;
}

/** What afterview reads from one message. */
export interface ParsedMessage {
  /** The `Message-ID` header as written (angle brackets included), or `<sha256-…@afterview.invalid>`. */
  messageId: string;
  /** True when `messageId` is a hash because the message had none. */
  messageIdSynthetic: boolean;
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** The `Date` header as ISO 8601 with the sender's offset (`2026-12-01T11:48:33-05:00`), or null. */
  date: string | null;
  /** The `Date` header exactly as written, or null. */
  dateHeader: string | null;
  inReplyTo: string | null;
  /** Message-IDs from `References`, oldest first. */
  references: string[];
  headers: AutoHeaders;
  /** The text body; converted from HTML when the message has no text part. */
  text: string;
  calendars: CalendarPart[];
  attachments: { filename: string | null; mimeType: string; size: number }[];
  /** Set when the message could not be parsed (fully or partly); the message is still kept. */
  error: string | null;
}

/**
 * How much of a body is read. What a message says about a job comes first;
 * past this it is quoted history, signatures and disclaimers, and reading it
 * only costs time and memory on very long messages.
 */
const MAX_TEXT_CHARS = 16_000;

/** Limits passed to postal-mime so one hostile message cannot exhaust memory. */
const PARSE_LIMITS = { maxNestingDepth: 64, maxHeadersSize: 1024 * 1024 } as const;
/** Parts larger than this are not decoded as calendars (an invitation is a few kB). */
const MAX_CALENDAR_BYTES = 1024 * 1024;

const MSGID_RE = /<[^<>\s]+>/g;
const textDecoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Parses one message. `raw` is the message as bytes (preferred: charsets are
 * decoded from the message's own declarations) or as a string.
 * @returns the parsed message; on garbage, a result with `error` set. Never rejects.
 */
export async function parseMessage(raw: Uint8Array | string): Promise<ParsedMessage> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const headerBlock = rawHeaderBlock(bytes);
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { ...PARSE_LIMITS, attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    return fallback(bytes, headerBlock, `unparseable message: ${errorText(err)}`);
  }
  try {
    return fromEmail(email, bytes, headerBlock);
  } catch (err) {
    return fallback(bytes, headerBlock, `unreadable message: ${errorText(err)}`);
  }
}

function fromEmail(email: Email, bytes: Uint8Array, headerBlock: string): ParsedMessage {
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value.trim() ?? null;
  const written = firstMessageId(header('message-id'));
  const dateHeader = header('date');
  const calendars: CalendarPart[] = [];
  const attachments: ParsedMessage['attachments'] = [];
  for (const a of email.attachments) {
    const content = a.content;
    const size = typeof content === 'string' ? content.length : content.byteLength;
    attachments.push({ filename: a.filename, mimeType: a.mimeType, size });
    const isCalendar =
      a.mimeType === 'text/calendar' || a.mimeType === 'application/ics' || /\.ics$/i.test(a.filename ?? '');
    if (isCalendar && size <= MAX_CALENDAR_BYTES) {
      const text = typeof content === 'string' ? content : textDecoder.decode(content);
      calendars.push({ method: a.method ?? calendarMethod(text), content: text });
    }
  }
  let text = email.text ?? '';
  if (text.trim() === '' && email.html) text = htmlToText(email.html);
  return {
    messageId: written ?? syntheticId(headerBlock || bytesToLatin1(bytes)),
    messageIdSynthetic: written == null,
    from: firstMailbox(email.from ? [email.from] : []),
    replyTo: mailboxes(email.replyTo),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: (email.subject ?? '').replace(/\s+/g, ' ').trim(),
    date: parseRfc5322Date(dateHeader),
    dateHeader,
    inReplyTo: firstMessageId(header('in-reply-to')),
    references: header('references')?.match(MSGID_RE) ?? [],
    headers: autoHeaders(header),
    text: text.slice(0, MAX_TEXT_CHARS).replace(/\r\n?/g, '\n'),
    calendars,
    attachments,
    error: null,
  };
}

/** The headers that tell automatic mail (auto-replies, lists, bulk) from a person's. */
function autoHeaders(header: (name: string) => string | null): AutoHeaders {
  return {
    autoSubmitted: header('auto-submitted'),
    xAutoreply: header('x-autoreply'),
    xAutorespond: header('x-autorespond'),
    precedence: header('precedence'),
    listId: header('list-id'),
    listUnsubscribe: header('list-unsubscribe'),
    xAutoResponseSuppress: header('x-auto-response-suppress'),
  };
}

/** Whatever can be read without a MIME parser: the raw header lines. */
function fallback(bytes: Uint8Array, headerBlock: string, error: string): ParsedMessage {
  const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => {
    const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
    return m ? m[1]!.trim() : null;
  };
  const written = firstMessageId(header('message-id'));
  const dateHeader = header('date');
  const fromAddr = /[\w.+'-]+@[\w.-]+/.exec(header('from') ?? '')?.[0];
  return {
    messageId: written ?? syntheticId(headerBlock || bytesToLatin1(bytes)),
    messageIdSynthetic: written == null,
    from: fromAddr ? { name: '', address: fromAddr.toLowerCase() } : null,
    replyTo: [],
    to: [],
    cc: [],
    subject: (header('subject') ?? '').slice(0, 2000),
    date: parseRfc5322Date(dateHeader),
    dateHeader,
    inReplyTo: firstMessageId(header('in-reply-to')),
    references: header('references')?.match(MSGID_RE) ?? [],
    headers: autoHeaders(header),
    text: '',
    calendars: [],
    attachments: [],
    error,
  };
}

/** A header field line: a name of visible ASCII but the colon, then a colon (RFC 5322 section 2.2). */
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
/** The fields that say who sent a message, when, and what it is: a message has at least one. */
const IDENTITY_FIELD = /^(?:from|date|message-id|subject)[ \t]*:/im;

/**
 * Why these bytes are not a mail message, or null when they may be one. A
 * message starts with its header block (everything before the first empty
 * line): at least one `Name: value` line, the first line being one, and
 * among them a From, Date, Message-ID or Subject. A JSON file, a picture or
 * a text with no header lines fails this; a damaged message that still has
 * its header does not (it is read and, if need be, reported by
 * `parseMessage`). Never throws.
 */
export function notMailReason(raw: Uint8Array): string | null {
  const block = rawHeaderBlock(raw);
  const first = block.split(/\r?\n/, 1)[0] ?? '';
  if (!FIELD_LINE.test(first)) return 'not a mail message: no header lines';
  if (!IDENTITY_FIELD.test(block)) return 'not a mail message: no From, Date, Message-ID or Subject header';
  return null;
}

/** Header bytes are capped so a hash or a fallback scan of a huge header stays cheap. */
const MAX_HEADER_SCAN = 256 * 1024;

/**
 * The Message-ID `parseMessage` would give, read from the raw header lines
 * alone (no MIME parsing): enough to tell a message already read, cheaply.
 * Never throws.
 */
export function peekMessageId(raw: Uint8Array | string): string {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw;
  const headerBlock = rawHeaderBlock(bytes);
  const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, ' ');
  const written = firstMessageId(/^message-id:[ \t]*(.*)$/im.exec(unfolded)?.[1]?.trim() ?? null);
  return written ?? syntheticId(headerBlock || bytesToLatin1(bytes));
}

/** The header section as latin1 text (binary-safe), up to the first empty line. */
function rawHeaderBlock(bytes: Uint8Array): string {
  const limit = Math.min(bytes.length, MAX_HEADER_SCAN);
  // The first line break followed by an empty line (LF or CRLF), found by Buffer's native search.
  const scan = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit + 2));
  const lf = scan.indexOf(BLANK_LINE_LF);
  const crlf = scan.indexOf(BLANK_LINE_CRLF);
  const end = lf === -1 ? crlf : crlf === -1 ? lf : Math.min(lf, crlf);
  return bytesToLatin1(bytes.subarray(0, end !== -1 && end < limit ? end : limit));
}

const BLANK_LINE_LF = Buffer.from('\n\n');
const BLANK_LINE_CRLF = Buffer.from('\n\r\n');

function bytesToLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The id given to a message without a Message-ID: a SHA-256 of its header
 * section, so the same message read twice gets the same id.
 */
export function syntheticId(headerBlock: string): string {
  const normalised = headerBlock.replace(/\r\n/g, '\n').trimEnd();
  const hash = createHash('sha256').update(normalised, 'latin1').digest('hex');
  return `<sha256-${hash.slice(0, 40)}@afterview.invalid>`;
}

function firstMessageId(value: string | null): string | null {
  if (!value) return null;
  const m = value.match(MSGID_RE);
  if (m?.[0]) return m[0];
  const bare = value.trim();
  // An id opened with "<" and never closed is cut off (a truncated file), not an id written bare.
  if (bare.startsWith('<')) return null;
  return bare.length >= 3 && !/\s/.test(bare) && bare.length <= 998 ? bare : null;
}

function mailboxes(list: Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    if (a.group) for (const g of a.group) push(out, g.name, g.address);
    else push(out, a.name, a.address ?? '');
  }
  return out;
}

function push(out: MailAddress[], name: string, address: string): void {
  const addr = address.trim().toLowerCase();
  if (addr.includes('@')) out.push({ name: name.trim(), address: addr });
}

function firstMailbox(list: Address[]): MailAddress | null {
  return mailboxes(list)[0] ?? null;
}

function calendarMethod(ics: string): string | null {
  const m = /^METHOD:([A-Za-z-]+)/m.exec(ics);
  return m ? m[1]!.toUpperCase() : null;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
