/**
 * The layer rules (`.dependency-cruiser.cjs`, run by `npm run layers`) catch
 * what they are for: a small tree in a temporary directory breaks each rule
 * once, and the check must name every break and fail; the same tree without
 * the breaks passes. The real tree is checked by `npm test` itself.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const dirs: string[] = [];
/** From a file in the sample tree's web/src to the tree's root (the same climb as the real web/src). */
const FROM_WEB = `${relative('web/src', '.')}/`;

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path -> source) into a fresh directory with a tsconfig like the repository's. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-layers-'));
  dirs.push(dir);
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true },
    }),
    'src/core/model.ts': 'export type Kind = "a";\n',
    'src/records/errors.ts': 'export class AppError extends Error {}\n',
    'src/app/errors.ts': 'export const E = 1;\n',
    'src/app/use-case.ts': "import { AppError } from '../records/errors.js';\nexport const u = AppError;\n",
    'src/store/store.ts': "import { AppError } from '../records/errors.js';\nexport const s = AppError;\n",
    'src/cli/main.ts': "import { u } from '../app/use-case.js';\nexport const c = u;\n",
    'src/main.ts': "import { c } from './cli/main.js';\nexport const m = c;\n",
    'src/server/api.types.ts': "import type { u } from '../app/use-case.js';\nexport type Answer = typeof u;\n",
    'web/src/api.ts': `import type { Kind } from '${FROM_WEB}src/core/model.js';\nimport type { Answer } from '${FROM_WEB}src/server/api.types.js';\nexport type K = Kind | Answer;\n`,
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the layer check in `dir`: its exit code and what it printed. */
async function layers(dir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      DEPCRUISE,
      ['src', 'web/src', '--config', CONFIG, '--output-type', 'err'],
      { cwd: dir },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('npm run layers', () => {
  it('passes a tree whose imports go only downwards', async () => {
    const result = await layers(tree({}));
    expect(result.out).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  }, 60_000);

  it('names and fails every direction that must never exist', async () => {
    const result = await layers(
      tree({
        'src/core/time.ts': "import 'node:fs';\nimport 'kysely';\nimport '../records/errors.js';\n",
        'src/records/data-file.ts': "import 'node:path';\nimport '../store/store.js';\n",
        'src/store/lock-wait.ts': "import '../app/errors.js';\n",
        'src/mail/match.ts': "import '../server/app.js';\n",
        'src/server/app.ts': 'export const a = 1;\n',
        'src/app/ids.ts': "import 'hono';\nimport '../cli/main.js';\n",
        'web/src/view.tsx': `import { AppError } from '${FROM_WEB}src/records/errors.js';\nexport const v = AppError;\n`,
        'web/src/store-types.ts': `import type { s } from '${FROM_WEB}src/store/store.js';\nexport type S = typeof s;\n`,
        'web/src/answers.ts': `import type { u } from '${FROM_WEB}src/app/use-case.js';\nexport type U = typeof u;\n`,
        'web/src/bundles-api.ts': `import * as api from '${FROM_WEB}src/server/api.types.js';\nexport const a = api;\n`,
        'src/server/api.types.ts':
          "import { u } from '../app/use-case.js';\nexport type Answer = typeof u;\nexport const x = u;\n",
        'src/app/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
        'src/app/b.ts': "import type { A } from './a.js';\nexport type B = A | 1;\n",
      }),
    );
    expect(result.code).not.toBe(0);
    const errors = result.out.split('\n').filter((line) => line.includes('error '));
    for (const expected of [
      'core-is-pure-no-node: src/core/time.ts',
      'core-is-pure: src/core/time.ts → kysely',
      'core-is-pure: src/core/time.ts → src/records/errors.ts',
      'records-are-a-leaf-no-node: src/records/data-file.ts',
      'records-are-a-leaf: src/records/data-file.ts → src/store/store.ts',
      'io-never-imports-app: src/store/lock-wait.ts → src/app/errors.ts',
      'io-never-imports-app: src/mail/match.ts → src/server/app.ts',
      'front-ends-are-the-top: src/mail/match.ts → src/server/app.ts',
      'app-has-no-transport: src/app/ids.ts → hono',
      'app-has-no-transport: src/app/ids.ts → src/cli/main.ts',
      'web-takes-types-from-the-api: web/src/view.tsx → src/records/errors.ts',
      'web-takes-types-from-the-api: web/src/store-types.ts → src/store/store.ts',
      'web-takes-types-from-the-api: web/src/answers.ts → src/app/use-case.ts',
      'web-imports-api-types-as-types: web/src/bundles-api.ts → src/server/api.types.ts',
      'api-types-are-types-only: src/server/api.types.ts → src/app/use-case.ts',
      'no-circular: src/app/a.ts',
    ])
      expect(
        errors.some((line) => line.includes(expected)),
        `${expected}\n${result.out}`,
      ).toBe(true);
  }, 60_000);
});
