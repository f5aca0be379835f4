/**
 * Keeps the docs true to the code: every rule the engine applies has a
 * section in docs/playbook.md, every command and option of the command line
 * one in docs/cli.md, every field of the afterview/1 schema is described in
 * docs/data-file.md with its length limit, the data-file example imports,
 * and no doc links outside the repository. Each check is a function of the
 * doc's text, also run on a doc with a part removed, to show it can fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../src/app/commands/data.js';
import { ITEM_KINDS } from '../src/core/model.js';
import { DataFileInputSchema } from '../src/records/data-file.schema.js';

const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Heading {
  level: number;
  /** The first `code` span of the heading, or its whole text when there is none. */
  name: string;
  line: number;
}

function headings(doc: string): Heading[] {
  const out: Heading[] = [];
  let fenced = false;
  doc.split('\n').forEach((text, line) => {
    if (text.startsWith('```')) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(text);
    if (m) out.push({ level: m[1]!.length, name: (/`([^`]+)`/.exec(m[2]!)?.[1] ?? m[2]!).trim(), line });
  });
  return out;
}

/** The text under every heading whose name is `name` or starts with `name ` (`import` -> `import mail PATH...`). */
function sectionsOf(doc: string, name: string): string {
  const lines = doc.split('\n');
  const all = headings(doc);
  return all
    .filter((h) => h.name === name || h.name.startsWith(`${name} `))
    .map((h) => {
      const end = all.find((next) => next.line > h.line && next.level <= h.level)?.line ?? lines.length;
      return lines.slice(h.line, end).join('\n');
    })
    .join('\n');
}

// --- docs/playbook.md -------------------------------------------------------

/** The rules the engine knows: every item kind, and every `*.rule.ts` (hold and weekly-gap yield no items). */
function ruleKinds(): string[] {
  const files = readdirSync(join(ROOT, 'src/core/playbook'))
    .filter((f) => f.endsWith('.rule.ts'))
    .map((f) => f.slice(0, -'.rule.ts'.length));
  return [...new Set([...ITEM_KINDS, ...files])].sort();
}

/** Rule kinds with no heading named after them. */
function missingRuleSections(doc: string, kinds: readonly string[]): string[] {
  const names = new Set(headings(doc).map((h) => h.name));
  return kinds.filter((k) => !names.has(k));
}

// --- docs/cli.md --------------------------------------------------------------

interface CommandSpec {
  /** `add`, `config get`. */
  path: string;
  /** Long options other than --json and --help, which docs/cli.md describes once for all. */
  options: string[];
}

function walkCommands(command: Command, prefix = ''): CommandSpec[] {
  return command.commands.flatMap((sub) => {
    const path = `${prefix}${sub.name()}`;
    const options = sub.options
      .map((o) => o.long)
      .filter((o): o is string => o !== undefined && o !== '--json' && o !== '--help');
    return [{ path, options }, ...walkCommands(sub, `${path} `)];
  });
}

/** Commands without a heading, and options not mentioned under their command's headings. */
function missingCommandDocs(doc: string, commands: readonly CommandSpec[], globals: readonly string[]): string[] {
  const missing: string[] = [];
  for (const { path, options } of commands) {
    const text = sectionsOf(doc, path);
    if (text === '') {
      missing.push(`a heading for \`${path}\``);
      continue;
    }
    for (const option of options) {
      if (!new RegExp(`${option}(?![\\w-])`).test(text)) missing.push(`\`${path} ${option}\``);
    }
  }
  for (const option of globals) if (!doc.includes(option)) missing.push(`the global option \`${option}\``);
  return missing;
}

/** Headings under "## Commands" whose first word is not a command of the program. */
function unknownCommandHeadings(doc: string, commands: readonly CommandSpec[]): string[] {
  const known = new Set(commands.map((c) => c.path.split(' ')[0]));
  const all = headings(doc);
  const start = all.find((h) => h.level === 2 && h.name === 'Commands');
  if (!start) return ['the "## Commands" section'];
  const end = all.find((h) => h.line > start.line && h.level <= 2)?.line ?? Number.POSITIVE_INFINITY;
  return all
    .filter((h) => h.line > start.line && h.line < end && h.level === 3)
    .map((h) => h.name)
    .filter((name) => !known.has(name.split(' ')[0]!));
}

/**
 * The program as the CLI builds it. src/cli/main.ts runs itself when
 * imported, so it is imported with an argv that only prints the version.
 */
