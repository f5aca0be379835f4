/**
 * The repository stands on its own: no source, test, script, bench or web
 * file reads or names a path outside it. Every text file under those folders
 * (and the root configuration and CI script) is scanned for the names of the
 * reference folder that sits beside the project on the machine it was built
 * on, and every string literal that climbs with `..` is resolved from its
 * file and must stay inside the repository root. This file is left out of
 * the scan: its samples are old paths on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SELF = relative(ROOT, import.meta.filename);

/** Folders scanned, from the root; their node_modules and build output are skipped. */
const SCANNED_DIRS = ['src', 'test', 'scripts', 'bench', 'web', '.ci', 'docs'];
/** Files at the root that can name paths too. */
const SCANNED_ROOT_FILES = ['package.json', 'vitest.config.ts', 'tsconfig.json', 'biome.json', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-artifacts']);
/** Text files worth reading; files without an extension (such as .ci/run) are read too. */
const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|sh|html|md)$|^[^.]+$/;

/**
 * The reference folder beside the project. Its name is put together here, so
 * that this checker (whose samples are the old paths) does not itself name it
 * for a text search of the repository to find.
 */
const REF = ['sha', 'red'].join('');
/** Names of the reference folder beside the project, in any of the ways code reached it. */
const OUTSIDE_NAMES = [`../${REF}`, `${REF}/corpus`, `${REF}/spec`, `${REF}/seed`, `/work/${REF}`];

/** A quoted string literal that starts by climbing: '..', '../x', "../../y", `../z`. */
const CLIMBING_LITERAL = /(['"`])(\.\.(?:\/[^'"`\s$]*)?)\1/g;
/** Several '..' arguments in a row, as in join(dir, '..', '..', 'x'). */
const DOTDOT_ARGS = /(['"`])\.\.\1(?:\s*,\s*(['"`])\.\.\2)+/g;

/** One place where a file reaches outside the repository. */
interface OutsidePath {
  file: string;
  line: number;
  text: string;
  why: string;
}

/**
 * The places in `text` (the content of `file`, a path relative to `root`)
 * that name the reference folder or climb above `root`.
 */
function findOutsidePaths(root: string, file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const lineText = (index: number) => text.split('\n')[lineOf(index) - 1]?.trim() ?? '';
  for (const name of OUTSIDE_NAMES) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
      found.push({ file, line: lineOf(at), text: lineText(at), why: `names ${name}` });
  }
  const climbs = (literal: string, index: number) => {
    const target = resolve(root, dirname(file), literal);
    const inside = relative(root, target);
    if (inside === '..' || inside.startsWith(`..${sep}`))
      found.push({ file, line: lineOf(index), text: lineText(index), why: `'${literal}' leaves the repository` });
  };
  for (const m of text.matchAll(CLIMBING_LITERAL)) climbs(m[2]!, m.index);
  for (const m of text.matchAll(DOTDOT_ARGS)) climbs(m[0].match(/\.\./g)!.join('/'), m.index);
  return found;
}

/** The text files scanned, relative to the root. */
function scannedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : walk(path);
      return entry.isFile() && TEXT.test(entry.name) ? [path] : [];
    });
  return [...SCANNED_DIRS.flatMap(walk), ...SCANNED_ROOT_FILES].filter((f) => f !== SELF);
}

describe('the repository stands on its own', () => {
  it('no source, test, script, bench or web file reads or names a path outside it', () => {
    const files = scannedFiles();
    expect(files).toContain(join('src', 'mail', 'parse.test.ts'));
    expect(files).toContain(join('.ci', 'run'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => findOutsidePaths(ROOT, file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line}: ${f.why}: ${f.text}`)).toEqual([]);
  });
});

describe('findOutsidePaths', () => {
  const root = '/r/afterview';
  const check = (file: string, text: string) => findOutsidePaths(root, file, text).map((f) => f.why);

  it('finds the old ways of reaching the sample mail beside the repository', () => {
    expect(
      check(
        'src/mail/parse.test.ts',
        `const CORPUS = join(import.meta.dirname, '../../../${REF}/corpus/mail/messages');`,
      ),
    ).toEqual([
      `names ../${REF}`,
      `names ${REF}/corpus`,
      `'../../../${REF}/corpus/mail/messages' leaves the repository`,
    ]);
    expect(check('test/cli/mail-calendar.test.ts', `const CORPUS = resolve(ROOT, '../${REF}/corpus/mail');`)).toEqual([
      `names ../${REF}`,
      `names ${REF}/corpus`,
    ]);
    expect(check('scripts/eval-mail.ts', `const spec = "/work/${REF}/spec/PLAYBOOK.md";`)).toEqual([
      `names ${REF}/spec`,
      `names /work/${REF}`,
    ]);
  });

  it('finds a climb above the root under any name, in one literal or in several', () => {
    expect(check('src/mail/a.ts', "join(import.meta.dirname, '../../../elsewhere/x.json')")).toEqual([
      "'../../../elsewhere/x.json' leaves the repository",
    ]);
    expect(check('test/app/a.test.ts', 'join(import.meta.dirname, `../../..`)')).toEqual([
      "'../../..' leaves the repository",
    ]);
    expect(check('src/mail/a.ts', "join(import.meta.dirname, '..', '..', '..', 'elsewhere')")).toEqual([
      "'../../..' leaves the repository",
    ]);
    expect(check('web/src/views/a.tsx', "import { x } from '../../../../y.js';")).toEqual([
      "'../../../../y.js' leaves the repository",
    ]);
  });

  it('lets paths that stay inside the repository be', () => {
    expect(check('src/mail/a.ts', "join(import.meta.dirname, '../../test/fixtures/mail')")).toEqual([]);
    expect(check('test/cli/cli-runner.ts', "resolve(import.meta.dirname, '../..')")).toEqual([]);
    expect(check('web/src/views/a.tsx', "import { mailtoLink } from '../../../src/mail/send/mailto.js';")).toEqual([]);
    expect(check('src/mail/a.ts', "join(import.meta.dirname, '..', '..', 'test')")).toEqual([]);
    expect(check('src/server/a.ts', "const shared = 'a value shared by the routes';")).toEqual([]);
  });
});
