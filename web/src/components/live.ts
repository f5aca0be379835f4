/**
 * Live updates: the server's event stream (GET /api/events) says `revision`
 * whenever the seeker's data changed (new mail read by the always-on sync,
 * another tab, the command line); a view passes its reload here and shows
 * the change without a page reload.
 */
import { useEffect } from 'react';

/**
 * Calls `onChange` each time the data's revision moves on (not for the first
 * revision the stream reports). The browser's EventSource reconnects by
 * itself after a drop; a revision seen again after that is no change.
 */
export function useRevisionEvents(onChange: () => void): void {
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    let last: number | null = null;
    const onRevision = (event: MessageEvent<string>) => {
      const revision = (JSON.parse(event.data) as { revision: number }).revision;
      if (last !== null && revision !== last) onChange();
      last = revision;
    };
    source.addEventListener('revision', onRevision as EventListener);
    return () => source.close();
  }, [onChange]);
}
