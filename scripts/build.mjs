// Builds what `npm start` and the `afterview` bin run: the CLI as an esbuild
// bundle split per command (so each command loads only what it needs), and
// the web UI with Vite when web/ exists. Runs on `npm ci` through `prepare`.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['better-sqlite3', 'pg-native', '@node-rs/argon2'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __afterviewRequire } from 'node:module'; const require = __afterviewRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

if (existsSync('web/index.html')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: 'web', logLevel: 'warn', configFile: 'web/vite.config.ts' });
}
console.log(`afterview built in ${Math.round(performance.now() - started)} ms`);
