/**
 * `afterview service install|uninstall|status` with the built CLI. The real
 * part: the unit's ExecStart line (and the launchd agent's
 * ProgramArguments), run as a process in a clean environment as the service
 * manager would, starts `afterview serve` and answers /healthz. A stand-in
 * `systemctl` early on PATH then checks which manager calls are made, in
 * which order, and that a refusal leaves nothing behind; where the real
 * user manager cannot be reached (as in a container), the real
 * `systemctl` is asked too.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  installService,
  realServiceSystem,
  type ServiceSystem,
  serviceStatus,
  uninstallService,
} from '../../src/app/commands/service.js';
import { freePort } from '../global-setup.js';
import { cli, ensureBuilt, freshHome } from './cli-runner.js';
import { startsAndAnswers, stopServicesAfterEach, unitCommand } from './service-runner.js';

beforeAll(() => ensureBuilt(), 60_000);
stopServicesAfterEach();

describe('the written service, run as a real process', () => {
  it("the systemd unit's ExecStart starts afterview serve with the home it was installed with", async () => {
    const home = freshHome();
    const config = join(freshHome(), 'config');
    const port = await freePort();
    const r = cli(home, ['--home', home, 'service', 'install', '--dry-run', '--port', String(port), '--json'], {
      env: { XDG_CONFIG_HOME: config },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ platform: 'linux', dryRun: true, started: false });
    expect(result.file).toBe(join(config, 'systemd', 'user', 'afterview.service'));
    expect(existsSync(result.file), 'a dry run writes nothing').toBe(false);
    const { argv, env } = unitCommand(result.text);
    expect(argv.slice(0, 2)).toEqual([process.execPath, join(process.cwd(), 'dist', 'cli.js')]);
    expect(argv.slice(2)).toEqual(['--home', home, 'serve', '--port', String(port)]);
    expect(env).toEqual({});
    await startsAndAnswers(argv, env, port, freshHome());
    // It served the home it was given: the SQLite file is there.
    expect(existsSync(join(home, 'afterview.db'))).toBe(true);
  }, 40_000);

  it("the launchd agent's ProgramArguments start the same server", async () => {
    const home = freshHome();
    const port = await freePort();
    const result = await installService(
      {
        platform: 'darwin',
        nodePath: process.execPath,
        cliPath: join(process.cwd(), 'dist', 'cli.js'),
        home,
        configHome: join(home, 'config'),
        userHome: join(home, 'user'),
        uid: 501,
        port,
        sync: false,
        dryRun: true,
      },
      {
        run: () => Promise.reject(new Error('a dry run runs nothing')),
        readFile: () => null,
        writeFile: () => {
          throw new Error('a dry run writes nothing');
        },
        removeFile: () => {
          throw new Error('a dry run removes nothing');
        },
      },
    );
    expect(result.file).toBe(join(home, 'user', 'Library', 'LaunchAgents', 'org.afterview.serve.plist'));
    const list = /<key>ProgramArguments<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(result.text)?.[1] ?? '';
    const argv = [...list.matchAll(/<string>(.*?)<\/string>/g)].map((m) => m[1] as string);
    expect(argv.slice(2)).toEqual(['--home', home, 'serve', '--port', String(port), '--no-sync']);
    await startsAndAnswers(argv, {}, port, join(home, 'user'));
  }, 40_000);
});

/** A stand-in `systemctl` that logs its arguments and answers like a user manager (or fails as told). */
function fakeSystemctl(): { bin: string; log: string } {
  const dir = freshHome();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const script = `#!/bin/sh
echo "$* TZ=$TZ" >> "${log}"
case "$*" in
  *show-environment*) if [ -n "$FAKE_NO_BUS" ]; then echo "Failed to connect to bus: No medium found" >&2; exit 1; fi; echo HOME=/home/x ;;
  *"show -p"*) echo ActiveState=active; echo "ActiveEnterTimestamp=Tue 2026-12-08 03:10:02 UTC" ;;
  *"enable --now"*) if [ -n "$FAKE_FAIL_ENABLE" ]; then echo "Failed to enable unit: Unit file is masked." >&2; exit 1; fi ;;
esac
exit 0
`;
  writeFileSync(join(bin, 'systemctl'), script);
  chmodSync(join(bin, 'systemctl'), 0o755);
  return { bin, log };
}

