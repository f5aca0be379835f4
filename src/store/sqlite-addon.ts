/**
 * Where better-sqlite3's compiled addon is, so the driver can be given it
 * outright: otherwise it finds it through the `bindings` package, which
 * tries a dozen paths and reads a stack trace (~10 ms of every start that
 * opens the database).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The addon's path, or undefined when it is not where an install puts it (the driver then looks itself). */
export function betterSqliteAddon(): string | undefined {
  const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  // Where an install puts it next to this module (src/store, or dist/ when bundled): a few stat calls.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    if (existsSync(join(dir, addon))) return join(dir, addon);
  }
  try {
    // Elsewhere (a hoisted install): module resolution, slower.
    const main = createRequire(import.meta.url).resolve('better-sqlite3');
    const file = join(dirname(main), '..', 'build', 'Release', 'better_sqlite3.node');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
