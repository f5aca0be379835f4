/**
 * Watching the inbox with IMAP IDLE (imapflow): one connection that sits
 * on INBOX and says when the server reports new messages there. It reads
 * nothing itself; the caller runs its sync. The connection ending (the
 * server went away, the network dropped) is reported once, so the caller
 * can reconnect.
 */
import { type ImapAccount, imapClient } from './imap-source.js';

/** A live watch on the inbox. */
export interface InboxWatch {
  /** Resolves once when the connection ends, with why (null after `close`). */
  readonly ended: Promise<Error | null>;
  /** Logs out and ends the connection. Never throws. */
  close(): Promise<void>;
}

/** The watch's connection ended without being asked to (the server or the network went away). */
export class InboxWatchClosed extends Error {
  constructor() {
    super('the IMAP connection closed');
    this.name = 'InboxWatchClosed';
  }
}

/** How long a quiet connection waits before it enters IDLE again after a command. */
const IDLE_AGAIN_MS = 200;

/**
 * Connects, opens INBOX and enters IDLE; `onNew` is called each time the
 * server reports more messages than before (the EXISTS count grew).
 * @throws when the connection, the login or opening INBOX fails.
 */
export async function watchInbox(account: ImapAccount, onNew: () => void): Promise<InboxWatch> {
  const client = imapClient(account, { autoIdleDelayMs: IDLE_AGAIN_MS });
  let closing = false;
  let settle: (why: Error | null) => void = () => {};
  const ended = new Promise<Error | null>((resolve) => {
    settle = resolve;
  });
  let lastError: Error | null = null;
  client.on('error', (error: Error) => {
    lastError = error;
  });
  client.on('close', () => settle(closing ? null : (lastError ?? new InboxWatchClosed())));
  client.on('exists', (data: { path: string; count: number; prevCount: number }) => {
    if (data.path === 'INBOX' && data.count > data.prevCount) onNew();
  });
  try {
    await client.connect();
    await client.mailboxOpen('INBOX', { readOnly: true });
  } catch (error) {
    closing = true;
    client.close();
    throw error;
  }
  // Starts IDLE now rather than after imapflow's quiet delay; it returns when IDLE is broken.
  void client.idle().catch(() => {});
  return {
    ended,
    async close() {
      closing = true;
      await client.logout().catch(() => client.close());
    },
  };
}