function calls(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/ TZ=UTC$/, ''));
}

describe('what the unit carries', () => {
  it('the database, another seeker and a key file go in the environment, never on the command line', async () => {
    const home = freshHome();
    const db = 'postgres://ana:s3cret@db.example:5432/afterview';
    const result = await installService(
      {
        platform: 'linux',
        nodePath: '/usr/bin/node',
        cliPath: '/opt/afterview/dist/cli.js',
        home,
        configHome: join(home, 'config'),
        userHome: home,
        uid: 1000,
        databaseUrl: db,
        seekerId: 'ana',
        secretKeyFile: '/home/ana/.afterview-key',
        port: 4411,
        sync: true,
        dryRun: true,
      },
      {
        run: () => Promise.reject(new Error('a dry run runs nothing')),
        readFile: () => null,
        writeFile: () => {
          throw new Error('a dry run writes nothing');
        },
        removeFile: () => {},
      },
    );
    const { argv, env } = unitCommand(result.text);
    expect(env).toEqual({
      AFTERVIEW_DATABASE_URL: db,
      AFTERVIEW_SEEKER: 'ana',
      AFTERVIEW_SECRET_KEY_FILE: '/home/ana/.afterview-key',
    });
    expect(argv.join(' ')).not.toContain('s3cret');
  });

  it('refuses a system it has no service manager for, and a CLI that is not built', async () => {
    const home = freshHome();
    const input = {
      platform: 'win32',
      nodePath: 'node',
      cliPath: 'cli.js',
      home,
      configHome: home,
      userHome: home,
      uid: 0,
      port: 4411,
      sync: true,
      dryRun: true,
    };
    await expect(installService(input, {} as never)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/Linux \(systemd\) and macOS \(launchd\), not win32/),
    });
    // Nor a CLI run from its TypeScript source, which node alone cannot start.
    await expect(
      installService({ ...input, platform: 'linux', cliPath: '/src/cli/entry.ts' }, {} as never),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'the service runs the built program, not /src/cli/entry.ts',
    });
  });
});

