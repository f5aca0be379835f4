/**
 * Mail provider presets for the app-password route: where each provider's
 * IMAP and SMTP servers are, so a seeker gives only their address and an
 * app password. Plain data; `connectMail` (src/app/commands/connect-mail.ts)
 * turns a preset into the `imap.url` and `smtp.url` settings.
 */

/** One server: host, port, and TLS from the first byte (`secure`) or STARTTLS. */
export interface MailServer {
  host: string;
  port: number;
  secure: boolean;
}

/** A provider's servers and where its app passwords are made. */
export interface MailProvider {
  /** Stable name: `gmail`, `icloud`, `fastmail`, `yahoo`, `outlook`. */
  id: string;
  label: string;
  /** Null when the provider no longer lets an app password read mail (Outlook.com since 2024). */
  imap: MailServer | null;
  smtp: MailServer;
  /** The login is the whole address (every preset), or only the part before `@`. */
  login: 'address';
  /** Where the seeker makes an app password, and what they need first, in one line. */
  appPassword: string;
}

/** The presets, in the order they are offered. "other" is not one: it takes the hosts from the seeker. */
export const MAIL_PROVIDERS: readonly MailProvider[] = Object.freeze([
  {
    id: 'gmail',
    label: 'Gmail',
    imap: { host: 'imap.gmail.com', port: 993, secure: true },
    smtp: { host: 'smtp.gmail.com', port: 465, secure: true },
    login: 'address',
    appPassword:
      'turn on 2-Step Verification in your Google Account, then make one under Security > App passwords (16 letters; spaces do not matter)',
  },
  {
    id: 'icloud',
    label: 'iCloud Mail',
    imap: { host: 'imap.mail.me.com', port: 993, secure: true },
    smtp: { host: 'smtp.mail.me.com', port: 587, secure: false },
    login: 'address',
    appPassword:
      'with two-factor authentication on, make one at account.apple.com under Sign-In and Security > App-Specific Passwords',
  },
  {
    id: 'fastmail',
    label: 'Fastmail',
    imap: { host: 'imap.fastmail.com', port: 993, secure: true },
    smtp: { host: 'smtp.fastmail.com', port: 465, secure: true },
    login: 'address',
    appPassword: 'make one in Settings > Privacy & Security > App passwords, with access to IMAP and SMTP',
  },
  {
    id: 'yahoo',
    label: 'Yahoo Mail',
    imap: { host: 'imap.mail.yahoo.com', port: 993, secure: true },
    smtp: { host: 'smtp.mail.yahoo.com', port: 465, secure: true },
    login: 'address',
    appPassword: 'make one in Account Info > Account security > Generate app password',
  },
  {
    id: 'outlook',
    label: 'Outlook.com (sending only)',
    imap: null,
    smtp: { host: 'smtp-mail.outlook.com', port: 587, secure: false },
    login: 'address',
    appPassword:
      'Microsoft no longer lets a password read Outlook.com mail; with two-step verification on, an app password from Security > Advanced security options still sends, for now',
  },
]);

/** The preset named `id` (any case), or null. */
export function mailProvider(id: string): MailProvider | null {
  const wanted = id.trim().toLowerCase();
  return MAIL_PROVIDERS.find((p) => p.id === wanted) ?? null;
}

/**
 * The account URLs for a server and a login, user and password
 * percent-encoded (`@` in a password becomes `%40`). An empty password is
 * left out: the account signs in with its provider's token instead.
 */
export function accountUrl(kind: 'imap' | 'smtp', server: MailServer, user: string, pass: string): string {
  const scheme = server.secure ? `${kind}s` : kind;
  const login = pass === '' ? encodeURIComponent(user) : `${encodeURIComponent(user)}:${encodeURIComponent(pass)}`;
  return `${scheme}://${login}@${server.host}:${server.port}`;
}
