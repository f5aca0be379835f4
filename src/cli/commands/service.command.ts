/**
 * `afterview service install|uninstall|status`: `afterview serve` started at
 * login by the machine's service manager (a systemd user unit on Linux, a
 * launchd agent on macOS), with the same node, CLI, data home and database
 * this command was run with (the registry's `install_service`,
 * `uninstall_service`, `service_status`; src/app/commands/service.ts).
 */
import { existsSync, realpathSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Runtime } from '../../main.js';
import { call, examples, intOption, type Output, run } from '../program-helpers.js';

/** Where the service runs and what it runs: this very process's node and CLI, and the runtime's home. */
async function whereOf(rt: Runtime) {
  const { userFolders } = await import('../../config.js');
  // Through the `afterview` link npm makes, to the dist/cli.js it points at.
  const script = resolve(process.argv[1] ?? 'dist/cli.js');
  return {
    platform: process.platform,
    nodePath: process.execPath,
    cliPath: existsSync(script) ? realpathSync(script) : script,
    home: rt.config.home,
    ...userFolders(),
    uid: userInfo().uid,
  };
}

async function registry() {
  return (await import('../../app/registry/index.js')).COMMANDS;
}

function printStatus(
  out: Output,
  s: { state: string; since: string | null; file: string; detail: string | null; platform: string },
): void {
  if (s.state === 'not installed') {
    out.line('not installed (run `afterview service install` to start afterview at login)');
    return;
  }
  const since = s.since ? ` since ${s.since}` : '';
  const detail = s.detail && s.detail !== s.state ? ` (${s.detail})` : '';
  out.line(`${s.state}${since}${detail}`);
  out.line(`File: ${s.file}`);
}

/** `afterview service` with `install`, `uninstall` and `status`. */
function registerService(program: Command): void {
  const service = program
    .command('service')
    .description('start `afterview serve` at login: a systemd user unit (Linux) or a launchd agent (macOS)')
    .addHelpText(
      'after',
      `${examples(
        'afterview service install',
        'afterview --home ~/jobs service install --port 8080',
        'afterview service install --dry-run',
        'afterview service status',
        'afterview service uninstall',
      )}\nSee docs/run-at-login.md.\n`,
    );
  service
    .command('install')
    .description('write the unit (or agent), enable it at login and start it now')
    .option('--port <n>', 'the port serve listens on', intOption('--port'), 4411)
    .option('--host <host>', 'the address serve listens on (as `afterview serve --host`)')
    .option('--public-url <url>', 'the address people open (as `afterview serve --public-url`)')
    .option('--no-sync', 'do not sync mail or send the morning digest')
    .option('--dry-run', 'print the file it would write, and write nothing')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview service install',
        'afterview service install --port 8080 --dry-run',
        'afterview service install --json',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          opts: { port: number; host?: string; publicUrl?: string; sync: boolean; dryRun?: boolean; json?: boolean },
        ) => {
          const result = await call(rt, (await registry()).installService, {
            ...(await whereOf(rt)),
            databaseUrl: rt.config.databaseUrl,
            seekerId: rt.config.seekerId,
            secretKeyFile: rt.config.secretKeys.keyFile,
            port: opts.port,
            host: opts.host,
            publicUrl: opts.publicUrl,
            sync: opts.sync,
            dryRun: Boolean(opts.dryRun),
          });
          if (rt.config.secretKeys.key !== null && !result.dryRun) {
            out.warn(
              out.style.yellow(
                'warning: $AFTERVIEW_SECRET_KEY is not written into the service; keep the key in a file and set $AFTERVIEW_SECRET_KEY_FILE, then install again',
              ),
            );
          }
          if (opts.json) return out.json(result);
          if (result.dryRun) {
            out.line(`# ${result.file} (not written: --dry-run)`);
            process.stdout.write(result.text);
            return;
          }
          out.line(`Installed and started: afterview serve runs at login on port ${opts.port}.`);
          out.line(`File: ${result.file}`);
          out.line(`Logs: ${result.logs}`);
          out.line('Check it with `afterview service status`; remove it with `afterview service uninstall`.');
        },
      ),
    );
  service
    .command('uninstall')
    .description('stop it, disable it at login and remove its file')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview service uninstall'))
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const result = await call(rt, (await registry()).uninstallService, await whereOf(rt));
        if (opts.json) return out.json(result);
        out.line(result.removed ? `Stopped and removed ${result.file}.` : 'Not installed; nothing to remove.');
      }),
    );
  service
    .command('status')
    .description('running, stopped or not installed, and since when')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview service status', 'afterview service status --json'))
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const result = await call(rt, (await registry()).serviceStatus, await whereOf(rt));
        if (opts.json) return out.json(result);
        printStatus(out, result);
      }),
    );
}

/** Adds `service` to the program. */
export function register(program: Command): void {
  registerService(program);
}
