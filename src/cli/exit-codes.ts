/**
 * The one place an error becomes an exit code (CONTRACT.md): 2 for bad
 * input (what the user typed, a record it named that does not exist, a
 * clash with what is stored), 3 for a service that could not be reached or
 * refused (a mail server, the database, a store that stayed busy), 1 for a
 * bug. The app's errors carry a class, not an exit code; this table reads it.
 */
import { AppError, type ErrorClass, errorClassOf } from '../records/errors.js';

/** The exit code of each class of error. */
export const EXIT_CODES: Record<ErrorClass, 1 | 2 | 3> = {
  input: 2,
  not_found: 2,
  conflict: 2,
  denied: 2,
  service: 3,
  bug: 1,
};

/** The exit code for an error; anything that is not an AppError is a bug (1). */
export function exitCodeFor(error: unknown): 1 | 2 | 3 {
  return error instanceof AppError ? EXIT_CODES[errorClassOf(error.code)] : 1;
}
