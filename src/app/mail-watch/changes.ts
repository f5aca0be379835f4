/**
 * Word, inside this process, that a seeker's data may have changed (the
 * mail watch read new mail), so the server's event streams look at the
 * store's revision at once instead of at their next poll.
 */

type Listener = (seekerId: string) => void;
const listeners = new Set<Listener>();

/** Calls `listener` on each change; returns how to stop. */
export function onDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that `seekerId`'s data may have changed. */
export function dataChanged(seekerId: string): void {
  for (const listener of listeners) listener(seekerId);
}
