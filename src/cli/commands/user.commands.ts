/**
 * `afterview user add|list|disable`: the accounts of a server shared by many
 * seekers and their coaches (PostgreSQL only; src/app/accounts).
 */
import type { Command } from 'commander';
import type { Runtime } from '../../main.js';
import { AppError } from '../../records/errors.js';
import { examples, run } from '../program-helpers.js';

/** The accounts of the runtime's database; throws `invalid_input` on SQLite, which has none. */
function accountsOf(rt: Runtime) {
  if (rt.database.dialect !== 'postgres') {
    throw new AppError('invalid_input', 'accounts exist only on a PostgreSQL database', {
      hint: 'pass --database postgres://... (or set $AFTERVIEW_DATABASE_URL)',
    });
  }
  return rt.database.accounts();
}

/** `afterview user`. */
function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description('accounts of a shared server on PostgreSQL: add, list, disable')
    .addHelpText(
      'after',
      examples('afterview user add sam@example.org --name "Sam Lee"', 'afterview user add kim@example.org --coach'),
    );
  user
    .command('add')
    .description('add an account and print its one-time sign-in link (valid 24 hours)')
    .argument('<email>', 'their email address')
    .option('--name <name>', 'their name as shown (default: the part before @)')
    .option('--coach', 'a coach, who reads what seekers share, instead of a seeker')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview user add sam@example.org --name "Sam Lee"'))
    .action(
      run(program, async (rt, out, email: string, opts: { name?: string; coach?: boolean; json?: boolean }) => {
        const { addUser } = await import('../../app/accounts/accounts.js');
        const added = await addUser(
          accountsOf(rt),
          { email, name: opts.name, role: opts.coach ? 'coach' : 'seeker', nowMs: rt.ctx.now.epochMilliseconds },
          async (seekerId) => {
            await rt.database.forSeeker(seekerId);
          },
        );
        if (opts.json) {
          return out.json({
            email: added.user.email,
            name: added.user.name,
            role: added.user.role,
            link: added.signinPath,
          });
        }
        out.line(`Added ${added.user.role} ${added.user.email} (${added.user.name}).`);
        out.line(`Sign-in link (once, within 24 hours), on the server's address: ${added.signinPath}`);
      }),
    );
  user
    .command('list')
    .description('list the accounts')
    .option('--json', 'print JSON')
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const users = await accountsOf(rt).listUsers();
        const shown = users.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          disabled: u.disabled,
          password: u.passwordHash !== null,
        }));
        if (opts.json) return out.json(shown);
        if (shown.length === 0) return out.line('No accounts yet: add one with `afterview user add EMAIL`.');
        for (const u of shown) {
          const state = u.disabled ? 'disabled' : u.password ? 'active' : 'invited';
          out.line(`${u.email}  ${u.role}  ${state}  ${u.name}`);
        }
      }),
    );
  user
    .command('disable')
    .description('disable an account and end its sessions at once')
    .argument('<email>', 'their email address')
    .action(
      run(program, async (rt, out, email: string) => {
        const { normalEmail } = await import('../../app/accounts/accounts.js');
        const address = normalEmail(email);
        if (!(await accountsOf(rt).disableUser(address))) {
          throw new AppError('invalid_input', `there is no account for ${address}`, {
            hint: 'see the accounts with `afterview user list`',
          });
        }
        out.line(`Disabled ${address}; their sessions have ended.`);
      }),
    );
}

/** Adds `user` to the program. */
export function register(program: Command): void {
  registerUser(program);
}
