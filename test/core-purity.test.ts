/**
 * STYLE.md rule 1: src/core is pure. Biome bans the imports; this test
 * checks what an import ban cannot see: no clock, no randomness, no
 * environment anywhere in the core's source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../src/core');
const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/\bnew Date\s*\(/, 'new Date()'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\bprocess\.(env|argv|exit|cwd|stdout|stderr|stdin|hrtime|platform|pid|memoryUsage)\b/, 'process.*'],
  [/\bTemporal\.Now\b/, 'Temporal.Now'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.includes('.fixture.')
      ? [path]
      : [];
  });
}

describe('src/core', () => {
  it('reads no clock, no randomness and no environment', () => {
    const found: string[] = [];
    for (const file of sources(CORE)) {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, name] of FORBIDDEN)
        if (pattern.test(text)) found.push(`${file.slice(CORE.length + 1)}: ${name}`);
    }
    expect(found).toEqual([]);
  });
});
