/**
 * The secrets file under concurrent changes: two `config set` processes at
 * once (different keys) both keep their key, round after round; a change
 * waits while another process holds the file's lock, and a lock left by a
 * dead process does not stop it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, ensureBuilt, freshHome, ok } from './cli-runner.js';

const ROUNDS = 20;
const SMTP = 'smtp://sam:pw1@mail.example:587';
const IMAP = 'imaps://sam:pw2@mail.example:993';

function saved(home: string): Record<string, string> {
  return JSON.parse(readFileSync(join(home, 'secrets.json'), 'utf8')) as Record<string, string>;
}

describe('the secrets file', () => {
  beforeAll(() => ensureBuilt());

  it(`keeps both keys of two concurrent \`config set\` in each of ${ROUNDS} rounds`, async () => {
    const lost: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const home = freshHome();
      try {
        ok(home, ['config', 'get']);
        const results = await Promise.all([
          cliAsync(home, ['config', 'set', 'smtp.url', SMTP]),
          cliAsync(home, ['config', 'set', 'imap.url', IMAP]),
        ]);
        expect(results.map((r) => [r.code, r.stderr])).toEqual([
          [0, ''],
          [0, ''],
        ]);
        const keys = Object.keys(saved(home)).sort();
        if (keys.join() !== 'imap.url,smtp.url') lost.push(`round ${round}: kept only ${keys.join(', ')}`);
        expect(statSync(join(home, 'secrets.json')).mode & 0o777).toBe(0o600);
        expect(existsSync(join(home, 'secrets.json.lock'))).toBe(false);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    }
    expect(lost).toEqual([]);
  }, 180_000);

  it('waits while another process holds its lock, then keeps both keys', async () => {
    const home = freshHome();
    try {
      ok(home, ['config', 'set', 'smtp.url', SMTP]);
      // This test process is alive: its pid in the lock file makes it a lock held, not one left over.
      const lock = join(home, 'secrets.json.lock');
      writeFileSync(lock, String(process.pid));
      let done = false;
      const setting = cliAsync(home, ['config', 'set', 'imap.url', IMAP]).then((r) => {
        done = true;
        return r;
      });
      await sleep(1500);
      expect(done).toBe(false);
      expect(Object.keys(saved(home))).toEqual(['smtp.url']);
      rmSync(lock);
      const r = await setting;
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(Object.keys(saved(home)).sort()).toEqual(['imap.url', 'smtp.url']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes over a lock left by a process that has ended', () => {
    const home = freshHome();
    try {
      ok(home, ['config', 'set', 'smtp.url', SMTP]);
      const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      });
      writeFileSync(join(home, 'secrets.json.lock'), ended.stdout);
      ok(home, ['config', 'set', 'imap.url', IMAP]);
      expect(Object.keys(saved(home)).sort()).toEqual(['imap.url', 'smtp.url']);
      expect(existsSync(join(home, 'secrets.json.lock'))).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
