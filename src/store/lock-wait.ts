/**
 * Waiting for another process's write lock, the same way on both dialects:
 * a bound (60 s unless configured), a notice once the wait has lasted a
 * moment (so a person at a terminal knows why nothing happens), and one
 * error when the bound passes: AppError `store_busy` (CLI exit 3, HTTP 503).
 */
import { AppError } from '../records/errors.js';

/** How long a writer waits for another process's write lock by default. */
export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

/** A wait shorter than this is ordinary queueing between writers and goes unannounced. */
export const WAIT_NOTICE_MS = 1000;

/** How a store waits for the write lock. */
export interface LockWait {
  /** The longest wait before giving up with `store_busy`. */
  readonly timeoutMs: number;
  /** Called once per wait that lasts WAIT_NOTICE_MS; never while the lock is free. */
  readonly onWait?: (() => void) | undefined;
}

/** The bound and no notice: what a store opened without options uses. */
export const DEFAULT_LOCK_WAIT: LockWait = { timeoutMs: DEFAULT_LOCK_TIMEOUT_MS };

/** The one error for a lock still held when the bound passed. */
export function storeBusyError(timeoutMs: number, cause?: unknown): AppError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new AppError('store_busy', `another afterview process kept the data store busy for over ${seconds} s`, {
    hint: 'try again when it has finished, or wait longer with $AFTERVIEW_LOCK_TIMEOUT (seconds)',
    cause,
  });
}

/**
 * Runs `wait` (a promise that ends when the lock is taken or the wait
 * fails), calling `onWait` if it is still pending after WAIT_NOTICE_MS.
 */
export async function announced<T>(lockWait: LockWait, wait: () => Promise<T>): Promise<T> {
  const onWait = lockWait.onWait;
  const notice = onWait ? setTimeout(onWait, WAIT_NOTICE_MS) : null;
  try {
    return await wait();
  } finally {
    if (notice) clearTimeout(notice);
  }
}
