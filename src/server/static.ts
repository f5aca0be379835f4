/**
 * The built web UI (web/dist): every file read once into memory when the
 * server starts, so a request can only ever get one of those files (no path
 * is joined from the URL). Hashed assets are cached for a year; any other
 * GET that is not an API path gets index.html, for the UI's own routes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import type { ServerEnv } from './env.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  cache: string;
}

/** Loads every file under `root`; an empty map when the UI was not built. */
export function loadWebBuild(root: string | null | undefined): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!root || !existsSync(root)) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        files.set(url, {
          body: new Uint8Array(readFileSync(path)),
          type: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
          cache: url.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
        });
      }
    }
  };
  walk(root);
  return files;
}

/** Serves the build and falls back to index.html; without a build, says how to make one. */
export function mountWebBuild(app: Hono<ServerEnv>, root: string | null | undefined): void {
  const files = loadWebBuild(root);
  app.get('*', (c) => {
    const path = c.req.path;
    const file = files.get(path) ?? (extname(path) === '' ? files.get('/index.html') : undefined);
    if (!file) {
      if (files.size === 0) return c.text('The web UI is not built: run `npm run build`.', 404);
      return c.text('Not found', 404);
    }
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.cache);
    return c.body(file.body);
  });
}
