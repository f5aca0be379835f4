/**
 * The mail commands: `send` an item's draft through SMTP, `sync imap`, and
 * `inbox` to settle what was read. (`import mail` is an argument of
 * `import`, in data.commands.ts.)
 */
import type { Command } from 'commander';
import { TEXT_LIMIT } from '../../app/input-limits.js';
import { AppError } from '../../records/errors.js';
import { readInput } from '../files.js';
import { call, examples, run, whenCtx } from '../program-helpers.js';

/** `afterview send ITEM`: the draft through SMTP, logged. */
function registerSend(program: Command): void {
  program
    .command('send')
    .description(
      "send an item's draft through your SMTP server and log it (refuses a check-in that is too early unless --anyway)",
    )
    .argument('<item>', 'the item id')
    .option('--dry-run', 'print the message as it will be read, then its headers, instead of sending it')
    .option('--anyway', 'send a check-in even inside the weekly gap or before a promised date')
    .option('--body <file>', 'send this text (a file, or - for standard input) instead of the draft')
    .option('--to <address>', 'another recipient address')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview send thank-you:acme:i1:jane --dry-run',
        'afterview send thank-you:acme:i1:jane',
        'afterview draft status-check:acme:2026-12-07 | $EDITOR - ; afterview send status-check:acme:2026-12-07 --body edited.txt',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          item: string,
          opts: { dryRun?: boolean; anyway?: boolean; body?: string; to?: string; json?: boolean },
        ) => {
          const { COMMANDS } = await import('../../app/registry/index.js');
          const result = await call(rt, COMMANDS.sendItem, {
            item,
            body: opts.body ? await readInput(opts.body, TEXT_LIMIT) : null,
            to: opts.to ?? null,
            dryRun: opts.dryRun ?? false,
            anyway: opts.anyway ?? false,
          });
          if (opts.json) return out.json(result);
          if (result.preview !== null) {
            const { formatPreview } = await import('../mail-format.js');
            out.line(formatPreview(result.preview, result.to, out.style));
            out.line(out.style.dim(`(dry run: nothing was sent; in your own mail app: ${result.mailto})`));
            return;
          }
          out.line(
            `Sent "${result.subject}" to ${result.to} (${result.messageId}); logged as ${result.loggedTouches.join(', ')}.`,
          );
        },
      ),
    );
}

/** `afterview sync imap`: new mail from the IMAP account. */
function registerSync(program: Command): void {
  program
    .command('sync')
    .description('read new mail from your IMAP account (inbox and sent folder)')
    .argument('<source>', '"imap"')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview config set imap.url imaps://sam:secret@mail.example.com:993', 'afterview sync imap'),
    )
    .action(
      run(program, async (rt, out, source: string, opts: { json?: boolean }) => {
        if (source !== 'imap')
          throw new AppError('invalid_input', `unknown source "${source}"`, { hint: 'use `afterview sync imap`' });
        const [{ COMMANDS }, { formatMailReport, progressBar }] = await Promise.all([
          import('../../app/registry/index.js'),
          import('../mail-format.js'),
        ]);
        const progress = !opts.json && process.stderr.isTTY ? progressBar(process.stderr) : null;
        const report = await call(rt, COMMANDS.syncImap, {}, { onProgress: progress?.update });
        progress?.done();
        if (opts.json) return out.json(report);
        out.line(formatMailReport(report, out.style));
      }),
    );
}

/** `afterview inbox [MESSAGE-ID]`: mail that needs the seeker, and settling it. */
function registerInbox(program: Command): void {
  program
    .command('inbox')
    .description('mail that needs you: unmatched messages and readings to confirm; assign, correct or ignore them')
    .argument('[message-id]', 'the message to settle')
    .option('--assign <opp>', 'it belongs to this opportunity')
    .option('--kind <kind>', 'correct the kind of a received message')
    .option('--purpose <purpose>', 'correct the purpose of a sent message')
    .option('--decision-by <when>', 'correct the promised date')
    .option('--ignore', 'not about your search')
    .option('--confirm', 'the reading is right')
    .option('--all', 'list every message read, not only those that need you')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview inbox',
        'afterview inbox "<abc@acme.example>" --assign acme --kind timeline --decision-by "Dec 4"',
        'afterview inbox "<xyz@news.example>" --ignore',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          messageId: string | undefined,
          opts: {
            assign?: string;
            kind?: string;
            purpose?: string;
            decisionBy?: string;
            ignore?: boolean;
            confirm?: boolean;
            all?: boolean;
            json?: boolean;
          },
        ) => {
          const { COMMANDS } = await import('../../app/registry/index.js');
          if (!messageId) {
            const list = await call(rt, COMMANDS.listInbox, { all: opts.all ?? false });
            if (opts.json) return out.json(list);
            if (list.length === 0) return out.line('Nothing to review.');
            const { showDay } = await import('../../app/when.js');
            const w = await whenCtx(rt);
            for (const m of list) {
              const reading = m.reading
                ? (m.reading.kind ?? m.reading.purpose ?? '') +
                  (m.reading.decisionBy ? `, by ${showDay(m.reading.decisionBy, w)}` : '')
                : '';
              out.line(
                `${out.style.bold(m.status.padEnd(9))} ${m.messageId}\n    ${m.sentAt ?? ''} ${m.sender ?? ''}: "${m.subject}" ${out.style.dim(`${reading}${m.note ? ` (${m.note})` : ''}`)}`,
              );
            }
            return;
          }
          const { showDay } = await import('../../app/when.js');
          const action = opts.ignore ? 'ignore' : opts.assign ? 'assign' : opts.confirm ? 'confirm' : null;
          if (!action)
            throw new AppError('invalid_input', 'say what to do with the message', {
              hint: 'use --assign OPP, --confirm or --ignore',
            });
          const { decisionBy, ...result } = await call(rt, COMMANDS.reviewMail, {
            messageId,
            action,
            opportunity: opts.assign ?? null,
            kind: opts.kind ?? null,
            purpose: opts.purpose ?? null,
            decisionBy: opts.decisionBy ?? null,
          });
          if (opts.json) return out.json(result);
          const by = decisionBy ? `; decision by ${showDay(decisionBy, await whenCtx(rt))}` : '';
          out.line(`${result.messageId}: ${result.status}${result.touchId ? ` (${result.touchId})` : ''}${by}`);
        },
      ),
    );
}

/** Adds `send`, `sync` and `inbox` to the program. */
export function register(program: Command): void {
  registerSend(program);
  registerSync(program);
  registerInbox(program);
}
