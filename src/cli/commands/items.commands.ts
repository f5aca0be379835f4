/**
 * The commands on agenda items and text: `snooze`, `dismiss`, `draft` (with
 * its tone check) and `check` (the tone check on any text).
 */
import type { Command } from 'commander';
import { TEXT_LIMIT } from '../../app/input-limits.js';
import { readInput } from '../files.js';
import { call, examples, type Output, run, whenCtx } from '../program-helpers.js';

/** The tone check's findings, or that there is nothing to change. */
function printFlags(out: Output, flags: { rule: string; text: string; suggestion: string }[]): void {
  if (flags.length === 0) {
    out.line(out.style.green('Tone check: nothing to change.'));
    return;
  }
  out.line(out.style.yellow(`Tone check: ${flags.length} thing${flags.length > 1 ? 's' : ''} to look at`));
  for (const f of flags) out.line(`  ${out.style.bold(f.rule)}: "${f.text}"\n    ${f.suggestion}`);
}

/** `afterview snooze ITEM --until WHEN`. */
function registerSnooze(program: Command): void {
  program
    .command('snooze')
    .description('put an item off until a day')
    .argument('<item>', 'the item id (see `afterview agenda --all --json`)')
    .requiredOption('--until <when>', 'the day it comes back')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview snooze status-check:acme:2026-12-07 --until "next Wednesday"'))
    .action(
      run(program, async (rt, out, item: string, opts: { until: string; json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.snoozeItem, { item, until: opts.until });
        if (opts.json) return out.json(result);
        const { showDay } = await import('../../app/when.js');
        out.line(`Snoozed ${result.item} until ${showDay(result.until, await whenCtx(rt))}.`);
      }),
    );
}

/** `afterview dismiss ITEM`. */
function registerDismiss(program: Command): void {
  program
    .command('dismiss')
    .description('dismiss an item for good')
    .argument('<item>', 'the item id')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview dismiss thank-you:acme:i1:jane'))
    .action(
      run(program, async (rt, out, item: string, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.dismissItem, { item });
        if (opts.json) return out.json(result);
        out.line(`Dismissed ${result.item}.`);
      }),
    );
}

/** `afterview draft ITEM`: the draft message or its guidance, with --check the tone check. */
function registerDraft(program: Command): void {
  program
    .command('draft')
    .description("print an item's draft message (or its guidance)")
    .argument('<item>', 'the item id')
    .option('--check', 'run the tone check on the draft')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview draft thank-you:acme:i1:jane', 'afterview draft status-check:acme:2026-12-07 --check'),
    )
    .action(
      run(program, async (rt, out, item: string, opts: { check?: boolean; json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.draftItem, { item, check: opts.check ?? false });
        if (opts.json) return out.json(result);
        const s = out.style;
        out.line(s.bold(result.item.title));
        if (result.item.draft) {
          out.line(`To: ${result.item.draft.to ?? '(no address yet)'}`);
          out.line(`Subject: ${result.item.draft.subject}`);
          out.line('');
          out.line(result.item.draft.body);
        } else {
          out.line(result.item.guidance ?? '');
        }
        if (result.flags) printFlags(out, result.flags);
      }),
    );
}

/** `afterview check [FILE]`: the tone check on any text. */
function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'the tone check on any text: pleading, over-apology, pressure, generic, too long, exclamations, unbacked claims',
    )
    .argument('[file]', 'a file, or - for standard input')
    .option('--for <opp>', 'also check against this opportunity (names the company or role, claims the facts back)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview check note.txt --for acme', 'echo "Sorry to bother you!!" | afterview check -'),
    )
    .action(
      run(program, async (rt, out, file: string | undefined, opts: { for?: string; json?: boolean }) => {
        const text = await readInput(file, TEXT_LIMIT);
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.checkTone, { text, opportunity: opts.for ?? null });
        if (opts.json) return out.json(result);
        printFlags(out, result.flags);
      }),
    );
}

/** Adds the item commands to the program. */
export function register(program: Command): void {
  registerSnooze(program);
  registerDismiss(program);
  registerDraft(program);
  registerCheck(program);
}