describe('the launchd agent, with launchctl stood in for and the rest real', () => {
  it('bootstraps it, reads its state and start time, boots it out and removes it', async () => {
    const home = freshHome();
    const real = realServiceSystem();
    const calls: string[] = [];
    let loaded = false;
    const system: ServiceSystem = {
      ...real,
      run: async (command, args, env) => {
        if (command !== 'launchctl') return real.run(command, args, env);
        calls.push(args.join(' '));
        if (args[0] === 'bootstrap') loaded = true;
        if (args[0] === 'bootout') loaded = false;
        if (args[0] === 'print') {
          return loaded
            ? {
                code: 0,
                stdout: `gui/501/org.afterview.serve = {\n\tstate = running\n\tpid = ${process.pid}\n}\n`,
                stderr: '',
              }
            : {
                code: 113,
                stdout: '',
                stderr: 'Could not find service "org.afterview.serve" in domain for user gui: 501',
              };
        }
        return { code: 0, stdout: '', stderr: '' };
      },
    };
    const where = {
      platform: 'darwin',
      nodePath: process.execPath,
      cliPath: join(process.cwd(), 'dist', 'cli.js'),
      home,
      configHome: join(home, 'config'),
      userHome: join(home, 'user'),
      uid: 501,
    };
    const file = join(home, 'user', 'Library', 'LaunchAgents', 'org.afterview.serve.plist');
    const installed = await installService({ ...where, port: 4411, sync: true, dryRun: false }, system);
    expect(installed).toMatchObject({ file, started: true, logs: `tail -f ${join(home, 'serve.log')}` });
    expect(calls).toEqual([`bootstrap gui/501 ${file}`]);
    expect(readFileSync(file, 'utf8')).toBe(installed.text);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const status = await serviceStatus(where, system);
    expect(status).toMatchObject({ installed: true, running: true, state: 'running', detail: 'running' });
    // The start time is this very process's, read with the real ps: within the last hour or so.
    const since = Date.parse(status.since ?? '');
    expect(since).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - since).toBeLessThan(3_600_000);

    // Installing again boots the old definition out first.
    calls.length = 0;
    await installService({ ...where, port: 4412, sync: true, dryRun: false }, system);
    expect(calls).toEqual(['bootout gui/501/org.afterview.serve', `bootstrap gui/501 ${file}`]);

    calls.length = 0;
    expect(await uninstallService(where, system)).toEqual({ platform: 'darwin', file, removed: true });
    expect(calls).toEqual(['bootout gui/501/org.afterview.serve']);
    expect(existsSync(file)).toBe(false);
    expect(await serviceStatus(where, system)).toMatchObject({ installed: false, state: 'not installed' });
  });

  it('an agent launchd refuses is removed again', async () => {
    const home = freshHome();
    const system: ServiceSystem = {
      ...realServiceSystem(),
      run: async () => ({ code: 5, stdout: '', stderr: 'Bootstrap failed: 5: Input/output error' }),
    };
    const where = {
      platform: 'darwin',
      nodePath: process.execPath,
      cliPath: 'cli.js',
      home,
      configHome: home,
      userHome: home,
      uid: 501,
    };
    await expect(installService({ ...where, port: 4411, sync: true, dryRun: false }, system)).rejects.toMatchObject({
      code: 'service_unavailable',
      message: 'launchctl bootstrap gui/501 failed (Bootstrap failed: 5: Input/output error)',
    });
    expect(existsSync(join(home, 'Library', 'LaunchAgents', 'org.afterview.serve.plist'))).toBe(false);
  });
});

