/** `afterview config get|set`: profile, playbook settings, mail accounts (src/app/commands/settings.ts). */
import type { Command } from 'commander';
import { call, examples, run } from '../program-helpers.js';

/** `afterview config` with `get [KEY]` and `set KEY [VALUE]`. */
function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('settings: profile, playbook settings, mail accounts')
    .addHelpText('after', examples('afterview config get', 'afterview config set timezone America/New_York'));
  config
    .command('get')
    .description('print settings (mail passwords are never shown)')
    .argument('[key]', 'one key')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview config get', 'afterview config get settings.checkInGapDays'))
    .action(
      run(program, async (rt, out, key: string | undefined, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const entries = await call(rt, COMMANDS.getConfig, { key: key ?? null });
        if (opts.json) return out.json(key ? entries[0] : entries);
        for (const e of entries)
          out.line(
            `${e.key} = ${e.value === null ? out.style.dim('(unset)') : JSON.stringify(e.value)}${e.default !== undefined && e.value !== e.default ? out.style.dim(` (default ${e.default})`) : ''}`,
          );
      }),
    );
  config
    .command('set')
    .description('set a key; an empty value clears it')
    .argument('<key>', 'name, email, timezone, country, signature, settings.NAME, smtp.url, imap.url')
    .argument('[value]', 'the value')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview config set timezone America/New_York',
        'afterview config set country US',
        'afterview config set settings.checkInGapDays 10',
        'afterview config set smtp.url smtp://sam:secret@mail.example.com:587',
      ),
    )
    .action(
      run(program, async (rt, out, key: string, value: string | undefined, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const entry = await call(rt, COMMANDS.setConfig, { key, value: value ?? null });
        if (opts.json) return out.json(entry);
        out.line(`${entry.key} = ${entry.value === null ? '(unset)' : JSON.stringify(entry.value)}`);
      }),
    );
}

/** Adds `config` to the program. */
export function register(program: Command): void {
  registerConfig(program);
}
