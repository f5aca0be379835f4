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

/** The text of a CSV file, decoded as its bytes say (see the module comment). */
export function decodeCsv(input: Uint8Array | string): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = input;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
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

/** Characters handed to the parser at a time; between two, progress is reported. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Reads `text` record by record (the header first), calling `onRecord` for
 * each, and awaiting `afterChunk` with the share of the text read so far
 * (0 to 1) between chunks. An empty line is
 * a record of one empty field. Resolves with the error that stopped reading (an unclosed quote),
 * or null when the whole text was read; the records before it were handed on.
 * Rejects with what `onRecord` throws, reading no further.
 */
export async function readCsvRecords(
  input: string,
  onRecord: (record: CsvRecord) => void,
  afterChunk?: (share: number) => Promise<void> | void,
): Promise<CsvReadError | null> {
  // One line end for all: Windows and old Mac ones, also inside quoted fields, become \n (and lines count right).
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const parser = parse({
    delimiter: detectDelimiter(text),
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
  for (let at = 0; at < text.length; at += CHUNK_CHARS) {
    if (parser.destroyed) break;
    parser.write(text.slice(at, at + CHUNK_CHARS));
    // Lets the records of this chunk through, and a progress bar draw, before the next.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await afterChunk?.(Math.min(1, (at + CHUNK_CHARS) / text.length));
  }
  if (!parser.destroyed) parser.end();
  return done;
}
