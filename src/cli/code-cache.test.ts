/**
 * Running a CommonJS file with V8's code cache (./code-cache.ts): the same
 * exports with or without a cache, the cache written once after a run (the
 * other builds' removed), kept while V8 accepts it, and a cache V8 refuses
 * ignored and written again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDirs } from '../store/make-dirs.js';
import { requireCached } from './code-cache.js';

let dir: string;
let file: string;
let cache: string;
/** Each test's file differs, so V8's in-process compilation cache never answers for the code cache. */
let made = 0;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterview-code-cache-'));
  file = join(dir, 'mod.cjs');
  cache = join(dir, 'cache', 'code-b2-v20.bin');
  writeFileSync(
    file,
    `'use strict'; // ${++made}\nconst { join } = require('node:path');\nexports.answer = (n) => n * 6;\nexports.where = () => join(__dirname, 'x');\n`,
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = () => {
  const loaded = requireCached(file, cache);
  const exports = loaded.exports as { answer(n: number): number; where(): string };
  return { answer: exports.answer(7), where: exports.where(), keep: loaded.keep };
};

describe('requireCached', () => {
  it('runs the file as require would, and keeps the cache once, removing other builds', () => {
    const first = run();
    expect(first).toMatchObject({ answer: 42, where: join(dir, 'x') });
    expect(existsSync(cache)).toBe(false);
    first.keep();
    expect(existsSync(cache)).toBe(true);
    const kept = readFileSync(cache);
    expect(kept.length).toBeGreaterThan(0);
    const mtime = statSync(cache).mtimeMs;

    const second = run();
    expect(second).toMatchObject({ answer: 42, where: join(dir, 'x') });
    second.keep();
    expect(statSync(cache).mtimeMs).toBe(mtime); // accepted: not written again
    expect(readFileSync(cache).equals(kept)).toBe(true);
  });

  it('ignores a cache V8 refuses and writes a good one; removes the caches of other builds', () => {
    const other = join(dir, 'cache', 'code-b1-v20.bin');
    makeDirs(join(dir, 'cache'), 0o700);
    writeFileSync(other, 'an older build');
    writeFileSync(cache, 'garbage, not a code cache');
    const again = run();
    expect(again.answer).toBe(42);
    again.keep();
    expect(readFileSync(cache, 'utf8')).not.toBe('garbage, not a code cache');
    expect(existsSync(other)).toBe(false);
  });

  it('runs without a cache file at all', () => {
    const loaded = requireCached(file, null);
    expect((loaded.exports as { answer(n: number): number }).answer(2)).toBe(12);
    loaded.keep();
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
