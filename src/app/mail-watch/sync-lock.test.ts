/**
 * One sync at a time per seeker: a second sync for the same seeker starts
 * only after the first ended (even when the first failed); another seeker's
 * runs alongside.
 */
import { describe, expect, it } from 'vitest';
import { oneSyncAtATime } from './sync-lock.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('oneSyncAtATime', () => {
  it("runs a seeker's syncs one after another, failures included, and other seekers alongside", async () => {
    const log: string[] = [];
    const work =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick(30);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a = oneSyncAtATime('sam', work('a', true));
    const b = oneSyncAtATime('sam', work('b'));
    const other = oneSyncAtATime('kim', work('other'));
    await expect(a).rejects.toThrow('a');
    await expect(b).resolves.toBe('b');
    await expect(other).resolves.toBe('other');
    expect(log.filter((l) => !l.endsWith('other'))).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(log.indexOf('start other')).toBeLessThan(log.indexOf('end a'));
  });
});
