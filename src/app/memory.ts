/**
 * Keeping a long import's memory flat. Reading a large mailbox makes a lot
 * of short-lived garbage (decoded bodies, regex matches) and buffers; V8
 * answers by growing the heap well past what the import holds (about 40 MB
 * for a 1 GB mbox), and gives it back late. A full collection now and then,
 * between batches, keeps the resident set near what is really in use.
 *
 * `gc` is not exposed by default; the flag can be set at run time and the
 * function taken from a fresh context. When that is not possible, relief is
 * a no-op.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => unknown;

let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Runs a full garbage collection when the runtime allows it. */
export function relieveMemory(): void {
  collector()?.();
}
