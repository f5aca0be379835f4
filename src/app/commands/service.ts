/**
 * Running `afterview serve` at login: installing, removing and asking after
 * a systemd user unit (Linux) or a launchd agent (macOS). The file's text
 * comes from src/app/service-unit.ts; everything this module does to the
 * machine goes through a {@link ServiceSystem}, the real one at the bottom.
 *
 * Nothing half-written: the service manager is asked whether it answers
 * before the file is written, and a file it then refuses to start is
 * removed again.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../records/errors.js';
import {
  LAUNCHD_LABEL,
  launchdPlistText,
  parseLaunchctlPrint,
  parseSystemdShow,
  type ServicePlan,
  SYSTEMD_UNIT_NAME,
  systemdUnitText,
} from '../service-unit.js';

/** What a service command may do to the machine: run a program, and read, write and remove one file. */
export interface ServiceSystem {
  /** Runs a program; never throws for its exit code (a missing program: code 127 and the reason in stderr). */
  run(
    command: string,
    args: readonly string[],
    env?: Record<string, string>,
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  readFile(path: string): string | null;
  /** Writes the file (owner-only: it may hold a database URL), making its folder. */
  writeFile(path: string, text: string): void;
  removeFile(path: string): void;
}

/** Where the service runs and what it runs, as the CLI that installs it was started. */
export interface ServiceWhere {
  /** `linux` (systemd) or `darwin` (launchd); anything else is refused. */
  platform: string;
  nodePath: string;
  cliPath: string;
  home: string;
  /** `$XDG_CONFIG_HOME` or ~/.config: where systemd looks for user units. */
  configHome: string;
  /** The user's home folder: where ~/Library/LaunchAgents is. */
  userHome: string;
  /** The user's id (`launchctl bootstrap gui/UID`). */
  uid: number;
}

/** What `service install` writes and starts. */
export interface InstallInput extends ServiceWhere {
  databaseUrl?: string | null | undefined;
  seekerId?: string | undefined;
  secretKeyFile?: string | null | undefined;
  port: number;
  host?: string | undefined;
  publicUrl?: string | undefined;
  sync: boolean;
  dryRun: boolean;
}

/** What `service install` did (or, on a dry run, would do). */
export interface InstallResult {
  platform: 'linux' | 'darwin';
  file: string;
  text: string;
  dryRun: boolean;
  started: boolean;
  /** The command that shows the server's output. */
  logs: string;
}

/** What `service status` found. */
export interface StatusResult {
  platform: 'linux' | 'darwin';
  file: string;
  installed: boolean;
  running: boolean;
  /** When it started, ISO 8601 when the manager's answer could be read as a time, else as it printed it. */
  since: string | null;
  /** `running`, `stopped` or `not installed`. */
  state: 'running' | 'stopped' | 'not installed';
  /** The manager's own word (`active`, `failed`, `inactive`...). */
  detail: string | null;
}

/** Seconds before a failed server is started again. */
export const RESTART_DELAY_SECONDS = 5;

type Platform = 'linux' | 'darwin';

function platformOf(where: ServiceWhere): Platform {
  if (where.platform === 'linux' || where.platform === 'darwin') return where.platform;
  throw new AppError(
    'invalid_input',
    `running at login is set up for Linux (systemd) and macOS (launchd), not ${where.platform}`,
    { hint: 'start `afterview serve` from your system’s own startup settings' },
  );
}

/** The file the service is defined by on this platform. */
export function serviceFile(where: ServiceWhere): string {
  return platformOf(where) === 'linux'
    ? join(where.configHome, 'systemd', 'user', SYSTEMD_UNIT_NAME)
    : join(where.userHome, 'Library', 'LaunchAgents', `${LAUNCHD_LABEL}.plist`);
}

/** Where launchd writes the server's output: a file in the data home. */
export function launchdLogPath(home: string): string {
  return join(home, 'serve.log');
}

/** The plan for `input`: the same node, CLI, home and database settings, and serve's options. */
export function planFor(input: InstallInput): ServicePlan {
  const env: [string, string][] = [];
  if (input.databaseUrl) env.push(['AFTERVIEW_DATABASE_URL', input.databaseUrl]);
  if (input.seekerId && input.seekerId !== 'local') env.push(['AFTERVIEW_SEEKER', input.seekerId]);
  if (input.secretKeyFile) env.push(['AFTERVIEW_SECRET_KEY_FILE', input.secretKeyFile]);
  const serveArgs = ['--port', String(input.port)];
  if (input.host) serveArgs.push('--host', input.host);
  if (input.publicUrl) serveArgs.push('--public-url', input.publicUrl);
  if (!input.sync) serveArgs.push('--no-sync');
  return {
    nodePath: input.nodePath,
    cliPath: input.cliPath,
    home: input.home,
    env,
    serveArgs,
    logPath: launchdLogPath(input.home),
    restartDelaySeconds: RESTART_DELAY_SECONDS,
  };
}

function logsCommand(platform: Platform, home: string): string {
  return platform === 'linux' ? 'journalctl --user -u afterview -f' : `tail -f ${launchdLogPath(home)}`;
}

/** The one line for a user manager that does not answer, with how to get one. */
function systemdUnreachable(stderr: string): AppError {
  const reason = stderr.trim().split('\n')[0] || 'no answer';
  return new AppError('service_unavailable', `systemd's user manager cannot be reached (${reason})`, {
    hint: 'it needs a user session: run `loginctl enable-linger $USER` and log in again, or start `afterview serve` yourself',
  });
}

async function systemctl(system: ServiceSystem, ...args: string[]) {
  return system.run('systemctl', ['--user', ...args], { TZ: 'UTC' });
}

/** Throws `service_unavailable` unless `systemctl --user` answers. */
async function checkSystemd(system: ServiceSystem): Promise<void> {
  const probe = await systemctl(system, 'show-environment');
  if (probe.code !== 0) throw systemdUnreachable(probe.stderr);
}

function refused(what: string, answer: { stderr: string; stdout: string }): AppError {
  const reason = (answer.stderr.trim() || answer.stdout.trim()).split('\n')[0] || 'no reason given';
  return new AppError('service_unavailable', `${what} failed (${reason})`, {
    hint: 'nothing was left installed; see the reason above',
  });
}

/**
 * Writes the unit (or agent) and starts it, enabled at login. A dry run
 * only returns the text. Throws `invalid_input` on another platform and
 * `service_unavailable` when the service manager does not answer or refuses
 * (the file then removed again).
 */
export async function installService(input: InstallInput, system: ServiceSystem): Promise<InstallResult> {
  const platform = platformOf(input);
  if (!/\.[cm]?js$/.test(input.cliPath)) {
    throw new AppError('invalid_input', `the service runs the built program, not ${input.cliPath}`, {
      hint: 'build it with `node scripts/build.mjs`, then run `node dist/cli.js service install`',
    });
  }
  const plan = planFor(input);
  const file = serviceFile(input);
  const text = platform === 'linux' ? systemdUnitText(plan) : launchdPlistText(plan);
  const result = { platform, file, text, logs: logsCommand(platform, input.home) };
  if (input.dryRun) return { ...result, dryRun: true, started: false };
  const before = system.readFile(file);
  if (platform === 'linux') {
    await checkSystemd(system);
    system.writeFile(file, text);
    const steps: string[][] = [['daemon-reload'], ['enable', '--now', SYSTEMD_UNIT_NAME]];
    // A unit that was already running keeps its old command line until restarted.
    if (before !== null) steps.push(['restart', SYSTEMD_UNIT_NAME]);
    for (const step of steps) {
      const answer = await systemctl(system, ...step);
      if (answer.code !== 0) {
        await systemctl(system, 'disable', '--now', SYSTEMD_UNIT_NAME);
        system.removeFile(file);
        await systemctl(system, 'daemon-reload');
        throw refused(`systemctl --user ${step.join(' ')}`, answer);
      }
    }
  } else {
    const domain = `gui/${input.uid}`;
    // A loaded agent must be booted out before its new definition can be bootstrapped.
    if (before !== null) await system.run('launchctl', ['bootout', `${domain}/${LAUNCHD_LABEL}`]);
    system.writeFile(file, text);
    const answer = await system.run('launchctl', ['bootstrap', domain, file]);
    if (answer.code !== 0) {
      system.removeFile(file);
      throw refused(`launchctl bootstrap ${domain}`, answer);
    }
  }
  return { ...result, dryRun: false, started: true };
}

/** What `service uninstall` did. */
export interface UninstallResult {
  platform: Platform;
  file: string;
  removed: boolean;
}

/** Stops the service, disables it and removes its file; nothing installed is not an error (`removed: false`). */
export async function uninstallService(where: ServiceWhere, system: ServiceSystem): Promise<UninstallResult> {
  const platform = platformOf(where);
  const file = serviceFile(where);
  if (system.readFile(file) === null) return { platform, file, removed: false };
  if (platform === 'linux') {
    await checkSystemd(system);
    const answer = await systemctl(system, 'disable', '--now', SYSTEMD_UNIT_NAME);
    if (answer.code !== 0) throw refused(`systemctl --user disable --now ${SYSTEMD_UNIT_NAME}`, answer);
    system.removeFile(file);
    await systemctl(system, 'daemon-reload');
  } else {
    // Not loaded is fine: it is stopped either way.
    await system.run('launchctl', ['bootout', `gui/${where.uid}/${LAUNCHD_LABEL}`]);
    system.removeFile(file);
  }
  return { platform, file, removed: true };
}

/** "Tue 2026-12-08 03:10:02 UTC" (systemd's time, asked for in UTC) as ISO 8601; other text as it is. */
export function systemdTimeIso(text: string): string {
  const m = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$/.exec(text);
  return m ? `${m[1]}T${m[2]}Z` : text;
}

/** Whether the service is installed, runs, and since when. */
export async function serviceStatus(where: ServiceWhere, system: ServiceSystem): Promise<StatusResult> {
  const platform = platformOf(where);
  const file = serviceFile(where);
  const base = { platform, file };
  if (system.readFile(file) === null) {
    return { ...base, installed: false, running: false, since: null, state: 'not installed', detail: null };
  }
  if (platform === 'linux') {
    await checkSystemd(system);
    const answer = await systemctl(system, 'show', '-p', 'ActiveState,ActiveEnterTimestamp', SYSTEMD_UNIT_NAME);
    if (answer.code !== 0) throw refused('systemctl --user show', answer);
    const state = parseSystemdShow(answer.stdout);
    return {
      ...base,
      installed: true,
      running: state.running,
      since: state.since === null ? null : systemdTimeIso(state.since),
      state: state.running ? 'running' : 'stopped',
      detail: state.detail,
    };
  }
  const answer = await system.run('launchctl', ['print', `gui/${where.uid}/${LAUNCHD_LABEL}`]);
  if (answer.code !== 0) {
    return { ...base, installed: true, running: false, since: null, state: 'stopped', detail: 'not loaded' };
  }
  const state = parseLaunchctlPrint(answer.stdout);
  let since: string | null = null;
  if (state.running && state.pid !== null) {
    const ps = await system.run('ps', ['-o', 'lstart=', '-p', String(state.pid)], { LC_ALL: 'C', TZ: 'UTC' });
    const started = ps.code === 0 ? new Date(`${ps.stdout.trim()} UTC`) : null;
    since = started && !Number.isNaN(started.getTime()) ? started.toISOString() : null;
  }
  return {
    ...base,
    installed: true,
    running: state.running,
    since,
    state: state.running ? 'running' : 'stopped',
    detail: state.detail,
  };
}

/** The machine itself: programs run with `execFile`, files owner-only. */
export function realServiceSystem(): ServiceSystem {
  return {
    run: (command, args, env) =>
      new Promise((resolve) => {
        execFile(
          command,
          [...args],
          { env: { ...process.env, ...env }, timeout: 30_000, encoding: 'utf8' },
          (error, stdout, stderr) => {
            const failure = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
            if (failure && typeof failure.code === 'string') {
              resolve({
                code: 127,
                stdout: '',
                stderr: `${command}: ${failure.code === 'ENOENT' ? 'not found' : failure.message}`,
              });
              return;
            }
            resolve({ code: failure ? Number(failure.code ?? 1) : 0, stdout, stderr });
          },
        );
      }),
    readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { mode: 0o600 });
      chmodSync(path, 0o600);
    },
    removeFile: (path) => rmSync(path, { force: true }),
  };
}
