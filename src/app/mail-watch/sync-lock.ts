/**
 * One IMAP sync at a time per seeker in this process: the watch's syncs
 * (new mail, the sent folder's round) and a sync asked for by hand wait for
 * each other instead of reading the same folders at once.
 */

const running = new Map<string, Promise<unknown>>();

/** Runs `work` after any sync already running or waiting for `seekerId`; its result or error is the caller's. */
export function oneSyncAtATime<T>(seekerId: string, work: () => Promise<T>): Promise<T> {
  const before = running.get(seekerId) ?? Promise.resolve();
  const mine = before.catch(() => {}).then(work);
  const settled = mine.catch(() => {});
  running.set(seekerId, settled);
  void settled.then(() => {
    if (running.get(seekerId) === settled) running.delete(seekerId);
  });
  return mine;
}
