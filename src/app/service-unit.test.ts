/** The text of the systemd unit and the launchd agent, and the readers of the managers' answers. */
import { describe, expect, it } from 'vitest';
import {
  launchdPlistText,
  parseLaunchctlPrint,
  parseSystemdShow,
  type ServicePlan,
  serviceArgv,
  systemdQuote,
  systemdUnitText,
} from './service-unit.js';

const PLAN: ServicePlan = {
  nodePath: '/opt/node 20/bin/node',
  cliPath: '/home/ana/afterview/dist/cli.js',
  home: '/home/ana/jobs',
  env: [
    ['AFTERVIEW_DATABASE_URL', 'postgres://ana:p%40ss$word@db.example:5432/afterview'],
    ['AFTERVIEW_SEEKER', 'ana'],
  ],
  serveArgs: ['--port', '8080', '--public-url', 'https://jobs.example.org/?a=1&b=<2>'],
  logPath: '/home/ana/jobs/serve.log',
  restartDelaySeconds: 5,
};

describe('systemdUnitText', () => {
  const text = systemdUnitText(PLAN);
  const lines = text.split('\n');

  it('runs the given node and CLI with the home and serve options, each argument quoted', () => {
    expect(lines).toContain(
      'ExecStart="/opt/node 20/bin/node" "/home/ana/afterview/dist/cli.js" "--home" "/home/ana/jobs" "serve" "--port" "8080" "--public-url" "https://jobs.example.org/?a=1&b=<2>"',
    );
  });

  it('passes the database and seeker in the environment, % doubled and $ kept', () => {
    expect(lines).toContain(
      'Environment="AFTERVIEW_DATABASE_URL=postgres://ana:p%%40ss$word@db.example:5432/afterview"',
    );
    expect(lines).toContain('Environment="AFTERVIEW_SEEKER=ana"');
  });

  it('starts again on failure after the delay, logs to the journal, and is wanted at login', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '[Service]',
        'Restart=on-failure',
        'RestartSec=5',
        'StandardOutput=journal',
        'StandardError=journal',
        '[Install]',
        'WantedBy=default.target',
      ]),
    );
    expect(lines.indexOf('[Unit]')).toBeLessThan(lines.indexOf('[Service]'));
    expect(lines.indexOf('[Service]')).toBeLessThan(lines.indexOf('[Install]'));
    expect(text.endsWith('\n')).toBe(true);
  });

  it('has no Environment line without settings', () => {
    expect(systemdUnitText({ ...PLAN, env: [] })).not.toContain('Environment=');
  });

  it('refuses a value with a line break, which would end the line', () => {
    expect(() => systemdUnitText({ ...PLAN, home: '/tmp/a\nExecStartPre=/bin/rm' })).toThrow(/line break/);
  });
});

describe('systemdQuote', () => {
  it('escapes what systemd would read otherwise: backslash, quote, specifier and variable', () => {
    expect(systemdQuote('a b')).toBe('"a b"');
    expect(systemdQuote('say "hi"\\now')).toBe('"say \\"hi\\"\\\\now"');
    expect(systemdQuote('100%')).toBe('"100%%"');
    expect(systemdQuote('$HOME')).toBe('"$$HOME"');
  });
});

describe('launchdPlistText', () => {
  const text = launchdPlistText(PLAN);

  it('runs the same argv, each argument a string, XML escaped', () => {
    const argv = /<key>ProgramArguments<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(text)?.[1] ?? '';
    const strings = [...argv.matchAll(/<string>(.*?)<\/string>/g)].map((m) => m[1]);
    expect(strings).toEqual(
      serviceArgv(PLAN).map((a) => a.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
    );
    expect(text).toContain('https://jobs.example.org/?a=1&amp;b=&lt;2&gt;');
  });

  it('starts at load, restarts only after a failure with a throttle, and logs to the file in the home', () => {
    expect(text).toContain('<key>Label</key><string>org.afterview.serve</string>');
    expect(text).toContain('<key>RunAtLoad</key><true/>');
    expect(text).toMatch(/<key>KeepAlive<\/key>\s*<dict><key>SuccessfulExit<\/key><false\/><\/dict>/);
    expect(text).toContain('<key>ThrottleInterval</key><integer>5</integer>');
    expect(text).toContain('<key>StandardOutPath</key><string>/home/ana/jobs/serve.log</string>');
    expect(text).toContain('<key>StandardErrorPath</key><string>/home/ana/jobs/serve.log</string>');
    expect(text).toMatch(
      /<key>EnvironmentVariables<\/key>\s*<dict>\s*<key>AFTERVIEW_DATABASE_URL<\/key><string>postgres:\/\/ana:p%40ss\$word@db.example:5432\/afterview<\/string>/,
    );
  });

  it('opens and closes every element it opens', () => {
    const body = text.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '');
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (m[3] === '/') continue;
      if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2] as string);
    }
    expect(stack).toEqual([]);
  });
});

describe('parseSystemdShow', () => {
  it('reads a running unit and when it entered that state', () => {
    expect(parseSystemdShow('ActiveState=active\nActiveEnterTimestamp=Tue 2026-12-08 03:10:02 UTC\n')).toEqual({
      running: true,
      since: 'Tue 2026-12-08 03:10:02 UTC',
      detail: 'active',
    });
  });

  it('reads a stopped or failed unit as not running, with no since', () => {
    expect(parseSystemdShow('ActiveState=failed\nActiveEnterTimestamp=Tue 2026-12-08 03:10:02 UTC\n')).toEqual({
      running: false,
      since: null,
      detail: 'failed',
    });
    expect(parseSystemdShow('ActiveState=inactive\nActiveEnterTimestamp=\n').running).toBe(false);
  });
});

describe('parseLaunchctlPrint', () => {
  it('reads the state and the pid', () => {
    const text = 'gui/501/org.afterview.serve = {\n\tactive count = 1\n\tstate = running\n\tpid = 4242\n}\n';
    expect(parseLaunchctlPrint(text)).toEqual({ running: true, since: null, detail: 'running', pid: 4242 });
    expect(parseLaunchctlPrint('\tstate = not running\n')).toMatchObject({ running: false, pid: null });
  });
});