async function loadProgram(): Promise<Command> {
  const argv = process.argv;
  const write = process.stdout.write;
  process.argv = [argv[0]!, 'afterview', '--version'];
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const { buildProgram } = await import('../src/cli/main.js');
    return buildProgram();
  } finally {
    process.argv = argv;
    process.stdout.write = write;
    process.exitCode = undefined;
  }
}

// --- docs/data-file.md ---------------------------------------------------------

interface Field {
  /** `opportunities[].touches[].subject`. */
  path: string;
  /** The most characters a text field may hold, when it is limited by length (not by format). */
  max: number | null;
}

// zod 4 keeps each schema's definition in `_zod.def`; the walk reads only that.
interface ZodLike {
  _zod: {
    def: {
      type: string;
      innerType?: ZodLike;
      in?: ZodLike;
      shape?: Record<string, ZodLike>;
      element?: ZodLike;
      options?: ZodLike[];
      format?: string;
    };
  };
  maxLength?: number | null;
}

function walkSchema(schema: ZodLike, path: string, out: Map<string, Field>): void {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    walkSchema(def.innerType!, path, out);
  } else if (def.type === 'pipe') {
    walkSchema(def.in!, path, out);
  } else if (def.type === 'object') {
    for (const [key, value] of Object.entries(def.shape!)) walkSchema(value, path ? `${path}.${key}` : key, out);
  } else if (def.type === 'array') {
    walkSchema(def.element!, `${path}[]`, out);
  } else if (def.type === 'union') {
    for (const option of def.options!) walkSchema(option, path, out);
  } else {
    const max = def.type === 'string' && def.format === undefined ? (schema.maxLength ?? null) : null;
    out.set(path, { path, max });
  }
}

function schemaFields(): Field[] {
  const out = new Map<string, Field>();
  walkSchema(DataFileInputSchema as unknown as ZodLike, '', out);
  return [...out.values()];
}

/** Field names (the last part of each path) that docs/data-file.md never writes as `code`. */
function missingFieldNames(doc: string, fields: readonly Field[]): string[] {
  const names = new Set(fields.map((f) => f.path.split('.').pop()!.replace(/\[\]$/, '')));
  return [...names].filter((name) => !doc.includes(`\`${name}\``));
}

/** Differences between the schema's length limits and the table under "## Length limits". */
function limitMismatches(doc: string, fields: readonly Field[]): string[] {
  const table = new Map<string, number>();
  for (const line of sectionsOf(doc, 'Length limits').split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*([\d,]+)\s*\|/.exec(line);
    if (m) table.set(m[1]!, Number(m[2]!.replaceAll(',', '')));
  }
  const problems: string[] = [];
  const limited = fields.filter((f) => f.max !== null);
  for (const f of limited) {
    const written = table.get(f.path);
    if (written === undefined) problems.push(`add the row | \`${f.path}\` | ${f.max} |`);
    else if (written !== f.max) problems.push(`\`${f.path}\` is limited to ${f.max}, the table says ${written}`);
  }
  for (const path of table.keys()) {
    if (!limited.some((f) => f.path === path)) problems.push(`\`${path}\` has no length limit in the schema`);
  }
  return problems;
}

function firstJsonBlock(doc: string): unknown {
  const m = /```json\n([\s\S]*?)\n```/.exec(doc);
  if (!m) throw new Error('no ```json block');
  return JSON.parse(m[1]!);
}

// --- every doc -------------------------------------------------------------------

function docFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return ['README.md', ...walk('docs')];
}

/** Relative links that lead nowhere or out of the repository. */
function brokenLinks(files: Readonly<Record<string, string>>): string[] {
  const broken: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith('.md')) continue;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!.split('#')[0]!;
      if (target === '' || /^[a-z]+:/i.test(target)) continue;
      const full = resolve(ROOT, dirname(path), target);
      if (relative(ROOT, full).startsWith('..') || !existsSync(full)) broken.push(`${path}: ${m[1]}`);
    }
  }
  return broken;
}

// --- the checks ----------------------------------------------------------------------

describe('docs/playbook.md', () => {
  const doc = read('docs/playbook.md');

  it('has a section for every rule the engine applies', () => {
    const kinds = ruleKinds();
    expect(kinds).toContain('offer-nudge');
    expect(kinds).toContain('weekly-gap');
    expect(missingRuleSections(doc, kinds)).toEqual([]);
  });

  it('the check notices a rule without its section', () => {
    const without = doc.replace('### `offer-nudge`', '### Nudges');
    expect(missingRuleSections(without, ruleKinds())).toEqual(['offer-nudge']);
  });
});

