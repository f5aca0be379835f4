/**
 * Reading a CSV file's bytes into records with csv-parse (streaming: each
 * record is handed on as it is read, never the whole table at once). The
 * text's encoding is told by its byte-order mark (UTF-8, UTF-16 LE/BE), by
 * the zero bytes of UTF-16 without one, and otherwise is UTF-8 unless the
 * bytes are not valid UTF-8, when they are read as Windows-1252 (Latin-1
 * and the characters Windows adds to it). Windows, Unix and old Mac line
 * ends, quoted line breaks, empty lines (as records of one empty field), and a comma, semicolon or tab as
 * the separator (whichever the header uses most) are all read.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';

/** One record: its fields and the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Where reading stopped early: the line the unreadable record starts on, and why. */
export interface CsvReadError {
  line: number;
  message: string;
}

/**
 * The encoding of a CSV file's bytes (see the module comment). UTF-8 is
 * checked without decoding (`isUtf8`), so nothing the size of the file is
 * made to find out.
 */
export function csvEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutMark(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
}

/**
 * Decodes bytes piece by piece in `encoding` (a byte-order mark dropped),
 * every line end as \n: Windows and old Mac ones, inside quoted fields too
 * (so lines count right). A \r at the end of a piece waits for the next.
 */
class LineEndDecoder {
  readonly #decoder: TextDecoder;
  #carry = '';
  constructor(encoding: string) {
    this.#decoder = new TextDecoder(encoding);
  }
  decode(bytes: Uint8Array, last: boolean): string {
    let text = this.#carry + this.#decoder.decode(bytes, { stream: !last });
    this.#carry = '';
    if (!last && text.endsWith('\r')) {
      this.#carry = '\r';
      text = text.slice(0, -1);
    }
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }
}

/** UTF-16 without a mark shows as ASCII text with every other byte zero. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The separator the first line uses most, outside quotes: a comma, a semicolon or a tab. */
export function detectDelimiter(text: string): string {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Bytes decoded and handed to the parser at a time; between two, progress is reported. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Reads a CSV file's bytes (or text) record by record (the header first),
 * decoding them a piece at a time, calling `onRecord` for each record, and
 * awaiting `afterChunk` with the share of the bytes read so far
 * (0 to 1) between chunks. An empty line is
 * a record of one empty field. Resolves with the error that stopped reading (an unclosed quote),
 * or null when the whole text was read; the records before it were handed on.
 * Rejects with what `onRecord` throws, reading no further.
 */
export async function readCsvRecords(
  input: Uint8Array | string,
  onRecord: (record: CsvRecord) => void,
  afterChunk?: (share: number) => Promise<void> | void,
): Promise<CsvReadError | null> {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const decoder = new LineEndDecoder(csvEncoding(bytes));
  const first = decoder.decode(bytes.subarray(0, CHUNK_BYTES), bytes.length <= CHUNK_BYTES);
  const parser = parse({
    delimiter: detectDelimiter(first),
    record_delimiter: '\n',
    relax_column_count: true,
  });
  // Lines are counted here (csv-parse's own count costs a third of its time): a record ends with
  // one line end, and spans one more line per line break inside its quoted fields. An empty
  // line comes as a record of one empty field, which the caller skips.
  let nextLine = 1;
  const done = new Promise<CsvReadError | null>((resolve, reject) => {
    parser.on('data', (fields: string[]) => {
      const line = nextLine;
      nextLine += 1;
      for (const field of fields) {
        for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) nextLine++;
      }
      try {
        onRecord({ line, fields });
      } catch (error) {
        // The caller refuses the file (its header): stop reading and hand the error on as it is.
        parser.removeAllListeners('error');
        parser.on('error', () => {});
        parser.destroy();
        reject(error);
      }
    });
    parser.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted field is not closed, so the rest of the file cannot be read'
          : `the CSV cannot be read from here (${error.message})`;
      resolve({ line: nextLine, message: reason });
    });
    parser.on('end', () => resolve(null));
  });
  // Marked as handled now: it may reject while the text is still being written; it is awaited below.
  done.catch(() => {});
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    if (parser.destroyed) break;
    const end = at + CHUNK_BYTES;
    parser.write(at === 0 ? first : decoder.decode(bytes.subarray(at, end), end >= bytes.length));
    // Lets the records of this chunk through, and a progress bar draw, before the next.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await afterChunk?.(Math.min(1, end / bytes.length));
  }
  if (!parser.destroyed) parser.end();
  return done;
}
