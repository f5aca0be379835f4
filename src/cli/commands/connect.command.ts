/**
 * `afterview connect PROVIDER ADDRESS`: a mail account from a preset and an
 * app password (read from standard input, or asked for without echo on a
 * terminal), saved as imap.url and smtp.url (src/app/commands/connect-mail.ts).
 * With `--oauth` (gmail, outlook) the seeker signs in with the provider
 * instead, through their own OAuth client (src/app/mail-oauth.ts): in a
 * browser, or with `--device-code` by entering a code on any device.
 */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { AppError } from '../../records/errors.js';
import { call, examples, intOption, run } from '../program-helpers.js';

interface ConnectOptions {
  imapHost?: string;
  imapPort?: number;
  smtpHost?: string;
  smtpPort?: number;
  oauth?: boolean;
  clientId?: string;
  clientSecret?: string;
  tenant?: string;
  deviceCode?: boolean;
  browser?: boolean;
  json?: boolean;
}

/** `afterview connect`. */
function registerConnect(program: Command): void {
  program
    .command('connect')
    .description(
      'connect your mail with an app password (gmail, icloud, fastmail, yahoo, outlook for sending only, or other), or with --oauth by signing in to gmail or outlook',
    )
    .argument('<provider>', 'gmail, icloud, fastmail, yahoo, outlook or other')
    .argument('<address>', 'your email address (the login)')
    .option('--imap-host <host>', "for other (or with --oauth, in place of the preset's): the IMAP server")
    .option('--imap-port <n>', 'for other: its port (default 993, TLS)', intOption('--imap-port'))
    .option('--smtp-host <host>', "for other (or with --oauth, in place of the preset's): the SMTP server")
    .option('--smtp-port <n>', 'for other: its port (default 587, STARTTLS; 465 for TLS)', intOption('--smtp-port'))
    .option('--oauth', 'gmail or outlook: sign in with the provider instead of an app password')
    .option('--client-id <id>', 'with --oauth: your own OAuth client id (or $AFTERVIEW_OAUTH_CLIENT_ID)')
    .option('--client-secret <secret>', 'with --oauth, gmail: its client secret (or $AFTERVIEW_OAUTH_CLIENT_SECRET)')
    .option('--tenant <tenant>', 'with --oauth, outlook: common (default), consumers or organizations')
    .option('--device-code', 'with --oauth, outlook: enter a code on any device instead of using a browser here')
    .option('--no-browser', 'with --oauth: print the sign-in address instead of opening a browser')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview connect gmail sam@gmail.com',
        'printf \'%s\' "$APP_PASSWORD" | afterview connect fastmail sam@fastmail.com',
        'afterview connect other sam@example.org --imap-host mail.example.org --smtp-host mail.example.org',
        'afterview connect outlook sam@outlook.com --oauth --client-id 00000000-0000-0000-0000-000000000000 --device-code',
      ),
    )
    .action(
      run(program, async (rt, out, provider: string, address: string, opts: ConnectOptions) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const oauth = opts.oauth ? await signIn(provider, address, opts) : null;
        const password = oauth ? null : await readPassword();
        const result = await call(rt, COMMANDS.connectMail, {
          provider,
          address,
          password,
          oauth,
          imapHost: opts.imapHost ?? null,
          imapPort: opts.imapPort ?? null,
          smtpHost: opts.smtpHost ?? null,
          smtpPort: opts.smtpPort ?? null,
        });
        if (opts.json) return out.json(result);
        out.line(`Connected ${address} (${result.provider}).`);
        if (result.imapUrl) out.line(`Reading: ${result.imapUrl}`);
        out.line(`Sending: ${result.smtpUrl}`);
        if (result.emailSet) out.line(`Your address is now ${address}.`);
        if (result.note) out.warn(result.note);
        if (result.imapUrl)
          out.line('Run `afterview sync imap` to read your mail, or `afterview serve` to keep it synced.');
      }),
    );
}

/** Signs in with the provider; the client and the endpoints may come from the environment. */
async function signIn(provider: string, address: string, opts: ConnectOptions) {
  const env = process.env;
  const clientId = opts.clientId ?? env['AFTERVIEW_OAUTH_CLIENT_ID'];
  if (!clientId) {
    throw new AppError('invalid_input', 'clientId: --oauth needs the id of your own OAuth client', {
      hint: 'give --client-id ID (or $AFTERVIEW_OAUTH_CLIENT_ID); docs/connect-mail.md shows how to make one',
      details: { field: 'clientId' },
    });
  }
  const { signInWithProvider } = await import('../../app/mail-oauth.js');
  return signInWithProvider(
    {
      provider,
      address,
      clientId,
      clientSecret: opts.clientSecret ?? env['AFTERVIEW_OAUTH_CLIENT_SECRET'] ?? null,
      tenant: opts.tenant ?? null,
      deviceCode: opts.deviceCode ?? false,
      // Another sign-in server (a test's own, a proxy) in place of the provider's.
      endpoints: {
        ...(env['AFTERVIEW_OAUTH_AUTHORIZE_URL'] ? { authorize: env['AFTERVIEW_OAUTH_AUTHORIZE_URL'] } : {}),
        ...(env['AFTERVIEW_OAUTH_TOKEN_URL'] ? { token: env['AFTERVIEW_OAUTH_TOKEN_URL'] } : {}),
        ...(env['AFTERVIEW_OAUTH_DEVICE_URL'] ? { device: env['AFTERVIEW_OAUTH_DEVICE_URL'] } : {}),
      },
    },
    {
      say: (line) => process.stderr.write(`${line}\n`),
      openBrowser: (url) => (opts.browser === false ? Promise.resolve(false) : openBrowser(url)),
    },
  );
}

/** Opens the URL with the desktop's opener; false when there is none (no display, no opener). */
function openBrowser(url: string): Promise<boolean> {
  const env = process.env;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : env['DISPLAY'] || env['WAYLAND_DISPLAY']
          ? ['xdg-open', [url]]
          : [null, []];
  if (!command) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

/** The app password: the first line of standard input, or typed at a prompt that does not show it. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) {
      text += String(chunk);
      if (text.length > 4096) break;
    }
    const line = text.split(/\r?\n/)[0] ?? '';
    if (line === '')
      throw new AppError('invalid_input', 'no app password on standard input', {
        hint: 'pipe it in: printf \'%s\' "$APP_PASSWORD" | afterview connect ...',
      });
    return line;
  }
  process.stderr.write('App password (not shown): ');
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0003') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          if (char === '\u0003') reject(new AppError('invalid_input', 'no app password given'));
          else resolve(typed);
          return;
        }
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** Adds `connect` to the program. */
export function register(program: Command): void {
  registerConnect(program);
}
