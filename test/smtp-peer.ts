/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server): it accepts the
 * given users over AUTH PLAIN or LOGIN without TLS (loopback only), keeps
 * every message it receives, and can refuse chosen recipients. With
 * `starttls` or `secure` it uses smtp-server's built-in self-signed
 * certificate, so clients need `rejectUnauthorized: false`. With `oauth`
 * it also takes XOAUTH2, the token checked by the given function (a test's
 * OAuth provider's introspection).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the peer received it. */
export interface ReceivedMessage {
  /** MAIL FROM. */
  from: string;
  /** RCPT TO, in order. */
  to: string[];
  /** The logged-in user, or null. */
  user: string | null;
  /** Whether the session was encrypted (STARTTLS or implicit TLS) when DATA arrived. */
  secure: boolean;
  /** The message exactly as received. */
  raw: Buffer;
}

export interface SmtpPeerOptions {
  /** user name -> password. Default `{ sam: 'correct horse' }`. */
  users?: Record<string, string>;
  /** Offer STARTTLS (with the built-in certificate). Default false: the extension is not advertised. */
  starttls?: boolean;
  /** Implicit TLS from the first byte, like port 465. Default false. */
  secure?: boolean;
  /** Recipients refused with `550 5.1.1`. */
  refuseRecipients?: string[];
  /** Accept XOAUTH2 too: resolves true when the token is valid for the user. */
  oauth?: (user: string, accessToken: string) => Promise<boolean>;
}

export interface SmtpPeer {
  host: string;
  port: number;
  /** Messages received so far, oldest first. */
  messages: ReceivedMessage[];
  /** The user name of every sign-in attempt (AUTH), right or wrong, oldest first. */
  logins: string[];
  /** An account URL for this peer, with the password percent-encoded. */
  url(user: string, pass: string): string;
  close(): Promise<void>;
}

/** Starts a peer on a free loopback port. */
export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const users = options.users ?? { sam: 'correct horse' };
  const refused = new Set((options.refuseRecipients ?? []).map((a) => a.toLowerCase()));
  const messages: ReceivedMessage[] = [];
  const logins: string[] = [];
  const secure = options.secure ?? false;

  const server = new SMTPServer({
    secure,
    logger: false,
    authMethods: options.oauth ? ['PLAIN', 'LOGIN', 'XOAUTH2'] : ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    authOptional: false,
    disabledCommands: options.starttls || secure ? [] : ['STARTTLS'],
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      const oauth = options.oauth;
      if (auth.method === 'XOAUTH2' && oauth) {
        oauth(auth.username ?? '', auth.accessToken ?? '').then(
          (valid) =>
            valid
              ? callback(null, { user: auth.username })
              : callback(null, { data: { status: '401', schemes: 'bearer', scope: 'mail' } }),
          (error: Error) => callback(error),
        );
        return;
      }
      const expected = auth.username === undefined ? undefined : users[auth.username];
      if (expected !== undefined && auth.password === expected) {
        callback(null, { user: auth.username });
        return;
      }
      const error = Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 });
      callback(error);
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom === false ? '' : mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : null,
          secure: session.secure,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  const host = '127.0.0.1';
  return {
    host,
    port,
    messages,
    logins,
    url: (user, pass) =>
      `${secure ? 'smtps' : 'smtp'}://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
