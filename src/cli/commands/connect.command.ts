/**
 * `afterview connect PROVIDER ADDRESS`: a mail account from a preset and an
 * app password (read from standard input, or asked for without echo on a
 * terminal), saved as imap.url and smtp.url (src/app/commands/connect-mail.ts).
 */
import type { Command } from 'commander';
import { AppError } from '../../records/errors.js';
import { call, examples, intOption, run } from '../program-helpers.js';

interface ConnectOptions {
  imapHost?: string;
  imapPort?: number;
  smtpHost?: string;
  smtpPort?: number;
  json?: boolean;
}

/** `afterview connect`. */
function registerConnect(program: Command): void {
  program
    .command('connect')
    .description(
      'connect your mail with an app password: gmail, icloud, fastmail, yahoo, outlook (sending only) or other',
    )
    .argument('<provider>', 'gmail, icloud, fastmail, yahoo, outlook or other')
    .argument('<address>', 'your email address (the login)')
    .option('--imap-host <host>', 'for other: the IMAP server')
    .option('--imap-port <n>', 'for other: its port (default 993, TLS)', intOption('--imap-port'))
    .option('--smtp-host <host>', 'for other: the SMTP server')
    .option('--smtp-port <n>', 'for other: its port (default 587, STARTTLS; 465 for TLS)', intOption('--smtp-port'))
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview connect gmail sam@gmail.com',
        'printf \'%s\' "$APP_PASSWORD" | afterview connect fastmail sam@fastmail.com',
        'afterview connect other sam@example.org --imap-host mail.example.org --smtp-host mail.example.org',
      ),
    )
    .action(
      run(program, async (rt, out, provider: string, address: string, opts: ConnectOptions) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const password = await readPassword();
        const result = await call(rt, COMMANDS.connectMail, {
          provider,
          address,
          password,
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
