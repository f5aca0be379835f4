// Builds what `npm start` and the `afterview` bin run: the CLI as an esbuild
// bundle split per command (so each command loads only what it needs; the
// entry, src/cli/entry.ts, loads the program only when the usual `today`
// cannot be answered from what it printed last time, nor computed alone by
// src/cli/agenda-alone.ts, a file of its own), and
// the web UI with Vite when web/ exists. Runs on `npm ci` through `prepare`.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

// The build's identity: what the CLI printed is kept per build (src/cli/cached-output.ts).
const define = { 'process.env.AFTERVIEW_BUILD': JSON.stringify(`${Date.now()}`) };
const banner = {
  js: "#!/usr/bin/env node\nimport { createRequire as __afterviewRequire } from 'node:module'; const require = __afterviewRequire(import.meta.url);",
};

// The program: split per command.
await build({
  entryPoints: { program: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['better-sqlite3', 'pg-native', '@node-rs/argon2'],
  define,
  banner,
  logLevel: 'warning',
});

// Node's modules through require: an ESM import of node:fs builds a facade that reads every
// export, and fs's lazy ReadStream getter then loads all of node:stream (measured: a tenth
// of the cached path's time on the bench home).
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path|os|url|vm)$/ }, (args) =>
      args.namespace === 'builtin' ? undefined : { path: args.path, namespace: 'builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// A file of its own, with what it imports inside (Node's modules through require).
const single = {
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  define,
  banner,
  logLevel: 'warning',
};

// The executable: one file holding the cached path (and the SQLite driver's JavaScript, so
// the usual `today` resolves and reads one module); it loads agenda-alone.js to compute the
// agenda alone, and the program for anything else.
await build({
  ...single,
  entryPoints: { cli: 'src/cli/entry.ts' },
  external: ['bindings', '*.node'],
  plugins: [
    {
      name: 'program-apart',
      setup(b) {
        b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: './program.js', external: true }));
        b.onResolve({ filter: /^\.\/agenda-alone\.js$/ }, () => ({ path: './agenda-alone.cjs', external: true }));
      },
    },
    builtinsByRequire,
  ],
});

// Right after a write: the agenda computed without the program, as one file (a few dozen
// chunks cost Node a resolve, a read and a compile each), CommonJS so that cli.js can compile
// it with V8's code cache (src/cli/code-cache.ts); the holiday rules load only when their
// cache misses.
await build({
  ...single,
  entryPoints: { 'agenda-alone': 'src/cli/agenda-alone.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  external: ['bindings', '*.node', 'date-holidays'],
  supported: { 'dynamic-import': false },
  define: { ...define, 'import.meta.url': '__afterviewUrl' },
  banner: { js: "'use strict';\nvar __afterviewUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [builtinsByRequire],
});

if (existsSync('web/index.html')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: 'web', logLevel: 'warn', configFile: 'web/vite.config.ts' });
}
console.log(`afterview built in ${Math.round(performance.now() - started)} ms`);
