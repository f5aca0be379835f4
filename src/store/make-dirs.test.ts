import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from './make-dirs.js';

describe('makeDirs', () => {
  it('creates the missing levels with the mode asked, and accepts a folder that is there', () => {
    const root = mkdtempSync(join(tmpdir(), 'afterview-dirs-'));
    try {
      const deep = join(root, 'a', 'b', 'c');
      makeDirs(deep, 0o700);
      expect(statSync(deep).isDirectory()).toBe(true);
      expect(statSync(join(root, 'a')).mode & 0o777).toBe(0o700);
      makeDirs(deep, 0o700);
      expect(existsSync(deep)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform !== 'linux')('fails at once under /proc, where recursive mkdirSync never returns', () => {
    expect(() => makeDirs('/proc/afterview-test/home')).toThrow(/ENOENT/);
  });

  it('fails with the system error under a file', () => {
    expect(() => makeDirs('/dev/null/afterview')).toThrow(/ENOTDIR/);
  });
});
