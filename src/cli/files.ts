/**
 * The command line's own file access: reading a FILE argument or standard
 * input (`-`) as a stream with a byte limit (src/app/input-limits.ts), and
 * writing an `-o FILE`. Failures are one-line `invalid_input` errors naming
 * the file; nothing is half-read into memory past the limit.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { formatLimit, type InputLimit } from '../app/input-limits.js';
import { AppError } from '../records/errors.js';

/** File system error codes in words, for "cannot read X (no such file)". */
const FILE_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && FILE_REASONS[code]) ?? code ?? 'error';
}

/**
 * Reads FILE, or standard input for `-` or no FILE, as UTF-8 text, stopping
 * at `limit` bytes. Standard input is read as a stream, so a pipe that
 * delivers late or slowly is read whole.
 * @throws AppError `invalid_input` when there is nothing to read (no FILE on a
 *   terminal), the file cannot be read, or it is larger than the limit.
 */
export async function readInput(file: string | undefined, limit: InputLimit): Promise<string> {
  return (await readInputBytes(file, limit)).toString('utf8');
}

/**
 * Reads FILE or standard input as `readInput` does, as bytes: for a reader
 * that tells the encoding itself (a CSV file may be Latin-1 or UTF-16).
 */
export async function readInputBytes(file: string | undefined, limit: InputLimit): Promise<Buffer> {
  const stdin = file === undefined || file === '-';
  if (stdin && process.stdin.isTTY)
    throw new AppError('invalid_input', 'no text given', {
      hint: 'pass a FILE, or pipe the text in: `echo "..." | afterview check -`',
    });
  const name = stdin ? 'standard input' : (file as string);
  const stream = stdin ? process.stdin : createReadStream(file as string, { highWaterMark: 1024 * 1024 });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > limit.bytes) {
        stream.destroy();
        throw new AppError(
          'invalid_input',
          `${name} is larger than ${formatLimit(limit.bytes)}, the limit for ${limit.what}`,
        );
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `cannot read ${name} (${reasonOf(error)})`, {
      hint: 'give the path of a readable file, or - for standard input',
    });
  }
  return Buffer.concat(chunks, size);
}

/**
 * Writes `text` to the file named by `-o`, replacing it.
 * @throws AppError `invalid_input` when the path is a folder, its folder does
 *   not exist, or it cannot be written.
 */
export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(
      'invalid_input',
      `cannot write ${path} (${missing ? 'its folder does not exist' : reasonOf(error)})`,
      {
        hint: 'give -o the path of a file in a folder that exists',
      },
    );
  }
}
