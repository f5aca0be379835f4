/**
 * Creates a folder and its missing parents, one level at a time. Node 20's
 * `mkdirSync(path, { recursive: true })` never returns for a path under a
 * pseudo-filesystem such as /proc (it retries the same ENOENT for ever);
 * creating each level itself fails at once with the system's own error.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Like `mkdirSync(path, { recursive: true, mode })`, but throws (ENOENT, EACCES, ENOTDIR...) instead of hanging. */
export function makeDirs(path: string, mode?: number): void {
  const missing: string[] = [];
  for (let dir = path; !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, mode === undefined ? undefined : { mode });
    } catch (error) {
      // Another process may have made it in between.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