describe('afterview service with systemctl --user', () => {
  it('installs (nothing but the unit written), reports, reinstalls and uninstalls in the order systemd needs', () => {
    const { bin, log } = fakeSystemctl();
    const home = freshHome();
    const config = join(tmpdir(), `afterview-config-${process.pid}-${Date.now()}`);
    const env = { XDG_CONFIG_HOME: config, PATH: `${bin}:${process.env.PATH}` };
    const db = 'postgres://ana:s3cret@127.0.0.1:5999/afterview';
    const dry = cli(home, ['--home', home, 'service', 'install', '--dry-run'], { env });
    expect(dry.code).toBe(0);
    expect(calls(log)).toEqual([]);

    const installed = cli(home, ['--home', home, 'service', 'install', '--port', '4999'], { env });
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    const file = join(config, 'systemd', 'user', 'afterview.service');
    expect(installed.stdout).toContain(`File: ${file}`);
    expect(installed.stdout).toContain('journalctl --user -u afterview -f');
    expect(calls(log)).toEqual([
      '--user show-environment',
      '--user daemon-reload',
      '--user enable --now afterview.service',
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(unitCommand(readFileSync(file, 'utf8')).argv.slice(2)).toEqual(['--home', home, 'serve', '--port', '4999']);

    const status = cli(home, ['--home', home, 'service', 'status', '--json'], { env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      platform: 'linux',
      file,
      installed: true,
      running: true,
      since: '2026-12-08T03:10:02Z',
      state: 'running',
      detail: 'active',
    });
    expect(calls(log).at(-1)).toBe('--user show -p ActiveState,ActiveEnterTimestamp afterview.service');
    expect(cli(home, ['--home', home, 'service', 'status'], { env }).stdout).toContain(
      'running since 2026-12-08T03:10:02Z',
    );

    // Again, with other options: the unit is rewritten and the running server restarted to take them.
    writeFileSync(log, '');
    const again = cli(home, ['--home', home, 'service', 'install', '--port', '4998', '--no-sync'], { env });
    expect(again.code).toBe(0);
    expect(calls(log)).toEqual([
      '--user show-environment',
      '--user daemon-reload',
      '--user enable --now afterview.service',
      '--user restart afterview.service',
    ]);
    expect(unitCommand(readFileSync(file, 'utf8')).argv.slice(4)).toEqual(['serve', '--port', '4998', '--no-sync']);

    // A database that cannot be reached is refused before anything is written or asked.
    writeFileSync(log, '');
    const before = readFileSync(file, 'utf8');
    const down = cli(home, ['--home', home, '--database', db, 'service', 'install'], { env });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/^afterview: could not reach the PostgreSQL server at 127\.0\.0\.1:5999/);
    expect(down.stderr).not.toContain('s3cret');
    expect(calls(log)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);

    writeFileSync(log, '');
    const removed = cli(home, ['--home', home, 'service', 'uninstall'], { env });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe(`Stopped and removed ${file}.\n`);
    expect(calls(log)).toEqual([
      '--user show-environment',
      '--user disable --now afterview.service',
      '--user daemon-reload',
    ]);
    expect(existsSync(file)).toBe(false);
    const after = cli(home, ['--home', home, 'service', 'status'], { env });
    expect(after.stdout).toMatch(/^not installed/);
  }, 60_000);

  it('a unit systemd refuses to enable is removed again: exit 3, one line', () => {
    const { bin, log } = fakeSystemctl();
    const home = freshHome();
    const config = join(freshHome(), 'config');
    const env = { XDG_CONFIG_HOME: config, PATH: `${bin}:${process.env.PATH}`, FAKE_FAIL_ENABLE: '1' };
    const r = cli(home, ['--home', home, 'service', 'install'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Unit file is masked');
    expect(existsSync(join(config, 'systemd', 'user', 'afterview.service'))).toBe(false);
    expect(calls(log)).toEqual([
      '--user show-environment',
      '--user daemon-reload',
      '--user enable --now afterview.service',
      '--user disable --now afterview.service',
      '--user daemon-reload',
    ]);
  }, 30_000);

  it('no user manager: one line saying how to get one, exit 3, nothing written', () => {
    const { bin } = fakeSystemctl();
    const home = freshHome();
    const config = join(freshHome(), 'config');
    const env = { XDG_CONFIG_HOME: config, PATH: `${bin}:${process.env.PATH}`, FAKE_NO_BUS: '1' };
    for (const args of [['install'], ['status']]) {
      if (args[0] === 'status') {
        // Status asks the manager only once a unit is there.
        mkdirSync(join(config, 'systemd', 'user'), { recursive: true });
        writeFileSync(join(config, 'systemd', 'user', 'afterview.service'), '[Service]\n');
      }
      const r = cli(home, ['--home', home, 'service', ...args], { env });
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(
        "afterview: systemd's user manager cannot be reached (Failed to connect to bus: No medium found); it needs a user session: run `loginctl enable-linger $USER` and log in again, or start `afterview serve` yourself\n",
      );
      expect(r.stdout).toBe('');
    }
  }, 30_000);

  const realReachable = spawnSync('systemctl', ['--user', 'show-environment']).status === 0;
  it.skipIf(realReachable)(
    'the real systemctl, where no user manager answers: exit 3 and no unit written',
    () => {
      const home = freshHome();
      const config = join(freshHome(), 'config');
      const r = cli(home, ['--home', home, 'service', 'install'], { env: { XDG_CONFIG_HOME: config } });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^afterview: systemd's user manager cannot be reached \(.+\); .*loginctl enable-linger/);
      expect(existsSync(join(config, 'systemd'))).toBe(false);
    },
    30_000,
  );

  it('bad input: a port out of range is exit 2 and one line', () => {
    const home = freshHome();
    const r = cli(home, ['--home', home, 'service', 'install', '--port', '70000', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('afterview: --port: give a port from 1 to 65535 (got 70000)\n');
  });
});
