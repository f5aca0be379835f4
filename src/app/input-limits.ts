/**
 * How much each reader takes in. Every file or stream afterview reads has a
 * limit, so an endless source (`/dev/zero`, a pipe that never closes) or a
 * wrong file stops with one line instead of filling memory. The readers
 * enforce these while streaming, never after reading everything.
 */

const MB = 1024 * 1024;

/** A limit for one kind of input: its size in bytes and what it is called in the error line. */
export interface InputLimit {
  readonly bytes: number;
  /** "a data file": said as "..., the limit for a data file". */
  readonly what: string;
}

/**
 * 200 MB for an afterview/1 data file. An opportunity with its full history
 * exports at under 1 KB (30,000 opportunities: 25 MB), so this is several
 * times the largest real search, and parsing it stays inside Node's default heap.
 */
export const DATA_FILE_LIMIT: InputLimit = { bytes: 200 * MB, what: 'a data file' };

/** 10 MB for an iCalendar file: an invitation is a few KB, and years of a busy calendar stay under this. */
export const CALENDAR_FILE_LIMIT: InputLimit = { bytes: 10 * MB, what: 'a calendar file' };

/**
 * 50 MB for another tracker's CSV: a row is a few hundred bytes, so this is
 * over 100,000 rows, far more than any one search tracks.
 */
export const CSV_FILE_LIMIT: InputLimit = { bytes: 50 * MB, what: 'a CSV file' };

/**
 * 1 MB for a text to tone-check or send as a message body: a message is a
 * few KB, and 1 MB is hundreds of pages, far beyond what anyone mails a recruiter.
 */
export const TEXT_LIMIT: InputLimit = { bytes: 1 * MB, what: 'a message text' };

/** "50 MB" for the error line. */
export function formatLimit(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}
