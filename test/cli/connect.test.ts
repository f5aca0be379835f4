/**
 * `afterview connect` and `config set digest.hour` through the built CLI:
 * a preset and an app password become the mail settings (the password
 * never printed), Outlook sets up sending only, `other` takes its hosts, and
 * bad input is one line with exit 2 and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, freshHome, okJson } from './cli-runner.js';

beforeAll(() => ensureBuilt());

type Entry = { key: string; value: string | number | null };
const settingOf = (home: string, key: string) => okJson<Entry>(home, ['config', 'get', key, '--json']).value;

describe('connect', () => {
  it('fills the servers of a preset from an address and an app password, and hides the password', () => {
    const home = freshHome();
    const r = cli(home, ['connect', 'gmail', 'sam.lee@gmail.com'], { input: 'abcd efgh ijkl mnop\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/abcd|efgh/);
    expect(settingOf(home, 'imap.url')).toBe('imaps://sam.lee%40gmail.com:***@imap.gmail.com:993');
    expect(settingOf(home, 'smtp.url')).toBe('smtps://sam.lee%40gmail.com:***@smtp.gmail.com:465');
    expect(settingOf(home, 'email')).toBe('sam.lee@gmail.com');
    // The spaces Google shows are not part of the password.
    const saved = JSON.parse(readFileSync(join(home, 'secrets.json'), 'utf8')) as Record<string, string>;
    expect(saved['imap.url']).toBe('imaps://sam.lee%40gmail.com:abcdefghijklmnop@imap.gmail.com:993');
  });

  it('keeps an address already set, and sets up only sending for Outlook.com', () => {
    const home = freshHome();
    expect(cli(home, ['config', 'set', 'email', 'sam@example.com']).code).toBe(0);
    const r = cli(home, ['connect', 'outlook', 'sam@outlook.com', '--json'], { input: 'app-pass\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      provider: 'outlook',
      imapUrl: null,
      smtpUrl: 'smtp://sam%40outlook.com:***@smtp-mail.outlook.com:587',
      emailSet: false,
    });
    expect(settingOf(home, 'imap.url')).toBeNull();
    expect(settingOf(home, 'email')).toBe('sam@example.com');
  });

  it('takes the hosts of another provider, TLS by port', () => {
    const home = freshHome();
    const r = cli(
      home,
      ['connect', 'other', 'sam@example.org', '--imap-host', 'mail.example.org', '--smtp-host', 'mail.example.org'],
      { input: 'p@ss word\n' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(settingOf(home, 'imap.url')).toBe('imaps://sam%40example.org:***@mail.example.org:993');
    expect(settingOf(home, 'smtp.url')).toBe('smtp://sam%40example.org:***@mail.example.org:587');
    const saved = JSON.parse(readFileSync(join(home, 'secrets.json'), 'utf8')) as Record<string, string>;
    expect(saved['smtp.url']).toBe('smtp://sam%40example.org:p%40ss%20word@mail.example.org:587');
  });

  it('refuses an unknown provider, other without its hosts, and no password: one line, exit 2, nothing saved', () => {
    const home = freshHome();
    const cases: [string[], string, RegExp][] = [
      [
        ['connect', 'hotmail', 'sam@hotmail.com'],
        'pw\n',
        /^afterview: provider: no preset "hotmail"; use one of gmail, icloud, fastmail, yahoo, outlook, other$/,
      ],
      [
        ['connect', 'other', 'sam@example.org', '--smtp-host', 'smtp.example.org'],
        'pw\n',
        /^afterview: --imap-host: give the server's host name/,
      ],
      [['connect', 'gmail', 'sam@gmail.com'], '', /^afterview: no app password on standard input/],
      [['connect', 'gmail', 'not-an-address'], 'pw\n', /address: give an address like sam@example\.com/],
    ];
    for (const [args, input, line] of cases) {
      const r = cli(home, args, { input });
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    }
    expect(settingOf(home, 'imap.url')).toBeNull();
    expect(settingOf(home, 'smtp.url')).toBeNull();
  });
});

describe('config set digest.hour', () => {
  it('takes a whole hour from 0 to 23, and an empty value turns the digest off', () => {
    const home = freshHome();
    expect(settingOf(home, 'digest.hour')).toBeNull();
    expect(cli(home, ['config', 'set', 'digest.hour', '7']).code).toBe(0);
    expect(settingOf(home, 'digest.hour')).toBe(7);
    for (const bad of ['24', '7.5', 'seven', '-1']) {
      const r = cli(home, ['config', 'set', 'digest.hour', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trim()).toMatch(/^afterview: digest\.hour must be a whole hour from 0 to 23/);
    }
    expect(settingOf(home, 'digest.hour')).toBe(7);
    expect(cli(home, ['config', 'set', 'digest.hour', '']).code).toBe(0);
    expect(settingOf(home, 'digest.hour')).toBeNull();
  });
});
