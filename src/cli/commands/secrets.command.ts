/**
 * `afterview secrets rotate`: after the key that encrypts saved secrets
 * changed (the new one in $AFTERVIEW_SECRET_KEY, the one before in
 * $AFTERVIEW_SECRET_KEY_OLD), every saved secret is opened and encrypted
 * again with the new key: the home's file and, on a database, every
 * seeker's in the store (the registry's `reseal_secrets` for each). Values
 * saved before encryption are encrypted by it too.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../records/errors.js';
import { examples, run } from '../program-helpers.js';

/** `afterview secrets` with `rotate`. */
function registerSecrets(program: Command): void {
  const secrets = program
    .command('secrets')
    .description('the encryption of saved mail passwords and tokens')
    .addHelpText('after', examples('AFTERVIEW_SECRET_KEY_OLD=... AFTERVIEW_SECRET_KEY=... afterview secrets rotate'));
  secrets
    .command('rotate')
    .description(
      'encrypt every saved secret again with $AFTERVIEW_SECRET_KEY, opening those of the key before with $AFTERVIEW_SECRET_KEY_OLD',
    )
    .option('--json', 'print JSON')
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const [{ invoke }, { COMMANDS }, { storeSettings }, { secretsPath }] = await Promise.all([
          import('../../app/registry/command.js'),
          import('../../app/registry/index.js'),
          import('../../app/seeker-settings.js'),
          import('../../app/secrets.js'),
        ]);
        if (rt.secretBox.keyId === null) {
          // The use case says the same; said here before anything is read.
          await invoke(COMMANDS.resealSecrets, rt.ctx, {});
        }
        let secretCount = 0;
        let places = 0;
        if (existsSync(secretsPath(rt.config.home))) {
          secretCount += (await invoke(COMMANDS.resealSecrets, rt.ctx, {})).secrets;
          places++;
        }
        for (const seekerId of await rt.database.seekersWithSecrets()) {
          const ctx = await rt.contextFor(seekerId);
          const inStore = { ...ctx, settings: storeSettings(ctx.store, rt.secretBox) };
          try {
            secretCount += (await invoke(COMMANDS.resealSecrets, inStore, {})).secrets;
          } catch (error) {
            // Which seeker's value did not open; the message names the secret, never its value.
            if (error instanceof AppError && error.code === 'invalid_setting') {
              throw new AppError('invalid_setting', `seeker ${seekerId}: ${error.message}`, {
                ...(error.hint ? { hint: error.hint } : {}),
              });
            }
            throw error;
          }
          places++;
        }
        const result = { secrets: secretCount, places, keyId: rt.secretBox.keyId };
        if (opts.json) return out.json(result);
        out.line(
          `Encrypted ${secretCount} saved secret${secretCount === 1 ? '' : 's'} in ${places} place${places === 1 ? '' : 's'} again with key ${result.keyId}.`,
        );
      }),
    );
}

/** Adds `secrets` to the program. */
export function register(program: Command): void {
  registerSecrets(program);
}