describe('docs/cli.md', () => {
  const doc = read('docs/cli.md');
  let commands: CommandSpec[];
  let globals: string[];

  beforeAll(async () => {
    const program = await loadProgram();
    commands = walkCommands(program);
    globals = program.options.map((o) => o.long).filter((o): o is string => o !== undefined);
  });

  it('describes every command, subcommand and option the program defines', () => {
    expect(commands.map((c) => c.path)).toEqual(expect.arrayContaining(['today', 'interview', 'config get']));
    expect(globals).toEqual(expect.arrayContaining(['--home', '--now']));
    expect(missingCommandDocs(doc, commands, globals)).toEqual([]);
  });

  it('describes no command the program lacks', () => {
    expect(unknownCommandHeadings(doc, commands)).toEqual([]);
  });

  it('the checks notice a missing command, option or global option, and an extra command', () => {
    expect(missingCommandDocs(doc.replace('### `config get`', '### Reading settings'), commands, globals)).toEqual([
      'a heading for `config get`',
    ]);
    expect(missingCommandDocs(doc.replaceAll('--asked-timeline', '--asked'), commands, globals)).toEqual([
      '`interview --asked-timeline`',
    ]);
    expect(missingCommandDocs(doc.replaceAll('--database', '--db'), commands, globals)).toEqual([
      'the global option `--database`',
    ]);
    expect(unknownCommandHeadings(`${doc}\n### \`frobnicate\`\n`, commands)).toEqual(['frobnicate']);
  });
});

describe('docs/data-file.md', () => {
  const doc = read('docs/data-file.md');
  const fields = schemaFields();

  it('names every field of the afterview/1 schema', () => {
    expect(fields.map((f) => f.path)).toEqual(
      expect.arrayContaining(['format', 'profile.settings.silenceDays', 'opportunities[].touches[].messageId']),
    );
    expect(missingFieldNames(doc, fields)).toEqual([]);
  });

  it('lists exactly the length limits of the schema', () => {
    expect(fields.find((f) => f.path === 'opportunities[].company')?.max).toBe(200);
    expect(limitMismatches(doc, fields)).toEqual([]);
  });

  it('gives an example that imports', () => {
    expect(() => validateDocument(firstJsonBlock(doc))).not.toThrow();
  });

  it('the checks notice a missing field, a missing or wrong limit, and an invalid example', () => {
    expect(missingFieldNames(doc.replaceAll('`decidedAt`', 'decidedAt'), fields)).toEqual(['decidedAt']);
    expect(limitMismatches(doc.replace(/^\| `opportunities\[\]\.role` .*\n/m, ''), fields)).toEqual([
      'add the row | `opportunities[].role` | 200 |',
    ]);
    expect(limitMismatches(doc.replace(/(\| `opportunities\[\]\.role` +\| )200/, '$1201'), fields)).toEqual([
      '`opportunities[].role` is limited to 200, the table says 201',
    ]);
    expect(() => validateDocument(firstJsonBlock(doc.replace('"interest": 4', '"interest": 9')))).toThrow(
      /opportunities\[0\]\.interest/,
    );
  });
});

describe('README.md and docs/', () => {
  const files = Object.fromEntries(docFiles().map((path) => [path, read(path)]));

  // Names of folders outside the repository are test/repo-standalone.test.ts's business (it scans docs too).
  it('link only to files in the repository', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.md', 'docs/playbook.md', 'docs/cli.md']));
    expect(brokenLinks(files)).toEqual([]);
  });

  it('the README links every doc', () => {
    const readme = files['README.md']!;
    for (const path of Object.keys(files).filter((p) => p.startsWith('docs/') && p.endsWith('.md'))) {
      expect(readme, path).toContain(`](${path})`);
    }
  });

  it('the README still starts with the two commands that run and test the project', () => {
    const blocks = [...files['README.md']!.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect(blocks.slice(0, 2)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('the check notices a link out of the repository', () => {
    expect(brokenLinks({ 'README.md': '[spec](../elsewhere/PLAYBOOK.md) [ok](docs/cli.md)' })).toEqual([
      'README.md: ../elsewhere/PLAYBOOK.md',
    ]);
  });
});
