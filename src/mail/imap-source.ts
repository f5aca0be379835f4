/**
 * Mail from an IMAP account (imapflow): the inbox and the sent folder, read
 * incrementally by UIDVALIDITY/UID. A changed UIDVALIDITY means the server
 * renumbered the folder, so it is read again from the start; the duplicates
 * that gives are harmless because messages are keyed by Message-ID.
 */
import { ImapFlow } from 'imapflow';
import { isLoopbackHost } from './loopback.js';

/** Where and how to log in. Plain (unencrypted) connections are refused except on loopback. */
export interface ImapAccount {
  host: string;
  port: number;
  /** TLS from the first byte (port 993). When false, STARTTLS is used unless the host is loopback. */
  secure: boolean;
  user: string;
  pass: string;
  /** An OAuth 2.0 access token: when present, sign-in is XOAUTH2/OAUTHBEARER with it instead of the password. */
  accessToken?: string;
  /** The sent folder's path when the server marks none `\Sent` and it is not called "Sent". */
  sentFolder?: string;
}

/** Per-folder position: what was seen last time. */
export interface FolderState {
  uidValidity: number;
  lastUid: number;
}

/** Positions by folder path; saved by the caller between syncs. */
export type ImapState = Record<string, FolderState>;

/** One fetched message. */
export interface ImapMessage {
  folder: string;
  uid: number;
  uidValidity: number;
  raw: Buffer;
}

/**
 * How long connecting may take before it fails as unreachable (ImapFlow's
 * default is 90 s): a working server answers in well under a second, so a
 * seeker with a wrong host hears about it quickly.
 */
const CONNECT_TIMEOUT_MS = 15_000;

/**
 * Fetches what is new in INBOX and the sent folder (special-use `\Sent`,
 * else `account.sentFolder`, else "Sent"; skipped when there is none) since
 * `state`. `state` is updated in place after each message is yielded, so a
 * caller that saves it after the loop (or after a failure) resumes where it
 * stopped.
 * @throws when the connection, login or a fetch fails, or when a plain
 *   connection to a non-loopback host is asked for.
 */
export async function* fetchNew(account: ImapAccount, state: ImapState): AsyncIterable<ImapMessage> {
  const client = imapClient(account);
  await client.connect();
  try {
    for (const folder of await foldersToRead(client, account)) {
      const lock = await client.getMailboxLock(folder);
      try {
        const mailbox = client.mailbox;
        if (!mailbox) continue;
        const uidValidity = Number(mailbox.uidValidity);
        const known = state[folder];
        const after = known && known.uidValidity === uidValidity ? known.lastUid : 0;
        if (!known || known.uidValidity !== uidValidity) state[folder] = { uidValidity, lastUid: 0 };
        if (mailbox.exists === 0) continue;
        for await (const msg of client.fetch(`${after + 1}:*`, { uid: true, source: true }, { uid: true })) {
          if (msg.uid <= after || !msg.source) continue;
          yield { folder, uid: msg.uid, uidValidity, raw: msg.source };
          const current = state[folder]!;
          if (msg.uid > current.lastUid) state[folder] = { uidValidity, lastUid: msg.uid };
        }
      } finally {
        lock.release();
      }
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * An unconnected client for the account: STARTTLS unless `secure` or the
 * host is loopback, a short connect timeout, no logging. `autoIdleDelay`
 * is how long a quiet connection waits before it starts IDLE (imapflow's
 * default, 15 s, when absent).
 */
export function imapClient(account: ImapAccount, options: { autoIdleDelayMs?: number } = {}): ImapFlow {
  const loopback = isLoopbackHost(account.host);
  return new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    doSTARTTLS: account.secure ? undefined : !loopback,
    auth: account.accessToken
      ? { user: account.user, accessToken: account.accessToken }
      : { user: account.user, pass: account.pass },
    connectionTimeout: CONNECT_TIMEOUT_MS,
    logger: false,
    ...(options.autoIdleDelayMs === undefined ? {} : { autoIdleDelay: options.autoIdleDelayMs }),
  });
}

async function foldersToRead(client: ImapFlow, account: ImapAccount): Promise<string[]> {
  const list = await client.list();
  const sent =
    list.find((m) => m.specialUse === '\\Sent')?.path ??
    list.find((m) => m.path === (account.sentFolder ?? 'Sent'))?.path ??
    null;
  return sent && sent !== 'INBOX' ? ['INBOX', sent] : ['INBOX'];
}
