/**
 * Runs ./agenda-alone.ts for src/cli/entry.ts: in the build, the CommonJS
 * file dist/agenda-alone.cjs compiled with V8's code cache, kept in the
 * home's cache folder per build; from source, the module itself. Node 20
 * has no compile cache of its own (`module.enableCompileCache` is Node 22),
 * and compiling the file (the Temporal polyfill, the engine) was a tenth of
 * `afterview today` right after a write. The cache is V8's to check: one
 * it refuses (another Node, other flags) is compiled without and written
 * again. Any problem with the cache costs time only, never the output.
 */
import { readdirSync, readFileSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { loadConfig } from '../config.js';
import { makeDirs } from '../store/make-dirs.js';
import { buildVersion } from './cached-output.js';

type PrintAlone = (request: string) => Promise<boolean>;

/** Prints the agenda for `request` computed alone (./agenda-alone.ts); false to leave it to the program. */
export async function printAlone(request: string): Promise<boolean> {
  const built = join(dirname(fileURLToPath(import.meta.url)), 'agenda-alone.cjs');
  const file = statIfAny(built);
  if (file === null) {
    const { printAgendaAlone } = await import('./agenda-alone.js');
    return printAgendaAlone(request);
  }
  let loaded: ReturnType<typeof requireCached>;
  try {
    loaded = requireCached(built, cacheFileOf(file.mtimeMs));
  } catch {
    return false; // the program runs instead
  }
  const printed = await (loaded.exports as { printAgendaAlone: PrintAlone }).printAgendaAlone(request);
  loaded.keep();
  return printed;
}

function statIfAny(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * The code cache's file for this build of the file (and its time, should it
 * be replaced in place) and this Node, or null when the home cannot be known.
 */
function cacheFileOf(mtimeMs: number): string | null {
  try {
    const home = loadConfig({}, process.env, { stdoutIsTTY: false, stderrIsTTY: false }).home;
    return join(home, 'cache', `code-${buildVersion()}-${Math.round(mtimeMs)}-${process.version}.bin`);
  } catch {
    return null;
  }
}

/**
 * Runs a CommonJS file as `require` would, compiled with the code cache in
 * `cacheFile` when there is one V8 accepts. `keep` writes the cache when
 * there was none (after the run, so the functions it compiled are in it),
 * removing those of other builds.
 */
export function requireCached(file: string, cacheFile: string | null): { exports: unknown; keep(): void } {
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile !== null) cachedData = readFileSync(cacheFile);
  } catch {
    // None yet.
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  return {
    exports: module.exports,
    keep: () => {
      if (cacheFile === null || (cachedData !== undefined && !script.cachedDataRejected)) return;
      try {
        const dir = dirname(cacheFile);
        makeDirs(dir, 0o700);
        for (const name of readdirSync(dir)) {
          if (name.startsWith('code-') && name.endsWith('.bin')) rmSync(join(dir, name), { force: true });
        }
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
      } catch {
        // Not kept: the next run compiles again.
      }
    },
  };
}
