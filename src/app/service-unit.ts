/**
 * The text of the file that starts `afterview serve` at login: a systemd
 * user unit on Linux, a launchd agent (property list) on macOS, and the
 * readers of what `systemctl --user show` and `launchctl print` answer.
 * Pure: no file, no process, no clock; src/app/commands/service.ts writes
 * the text and runs the service manager.
 */

/** The systemd unit's name (`systemctl --user status afterview.service`). */
export const SYSTEMD_UNIT_NAME = 'afterview.service';
/** The launchd agent's label (`launchctl print gui/UID/org.afterview.serve`). */
export const LAUNCHD_LABEL = 'org.afterview.serve';

/** What the service runs: the same node and CLI the seeker ran `service install` with, and the same data. */
export interface ServicePlan {
  /** Absolute path of the node binary (`process.execPath`). */
  readonly nodePath: string;
  /** Absolute path of the CLI script (dist/cli.js). */
  readonly cliPath: string;
  /** The data home, absolute; always passed as `--home`. */
  readonly home: string;
  /** Settings passed in the environment (`AFTERVIEW_DATABASE_URL`, `AFTERVIEW_SEEKER`, ...), in this order. */
  readonly env: readonly (readonly [string, string])[];
  /** `serve`'s own options (`--port 4411`, `--host ...`). */
  readonly serveArgs: readonly string[];
  /** Where launchd writes the server's output (systemd sends it to the journal). */
  readonly logPath: string;
  /** Seconds to wait before starting again after a failure. */
  readonly restartDelaySeconds: number;
}

/** The command line the service runs, one argument per entry. */
export function serviceArgv(plan: ServicePlan): string[] {
  return [plan.nodePath, plan.cliPath, '--home', plan.home, 'serve', ...plan.serveArgs];
}

/**
 * One argument of a systemd command line: double-quoted, with `\` and `"`
 * escaped, `%` doubled (a specifier otherwise) and `$` doubled (a variable
 * otherwise), so any path survives as itself.
 */
export function systemdQuote(arg: string): string {
  if (/[\n\r]/.test(arg)) throw new Error('a systemd unit value cannot hold a line break');
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%').replace(/\$/g, '$$$$')}"`;
}

/** An `Environment=` value: quoted like an argument, but `$` is left alone (systemd does not expand it there). */
function systemdEnv(name: string, value: string): string {
  const text = `${name}=${value}`;
  if (/[\n\r]/.test(text)) throw new Error('a systemd unit value cannot hold a line break');
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%')}"`;
}

/**
 * The systemd user unit: runs `afterview serve` with the plan's node, CLI,
 * home and environment; starts again on failure after the delay; its output
 * goes to the journal (`journalctl --user -u afterview`); enabled, it starts
 * with the user's session.
 */
export function systemdUnitText(plan: ServicePlan): string {
  const lines = [
    '# Written by `afterview service install`; remove it with `afterview service uninstall`.',
    '[Unit]',
    'Description=afterview: the web app and mail sync (afterview serve)',
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=${serviceArgv(plan).map(systemdQuote).join(' ')}`,
    ...plan.env.map(([name, value]) => `Environment=${systemdEnv(name, value)}`),
    'Restart=on-failure',
    `RestartSec=${plan.restartDelaySeconds}`,
    'StandardOutput=journal',
    'StandardError=journal',
    'SyslogIdentifier=afterview',
    '',
    '[Install]',
    'WantedBy=default.target',
    '',
  ];
  return lines.join('\n');
}

/** Text for a property list: `&`, `<`, `>` escaped. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The launchd agent: runs `afterview serve` at load (login) with the plan's
 * node, CLI, home and environment; kept alive only when it exits with a
 * failure, at most once every `restartDelaySeconds`; its output appended to
 * the plan's log file.
 */
export function launchdPlistText(plan: ServicePlan): string {
  const s = (text: string) => `<string>${xml(text)}</string>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<!-- Written by `afterview service install`; remove it with `afterview service uninstall`. -->',
    '<plist version="1.0">',
    '<dict>',
    `  <key>Label</key>${s(LAUNCHD_LABEL)}`,
    '  <key>ProgramArguments</key>',
    '  <array>',
    ...serviceArgv(plan).map((a) => `    ${s(a)}`),
    '  </array>',
    ...(plan.env.length > 0
      ? [
          '  <key>EnvironmentVariables</key>',
          '  <dict>',
          ...plan.env.map(([name, value]) => `    <key>${xml(name)}</key>${s(value)}`),
          '  </dict>',
        ]
      : []),
    '  <key>RunAtLoad</key><true/>',
    '  <key>KeepAlive</key>',
    '  <dict><key>SuccessfulExit</key><false/></dict>',
    `  <key>ThrottleInterval</key><integer>${plan.restartDelaySeconds}</integer>`,
    `  <key>StandardOutPath</key>${s(plan.logPath)}`,
    `  <key>StandardErrorPath</key>${s(plan.logPath)}`,
    '</dict>',
    '</plist>',
    '',
  ];
  return lines.join('\n');
}

/** Whether the service runs, and since when (ISO text, or null when the manager does not say). */
export interface ServiceState {
  readonly running: boolean;
  readonly since: string | null;
  /** The manager's own word for the state (`active`, `failed`, `running`, `not running`). */
  readonly detail: string;
}

/**
 * Reads `systemctl --user show -p ActiveState,ActiveEnterTimestamp` (as
 * `ActiveState=active` and `ActiveEnterTimestamp=Tue 2026-12-08 03:10:02 UTC`
 * lines). `since` is the timestamp as systemd printed it, when it is set.
 */
export function parseSystemdShow(text: string): ServiceState {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  const state = fields.get('ActiveState') ?? 'unknown';
  const since = fields.get('ActiveEnterTimestamp') ?? '';
  const running = state === 'active' || state === 'reloading';
  return { running, since: running && since !== '' && since !== 'n/a' ? since : null, detail: state };
}

/**
 * Reads `launchctl print gui/UID/LABEL`: `state = running` and the process's
 * `pid = N`. launchd does not print when it started; `since` is left for
 * the caller (from the process's start time) and null here.
 */
export function parseLaunchctlPrint(text: string): ServiceState & { pid: number | null } {
  const state = /^\s*state = (.+)$/m.exec(text)?.[1]?.trim() ?? 'unknown';
  const pid = /^\s*pid = (\d+)$/m.exec(text)?.[1];
  return { running: state === 'running', since: null, detail: state, pid: pid ? Number(pid) : null };
}
