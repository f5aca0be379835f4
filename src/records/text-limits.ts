/**
 * How long each text field may be: the one table the afterview/1 schema
 * (data-file.schema.ts), the app commands (and so the CLI) and the HTTP routes all
 * read. Longer text is bad input (`text_too_long`) naming the field, the
 * limit and the length; nothing is cut silently, except text read from
 * outside (mail, invitations), which is clipped with `clipText` so one long
 * header never makes a message unreadable.
 *
 * The limits are generous for what a person writes and small enough that a
 * paste gone wrong (a whole file in `--role`) cannot break a listing.
 */
import { AppError } from './errors.js';

/** Longest text, in characters (UTF-16 code units, as JavaScript counts them), per kind of field. */
export const TEXT_LIMITS = {
  /** An employer's name. */
  company: 200,
  /** A job title. */
  role: 200,
  /** A person's name (a contact, the seeker). */
  name: 200,
  /** A contact's job title. */
  title: 200,
  /** An address: RFC 3696's 64 + 1 + 255, rounded as commonly done. */
  email: 320,
  /** A person as written on the command line: `Jane Doe <jane@acme.example>`. */
  person: 200 + 320 + 3,
  /** A job posting's address; browsers and servers commonly stop near 2 kB. */
  url: 2048,
  /** Notes on an opportunity or an interview. */
  notes: 20_000,
  /** An interview's round ("Onsite"), or an invitation's summary. */
  round: 200,
  /** A message's subject line. */
  subject: 500,
  /** A message's text: what was sent or heard. */
  body: 20_000,
  /** The seeker's signature under drafts. */
  signature: 2_000,
  /** A Message-ID as written. */
  messageId: 1_000,
  /** An agenda item id (snoozes, dismissals). */
  item: 500,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/**
 * The `text_too_long` error: `label` is the field as the app names it
 * (`role`, `opportunities[0].role`), which the message begins with.
 */
export function textTooLong(label: string, limit: number, length: number): AppError {
  return new AppError(
    'text_too_long',
    `${label} is ${length.toLocaleString('en-US')} characters long, more than the ${limit.toLocaleString('en-US')} allowed`,
    {
      hint: `shorten it to ${limit.toLocaleString('en-US')} characters or fewer; nothing was written`,
      details: { field: label, limit, got: length },
    },
  );
}

/** Throws `text_too_long` when `value` is longer than the limit of `field`; `label` defaults to the field's name. */
export function checkText(field: TextField, value: string | null | undefined, label: string = field): void {
  const limit = TEXT_LIMITS[field];
  if (value != null && value.length > limit) throw textTooLong(label, limit, value.length);
}

/** Checks several fields at once, each named by its key (see `checkText`). */
export function checkTexts(values: Partial<Record<TextField, string | null | undefined>>): void {
  for (const [field, value] of Object.entries(values)) checkText(field as TextField, value);
}

/** Text read from outside (a mail header, an invitation), cut to the limit of `field`. */
export function clipText(field: TextField, value: string): string {
  return value.length > TEXT_LIMITS[field] ? value.slice(0, TEXT_LIMITS[field]) : value;
}
